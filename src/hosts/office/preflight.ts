/**
 * The one request before any write: it loads every fact the writes depend on (sheets and their
 * protection, the tables' geometry, first body row, filters and hidden rows, charts, defined
 * names, what the sheets to be replaced hold, merged cells in the way), so every refusal is known
 * before the first write is queued.
 */
import type { Change } from '../../workbook/book';
import { ruleMarker } from '../../workbook/productRule';
import { cellAddress, parseAreas, rangeAddress, splitAddress } from '../../workbook/a1';
import { isWorkbookError } from '../../workbook/errors';
import { refuseBeforeWrites, type BookFacts } from '../../workbook/preflight';
import { OfficeHostError } from './errors';
import { parseRect } from './a1';
import type { ApiFeature } from './officeApi';
import { queueRangeFacts, rangeKey } from './rangeFacts';
import { formulaOf } from './read';
import {
  blockAddress,
  chartKey,
  key,
  mergeKey,
  type Preflight,
  type TableState,
  tableAddressFor,
} from './state';

export async function loadPreflight(
  ctx: Excel.RequestContext,
  changes: readonly Change[],
  supports: (feature: ApiFeature) => boolean,
): Promise<Preflight> {
  const wb = ctx.workbook;
  const sheetsLoad = supports('protection') ? 'items/name,items/protection/protected' : 'items/name';
  const sheets = wb.worksheets.load(sheetsLoad);
  const allTables = wb.tables.load('items/name,items/worksheet/name');
  const created = new Set(changes.flatMap((c) => (c.kind === 'addTable' ? [key(c.table)] : [])));
  const appendCount = new Map<string, number>();
  for (const c of changes)
    if (c.kind === 'appendRows')
      appendCount.set(key(c.table), (appendCount.get(key(c.table)) ?? 0) + c.rows.length);

  const tableNames = new Set<string>();
  for (const c of changes)
    if ('table' in c && c.kind !== 'addTable' && !created.has(key(c.table))) tableNames.add(c.table);
  // Tables whose product rule (a marked conditional format) is re-laid: its earlier copies are found
  // here, in this request, so the write can delete them without a request of its own.
  const ruled = new Set(
    changes.flatMap((c) => (c.kind === 'conditionalFill' && ruleMarker(c.formula) ? [key(c.table)] : [])),
  );
  const withMerges = supports('mergedAreas');
  const filters = supports('autoFilter');
  const tables = [...tableNames].map((name) => {
    const table = wb.tables.getItemOrNullObject(name);
    table.load('name');
    const sheet = table.worksheet.load('name');
    const header = table.getHeaderRowRange().load('values,address');
    const body = table.getDataBodyRange().load('rowCount');
    const first = table.getDataBodyRange().getRow(0).load('values,formulas');
    const filter = filters ? table.autoFilter.load('isDataFiltered') : null;
    // rowHidden (ExcelApi 1.2): false when no body row is hidden, whatever hides them.
    const hidden = table.getDataBodyRange().load('rowHidden');
    const appended = appendCount.get(key(name)) ?? 0;
    const mergedBelow =
      withMerges && appended > 0
        ? table.getRange().getRowsBelow(appended).getMergedAreasOrNullObject().load('address')
        : null;
    const newColumns = changes.reduce(
      (n, c) => n + (c.kind === 'addColumns' && key(c.table) === key(name) ? c.headers.length : 0),
      0,
    );
    const mergedRight =
      withMerges && newColumns > 0
        ? table.getRange().getColumnsAfter(newColumns).getMergedAreasOrNullObject().load('address')
        : null;
    const ext = changes.find(
      (c): c is Extract<Change, { kind: 'extendTable' }> =>
        c.kind === 'extendTable' && key(c.table) === key(name),
    );
    // The header cells an extendTable names: written only while still empty (workbook/preflight.ts).
    const besideHeader =
      ext?.names && ext.columns > 0
        ? table.getHeaderRowRange().getColumnsAfter(ext.columns).load('values,address')
        : null;
    // The tables where it would grow: Excel's resize refuses them only after the header names.
    const grown =
      ext && (ext.rows > 0 || ext.columns > 0)
        ? table.getRange().getResizedRange(ext.rows, ext.columns).load('address')
        : null;
    const grownTables = grown ? grown.getTables(false).load('items/name') : null;
    const rules = ruled.has(key(name))
      ? table.getRange().conditionalFormats.load('items/type,items/customOrNullObject/rule/formula')
      : null;
    return {
      name,
      table,
      sheet,
      header,
      body,
      first,
      filter,
      hidden,
      mergedBelow,
      mergedRight,
      rules,
      besideHeader,
      grown,
      grownTables,
    };
  });

  const charts = changes.flatMap((c) => {
    if (c.kind !== 'upsertChart') return [];
    const chart = wb.worksheets
      .getItemOrNullObject(c.sheet)
      .charts.getItemOrNullObject(c.chart.name)
      .load('name');
    return [{ id: chartKey(c.sheet, c.chart.name), chart }];
  });
  const names = changes.flatMap((c) =>
    c.kind === 'replaceSheet'
      ? c.blocks.flatMap((b) =>
          b.name ? [{ name: b.name, item: wb.names.getItemOrNullObject(b.name).load('name') }] : [],
        )
      : [],
  );
  // A sheet the product did not write is never cleared: ours carries its defined names.
  const allNames = changes.some((c) => c.kind === 'replaceSheet')
    ? wb.names.load('items/name,items/formula')
    : null;
  const used = changes.flatMap((c) =>
    c.kind === 'replaceSheet'
      ? [
          {
            sheet: c.sheet,
            range: wb.worksheets.getItemOrNullObject(c.sheet).getUsedRangeOrNullObject(true).load('address'),
          },
        ]
      : [],
  );
  const areas = withMerges
    ? changes.flatMap((c) => {
        const targets =
          c.kind === 'replaceSheet'
            ? c.blocks.filter((b) => b.values.length > 0).map((b) => blockAddress(b))
            : c.kind === 'addTable'
              ? [tableAddressFor(c.at, c.headers.length, Math.max(1, c.rows.length))]
              : [];
        const sheetName = c.kind === 'replaceSheet' || c.kind === 'addTable' ? c.sheet : '';
        return targets.map((address) => ({
          id: mergeKey.at(sheetName, address),
          areas: wb.worksheets
            .getItemOrNullObject(sheetName)
            .getRange(address)
            .getMergedAreasOrNullObject()
            .load('address'),
        }));
      })
    : [];

  // What lies where a new table would go: a value a person typed there is never written over.
  const typed = changes.flatMap((c) => {
    if (c.kind !== 'addTable') return [];
    const address = tableAddressFor(c.at, c.headers.length, Math.max(1, c.rows.length));
    const range = wb.worksheets.getItemOrNullObject(c.sheet).getRange(address).load('values');
    return [{ sheet: c.sheet, address, range }];
  });

  const rangeFacts = queueRangeFacts(wb, changes, filters);
  await ctx.sync();

  const pre: Preflight = {
    sheets: new Map(
      sheets.items.map((s) => [
        key(s.name),
        { name: s.name, protected: supports('protection') ? s.protection.protected : false },
      ]),
    ),
    tables: new Map(),
    allTables: allTables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
    charts: new Set(charts.filter((c) => !c.chart.isNullObject).map((c) => c.id)),
    names: new Set(names.filter((n) => !n.item.isNullObject).map((n) => key(n.name))),
    nameSheets: new Map(
      (allNames?.items ?? []).map((n) => [
        key(n.name),
        key(splitAddress(n.formula.replace(/^=/, '')).sheet ?? ''),
      ]),
    ),
    nonEmptySheets: new Set(used.filter((u) => !u.range.isNullObject).map((u) => key(u.sheet))),
    merged: new Map(),
  };
  const { headers: rangeHeaders, sheetFilters } = rangeFacts();
  pre.rangeHeaders = rangeHeaders;
  pre.sheetFilters = sheetFilters;
  for (const a of areas) if (!a.areas.isNullObject) pre.merged.set(a.id, a.areas.address);
  for (const t of tables) {
    if (t.table.isNullObject) continue;
    const headers = (t.header.values[0] ?? []).map(String);
    const { row, col } = parseRect(splitAddress(t.header.address).range);
    const firstValues = t.first.values[0] ?? [];
    const firstFormulas = t.first.formulas[0] ?? [];
    const calculated = headers.map((_, j) => formulaOf(firstValues[j], firstFormulas[j]));
    const placeholder =
      t.body.rowCount === 1 && firstValues.every((v, j) => v === '' || calculated[j] !== null);
    const anyHidden = t.hidden.rowHidden !== false && t.body.rowCount > 0 && !placeholder;
    const isFiltered = t.filter ? t.filter.isDataFiltered : false;
    const state: TableState = {
      name: t.table.name,
      sheet: t.sheet.name,
      headers,
      row,
      col,
      rows: placeholder ? 0 : t.body.rowCount,
      placeholder,
      calculated,
      filtered: isFiltered,
      hiddenRows: anyHidden && !isFiltered,
      created: false,
    };
    pre.tables.set(key(t.name), state);
    if (t.mergedBelow && !t.mergedBelow.isNullObject)
      pre.merged.set(mergeKey.rowsBelow(t.name), t.mergedBelow.address);
    if (t.mergedRight && !t.mergedRight.isNullObject)
      pre.merged.set(mergeKey.columnsAfter(t.name), t.mergedRight.address);
    if (t.rules) PRODUCT_RULES.set(pre, key(t.name), productRulesIn(t.rules));
  }
  const typedCells = new Map(
    typed.filter((x) => !x.range.isNullObject).map((x) => [mergeKey.at(x.sheet, x.address), x.range.values]),
  );
  // Each header cell right of a table on its own, as the shared refusal asks for it.
  for (const t of tables) {
    if (!t.besideHeader || t.table.isNullObject) continue;
    const at = parseRect(splitAddress(t.besideHeader.address).range);
    (t.besideHeader.values[0] ?? []).forEach((v, j) => {
      const cell = cellAddress(at.row + 1, at.col + 1 + j);
      typedCells.set(mergeKey.at(t.sheet.name, `${cell}:${cell}`), [[v]]);
    });
  }
  const meeting = new Map<string, string[]>();
  for (const t of tables)
    if (t.grown && t.grownTables && !t.table.isNullObject)
      meeting.set(
        mergeKey.at(t.sheet.name, splitAddress(t.grown.address).range),
        t.grownTables.items.map((x) => x.name),
      );
  try {
    refuseBeforeWrites(officeFacts(pre, typedCells, meeting), changes);
  } catch (e) {
    // The shared refusal, in the Office host's shape (an OfficeHostError with the same reason).
    if (
      isWorkbookError(e) &&
      e.reason !== 'not-a-package' &&
      e.reason !== 'unreadable' &&
      e.reason !== 'damaged' &&
      e.reason !== 'would-lose-parts'
    )
      throw new OfficeHostError(e.code, e.reason, e.message, e.where);
    throw e;
  }
  return pre;
}

