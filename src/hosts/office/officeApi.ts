/**
 * The two things the Office host needs from the Office.js globals, injectable so tests run the
 * host against the fake object model and production runs it against Excel.
 */
export interface OfficeApi {
  run<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, minVersion: string): boolean;
}

export function officeApiFromGlobals(): OfficeApi {
  return {
    run: (options, batch) => Excel.run(options, batch),
    isSetSupported: (name, minVersion) => Office.context.requirements.isSetSupported(name, minVersion),
  };
}

/** ExcelApi versions by feature, so an old Excel gets a message naming what is missing. */
export const API_NEEDS = {
  read: { version: '1.4', feature: 'reading tables by name (getItemOrNullObject)' },
  protection: { version: '1.2', feature: 'checking sheet protection' },
  addColumns: { version: '1.4', feature: 'adding named table columns' },
  appendRows: { version: '1.4', feature: 'adding several table rows at once' },
  sortTable: { version: '1.2', feature: 'table sort' },
  conditionalFill: { version: '1.6', feature: 'conditional formats' },
  freezeHeader: { version: '1.7', feature: 'freeze panes' },
  chartType: { version: '1.7', feature: 'changing a chart type' },
  listValidation: { version: '1.8', feature: 'data validation lists' },
  names: { version: '1.4', feature: 'defined names' },
  charts: { version: '1.4', feature: 'finding charts by name' },
  autoFilter: { version: '1.9', feature: 'clearing and restoring a table filter' },
  copyFrom: { version: '1.9', feature: 'filling a formula down (Range.copyFrom)' },
  specialCells: { version: '1.9', feature: 'finding the cells that hold formulas (getSpecialCells)' },
  mergedAreas: { version: '1.13', feature: 'finding merged cells' },
  dateSystem: { version: '1.2', feature: 'worksheet functions (date system probe)' },
  resizeTable: { version: '1.13', feature: 'growing a table over rows typed below it (Table.resize)' },
} as const;

export type ApiFeature = keyof typeof API_NEEDS;
