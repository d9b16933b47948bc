/**
 * Offline checks of the manifest against the store's rules (the online validator cannot be
 * reached from here or CI): read by office-addin-manifest's own reader, then structure, strings,
 * icons (real PNG sizes) and the function file's commands.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { ManifestInfo } from 'office-addin-manifest/lib/manifestInfo';

const ROOT = join(__dirname, '..', '..');
const DEV = join(ROOT, 'manifest.xml');
const PROD_HOST = 'https://klantinzicht.example.nl';

type Node = { [key: string]: Node | Node[] | string };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  processEntities: false,
  isArray: () => true,
});

/** Every element with its attributes, depth first, as [name, attributes]. */
function elements(xml: string): [string, Record<string, string>][] {
  const out: [string, Record<string, string>][] = [];
  const walk = (node: Node | string, name: string): void => {
    if (typeof node === 'string') return;
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(node)) if (k.startsWith('@')) attrs[k.slice(1)] = String(v);
    if (name) out.push([name, attrs]);
    for (const [k, v] of Object.entries(node)) {
      if (k.startsWith('@') || k === '#text') continue;
      for (const child of Array.isArray(v) ? v : [v]) walk(child, k);
    }
  };
  walk(parser.parse(xml) as Node, '');
  return out;
}

function textOf(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((m) => m[1] as string);
}

/**
 * office-addin-manifest's own reader, run in node: the package pulls an ESM-only dependency that
 * jest's CommonJS runtime cannot load (node 20.19+ can).
 */
function readManifestFile(path: string): ManifestInfo {
  const script = `require('office-addin-manifest').OfficeAddinManifest.readManifestFile(${JSON.stringify(path)}).then((i) => process.stdout.write(JSON.stringify(i)), (e) => { console.error(e); process.exit(1); })`;
  return JSON.parse(execFileSync('node', ['-e', script], { cwd: ROOT, encoding: 'utf8' })) as ManifestInfo;
}

function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function productionXml(): { path: string; xml: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ki-manifest-'));
  const path = join(dir, 'manifest.prod.xml');
  execFileSync('node', [join(ROOT, 'scripts', 'manifest-prod.mjs'), '--host', PROD_HOST, '--out', path]);
  return { path, xml: readFileSync(path, 'utf8') };
}

const dev = readFileSync(DEV, 'utf8');

