/**
 * Single cells <-> values, reading what people really type. Every parser returns either a value,
 * `blank`, or a reason (code + Dutch and English sentence) that the codec turns into a located
 * row error. Dates and amounts are converted here and nowhere else (see ARCHITECTURE.md).
 */
import { isIsoDate, isoDate, type IsoDate } from '../domain/dates';
import { cents, type Cents } from '../domain/money';
import { choiceSpellings, NO_WORDS, normalizeHeader, YES_MARKS, YES_WORDS, type Choice } from './schema';
import type { Cell } from './book';

export type Why = { code: string; nl: string; en: string };
export type Parsed<T> = { ok: true; value: T } | { ok: true; blank: true } | { ok: false; why: Why };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const blank = <T>(): Parsed<T> => ({ ok: true, blank: true });
const fail = <T>(code: string, nl: string, en: string): Parsed<T> => ({ ok: false, why: { code, nl, en } });

const ERROR_VALUE =
  /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;

export function isErrorValue(cell: Cell): boolean {
  return typeof cell === 'string' && ERROR_VALUE.test(cell.trim());
}

/** Empty, or only spaces: a blank cell as far as anyone can see. */
export function isBlankCell(cell: Cell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** Text that a spreadsheet would take as a formula if written as a value. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}

function errorCell<T>(cell: Cell): Parsed<T> {
  return fail(
    'error-value',
    `de cel toont de foutwaarde ${String(cell).trim()}`,
    `the cell shows the error value ${String(cell).trim()}`,
  );
}

// ---------------------------------------------------------------- dates

const MS_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30); // serial 61 = 1900-03-01 counts from here
const EPOCH_1904 = Date.UTC(1904, 0, 1);
const MAX_SERIAL = 2_958_465; // 9999-12-31 in the 1900 system

function utcIso(ms: number): IsoDate {
  return isoDate(new Date(ms).toISOString().slice(0, 10));
}

/**
 * Excel serial -> date. 1900 system: serial 1 is 1900-01-01 and serial 60 is Lotus's 29 Feb 1900,
 * a day that never was, so serials below 60 sit one day later than the epoch arithmetic says.
 */
export function serialToIso(serial: number, system: 1900 | 1904): Parsed<IsoDate> {
  if (!Number.isFinite(serial)) return fail('invalid-date', 'geen geldige datum', 'not a valid date');
  const day = Math.floor(serial + 1e-9);
  if (system === 1904) {
    if (day < 0 || day > MAX_SERIAL - 1462)
      return fail(
        'invalid-date',
        `datumgetal ${serial} valt buiten het bereik`,
        `date serial ${serial} is out of range`,
      );
    return ok(utcIso(EPOCH_1904 + day * MS_DAY));
  }
  if (day < 1 || day > MAX_SERIAL)
    return fail(
      'invalid-date',
      `datumgetal ${serial} valt buiten het bereik`,
      `date serial ${serial} is out of range`,
    );
  if (day === 60) {
    return fail(
      'invalid-date',
      '29 februari 1900 bestaat niet (een oude fout in Excel)',
      '29 February 1900 does not exist (an old Excel quirk)',
    );
  }
  return ok(utcIso(EPOCH_1900 + (day < 60 ? day + 1 : day) * MS_DAY));
}

