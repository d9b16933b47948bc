/**
 * The workbook state behind the fake: sheets of cells, tables, names, charts, formats. Cell input
 * goes through `parseInput`, which mimics how Excel reads a typed or API-written string.
 */
import { shiftRows as shiftFormula } from './shift';
import type { Rect } from './a1';
import { formatAddress, intersects } from './a1';
import { FakeOfficeError } from './errors';

export type Scalar = string | number | boolean;

export interface CellState {
  /** Value as Excel reports it; null = empty. */
  v: Scalar | null;
  /** Formula text when the cell holds a formula. */
  f: string | null;
  nf: string;
  /** Entered with a leading apostrophe (Excel's "quote prefix"): text, not parsed. */
  qp: boolean;
  bold: boolean;
}

/**
 * Every field of Excel.FilterCriteria, so a test notices when any part of a person's filter is
 * lost. The fake evaluates Values, Custom (criterion1/2 with operator) and the average dynamic
 * filters; colour, icon and the date dynamic filters hide the rows the seed says they hide.
 */
export interface FilterCriteriaModel {
  filterOn: string;
  values?: string[];
  criterion1?: string;
  criterion2?: string;
  operator?: string;
  dynamicCriteria?: string;
  color?: string;
  icon?: { set: string; index: number };
  subField?: string;
}

export const CRITERIA_FIELDS = [
  'values',
  'criterion1',
  'criterion2',
  'operator',
  'dynamicCriteria',
  'color',
  'icon',
  'subField',
] as const;

export interface TableModel {
  name: string;
  sheet: SheetModel;
  /** Header row (0-based) and first column. */
  row: number;
  col: number;
  headers: string[];
  bodyRows: number;
  style: string;
  filterEnabled: boolean;
  /** Criteria by column index (table-relative). */
  criteria: Map<number, FilterCriteriaModel>;
}

export interface ChartModel {
  name: string;
  type: string;
  title: string;
  source: string;
  seriesBy: string;
  from: string;
  to: string;
}

export interface ConditionalFormatModel {
  address: string;
  formula: string;
  fill: string | null;
  font: string | null;
}

export interface SheetModel {
  name: string;
  rows: (CellState | undefined)[][];
  protected: boolean;
  merges: Rect[];
  frozenRows: number;
  hiddenRows: Set<number>;
  charts: ChartModel[];
  conditionalFormats: ConditionalFormatModel[];
  validations: { address: string; rule: unknown }[];
  /** The sheet's own AutoFilter (Worksheet.autoFilter), not a table's: its range, header row first. */
  autoFilter: SheetFilterModel | null;
}