describe('manifest.xml', () => {
  it('reads with office-addin-manifest: Excel task pane, fixed GUID, version, Dutch default', () => {
    const info = readManifestFile(DEV);
    expect(info.id).toBe('ae5b74ea-e226-476f-9b19-ba08b180715f');
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(info.version).toMatch(/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/);
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.permissions).toBe('ReadWriteDocument');
    expect(info.defaultLocale).toBe('nl-NL');
    expect(info.displayName).toBe('Klant Inzicht');
    expect(info.supportUrl).toMatch(/^https:\/\//);
    expect(info.defaultSettings?.sourceLocation).toBe('https://localhost:3000/taskpane.html');
  });

  it('asks for ExcelApi 1.9 and declares the Home-tab buttons', () => {
    const all = elements(dev);
    expect(all.filter(([n]) => n === 'Set').map(([, a]) => a)).toEqual([
      { Name: 'ExcelApi', MinVersion: '1.9' },
    ]);
    expect(all.filter(([n]) => n === 'OfficeTab').map(([, a]) => a.id)).toEqual(['TabHome']);
    expect(
      all.filter(([n, a]) => n === 'Control' && a['xsi:type'] === 'Button').map(([, a]) => a.id),
    ).toEqual([
      'KlantInzicht.TaskpaneButton',
      'KlantInzicht.SortButton',
      'KlantInzicht.ClearFiltersSortButton',
    ]);
    expect(all.filter(([n]) => n === 'Action').map(([, a]) => a['xsi:type'])).toEqual([
      'ShowTaskpane',
      'ExecuteFunction',
      'ExecuteFunction',
    ]);
  });

  it('defines every resid exactly once; control and resource ids are unique', () => {
    const all = elements(dev);
    const resourceIds = all
      .filter(([n, a]) => /^bt:(Image|Url|String)$/.test(n) && a.id)
      .map(([, a]) => a.id as string);
    expect(new Set(resourceIds).size).toBe(resourceIds.length);
    const used = new Set(all.filter(([, a]) => a.resid).map(([, a]) => a.resid as string));
    expect([...used].filter((r) => !resourceIds.includes(r))).toEqual([]);
    expect(resourceIds.filter((r) => !used.has(r))).toEqual([]);
    const ids = all.filter(([n, a]) => ['Group', 'Control'].includes(n) && a.id).map(([, a]) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, a] of all.filter(([n]) => n === 'bt:Image' || n === 'bt:Url' || n === 'bt:String')) {
      if (a.id) expect(a.id.length).toBeLessThanOrEqual(32);
    }
  });

  it('keeps strings within the store limits and gives each an English override', () => {
    const all = elements(dev);
    const short = dev.slice(dev.indexOf('<bt:ShortStrings>'), dev.indexOf('</bt:ShortStrings>'));
    const long = dev.slice(dev.indexOf('<bt:LongStrings>'), dev.indexOf('</bt:LongStrings>'));
    for (const [, a] of elements(short).filter(([n]) => n === 'bt:String'))
      expect((a.DefaultValue ?? '').length).toBeLessThanOrEqual(125);
    for (const [, a] of elements(long).filter(([n]) => n === 'bt:String'))
      expect((a.DefaultValue ?? '').length).toBeLessThanOrEqual(250);
    const strings = all.filter(([n]) => n === 'bt:String').length;
    const overrides = all.filter(([n, a]) => n === 'bt:Override' && a.Locale === 'en-US').length;
    expect(overrides).toBe(strings);
    expect(all.filter(([n, a]) => n === 'Override' && a.Locale === 'en-US')).toHaveLength(2);
    expect(dev).toContain('DefaultValue="Sorteer werkmap"');
    expect(dev).toContain('Value="Sort workbook"');
  });

  it('points every icon at a PNG in assets/ whose pixel size matches what is declared', () => {
    const all = elements(dev);
    const declared: [string, number][] = [];
    for (const [, a] of all.filter(([n, x]) => n === 'bt:Image' && x.DefaultValue)) {
      declared.push([a.DefaultValue as string, Number(/(\d+)x\d+/.exec(a.id ?? '')?.[1])]);
    }
    const icon = all.find(([n]) => n === 'IconUrl')?.[1].DefaultValue;
    const hires = all.find(([n]) => n === 'HighResolutionIconUrl')?.[1].DefaultValue;
    declared.push([icon as string, 32], [hires as string, 64]);
    for (const [url, size] of declared) {
      const file = join(ROOT, new URL(url).pathname);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    const pngs = readdirSync(join(ROOT, 'assets'))
      .filter((f) => f.endsWith('.png'))
      .sort();
    expect(pngs).toEqual(['icon-128.png', 'icon-16.png', 'icon-32.png', 'icon-64.png', 'icon-80.png']);
    expect(pngSize(join(ROOT, 'assets', 'icon-128.png'))).toEqual({ width: 128, height: 128 });
  });

  it('names only functions the function file associates', () => {
    const names = textOf(dev, 'FunctionName');
    expect(names).toEqual(['SortWorkbook', 'ClearFiltersAndSort']);
    const source = readdirSync(join(ROOT, 'src', 'commands'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(ROOT, 'src', 'commands', f), 'utf8'))
      .join('\n');
    for (const name of names) expect(source).toMatch(new RegExp(`associate\\('${name}'`));
    const html = readFileSync(join(ROOT, 'src', 'commands', 'commands.html'), 'utf8');
    expect(html).toContain('<%= officeJsUrl %>');
  });

  it('uses https://localhost:3000 for every URL in development', () => {
    const urls = [...dev.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"|<AppDomain>([^<]+)</g)].map(
      (m) => m[1] ?? m[2],
    );
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u).toMatch(/^https:\/\/localhost:3000(\/|$)/);
  });
});

describe('production manifest (scripts/manifest-prod.mjs)', () => {
  it('rewrites every URL to the https production host and still reads', () => {
    const { path, xml } = productionXml();
    expect(xml).not.toMatch(/localhost/);
    // Only XML namespaces may still say http://; every address the add-in uses is https.
    expect(xml.replace(/xmlns(:\w+)?="http:\/\/[^"]+"/g, '')).not.toMatch(/http:\/\//);
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u).toMatch(new RegExp(`^${PROD_HOST.replace(/\./g, '\\.')}/`));
    const info = readManifestFile(path);
    expect(info.id).toBe('ae5b74ea-e226-476f-9b19-ba08b180715f');
    expect(info.supportUrl).toBe(`${PROD_HOST}/support.html`);
    expect(textOf(xml, 'AppDomain')).toEqual([PROD_HOST]);
  });

  it('refuses a plain-http or localhost host', () => {
    for (const host of ['http://klantinzicht.example.nl', 'https://localhost:8443']) {
      expect(() =>
        execFileSync(
          'node',
          [join(ROOT, 'scripts', 'manifest-prod.mjs'), '--host', host, '--out', join(tmpdir(), 'never.xml')],
          { stdio: 'pipe' },
        ),
      ).toThrow();
    }
  });
});