/** The pre-flight as the shared refusals (workbook/preflight.ts) read it. */
function officeFacts(
  pre: Preflight,
  typed: Map<string, unknown[][]>,
  meeting: Map<string, string[]>,
): BookFacts {
  return {
    sheets: [...pre.sheets.values()],
    tables: [...pre.tables.values()].map((t) => ({
      name: t.name,
      sheet: t.sheet,
      headers: t.headers,
      headerRow: t.row + 1,
      left: t.col + 1,
      rows: t.rows,
      filtered: t.filtered,
      hiddenRows: () => t.hiddenRows,
    })),
    allTables: pre.allTables,
    // Excel was asked which tables lie where each extendTable would grow, and only that.
    tablesMeeting: (sheet, area) => meeting.get(mergeKey.at(sheet, rangeAddress(area))) ?? [],
    // Excel was asked about exactly the areas the writes would land on (and never merges in a table).
    merges: [...pre.merged.values()].flatMap((address) => {
      const sheet = splitAddress(address.split(',')[0] ?? '').sheet ?? '';
      return parseAreas(address).map((area) => ({ sheet, area }));
    }),
    typedCellIn: (sheet, area) => {
      const values = typed.get(mergeKey.at(sheet, rangeAddress(area)));
      for (const [i, row] of (values ?? []).entries())
        for (const [j, v] of row.entries())
          if (v !== '' && v !== null && v !== undefined) return cellAddress(area.top + i, area.left + j);
      return null;
    },
    rangeHeaders: (sheet, address) => pre.rangeHeaders?.get(rangeKey(sheet, address)),
    sheetFilter: (sheet) => pre.sheetFilters?.get(key(sheet)),
  };
}

