import { HANDLERS, type HandlerTable } from '../../../src/hosts/office/handlers';
import type { Change } from '../../../src/workbook/book';

// Typed by the port's union: a kind added to Change and missing here fails to compile, as must
// a kind that is not one.
const KINDS: Record<Change['kind'], true> = {
  addSheet: true,
  addTable: true,
  addColumns: true,
  setColumn: true,
  setColumnFormula: true,
  appendRows: true,
  sortTable: true,
  numberFormat: true,
  listValidation: true,
  conditionalFill: true,
  freezeHeader: true,
  replaceSheet: true,
  upsertChart: true,
  rangeToTable: true,
  extendTable: true,
};

describe('the Office host handler table', () => {
  it('has exactly one handler for each Change kind', () => {
    expect(Object.keys(HANDLERS).sort()).toEqual(Object.keys(KINDS).sort());
    for (const handler of Object.values(HANDLERS)) expect(typeof handler).toBe('function');
  });

  it('does not compile without a handler for some kind (checked by npm run typecheck)', () => {
    const { upsertChart: dropped, ...rest } = HANDLERS;
    // @ts-expect-error a table missing upsertChart is not a HandlerTable
    const incomplete: HandlerTable = rest;
    expect(Object.keys(incomplete)).toHaveLength(Object.keys(KINDS).length - 1);
    expect(dropped).toBe(HANDLERS.upsertChart);
  });
});
