/**
 * Which ExcelApi requirement sets a change needs, checked before the batch starts, so an older
 * Excel gets a message naming what is missing rather than a TypeError half-way through.
 */
import type { Change } from '../../workbook/book';
import { OfficeHostError } from './errors';
import type { ChangeKind, ChangeOf } from './handlers/types';
import { API_NEEDS, type ApiFeature, type OfficeApi } from './officeApi';

/** Exhaustive like the handler table: a new Change kind must say what it needs. */
const CHANGE_NEEDS: { readonly [K in ChangeKind]: (change: ChangeOf<K>) => readonly ApiFeature[] } = {
  addSheet: () => [],
  addTable: () => [],
  addColumns: () => ['addColumns'],
  setColumn: () => [],
  setColumnFormula: () => [],
  appendRows: () => ['appendRows'],
  sortTable: () => ['sortTable'],
  numberFormat: () => [],
  listValidation: () => ['listValidation'],
  conditionalFill: () => ['conditionalFill'],
  freezeHeader: () => ['freezeHeader'],
  replaceSheet: (change) => (change.blocks.some((b) => b.name) ? ['names'] : []),
  upsertChart: () => ['charts'],
  rangeToTable: () => [],
  extendTable: () => ['resizeTable'],
};

export function supports(api: OfficeApi, feature: ApiFeature): boolean {
  return api.isSetSupported('ExcelApi', API_NEEDS[feature].version);
}

export function requireApi(api: OfficeApi, feature: ApiFeature, purpose: string): void {
  if (!supports(api, feature)) {
    const need = API_NEEDS[feature];
    throw new OfficeHostError(
      'unsupported',
      'api-missing',
      `This version of Excel lacks ExcelApi ${need.version} (${need.feature}), needed for ${purpose}. Update Office, or use Excel on the web.`,
      { path: `ExcelApi ${need.version}` },
    );
  }
}

export function requireApiFor(api: OfficeApi, change: Change): void {
  const purpose = `${change.kind}${'table' in change ? ` on ${change.table}` : 'sheet' in change ? ` on ${change.sheet}` : ''}`;
  requireApi(api, 'read', purpose);
  // The mapped type ties each kind to its entry; TypeScript cannot narrow the lookup itself.
  const needs = CHANGE_NEEDS[change.kind] as (change: Change) => readonly ApiFeature[];
  for (const feature of needs(change)) requireApi(api, feature, purpose);
}
