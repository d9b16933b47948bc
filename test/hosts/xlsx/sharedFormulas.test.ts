import ExcelJS from 'exceljs';
import type { XlsxState } from '../../../src/hosts/xlsx/hostState';
import { formulaModel } from '../../../src/hosts/xlsx/excelModel';
import { materializeSharedFormulas } from '../../../src/hosts/xlsx/sharedFormulas';

function stateWith(ws: (w: ExcelJS.Worksheet) => void): { state: XlsxState; sheet: ExcelJS.Worksheet } {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Blad');
  ws(sheet);
  const state: XlsxState = {
    workbook,
    charts: [],
    notes: [],
    materialized: new WeakSet(),
    filledDown: new Map(),
    language: 'nl',
  };
  return { state, sheet };
}

/** A shared formula over C2:D3 (master C2), as Excel writes one filled right and down, and one in F. */
function sharedGroups(ref: string | undefined) {
  return (ws: ExcelJS.Worksheet) => {
    for (let r = 2; r <= 3; r += 1) ws.getCell(r, 1).value = r;
    ws.getCell('C2').value = {
      formula: 'A2*2',
      shareType: 'shared',
      ...(ref ? { ref } : {}),
      result: 4,
    } as ExcelJS.CellFormulaValue;
    for (const a of ['D2', 'C3', 'D3'])
      ws.getCell(a).value = { sharedFormula: 'C2', result: 0 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell('F2').value = {
      formula: 'A2+1',
      shareType: 'shared',
      ref: 'F2:F3',
    } as ExcelJS.CellFormulaValue;
    ws.getCell('F3').value = { sharedFormula: 'F2' } as ExcelJS.CellSharedFormulaValue;
  };
}

const plain = (sheet: ExcelJS.Worksheet, a: string) => {
  const m = formulaModel(sheet.getCell(a));
  return !!m?.formula && !m.sharedFormula && !m.shareType;
};

describe('materializeSharedFormulas for some columns', () => {
  it.each([
    ['its range', 'C2:D3'],
    ['no range (every cell is looked at)', undefined],
  ])(
    'makes plain the followers of a master in those columns, also outside them, when the master states %s',
    (_, ref) => {
      const { state, sheet } = stateWith(sharedGroups(ref));
      materializeSharedFormulas(state, sheet, [3]);
      for (const a of ['C2', 'C3', 'D2', 'D3']) expect(plain(sheet, a)).toBe(true);
      expect(sheet.getCell('D3').formula).toBe('B3*2');
      // A group with no master in the columns keeps its shared form.
      expect(formulaModel(sheet.getCell('F3'))?.sharedFormula).toBe('F2');
      expect(plain(sheet, 'F2')).toBe(false);
    },
  );
});
