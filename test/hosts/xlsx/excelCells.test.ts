import ExcelJS from 'exceljs';
import { formulaOut } from '../../../src/hosts/xlsx/excelCells';

/** A sheet with a shared formula filled down B2:B6 and one filled right and down over D2:E3. */
function sheetWithSharedFormulas(): ExcelJS.Worksheet {
  const ws = new ExcelJS.Workbook().addWorksheet('Facturen');
  ws.getCell('B2').value = {
    formula: 'IF(ISTEXT($A2),"",ROUND(SUMIFS(Klanten!$G:$G,Klanten!$A:$A,$A2),2)+A$1+C2)',
    shareType: 'shared',
    ref: 'B2:B6',
    result: 0,
  } as ExcelJS.CellFormulaValue;
  for (let r = 3; r <= 6; r += 1)
    ws.getCell(r, 2).value = { sharedFormula: 'B2', result: 0 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell('D2').value = {
    formula: 'A2*2',
    shareType: 'shared',
    ref: 'D2:E3',
    result: 0,
  } as ExcelJS.CellFormulaValue;
  for (const a of ['E2', 'D3', 'E3'])
    ws.getCell(a).value = { sharedFormula: 'D2', result: 0 } as ExcelJS.CellSharedFormulaValue;
  return ws;
}

describe('formulaOut', () => {
  it("gives each copy of a shared formula its own row's formula, as ExcelJS translates it", () => {
    const ws = sheetWithSharedFormulas();
    expect(formulaOut(ws.getCell('B5'))).toBe(
      '=IF(ISTEXT($A5),"",ROUND(SUMIFS(Klanten!$G:$G,Klanten!$A:$A,$A5),2)+A$1+C5)',
    );
    for (const a of ['B2', 'B3', 'B4', 'B5', 'B6', 'D2', 'E2', 'D3', 'E3']) {
      const cell = ws.getCell(a);
      expect(formulaOut(cell)).toBe(`=${cell.formula}`);
    }
  });

  it('moves copies beside their master sideways too', () => {
    const ws = sheetWithSharedFormulas();
    expect(formulaOut(ws.getCell('E3'))).toBe('=B3*2');
  });

  it('leaves text in quotes as it is, where a cell name is only text', () => {
    const ws = new ExcelJS.Workbook().addWorksheet('Blad');
    ws.getCell('A2').value = {
      formula: 'IF(B2="","zie A2",B2)',
      shareType: 'shared',
      ref: 'A2:A3',
    } as ExcelJS.CellFormulaValue;
    ws.getCell('A3').value = { sharedFormula: 'A2' } as ExcelJS.CellSharedFormulaValue;
    expect(formulaOut(ws.getCell('A3'))).toBe('=IF(B3="","zie A2",B3)');
  });

  it('gives null for a cell without a formula', () => {
    const ws = new ExcelJS.Workbook().addWorksheet('Blad');
    ws.getCell('A1').value = 5;
    expect(formulaOut(ws.getCell('A1'))).toBeNull();
  });
});
