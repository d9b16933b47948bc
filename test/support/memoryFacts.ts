/**
 * The in-memory Book's side of the shared pre-flight (src/workbook/preflight.ts): the states a
 * person can leave a workbook in (merged cells, rows hidden by hand, a filter, a protected sheet)
 * seeded from a fixture, and the facts the shared refusals are checked against.
 */
import { cellAddress, parseRange } from '../../src/workbook/a1';
import type { BookFacts } from '../../src/workbook/preflight';
import { isFilled } from '../../src/workbook/ranges';
import type { BookFixture, MemState } from './memoryBook';

const key = (name: string): string => name.toLowerCase();

function sheetOf(state: MemState, name: string): MemState['sheets'][number] {
  const s = state.sheets.find((x) => key(x.name) === key(name));
  if (!s) throw new Error(`fixture: no sheet ${name}`);
  return s;
}

export function seedStates(state: MemState, fixture: BookFixture): void {
  // Nothing of the in-memory Book is ever saved: there is no file to lose a part of.
  if (fixture.lossyPart)
    throw new Error('cannot hold: the in-memory Book saves no file, so it loses no part');
  for (const m of fixture.merges ?? []) (sheetOf(state, m.sheet).merges ??= []).push(parseRange(m.address));
  for (const h of fixture.hiddenRows ?? []) {
    const s = sheetOf(state, h.sheet);
    s.hiddenRows = new Set([...(s.hiddenRows ?? []), ...h.rows]);
  }
  for (const name of fixture.protectedSheets ?? []) sheetOf(state, name).protected = true;
  for (const f of fixture.filters ?? []) {
    const t = state.tables.find((x) => key(x.name) === key(f.table));
    if (!t) throw new Error(`fixture: no table ${f.table}`);
    (t.filter ??= {})[f.column] = [...f.values];
  }
}

export function memoryFacts(state: MemState): BookFacts {
  return {
    sheets: state.sheets.map((s) => ({ name: s.name, protected: s.protected === true })),
    tables: state.tables.map((t) => ({
      name: t.name,
      sheet: t.sheet,
      headers: [...t.headers],
      headerRow: t.row,
      left: t.column,
      rows: t.values.length,
      filtered: Object.keys(t.filter ?? {}).length > 0,
      hiddenRows: () => {
        const hidden = sheetOf(state, t.sheet).hiddenRows ?? new Set<number>();
        return t.values.some((_, i) => hidden.has(t.row + 1 + i));
      },
    })),
    allTables: state.tables.map((t) => ({ name: t.name, sheet: t.sheet })),
    merges: state.sheets.flatMap((s) => (s.merges ?? []).map((area) => ({ sheet: s.name, area }))),
    typedCellIn: (sheet, area) => {
      const s = state.sheets.find((x) => key(x.name) === key(sheet));
      for (let r = area.top; s && r <= area.bottom; r++)
        for (let c = area.left; c <= area.right; c++)
          if (isFilled(s.cells.get(`${r},${c}`) ?? null)) return cellAddress(r, c);
      return null;
    },
    rangeHeaders: (sheet, address) => {
      const s = state.sheets.find((x) => key(x.name) === key(sheet));
      if (!s) return undefined;
      const r = parseRange(address);
      const headers: string[] = [];
      for (let c = r.left; c <= r.right; c++) {
        const v = s.cells.get(`${r.top},${c}`) ?? null;
        headers.push(isFilled(v) ? String(v) : '');
      }
      return headers;
    },
  };
}
