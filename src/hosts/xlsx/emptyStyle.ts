/**
 * One empty style object for every cell and row without a style. ExcelJS gives each of them an
 * object of its own (a 10,000-invoice workbook holds about 130,000), and its writer resolves every
 * distinct style object once: an XML string and a WeakMap entry each, which made up much of a
 * save's memory beyond ExcelJS's own open + save. Shared, the object is resolved once.
 *
 * Frozen, because ExcelJS's style setters (`cell.numFmt = …`, `row.font = …`) edit the object in
 * place: on a shared one that would restyle every cell, frozen it throws instead (ExcelJS's
 * classes are strict code). Our handlers replace a style, never edit one.
 */
import type ExcelJS from 'exceljs';

export const EMPTY_STYLE: Partial<ExcelJS.Style> = Object.freeze({});

function isEmpty(style: object | undefined): boolean {
  if (!style || style === EMPTY_STYLE) return false;
  for (const key in style) if (Object.prototype.hasOwnProperty.call(style, key)) return false;
  return true;
}

/** Points every empty cell and row style of the workbook at EMPTY_STYLE. */
export function shareEmptyStyles(workbook: ExcelJS.Workbook): void {
  for (const ws of workbook.worksheets) {
    ws.eachRow({ includeEmpty: true }, (row) => {
      // ExcelJS's typings leave out Row.style, which it has.
      const r = row as unknown as { style: Partial<ExcelJS.Style> };
      if (isEmpty(r.style)) r.style = EMPTY_STYLE;
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (isEmpty(cell.style)) cell.style = EMPTY_STYLE;
      });
    });
  }
}
