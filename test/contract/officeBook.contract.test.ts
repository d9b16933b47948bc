/**
 * The host contract for OfficeBook, run against the fake Office.js object model (seeded from the
 * fixture; every check reads back through the port, so it judges what the fake Excel holds).
 */
import { OfficeBook } from '../../src/hosts/office/officeBook';
import type { SeedCell, SeedSheet } from '../support/fakeOffice';
import { FakeExcel } from '../support/fakeOffice';
import type { BookFixture } from '../support/memoryBook';
import { columnLetter, parseRange } from '../../src/workbook/a1';
import { describeBookContract, type ContractBook } from './bookContract';
import { describeRangesContract } from './rangesContract';
import { describeRefusalContract } from './refusalContract';

/** The fixture's states as Excel holds them: what Excel cannot hold is refused, saying why. */
function seedStates(fixture: BookFixture, sheet: (name: string) => SeedSheet): void {
  if (fixture.lossyPart) throw new Error(`cannot hold: ${OFFICE_LIMITS.lossy}`);
  for (const m of fixture.merges ?? []) {
    const area = parseRange(m.address);
    const inTable = (fixture.tables ?? []).some((t) => {
      const at = parseRange(t.at ?? 'A1');
      return (
        t.sheet === m.sheet &&
        area.left <= at.left + t.headers.length - 1 &&
        at.left <= area.right &&
        area.top <= at.top + Math.max(1, t.rows.length) &&
        at.top <= area.bottom
      );
    });
    if (inTable) throw new Error(`cannot hold: ${OFFICE_LIMITS.mergedInTable}`);
    (sheet(m.sheet).merges ??= []).push(m.address);
  }
  for (const h of fixture.hiddenRows ?? []) (sheet(h.sheet).hiddenRows ??= []).push(...h.rows);
  for (const name of fixture.protectedSheets ?? []) sheet(name).protected = true;
  for (const f of fixture.filters ?? []) {
    const t = (fixture.tables ?? []).find((x) => x.name === f.table);
    const seeded = t && sheet(t.sheet).tables?.find((x) => x.name === f.table);
    if (!seeded) throw new Error(`fixture: no table ${f.table}`);
    seeded.filter = { ...seeded.filter, [f.column]: f.values };
  }
}

const OFFICE_LIMITS = {
  mergedInTable: 'Excel never merges cells inside a table',
  lossy: 'Excel writes its own file with every part it holds; the add-in saves nothing',
};

function fakeFrom(fixture: BookFixture = {}): FakeExcel {
  const sheets: SeedSheet[] = [];
  const sheet = (name: string): SeedSheet => {
    let s = sheets.find((x) => x.name === name);
    if (!s) {
      s = { name, tables: [] };
      sheets.push(s);
    }
    return s;
  };
  for (const name of fixture.sheets ?? []) sheet(name);
  for (const t of fixture.tables ?? []) {
    const rows: SeedCell[][] = t.rows.map((r, i) =>
      t.headers.map((_, j) => {
        const f = t.formulas?.[i]?.[j];
        return f ? { formula: f, value: r[j] ?? null } : (r[j] ?? null);
      }),
    );
    sheet(t.sheet).tables?.push({ name: t.name, at: t.at ?? 'A1', headers: t.headers, rows });
  }
  for (const block of fixture.cells ?? []) {
    const at = /^([A-Z]+)(\d+)$/.exec(block.at);
    const col = [...(at?.[1] ?? 'A')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const cells = (sheet(block.sheet).cells ??= {});
    block.rows.forEach((r, i) =>
      r.forEach((v, j) => {
        if (v !== null) cells[`${columnLetter(col + j)}${Number(at?.[2] ?? 1) + i}`] = v;
      }),
    );
  }
  seedStates(fixture, sheet);
  const fake = new FakeExcel({ sheets });
  if (fixture.dateSystem === 1904) fake.model.dateSystem = 1904;
  return fake;
}

describeBookContract('office (fake Office.js)', async (fixture): Promise<ContractBook> => {
  const fake = fakeFrom(fixture);
  const book = new OfficeBook({
    run: (options, batch) => fake.run(options, batch),
    isSetSupported: fake.isSetSupported,
  });
  return Object.assign(book, {
    snapshot: () => ({
      sheets: fake
        .snapshot()
        .sheets.map((s) => ({ name: s.name, charts: s.charts.map((c) => ({ name: c.name })) })),
    }),
    numberFormatAt: (sheet: string, address: string) => {
      const f = fake.cell(sheet, address).numberFormat;
      return f === 'General' ? null : f;
    },
  });
});
describeRangesContract('office (fake Office.js)', async (f) => {
  const fake = fakeFrom(f);
  return new OfficeBook({
    run: (options, batch) => fake.run(options, batch),
    isSetSupported: fake.isSetSupported,
  });
});
describeRefusalContract(
  'office (fake Office.js)',
  async (f) => {
    const fake = fakeFrom(f);
    return new OfficeBook({
      run: (options, batch) => fake.run(options, batch),
      isSetSupported: fake.isSetSupported,
    });
  },
  {
    'merged-body': { cannotHold: OFFICE_LIMITS.mergedInTable },
    'would-lose-parts': { cannotHold: OFFICE_LIMITS.lossy },
  },
);