/** Date -> Excel serial in the workbook's date system. */
export function isoToSerial(iso: IsoDate, system: 1900 | 1904): number {
  const ms = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  if (system === 1904) return Math.round((ms - EPOCH_1904) / MS_DAY);
  const serial = Math.round((ms - EPOCH_1900) / MS_DAY);
  return serial < 61 ? serial - 1 : serial;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  januari: 1,
  january: 1,
  janv: 1,
  feb: 2,
  febr: 2,
  februari: 2,
  february: 2,
  mrt: 3,
  maa: 3,
  maart: 3,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  mei: 5,
  may: 5,
  jun: 6,
  juni: 6,
  june: 6,
  jul: 7,
  juli: 7,
  july: 7,
  aug: 8,
  augustus: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oct: 10,
  oktober: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const WEEKDAY =
  /^(ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?,?\s+/i;

/** Two-digit years pivot like Excel: 00–29 is 20xx, 30–99 is 19xx. */
function fullYear(y: string): number {
  const n = Number(y);
  if (y.length <= 2) return n < 30 ? 2000 + n : 1900 + n;
  return n;
}

function ymd(y: number, m: number, d: number): IsoDate | undefined {
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

function parseTextDate(raw: string): IsoDate | undefined {
  const s = raw.trim().replace(WEEKDAY, '').replace(/\s+/g, ' ');
  let m =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      s,
    );
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = fullYear(m[3] ?? '');
    // Day first, as typed in NL/BE; month first only where day-first is impossible (11/22/2026).
    return ymd(y, b, a) ?? (s.includes('/') && a <= 12 && b > 12 ? ymd(y, a, b) : undefined);
  }
  m = /^(\d{1,2})(?:e|ste|de)?[ -]([a-z]+)\.?,?[ -](\d{2}|\d{4})$/i.exec(s);
  if (m) {
    const month = MONTHS[(m[2] ?? '').toLowerCase()];
    return month ? ymd(fullYear(m[3] ?? ''), month, Number(m[1])) : undefined;
  }
  m = /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/i.exec(s);
  if (m) {
    const month = MONTHS[(m[1] ?? '').toLowerCase()];
    return month ? ymd(Number(m[3]), month, Number(m[2])) : undefined;
  }
  return undefined;
}

export function parseDate(cell: Cell, system: 1900 | 1904): Parsed<IsoDate> {
  if (cell === null || isBlankCell(cell)) return blank();
  if (typeof cell === 'number') return serialToIso(cell, system);
  if (typeof cell === 'boolean')
    return fail('invalid-date', 'geen datum maar ja/nee', 'a yes/no, not a date');
  if (isErrorValue(cell)) return errorCell(cell);
  const iso = parseTextDate(cell);
  if (iso) return ok(iso);
  return fail(
    'invalid-date',
    `"${cell}" is geen datum (typ bv. 22-11-2026)`,
    `"${cell}" is not a date (type e.g. 22-11-2026)`,
  );
}

// ---------------------------------------------------------------- amounts

/** Exact decimal string -> cents, rounding half away from zero at the cent. */
function decimalToCents(negative: boolean, whole: string, fraction: string): Cents {
  const f = (fraction + '000').slice(0, 3);
  let units = Number(whole || '0') * 100 + Number(f.slice(0, 2));
  if (Number(f[2]) >= 5) units += 1;
  return cents(negative && units !== 0 ? -units : units);
}

/**
 * A number a spreadsheet holds as euros -> cents. Going through the 15 significant digits Excel
 * itself keeps turns 0.1+0.2 (0.30000000000000004) into 30 and 1.005 into 101, as a person expects.
 */
export function euroNumberToCents(value: number): Parsed<Cents> {
  if (!Number.isFinite(value)) return fail('invalid-amount', 'geen geldig bedrag', 'not a valid amount');
  if (Math.abs(value) >= 9e13) return fail('invalid-amount', 'bedrag is te groot', 'amount is too large');
  // Most amounts are whole cents already: the double nearest some k / 100. Below 1e12 such a
  // value has at most 14 significant digits, so the 15-digit text below would say k / 100 too;
  // skipping the text spares two strings per amount (every amount of every row, at each read).
  if (Math.abs(value) < 1e12) {
    const units = Math.round(value * 100);
    if (units / 100 === value) return ok(cents(units === 0 ? 0 : units));
  }
  const text = Math.abs(value).toPrecision(15);
  const [mantissa = '0', exp] = text.split('e');
  let plain = mantissa;
  if (exp !== undefined) plain = Math.abs(value).toFixed(20); // tiny values: round to zero cents
  const [whole = '0', fraction = ''] = plain.split('.');
  return ok(decimalToCents(value < 0, whole, fraction));
}

export function parseAmount(cell: Cell): Parsed<Cents> {
  if (cell === null || isBlankCell(cell)) return blank();
  if (typeof cell === 'number') return euroNumberToCents(cell);
  if (typeof cell === 'boolean')
    return fail('invalid-amount', 'geen bedrag maar ja/nee', 'a yes/no, not an amount');
  if (isErrorValue(cell)) return errorCell(cell);
  const bad = fail<Cents>(
    'invalid-amount',
    `"${cell}" is geen bedrag (typ bv. 1.234,56)`,
    `"${cell}" is not an amount (type e.g. 1234.56)`,
  );
  let s = cell.replace(/[\s\u00a0\u202f']/g, '').replace(/[−–—]/g, '-');
  s = s.replace(/^(eur|euro|€)/i, '').replace(/(eur|euro|€)$/i, '');
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) [negative, s] = [true, paren[1] ?? ''];
  s = s.replace(/^(eur|euro|€)/i, '').replace(/(eur|euro|€)$/i, '');
  s = s.replace(/,-$/, ',00').replace(/\.-$/, '.00'); // "12,-" is twelve euros
  if (s.startsWith('-')) [negative, s] = [!negative, s.slice(1)];
  else if (s.startsWith('+')) s = s.slice(1);
  else if (s.endsWith('-')) [negative, s] = [!negative, s.slice(0, -1)];
  s = s.replace(/^(eur|euro|€)/i, '');
  if (s === '' && cell.replace(/[\s€]/g, '').match(/^[-–—]$/)) return ok(cents(0)); // accounting zero "-"
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return bad;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let decimal: '.' | ',' | undefined;
  if (lastDot >= 0 && lastComma >= 0) decimal = lastDot > lastComma ? '.' : ',';
  else {
    const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : undefined;
    if (sep) {
      const count = s.split(sep).length - 1;
      const after = s.length - s.lastIndexOf(sep) - 1;
      // One separator with exactly three digits after it groups thousands ("1.500", "1,500"):
      // amounts are written with cents, so 1,500 euro is far likelier than one and a half.
      decimal = count === 1 && (after !== 3 || /^0[.,]/.test(s)) ? sep : undefined;
    }
  }
  const thousands = decimal === '.' ? ',' : decimal === ',' ? '.' : lastDot >= 0 ? '.' : ',';
  const [intPart = '', frac = '', ...rest] = decimal ? s.split(decimal) : [s];
  if (rest.length > 0 || frac.includes(thousands)) return bad;
  if (intPart.includes(thousands) && !new RegExp(`^\\d{1,3}(\\${thousands}\\d{3})+$`).test(intPart))
    return bad;
  const whole = intPart.split(thousands).join('').replace(/[.,]/g, '');
  if (!/^\d*$/.test(whole) || !/^\d*$/.test(frac)) return bad;
  if (whole.length > 13) return fail('invalid-amount', 'bedrag is te groot', 'amount is too large');
  return ok(decimalToCents(negative, whole, frac));
}

export function centsToCell(cents: Cents): number {
  return cents / 100;
}

// ---------------------------------------------------------------- other types

export function parseInteger(cell: Cell): Parsed<number> {
  if (cell === null || isBlankCell(cell)) return blank();
  if (typeof cell === 'boolean')
    return fail('invalid-number', 'geen getal maar ja/nee', 'a yes/no, not a number');
  if (isErrorValue(cell)) return errorCell(cell);
  const n =
    typeof cell === 'number'
      ? cell
      : Number(
          cell
            .trim()
            .replace(/\s*(dagen|dag|days|day|d)\.?$/i, '')
            .replace(',', '.'),
        );
  if (!Number.isFinite(n) || !Number.isInteger(n)) {
    return fail(
      'invalid-number',
      `"${String(cell)}" is geen heel getal`,
      `"${String(cell)}" is not a whole number`,
    );
  }
  return ok(n);
}

export function parseBool(cell: Cell): Parsed<boolean> {
  if (cell === null || isBlankCell(cell)) return blank();
  if (typeof cell === 'boolean') return ok(cell);
  if (typeof cell === 'number') {
    if (cell === 1 || cell === 0) return ok(cell === 1);
  } else if (isErrorValue(cell)) return errorCell(cell);
  else {
    const w = normalizeHeader(cell);
    if (YES_WORDS.includes(w) || YES_MARKS.includes(cell.trim())) return ok(true);
    if (NO_WORDS.includes(w)) return ok(false);
  }
  return fail('invalid-bool', `"${String(cell)}" is geen ja of nee`, `"${String(cell)}" is not yes or no`);
}

export function parseChoice(cell: Cell, choices: readonly Choice[]): Parsed<string> {
  if (cell === null || isBlankCell(cell)) return blank();
  if (typeof cell === 'string' && isErrorValue(cell)) return errorCell(cell);
  const w = normalizeHeader(String(cell));
  const hit = choices.find((c) => choiceSpellings(c).includes(w));
  if (hit) return ok(hit.value);
  const allowed = choices.map((c) => c.nl).join(', ');
  const allowedEn = choices.map((c) => c.en).join(', ');
  return fail(
    'invalid-choice',
    `"${String(cell)}" is geen keuze uit: ${allowed}`,
    `"${String(cell)}" is not one of: ${allowedEn}`,
  );
}

/** Text as typed; numbers typed into a text column (invoice 20260042) become their digits. */
export function parseText(cell: Cell): Parsed<string> {
  if (cell === null || isBlankCell(cell)) return blank();
  if (typeof cell === 'string') {
    if (isErrorValue(cell)) return errorCell(cell);
    return ok(cell.trim());
  }
  if (typeof cell === 'number')
    return ok(Number.isInteger(cell) ? String(cell) : String(Number(cell.toPrecision(15))));
  return ok(cell ? 'TRUE' : 'FALSE');
}
