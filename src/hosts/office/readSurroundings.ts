/**
 * The port's surroundings through Office.js, read in the same planned way as the tables: one
 * request of addresses only (each sheet's used range; every table's range; which cells below and
 * to the right of each table hold anything, as RangeAreas), then values only of the candidate
 * rows, the new columns' header cells and the plain ranges (spread over the value requests by
 * size). The request count does not grow with the workbook.
 */
import {
  BESIDE_MAX_COLUMNS,
  BESIDE_MAX_ROWS,
  type Cell,
  type SheetFilter,
  type Surroundings,
} from '../../workbook/book';
import { columnsRightOf, surroundingsOf, type Box, type SheetCells } from '../../workbook/ranges';
import { splitAddress } from '../../workbook/a1';
import { parseAreas, parseRect, rectAddress } from './a1';
import { fromCellOutput } from './cellInput';

const FORMULA_CELLS = 'Formulas' as Excel.SpecialCellType;
const TYPED_CELLS = 'Constants' as Excel.SpecialCellType;
/** Estimated response bytes per cell of a plain range (no sample is taken: see plan()). */
const BYTES_PER_CELL = 48;

type Areas = Excel.RangeAreas;

interface TableQuery {
  name: string;
  sheet: string;
  range: Excel.Range;
  below: Areas[];
  right: Areas[];
  /** Below the columns to the right: a block running on there is no column of notes (ranges.ts). */
  belowRight: Areas[];
}

/** 1-based box of a 0-based rect. */
const boxOf = (r: { row: number; col: number; rows: number; cols: number }): Box => ({
  top: r.row + 1,
  left: r.col + 1,
  bottom: r.row + r.rows,
  right: r.col + r.cols,
});

export class SurroundingsReader {
  private readonly used = new Map<string, Excel.Range>();
  private readonly tables: TableQuery[] = [];
  /** Known cells (1-based "sheet|row|col"), filled by the value requests. */
  private readonly cells = new Map<string, Cell>();
  /** Cells the areas say hold something, before their values are read. */
  private readonly filled = new Set<string>();
  /** Of those, the cells the Formulas areas name (a header there is no typed name). */
  private readonly formulas = new Set<string>();
  private readonly pending: { sheet: string; row: number; col: number; range: Excel.Range }[] = [];
  private plain: { sheet: string; box: Box }[] = [];
  /** The sheet's own AutoFilter on each sheet without tables (only there can a plain list lie). */
  private readonly filters = new Map<string, { filter: Excel.AutoFilter; range: Excel.Range }>();

  constructor(
    private readonly wb: Excel.Workbook,
    private readonly sheets: readonly string[],
    tables: readonly { name: string; sheet: string }[],
  ) {
    const withTables = new Set(tables.map((t) => t.sheet));
    for (const s of sheets) {
      const ws = wb.worksheets.getItem(s);
      this.used.set(s, ws.getUsedRangeOrNullObject(true).load('address'));
      if (!withTables.has(s))
        this.filters.set(s, {
          filter: ws.autoFilter.load('enabled,isDataFiltered'),
          range: ws.autoFilter.getRangeOrNullObject().load('address'),
        });
    }
    for (const t of tables) {
      const range = wb.tables.getItem(t.name).getRange().load('address');
      const specials = (r: Excel.Range): Areas[] =>
        [FORMULA_CELLS, TYPED_CELLS].map((k) => r.getSpecialCellsOrNullObject(k).load('address,areaCount'));
      this.tables.push({
        ...t,
        range,
        below: specials(range.getRowsBelow(BESIDE_MAX_ROWS)),
        right: specials(range.getColumnsAfter(BESIDE_MAX_COLUMNS)),
        belowRight: specials(range.getColumnsAfter(BESIDE_MAX_COLUMNS).getRowsBelow(BESIDE_MAX_ROWS)),
      });
    }
  }

  private usedBox(sheet: string): Box | null {
    const u = this.used.get(sheet);
    return !u || u.isNullObject ? null : boxOf(parseRect(splitAddress(u.address).range));
  }

