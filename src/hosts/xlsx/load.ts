/**
 * Opening .xlsx bytes with ExcelJS, and the fixes for what ExcelJS misreads: dates in the 1904
 * system, tables written without headerRowCount, table models its writer cannot render.
 */
import ExcelJS from 'exceljs';
import { DomainError } from '../../domain/errors';
import { parseRange } from './a1';
import { cellOut, dateToSerial } from './excelCells';
import { tableModels } from './excelModel';
import { findLossRisks } from './lossRisks';
import { fixTableModel } from './tableGeometry';
import { readZipPart } from './zipPart';

export interface Loaded {
  workbook: ExcelJS.Workbook;
  /** What the file holds that ExcelJS would drop on save (charts, pivot tables, …). */
  lossRisks: string[];
}

/** Opens .xlsx bytes; DomainError 'unsupported' when they are not an .xlsx workbook. */
export async function loadWorkbook(bytes: Uint8Array): Promise<Loaded> {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new DomainError('unsupported', 'not an .xlsx workbook (no zip signature)');
  }
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings want a Node Buffer; a Uint8Array view over the same bytes works for JSZip.
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new DomainError('unsupported', `not a readable .xlsx workbook: ${(e as Error).message}`);
  }
  if (wb.worksheets.length === 0)
    throw new DomainError('unsupported', 'not an .xlsx workbook (no worksheets)');
  // ExcelJS converted date cells with the date system it believed in; keep their raw serials.
  datesToSerials(wb, wb.properties.date1904 === true);
  // ExcelJS only honours date1904="1"; LibreOffice writes "true" (both valid xsd:boolean).
  const workbookXml = await readZipPart(bytes, 'xl/workbook.xml');
  if (workbookXml && /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(workbookXml)) {
    wb.properties.date1904 = true;
  }
  wb.calcProperties.fullCalcOnLoad = true;
  normalizeLoadedTables(wb);
  return { workbook: wb, lossRisks: findLossRisks(bytes) };
}

/**
 * Replaces the JS Dates ExcelJS made of date-formatted cells by their serial numbers, as Office.js
 * reports them. The file keeps the same numbers; only ExcelJS's in-memory view changes.
 */
function datesToSerials(wb: ExcelJS.Workbook, parsedAs1904: boolean): void {
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value;
        if (v instanceof Date) {
          cell.value = dateToSerial(v, parsedAs1904);
        } else if (v && typeof v === 'object' && 'result' in v && v.result instanceof Date) {
          cell.value = { ...v, result: dateToSerial(v.result, parsedAs1904) } as ExcelJS.CellValue;
        }
      });
    });
  }
}

/**
 * ExcelJS reads `headerRowCount` as "header only when the attribute says 1", but Excel leaves it
 * out when it is 1 (the default). A table whose first row repeats its column names has a header.
 */
function normalizeLoadedTables(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    for (const model of tableModels(ws)) {
      if (!model.headerRow && model.tableRef) {
        const r = parseRange(model.tableRef);
        const matches = model.columns.every(
          (c, j) => String(cellOut(ws.findRow(r.top)?.findCell(r.left + j)?.value, false) ?? '') === c.name,
        );
        if (matches || model.autoFilterRef) model.headerRow = true;
      }
      fixTableModel(model);
    }
  }
}
