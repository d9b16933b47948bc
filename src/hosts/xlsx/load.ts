/**
 * Opening .xlsx bytes with ExcelJS, and the fixes for what ExcelJS misreads: dates in the 1904
 * system, tables written without headerRowCount, table models its writer cannot render.
 */
import ExcelJS from 'exceljs';
import { parseRange } from '../../workbook/a1';
import { cellOut, dateToSerial } from './excelCells';
import { tableModels } from './excelModel';
import { findLossyParts, type LossyPart } from './lossRisks';
import { checkPackageLimits, DEFAULT_LIMITS, type PackageLimits } from './packageLimits';
import { firstFont, type KeptOnSave } from './savePackage';
import { shareEmptyStyles } from './emptyStyle';
import { fixTableModel } from './tableGeometry';
import { hostError, XlsxHostError, type XlsxLanguage } from './hostErrors';
import { openPackage, partFixes, canonicalParts, repack } from './normalizePackage';
import { partTexts, type PartTexts } from './partTexts';

export interface Loaded {
  workbook: ExcelJS.Workbook;
  /** What the file holds that ExcelJS would drop on save (charts, pivot tables, …). */
  lossRisks: string[];
  /** The same, with the parts and in both languages. */
  lossyParts: LossyPart[];
  /** The package held macros (an .xlsm); a save never does. */
  macroEnabled: boolean;
  /** What a save must put back that ExcelJS writes its own way. */
  kept: KeptOnSave;
}

/**
 * Opens .xlsx bytes; an XlsxHostError (a DomainError 'unsupported') in `language` when they are
 * not a workbook or one that cannot be read.
 */
export async function loadWorkbook(
  bytes: Uint8Array,
  language: XlsxLanguage = 'nl',
  limits: PackageLimits = DEFAULT_LIMITS,
): Promise<Loaded> {
  try {
    return await loadPackage(bytes, language, limits);
  } catch (e) {
    if (e instanceof XlsxHostError) throw e;
    // A zip or XML library's complaint ("Bug : uncompressed data size mismatch", "invalid distance
    // too far back") is a JavaScript internal to the person: the file is damaged. Kept as `cause`.
    const damaged = hostError('damaged', language, {
      nl: 'de inhoud klopt niet met wat het bestand zelf zegt',
      en: 'its contents do not match what the file itself says they are',
    });
    Object.defineProperty(damaged, 'cause', { value: e });
    throw damaged;
  }
}

async function loadPackage(
  bytes: Uint8Array,
  language: XlsxLanguage,
  limits: PackageLimits,
): Promise<Loaded> {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw hostError('not-a-package', language, {
      nl: 'het is geen zip-bestand, zoals elke .xlsx-werkmap',
      en: 'it is not a zip file, as every .xlsx workbook is',
    });
  }
  checkPackageLimits(bytes, limits, language);
  const { packed, date1904, hiddenButtons, styles, lossyParts, macroEnabled } = await checkPackage(
    bytes,
    language,
  );
  let wb: ExcelJS.Workbook;
  try {
    wb = await readWithExcelJs(packed);
  } catch (e) {
    throw unreadable(language, e);
  }
  if (wb.worksheets.length === 0) {
    throw hostError('unreadable', language, { nl: 'er staat geen werkblad in', en: 'it holds no worksheet' });
  }
  // ExcelJS converted date cells with the date system it believed in; keep their raw serials.
  datesToSerials(wb, wb.properties.date1904 === true);
  if (date1904) wb.properties.date1904 = true;
  wb.calcProperties.fullCalcOnLoad = true;
  normalizeLoadedTables(wb, hiddenButtons);
  keepHiddenEmptyRows(wb);
  shareEmptyStyles(wb);
  const defaultFont = styles ? firstFont(styles) : undefined;
  return {
    workbook: wb,
    lossRisks: lossyParts.map((p) => p.en),
    lossyParts,
    macroEnabled,
    kept: defaultFont ? { defaultFont } : {},
  };
}

/**
 * The package's checks and fixes, before ExcelJS reads it: in a function of their own, so the
 * zip and the parts' texts they read are let go before ExcelJS's model grows.
 */
