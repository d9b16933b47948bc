import { unaskedColumns, yoursNote } from '../../src/workbook/yoursNote';

it('lists three columns, counts the rest, in English', () => {
  const yours = ['A', 'B', 'C', 'D'].map((h) => ({ sheet: 'Invoices', header: h }));
  expect(yoursNote(yours, 'en')).toBe(
    'Your own column(s) left as they were: Invoices: "A"; Invoices: "B"; Invoices: "C" and 1 more. ' +
      'You can hand them over in the task pane under Set up workbook.',
  );
  expect(yoursNote([], 'en')).toBe('');
});

it('leaves out a column the person already recorded as theirs', () => {
  const base = { table: 'invoices' as const, tableName: 'Facturen', sheet: 'Facturen', field: 'order' };
  expect(
    unaskedColumns({
      yours: [
        { ...base, header: 'Volgorde', own: 'Volgorde (Klant Inzicht)', kept: false },
        { ...base, header: 'Status', kept: true },
      ],
    }),
  ).toEqual([{ sheet: 'Facturen', header: 'Volgorde', own: 'Volgorde (Klant Inzicht)' }]);
});
