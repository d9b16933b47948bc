/**
 * Cents and IsoDate are branded: a plain number or string, or one for the other, does not compile.
 *
 * The lines marked @ts-expect-error below are checked by `npm run typecheck`: when one of them
 * stops being an error (say the brand is dropped), the directive itself becomes error TS2578 and
 * typecheck fails. The jest test compiles a fixture with the same mistakes through the TypeScript
 * compiler, so the suite proves it too, with the error code of each.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { addDays, isoDate, type IsoDate } from '../../src/domain/dates';
import { invoiceSchema, type Invoice } from '../../src/domain/model';
import { addCents, cents, subtractCents, sumCents, type Cents } from '../../src/domain/money';

const price = cents(12100);
const due = isoDate('2026-11-30');

// @ts-expect-error a plain number is not Cents
export const plainNumber: Cents = 12100;
// @ts-expect-error a plain string is not IsoDate
export const plainText: IsoDate = '2026-11-30';
// @ts-expect-error IsoDate is not Cents
export const dateAsMoney: Cents = due;
// @ts-expect-error Cents is not IsoDate
export const moneyAsDate: IsoDate = price;
// @ts-expect-error days (a number) cannot be added to Cents
export const daysAsMoney = addCents(price, 30);
// @ts-expect-error the sum of two Cents by `+` is a plain number: sums go through addCents
export const bareSum: Cents = price + price;

// These must compile: sums and differences through the helpers, dates through their functions,
// and what the model's schemas parse (their input stays plain).
const sum: Cents = addCents(price, cents(100));
const difference: Cents = subtractCents(sum, price);
const later: IsoDate = addDays(due, 14);
const parsed: Invoice = invoiceSchema.parse({
  number: 'F1',
  customerNumber: 'K1',
  invoiceDate: '2026-11-01',
  amountExclVat: 10000,
  amountInclVat: 12100,
});
const fromParse: Cents = parsed.amountInclVat;
const dateFromParse: IsoDate = parsed.invoiceDate;

const FIXTURE = path.join(__dirname, '../fixtures/brand/mixing.ts.txt');
const DOMAIN = path.join(__dirname, '../../src/domain');

function compileFixture(): { line: number; code: number }[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'brand-'));
  try {
    const file = path.join(dir, 'mixing.ts');
    writeFileSync(
      file,
      readFileSync(FIXTURE, 'utf8').replaceAll('__DOMAIN__', DOMAIN.split(path.sep).join('/')),
    );
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      types: [],
    });
    return ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file?.fileName === file)
      .map((d) => ({
        line: (d.file as ts.SourceFile).getLineAndCharacterOfPosition(d.start ?? 0).line + 1,
        code: d.code,
      }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('branded Cents and IsoDate', () => {
  it('the helpers and the parse give the same numbers and texts as before (the brand is types only)', () => {
    expect([sum, difference, later, fromParse, dateFromParse]).toEqual([
      12200,
      100,
      '2026-12-14',
      12100,
      '2026-11-01',
    ]);
    expect(sumCents([price, sum])).toBe(24300);
  });

  it('a mixing mistake fails to compile, each with its error code (TS2322 / TS2345)', () => {
    const lines = readFileSync(FIXTURE, 'utf8').split('\n');
    const expected = lines
      .map((text, i) => ({ line: i + 1, code: /\/\/ TS(\d+)$/.exec(text)?.[1] }))
      .filter((x): x is { line: number; code: string } => x.code !== undefined)
      .map((x) => ({ line: x.line, code: Number(x.code) }));
    expect(expected).toHaveLength(5);
    expect(compileFixture()).toEqual(expected);
  }, 120_000);
});