/** A conditional format of the product's (its formula carries a marker) and that marker. */
export interface ProductRule {
  marker: string;
  format: Excel.ConditionalFormat;
}

function productRulesIn(rules: Excel.ConditionalFormatCollection): ProductRule[] {
  return rules.items.flatMap((format) => {
    if (format.type !== 'Custom' || format.customOrNullObject.isNullObject) return [];
    const marker = ruleMarker(format.customOrNullObject.rule.formula);
    return marker ? [{ marker, format }] : [];
  });
}

/**
 * The product rules each table's range overlaps, as the pre-flight found them, kept beside the
 * Preflight (whose shape state.ts owns) and handed out once: a second conditionalFill on the same
 * table in one batch must not delete a rule twice.
 */
const PRODUCT_RULES = {
  found: new WeakMap<Preflight, Map<string, ProductRule[]>>(),
  set(pre: Preflight, table: string, rules: ProductRule[]): void {
    const byTable = this.found.get(pre) ?? new Map<string, ProductRule[]>();
    byTable.set(table, rules);
    this.found.set(pre, byTable);
  },
};

/** Takes the product rules carrying `marker` found over `table`; later calls get none of them. */
export function takeProductRules(pre: Preflight, table: string, marker: string): ProductRule[] {
  const byTable = PRODUCT_RULES.found.get(pre);
  const rules = byTable?.get(key(table)) ?? [];
  byTable?.set(
    key(table),
    rules.filter((r) => r.marker !== marker),
  );
  return rules.filter((r) => r.marker === marker);
}
