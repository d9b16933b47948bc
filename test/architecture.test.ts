/**
 * The house rules as a test: arrows point down (UI, ribbon, CLI, demo -> workbook -> domain),
 * hosts implement the workbook's port and do not lean on each other, only hosts/xlsx loads
 * ExcelJS, and the domain is pure (no I/O, no clock, no UI, nothing of ours outside it).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const SRC = path.resolve(__dirname, '../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

interface Import {
  file: string;
  specifier: string;
  /** Resolved area of a relative import, e.g. "domain", "hosts/office"; undefined for packages. */
  area?: string;
}

function areaOf(abs: string): string {
  const rel = path.relative(SRC, abs).split(path.sep);
  return rel[0] === 'hosts' ? `hosts/${rel[1]}` : (rel[0] ?? '');
}

const imports: Import[] = files(SRC).flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  const patterns = [
    /(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s+'([^']+)'/g, // static import / re-export
    /(?:^|\n)\s*import\s+'([^']+)'/g, // side-effect import
    /\bimport\(\s*'([^']+)'\s*\)/g, // dynamic import
  ];
  const found = patterns.flatMap((re) => [...text.matchAll(re)].map((m) => m[1] ?? ''));
  return found.map((specifier) =>
    specifier.startsWith('.')
      ? { file, specifier, area: areaOf(path.resolve(path.dirname(file), specifier)) }
      : { file, specifier },
  );
});

const inArea = (area: string) => imports.filter((i) => areaOf(i.file) === area);
const show = (list: Import[]) => list.map((i) => `${path.relative(SRC, i.file)} -> ${i.specifier}`);

describe('house rules', () => {
  it('reads a sensible number of imports (the scan itself works)', () => {
    expect(imports.length).toBeGreaterThan(200);
    expect(inArea('domain').length).toBeGreaterThan(50);
  });

  it('keeps the domain pure: only domain modules, zod, date-fns and the parsing libraries', () => {
    const allowed = new Set(['zod', 'date-fns', 'fast-xml-parser', 'papaparse', 'ibantools']);
    const bad = inArea('domain').filter((i) =>
      i.area ? i.area !== 'domain' : !allowed.has(i.specifier.split('/')[0] ?? ''),
    );
    expect(show(bad)).toEqual([]);
  });

  it('never reads the clock in the domain or the workbook layer', () => {
    const offenders = files(SRC)
      .filter((f) => ['domain', 'workbook'].includes(areaOf(f)))
      .filter((f) => /new Date\(\)|Date\.now\(/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => path.relative(SRC, f))).toEqual([]);
  });

  it('lets the workbook layer depend on the domain only', () => {
    const bad = inArea('workbook').filter((i) =>
      i.area
        ? !['workbook', 'domain'].includes(i.area)
        : !['zod', 'ibantools', 'date-fns'].includes(i.specifier.split('/')[0] ?? ''),
    );
    expect(show(bad)).toEqual([]);
  });

  it('lets hosts depend on the workbook and the domain, never on each other', () => {
    for (const host of ['hosts/office', 'hosts/xlsx']) {
      const bad = inArea(host).filter((i) => i.area && ![host, 'workbook', 'domain'].includes(i.area));
      expect(show(bad)).toEqual([]);
    }
  });

  it('loads ExcelJS only in the .xlsx host', () => {
    const bad = imports.filter((i) => i.specifier.startsWith('exceljs') && areaOf(i.file) !== 'hosts/xlsx');
    expect(show(bad)).toEqual([]);
  });

  it('keeps arrows pointing down: nothing below the UI imports the UI, the ribbon, the CLI or the demo', () => {
    const top = new Set(['taskpane', 'commands', 'cli', 'demo']);
    const bad = imports.filter((i) => i.area && top.has(i.area) && !top.has(areaOf(i.file)));
    expect(show(bad)).toEqual([]);
    // Among the top, only the demo mounts the pane.
    const sideways = imports.filter(
      (i) => i.area && top.has(i.area) && top.has(areaOf(i.file)) && i.area !== areaOf(i.file),
    );
    expect(show(sideways).every((s) => s.startsWith('demo/') && s.includes('taskpane'))).toBe(true);
  });
});

describe('module size', () => {
  const LIMIT = 400;
  // Data (templates, the demo's sample) may be longer. The rest of this list predates the rule: each
  // entry is a ceiling that may only come down, and a file that drops under the limit leaves the list.
  const DATA = new Set(['domain/reminders/templates.ts', 'demo/sampleData.ts']);
  const NOT_YET_SPLIT: Record<string, number> = {};
  const sizes = files(SRC).map((f) => ({
    file: path.relative(SRC, f).split(path.sep).join('/'),
    lines: readFileSync(f, 'utf8').split('\n').length - 1,
  }));

  it(`keeps every source file under ${LIMIT} lines, except data and the listed ones, which only shrink`, () => {
    const over = sizes.filter(
      (s) => s.lines > LIMIT && !DATA.has(s.file) && s.lines > (NOT_YET_SPLIT[s.file] ?? LIMIT),
    );
    expect(over).toEqual([]);
  });

  it('lists no file that is already under the limit', () => {
    const stale = Object.keys(NOT_YET_SPLIT).filter(
      (f) => (sizes.find((s) => s.file === f)?.lines ?? 0) <= LIMIT,
    );
    expect(stale).toEqual([]);
  });
});