interface SheetFilterModel {
  rect: Rect;
  /** Criteria by column index (relative to the filter's range). */
  criteria: Map<number, FilterCriteriaModel>;
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  names = new Map<string, string>();
  dateSystem: 1900 | 1904 = 1900;
  activeSheet: string | null = null;
  selection: string | null = null;
  /** Computes a formula's value; Excel's calculation engine is out of scope, so null by default. */
  evaluate: (formula: string, sheet: string, row: number, col: number) => Scalar | null = () => null;

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  table(name: string): TableModel | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string): SheetModel {
    if (this.sheet(name))
      throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${name} already exists.`);
    const sheet: SheetModel = {
      name,
      rows: [],
      protected: false,
      merges: [],
      frozenRows: 0,
      hiddenRows: new Set(),
      charts: [],
      conditionalFormats: [],
      validations: [],
      autoFilter: null,
    };
    this.sheets.push(sheet);
    return sheet;
  }
}

export function getCell(sheet: SheetModel, row: number, col: number): CellState | undefined {
  return sheet.rows[row]?.[col];
}

export function cellFor(sheet: SheetModel, row: number, col: number): CellState {
  const r = (sheet.rows[row] ??= []);
  return (r[col] ??= { v: null, f: null, nf: 'General', qp: false, bold: false });
}

export function tableRect(t: TableModel): Rect {
  return { row: t.row, col: t.col, rows: t.bodyRows + 1, cols: t.headers.length };
}

export function bodyRect(t: TableModel): Rect {
  return { row: t.row + 1, col: t.col, rows: t.bodyRows, cols: t.headers.length };
}

export function tableAddress(t: TableModel): string {
  return formatAddress(t.sheet.name, tableRect(t));
}

/** AccessDenied on a protected sheet, InvalidOperation over merged cells: checked per write. */
export function assertWritable(sheet: SheetModel, rect: Rect, what: string): void {
  if (sheet.protected) {
    throw new FakeOfficeError(
      'AccessDenied',
      'The cell or chart you are trying to change is on a protected sheet.',
      `${what} (${sheet.name})`,
    );
  }
  if (sheet.merges.some((m) => intersects(m, rect))) {
    throw new FakeOfficeError(
      'InvalidOperation',
      'This operation cannot be performed on merged cells.',
      what,
    );
  }
}

const NUMBER = /^[+-]?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?([eE][+-]?\d+)?$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

function dateSerial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/**
 * What Excel makes of a string written through `values` (the same as typing it): "'x" is the
 * text x, "=..." a formula, "+x" "-x" "@x" formulas unless numeric, numbers, TRUE/FALSE, US-style
 * dates. A cell formatted as text ("@") keeps the string as it is.
 */
function parseInput(cell: CellState, input: Scalar): void {
  cell.qp = false;
  cell.f = null;
  if (typeof input !== 'string') {
    cell.v = input;
    return;
  }
  if (input === '') {
    cell.v = null;
    return;
  }
  if (cell.nf === '@') {
    cell.v = input;
    return;
  }
  if (input.startsWith("'")) {
    cell.v = input.slice(1);
    cell.qp = true;
    return;
  }
  if (input.startsWith('=') && input.length > 1) {
    cell.f = input;
    cell.v = null;
    return;
  }
  const trimmed = input.trim();
  if (NUMBER.test(trimmed)) {
    cell.v = Number(trimmed.replace(/,/g, ''));
    return;
  }
  if (/^[+-]?\d+(\.\d+)?%$/.test(trimmed)) {
    cell.v = Number(trimmed.slice(0, -1)) / 100;
    return;
  }
  if (/^(true|false)$/i.test(trimmed)) {
    cell.v = trimmed.toLowerCase() === 'true';
    return;
  }
  const us = US_DATE.exec(trimmed);
  const iso = ISO_DATE.exec(trimmed);
  if (us || iso) {
    const [y, m, d] = us
      ? [Number(us[3]), Number(us[1]), Number(us[2])]
      : [Number(iso![1]), Number(iso![2]), Number(iso![3])];
    cell.v = dateSerial(y, m, d);
    if (cell.nf === 'General') cell.nf = 'm/d/yyyy';
    return;
  }
  if (/^[+\-@]/.test(input) && input.length > 1) {
    cell.f = input.startsWith('@') ? `=${input.slice(1)}` : `=${input}`;
    cell.v = '#NAME?';
    return;
  }
  cell.v = input;
}

export function writeFormulaOrValue(
  model: WorkbookModel,
  sheet: SheetModel,
  row: number,
  col: number,
  input: Scalar,
): void {
  const cell = cellFor(sheet, row, col);
  parseInput(cell, input);
  if (cell.f !== null) cell.v = model.evaluate(cell.f, sheet.name, row, col);
}

/** Excel's sort order: numbers < text < booleans; blanks always last; text without case. */
function compareCells(a: Scalar | null, b: Scalar | null): number {
  const rank = (v: Scalar | null): number => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string')
    return a.localeCompare(b, 'en', { sensitivity: 'base' });
  return Number(a) - Number(b);
}

/** Sorts a table's body in place: whole rows move, formulas with them (their row refs follow). */
export function sortTable(t: TableModel, fields: { key: number; ascending: boolean }[]): void {
  const sheet = t.sheet;
  const body = bodyRect(t);
  const rows = Array.from({ length: body.rows }, (_, i) => ({
    from: body.row + i,
    cells: Array.from({ length: body.cols }, (_, j) => getCell(sheet, body.row + i, body.col + j)),
  }));
  const blank = (v: Scalar | null | undefined): boolean => v === null || v === undefined || v === '';
  rows.sort((x, y) => {
    for (const f of fields) {
      const a = x.cells[f.key]?.v ?? null;
      const b = y.cells[f.key]?.v ?? null;
      if (blank(a) || blank(b)) {
        if (blank(a) && blank(b)) continue;
        return blank(a) ? 1 : -1;
      }
      const c = compareCells(a, b);
      if (c !== 0) return f.ascending ? c : -c;
    }
    return 0;
  });
  rows.forEach((r, i) => {
    const to = body.row + i;
    const target = (sheet.rows[to] ??= []);
    r.cells.forEach((c, j) => {
      if (c && c.f !== null && r.from !== to) c.f = shiftFormula(c.f, to - r.from);
      target[body.col + j] = c;
    });
  });
}

function matchesCriteria(value: Scalar | null, c: FilterCriteriaModel, average = 0): boolean {
  const text = value === null ? '' : String(value);
  if (c.filterOn === 'Values') return (c.values ?? []).includes(text);
  if (c.filterOn === 'Dynamic' && c.dynamicCriteria === 'AboveAverage')
    return typeof value === 'number' && value > average;
  if (c.filterOn === 'Dynamic' && c.dynamicCriteria === 'BelowAverage')
    return typeof value === 'number' && value < average;
  if (c.filterOn === 'Custom' && c.criterion1 && c.criterion2) {
    const one = matchesCriteria(value, { filterOn: 'Custom', criterion1: c.criterion1 });
    const two = matchesCriteria(value, { filterOn: 'Custom', criterion1: c.criterion2 });
    return c.operator === 'Or' ? one || two : one && two;
  }
  if (c.filterOn === 'Custom' && c.criterion1) {
    const m = /^(>=|<=|<>|>|<|=)(.*)$/.exec(c.criterion1);
    if (!m) return true;
    const [, op, rhsText] = m as unknown as [string, string, string];
    const lhs = typeof value === 'number' ? value : text;
    const rhs = typeof value === 'number' ? Number(rhsText) : rhsText;
    switch (op) {
      case '>':
        return lhs > rhs;
      case '<':
        return lhs < rhs;
      case '>=':
        return lhs >= rhs;
      case '<=':
        return lhs <= rhs;
      case '<>':
        return lhs !== rhs;
      default:
        return lhs === rhs;
    }
  }
  return true;
}

/** Hides body rows that fail a criterion; Excel evaluates filters only when applied. */
export function applyFilter(t: TableModel): void {
  filterRows(t.sheet, bodyRect(t), t.criteria);
}

/** The same for a sheet's own AutoFilter (its range's first row is the header row). */
export function applySheetFilter(sheet: SheetModel): void {
  const f = sheet.autoFilter;
  if (f) filterRows(sheet, { ...f.rect, row: f.rect.row + 1, rows: f.rect.rows - 1 }, f.criteria);
}

function filterRows(sheet: SheetModel, body: Rect, criteria: Map<number, FilterCriteriaModel>): void {
  for (let i = 0; i < body.rows; i++) sheet.hiddenRows.delete(body.row + i);
  for (const [col, c] of criteria) {
    const column = Array.from(
      { length: body.rows },
      (_, i) => getCell(sheet, body.row + i, body.col + col)?.v ?? null,
    );
    const numbers = column.filter((v): v is number => typeof v === 'number');
    const average = numbers.reduce((s, v) => s + v, 0) / Math.max(1, numbers.length);
    const evaluated = c.filterOn !== 'CellColor' && c.filterOn !== 'FontColor' && c.filterOn !== 'Icon';
    column.forEach((v, i) => {
      if (evaluated && !matchesCriteria(v, c, average)) sheet.hiddenRows.add(body.row + i);
    });
  }
}
