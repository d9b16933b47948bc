/** appendRows: new rows below the body, styled and validated like the last row, formulas continued. */
import type ExcelJS from 'exceljs';
import { DomainError } from '../../../domain/errors';
import type { Cell } from '../../../workbook/book';
import { shiftFormula } from '../../../workbook/shiftFormula';
import type { RangePos } from '../../../workbook/a1';
import { cellIn, formulaOut } from '../excelCells';
import { cellAt, internals } from '../excelModel';
import { materializeSharedFormulas } from '../sharedFormulas';
import { assertFree, growConditionalFormats, headersOf, requireTable, setTableRange } from '../tableGeometry';
import type { Handler } from './types';

export const appendRows: Handler<'appendRows'> = (state, { table: tableName, rows }) => {
  if (rows.length === 0) return;
  const t = requireTable(state.workbook, tableName);
  const headers = headersOf(t);
  const index = new Map(headers.map((h, j) => [h.toLowerCase(), j]));
  rows.forEach((row, i) => {
    for (const key of Object.keys(row)) {
      if (!index.has(key.toLowerCase())) {
        throw new DomainError('invalid-input', `appendRows ${tableName}: no column "${key}"`, {
          sheet: t.ws.name,
          column: key,
          path: `rows[${i}]`,
        });
      }
    }
  });
  materializeSharedFormulas(state, t.ws);
  // The one empty body row of an empty table is filled first, as Excel does.
  const start = t.emptyBody ? t.firstBody : t.lastBody + 1;
  const newLast = start + rows.length - 1;
  const totalsAt = t.model.totalsRow ? t.lastBody + 1 : null;
  const grow = newLast - t.lastBody;
  if (grow > 0) {
    const below: RangePos = {
      top: t.lastBody + 1 + (totalsAt ? 1 : 0),
      left: t.left,
      bottom: newLast + (totalsAt ? 1 : 0),
      right: t.right,
    };
    assertFree(t.ws, below, `rows appended to table "${tableName}"`);
    if (totalsAt !== null) moveRowCells(t.ws, totalsAt, totalsAt + grow, t.left, t.right);
  }
  // The last body row is the model, also the one blank row of an empty table: it carries the
  // formats, validation and style the table was set up with.
  const template = t.lastBody;
  rows.forEach((row, i) => {
    const r = start + i;
    const given = new Map<string, Cell>(Object.entries(row).map(([k, v]) => [k.toLowerCase(), v]));
    headers.forEach((h, j) => {
      const c = t.left + j;
      const cell = cellAt(t.ws, r, c);
      const source = r === template ? null : cellAt(t.ws, template, c);
      if (source) {
        cell.style = { ...source.style };
        const dv = internals(t.ws).dataValidations.find(source.address);
        if (dv) internals(t.ws).dataValidations.add(cell.address, dv);
      }
      const key = h.toLowerCase();
      if (given.has(key)) {
        cell.value = cellIn(given.get(key) ?? null, { table: tableName, column: h, row: r }, state.notes);
      } else {
        const f = source ? formulaOut(source) : null;
        // A calculated column continues into new rows, as it does in Excel.
        cell.value = f
          ? ({ formula: shiftFormula(f.slice(1), r - template) } as ExcelJS.CellFormulaValue)
          : null;
      }
    });
  });
  if (grow > 0) {
    setTableRange(t.model, {
      top: t.headerRow,
      left: t.left,
      bottom: newLast + (totalsAt ? 1 : 0),
      right: t.right,
    });
    growConditionalFormats(t, newLast);
  }
};

function moveRowCells(ws: ExcelJS.Worksheet, from: number, to: number, left: number, right: number): void {
  for (let c = left; c <= right; c += 1) {
    const src = cellAt(ws, from, c);
    const dst = cellAt(ws, to, c);
    const f = formulaOut(src);
    dst.value = f ? ({ formula: f.slice(1) } as ExcelJS.CellFormulaValue) : src.value;
    dst.style = { ...src.style };
    src.value = null;
    src.style = {};
  }
}