  /**
   * After the address request: queues the values of the rows below and the header cells to the
   * right (small, into the next request), and returns the plain ranges to read, as {rows, perRow}
   * for the slice planner. A used range is read whole: the block is found in its values.
   */
  plan(): { rows: number; perRow: number }[] {
    for (const t of this.tables) {
      const box = boxOf(parseRect(splitAddress(t.range.address).range));
      for (const a of [...t.below, ...t.right, ...t.belowRight]) {
        if (a.isNullObject) continue;
        const formulas = a === t.right[0];
        for (const r of parseAreas(a.address)) {
          const b = boxOf(r);
          for (let row = b.top; row <= Math.min(b.bottom, box.bottom + BESIDE_MAX_ROWS); row++)
            for (let col = b.left; col <= Math.min(b.right, box.right + BESIDE_MAX_COLUMNS); col++) {
              this.filled.add(`${t.sheet}|${row}|${col}`);
              if (formulas) this.formulas.add(`${t.sheet}|${row}|${col}`);
            }
        }
      }
      let rows = 0;
      while (rows < BESIDE_MAX_ROWS && this.anyFilled(t.sheet, box.bottom + rows + 1, box.left, box.right))
        rows++;
      if (rows > 0) this.queue(t.sheet, box.bottom + 1, box.left, rows, box.right - box.left + 1);
      if ((this.usedBox(t.sheet)?.right ?? 0) > box.right)
        this.queue(t.sheet, box.top, box.right + 1, 1, BESIDE_MAX_COLUMNS);
    }
    const withTables = new Set(this.tables.map((t) => t.sheet));
    this.plain = this.sheets.flatMap((sheet) => {
      const box = this.usedBox(sheet);
      return box && !withTables.has(sheet) ? [{ sheet, box }] : [];
    });
    return this.plain.map(({ box }) => ({
      rows: box.bottom - box.top + 1,
      perRow: (box.right - box.left + 1) * BYTES_PER_CELL,
    }));
  }

  /** True when values of the rows below or the headers to the right are waiting to be read. */
  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  /** Queues one slice (0-based rows of the used range) of the `index`-th plain range. */
  queueSlice(index: number, r0: number, rows: number): void {
    const p = this.plain[index];
    if (p) this.queue(p.sheet, p.box.top + r0, p.box.left, rows, p.box.right - p.box.left + 1);
  }

  /** Loads for the next request: the rows below and headers to the right (queued by plan()). */
  private queue(sheet: string, row: number, col: number, rows: number, cols: number): void {
    const range = this.wb.worksheets
      .getItem(sheet)
      .getRange(rectAddress(row - 1, col - 1, rows, cols))
      .load('values');
    this.pending.push({ sheet, row, col, range });
  }

  /** After each value request: records what the loaded ranges hold. */
  collect(): void {
    for (const p of this.pending.splice(0)) {
      p.range.values.forEach((r, i) =>
        r.forEach((v, j) => this.cells.set(`${p.sheet}|${p.row + i}|${p.col + j}`, fromCellOutput(v))),
      );
    }
  }

  private anyFilled(sheet: string, row: number, left: number, right: number): boolean {
    for (let c = left; c <= right; c++) if (this.filled.has(`${sheet}|${row}|${c}`)) return true;
    return false;
  }

  private filterOf(sheet: string): SheetFilter | undefined {
    const f = this.filters.get(sheet);
    if (!f?.filter.enabled || f.range.isNullObject) return undefined;
    return { address: splitAddress(f.range.address).range, filtered: f.filter.isDataFiltered };
  }

  result(): Surroundings {
    const sheets: SheetCells[] = this.sheets.map((name) => {
      const filter = this.filterOf(name);
      return {
        ...(filter ? { filter } : {}),
        name,
        // A cell the areas mark as filled but whose value was not read is still "something there".
        at: (row, col) => this.cells.get(`${name}|${row}|${col}`) ?? null,
        used: this.usedBox(name),
        tables: this.tables
          .filter((t) => t.sheet === name)
          .map((t) => ({ name: t.name, ...boxOf(parseRect(splitAddress(t.range.address).range)) })),
      };
    });
    const around = surroundingsOf(sheets);
    // The right-hand columns' body cells are counted from the areas, never read; the rule is the
    // one every host uses (columnsRightOf), over what this host knows. A cell inside another table
    // is that table's, not typed beside this one (as `free` in ranges.ts has it).
    for (const b of around.beside) {
      const tables = sheets.find((s) => s.name === b.sheet)?.tables ?? [];
      const t = tables.find((x) => x.name === b.table);
      if (!t) continue;
      const others = tables.filter((o) => o !== t);
      const free = (r: number, c: number): boolean =>
        !others.some((o) => r >= o.top && r <= o.bottom && c >= o.left && c <= o.right);
      b.right = columnsRightOf(
        t,
        (r, c) => free(r, c) && this.filled.has(`${b.sheet}|${r}|${c}`),
        (c) => (free(t.top, c) ? (this.cells.get(`${b.sheet}|${t.top}|${c}`) ?? null) : null),
        this.usedBox(b.sheet),
        { walls: others, formulaHeader: (c) => this.formulas.has(`${b.sheet}|${t.top}|${c}`) },
      );
    }
    return around;
  }
}
