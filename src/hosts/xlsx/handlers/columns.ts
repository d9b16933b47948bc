/** Handlers that write one column of a table's body: values, a filled-down formula, a format, a list. */
import type ExcelJS from 'exceljs';
import { DomainError } from '../../../domain/errors';
import { WorkbookError } from '../../../workbook/errors';
import type { Cell } from '../../../workbook/book';
import { cellAddress } from '../../../workbook/a1';
import { cellIn } from '../excelCells';
import { cellAt, internals } from '../excelModel';
import { fillDown, materializeSharedFormulas } from '../sharedFormulas';
import { bodyCount, columnOf, requireTable } from '../tableGeometry';
import type { Handler } from './types';

export const setColumn: Handler<'setColumn'> = (state, { table: tableName, column, values }) => {
  const t = requireTable(state.workbook, tableName);
  const col = columnOf(t, column);
  const count = bodyCount(t);
  if (values.length !== count) {
    throw new WorkbookError(
      'invalid-input',
      'row-count-mismatch',
      `setColumn ${tableName}[${column}]: ${values.length} values for ${count} rows`,
      { sheet: t.ws.name, column },
    );
  }
  materializeSharedFormulas(state, t.ws, [col]);
  values.forEach((v, i) => {
    if (v === null) return;
    cellAt(t.ws, t.firstBody + i, col).value = cellIn(
      v,
      { table: tableName, column, row: t.firstBody + i },
      state.notes,
    );
  });
};

export const setColumnFormula: Handler<'setColumnFormula'> = (
  state,
  { table: tableName, column, formula, results },
) => {
  const t = requireTable(state.workbook, tableName);
  const col = columnOf(t, column);
  const body = stripEquals(formula, tableName, column);
  if (results && results.length !== bodyCount(t)) {
    throw new DomainError(
      'invalid-input',
      `setColumnFormula ${tableName}[${column}]: ${results.length} results for ${bodyCount(t)} rows`,
      { sheet: t.ws.name, column },
    );
  }
  const key = tableName.toLowerCase();
  state.filledDown.set(key, (state.filledDown.get(key) ?? new Set<string>()).add(column.toLowerCase()));
  if (t.emptyBody) return;
  fillDown(
    state,
    t,
    col,
    body,
    results?.map((r) => (r === null ? undefined : resultIn(r))),
  );
};

export const numberFormat: Handler<'numberFormat'> = ({ workbook }, { table, column, format }) => {
  const t = requireTable(workbook, table);
  const col = columnOf(t, column);
  for (let r = t.firstBody; r <= t.lastBody; r += 1) {
    const cell = cellAt(t.ws, r, col);
    cell.style = { ...cell.style, numFmt: format };
  }
};

export const listValidation: Handler<'listValidation'> = (
  { workbook },
  { table: tableName, column, source },
) => {
  const t = requireTable(workbook, tableName);
  const col = columnOf(t, column);
  let formula: string;
  if (Array.isArray(source)) {
    const bad = source.find((s) => s.includes(',') || s.includes('"'));
    if (bad !== undefined) {
      throw new DomainError(
        'invalid-input',
        `list item ${JSON.stringify(bad)} may not contain a comma or quote`,
        {
          sheet: t.ws.name,
          column,
        },
      );
    }
    formula = `"${source.join(',')}"`;
    if (formula.length > 257) {
      throw new DomainError(
        'unsupported',
        `a list validation holds at most 255 characters (${tableName}[${column}])`,
        { sheet: t.ws.name, column },
      );
    }
  } else {
    formula = stripEquals(source.formula, tableName, column);
  }
  const validation: ExcelJS.DataValidation = {
    type: 'list',
    allowBlank: true,
    showErrorMessage: true,
    formulae: [formula],
  };
  for (let r = t.firstBody; r <= t.lastBody; r += 1)
    internals(t.ws).dataValidations.add(cellAddress(r, col), validation);
};

/** A cached result as ExcelJS stores it; text that names an Excel error is that error. */
function resultIn(v: Exclude<Cell, null>): NonNullable<ExcelJS.CellFormulaValue['result']> {
  if (typeof v === 'string' && EXCEL_ERRORS.has(v)) return { error: v as ExcelJS.CellErrorValue['error'] };
  return v;
}

const EXCEL_ERRORS = new Set(['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#VALUE!', '#NUM!']);

export function stripEquals(formula: string, table: string, column: string): string {
  const f = formula.trim();
  if (!f.startsWith('=') || f.length < 2) {
    throw new DomainError('invalid-input', `a formula must start with "=", got ${JSON.stringify(formula)}`, {
      path: `${table}[${column}]`,
      value: formula,
    });
  }
  return f.slice(1);
}