async function checkPackage(bytes: Uint8Array, language: XlsxLanguage) {
  const zip = await openPackage(bytes, language);
  const fixes = await canonicalParts(zip, language);
  // Read after canonicalParts, which may move parts; each part inflated once for every check.
  const parts = partTexts(zip);
  const workbookXml = (await parts.text('xl/workbook.xml')) ?? '';
  // ExcelJS only honours date1904="1"; LibreOffice writes "true" (both valid xsd:boolean).
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(workbookXml);
  fixes.push(...(await partFixes(parts, date1904)));
  return {
    packed: fixes.length > 0 ? await repack(zip) : bytes,
    date1904,
    hiddenButtons: await hiddenFilterButtons(parts),
    styles: await parts.text('xl/styles.xml'),
    lossyParts: await findLossyParts(parts),
    macroEnabled: zip.file('xl/vbaProject.bin') !== null,
  };
}

async function readWithExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  // ExcelJS's typings want a Node Buffer; a Uint8Array view over the same bytes works for JSZip.
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

/** ExcelJS's own message is a JavaScript internal: it goes to `cause`, never to the person. */
function unreadable(language: XlsxLanguage, cause: unknown): XlsxHostError {
  const e = hostError('unreadable', language, {
    nl: 'een onderdeel ervan heeft een vorm die dit programma niet kan lezen',
    en: 'one of its parts has a form this program cannot read',
  });
  Object.defineProperty(e, 'cause', { value: cause });
  return e;
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
          // A cached error (#VALUE!) in a date-formatted formula cell reaches us as an Invalid
          // Date: keep no result (the file recalculates on load) rather than write <v>NaN</v>.
          const serial = dateToSerial(v.result, parsedAs1904);
          const { result: _stale, ...formula } = v;
          cell.value = (Number.isFinite(serial) ? { ...v, result: serial } : formula) as ExcelJS.CellValue;
        }
      });
    });
  }
}

/**
 * ExcelJS reads `headerRowCount` as "header only when the attribute says 1", but Excel leaves it
 * out when it is 1 (the default). A table whose first row repeats its column names has a header.
 */
function normalizeLoadedTables(wb: ExcelJS.Workbook, hiddenButtons: Map<string, Set<number>>): void {
  for (const ws of wb.worksheets) {
    for (const model of tableModels(ws)) {
      // ExcelJS writes hiddenButton="1" for every column it read no filterColumn for.
      const hidden = hiddenButtons.get(model.name.toLowerCase()) ?? new Set<number>();
      model.columns.forEach((c, j) => {
        c.filterButton = !hidden.has(j);
      });
      if (!model.headerRow && model.tableRef) {
        const r = parseRange(model.tableRef);
        const matches = model.columns.every(
          (c, j) => String(cellOut(ws.findRow(r.top)?.findCell(r.left + j)?.value, false) ?? '') === c.name,
        );
        if (matches || model.autoFilterRef) model.headerRow = true;
      }
      // No tableStyleInfo in the file: the table has no style, and keeps none.
      model.style ??= { theme: null, showRowStripes: false };
      fixTableModel(model);
    }
  }
}

/**
 * Table name (lower case) -> columns whose filter button the file hides. A filterColumn without
 * hiddenButton="1" shows its button (the default), which ExcelJS reads as hidden.
 */
async function hiddenFilterButtons(parts: PartTexts): Promise<Map<string, Set<number>>> {
  const out = new Map<string, Set<number>>();
  for (const name of parts.names().filter((n) => /^xl\/tables\/[^/]+\.xml$/.test(n))) {
    const xml = (await parts.text(name)) ?? '';
    const table = /<(?:\w+:)?table\b[^>]*\bname="([^"]*)"/.exec(xml)?.[1];
    if (!table) continue;
    const hidden = new Set<number>();
    for (const m of xml.matchAll(/<(?:\w+:)?filterColumn\b([^>]*)>/g)) {
      const attrs = m[1] ?? '';
      const col = /\bcolId="(\d+)"/.exec(attrs)?.[1];
      if (col !== undefined && /\bhiddenButton="(?:1|true)"/.test(attrs)) hidden.add(Number(col));
    }
    out.set(unescapeXml(table).toLowerCase(), hidden);
  }
  return out;
}

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" : '&',
  );
}

/**
 * ExcelJS writes a row only when it has cells or a height, so a row hidden by hand with nothing in
 * it would come back visible. Such rows get the sheet's default height, which shows the same.
 */
function keepHiddenEmptyRows(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    const height = ws.properties.defaultRowHeight || 15;
    ws.eachRow({ includeEmpty: true }, (row) => {
      if (row.hidden && !row.height && row.cellCount === 0) row.height = height;
    });
  }
}
