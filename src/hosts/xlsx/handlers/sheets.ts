/** Handlers for whole sheets: frozen header, the generated Overzicht, charts. */
import type ExcelJS from 'exceljs';
import { DomainError } from '../../../domain/errors';
import { absoluteRangeAddress, parseCell, quoteSheet } from '../../../workbook/a1';
import { cellIn } from '../excelCells';
import { EMPTY_STYLE } from '../emptyStyle';
import { cellAt, internals } from '../excelModel';
import { sheetNamed } from '../tableGeometry';
import type { Handler } from './types';

export const freezeHeader: Handler<'freezeHeader'> = ({ workbook }, { sheet, rows }) => {
  const ws = sheetNamed(workbook, sheet);
  if (!Number.isInteger(rows) || rows < 0) {
    throw new DomainError('invalid-input', `freeze rows must be a whole number >= 0, got ${rows}`, { sheet });
  }
  const current = ws.views[0] ?? {};
  const view = (
    rows === 0
      ? { ...current, state: 'normal', xSplit: undefined, ySplit: undefined, topLeftCell: undefined }
      : { ...current, state: 'frozen', xSplit: 0, ySplit: rows, topLeftCell: `A${rows + 1}` }
  ) as Partial<ExcelJS.WorksheetView>;
  ws.views = [view, ...ws.views.slice(1)];
};

export const replaceSheet: Handler<'replaceSheet'> = ({ workbook, notes }, { sheet, blocks }) => {
  let ws = workbook.worksheets.find((s) => s.name.toLowerCase() === sheet.toLowerCase());
  if (!ws) ws = workbook.addWorksheet(sheet);
  const target = ws;
  if (Object.keys(internals(ws).tables).length > 0) {
    throw new DomainError(
      'invalid-input',
      `sheet "${sheet}" holds a table; replaceSheet only clears generated sheets`,
      { sheet },
    );
  }
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.value = null;
      cell.style = EMPTY_STYLE;
    });
  });
  for (const m of Object.keys(internals(ws)._merges ?? {})) ws.unMergeCells(m);
  internals(ws).conditionalFormattings = [];
  internals(ws).dataValidations.model = {};
  const names = new Map<string, string>();
  // One style object per format and weight, shared by reference (see emptyStyle.ts).
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const styleOf = (numFmt: string | undefined, bold: boolean): Partial<ExcelJS.Style> => {
    if (!numFmt && !bold) return EMPTY_STYLE;
    const key = `${bold ? 'b' : ''}|${numFmt ?? ''}`;
    let style = styles.get(key);
    if (!style) {
      style = Object.freeze({ ...(numFmt ? { numFmt } : {}), ...(bold ? { font: { bold: true } } : {}) });
      styles.set(key, style);
    }
    return style;
  };
  for (const block of blocks) {
    const at = parseCell(block.at);
    block.values.forEach((row, i) => {
      row.forEach((v, j) => {
        const cell = cellAt(target, at.row + i, at.col + j);
        cell.value = cellIn(v, { sheet, row: at.row + i }, notes);
        const fmt = block.cellNumberFormats?.[i]?.[j] ?? block.numberFormats?.[j];
        cell.style = styleOf(
          fmt ?? undefined,
          block.bold === 'all' || (block.bold === 'firstRow' && i === 0),
        );
      });
    });
    if (block.name) {
      const width = Math.max(1, ...block.values.map((r) => r.length));
      const height = Math.max(1, block.values.length);
      const range = { top: at.row, left: at.col, bottom: at.row + height - 1, right: at.col + width - 1 };
      names.set(block.name, `${quoteSheet(ws.name)}!${absoluteRangeAddress(range)}`);
    }
  }
  if (names.size > 0) {
    const kept = workbook.definedNames.model.filter((n) => !names.has(n.name));
    workbook.definedNames.model = [...kept, ...[...names].map(([name, ref]) => ({ name, ranges: [ref] }))];
  }
};

export const upsertChart: Handler<'upsertChart'> = ({ workbook, charts, notes }, { sheet, chart }) => {
  sheetNamed(workbook, sheet);
  const i = charts.findIndex((c) => c.sheet === sheet && c.chart.name === chart.name);
  if (i >= 0) charts[i] = { sheet, chart };
  else charts.push({ sheet, chart });
  notes.push(
    `chart "${chart.name}" on ${sheet} not written: ExcelJS cannot write charts (the HTML report draws it)`,
  );
};
