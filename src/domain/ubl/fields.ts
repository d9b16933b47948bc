/**
 * Reading one UBL field at a time, each with its path, collecting refusals instead of stopping at
 * the first: a person fixing a file wants every problem at once.
 */
import { isIsoDate, type IsoDate } from '../dates';
import { cents, type Cents } from '../money';
import type { UblProblem } from './types';
import { attributeOf, textOf, type XmlNode } from './xmlTree';

/** EN 16931 amounts: at most two decimals (BR-DEC rules), a point as separator, an optional sign. */
const AMOUNT = /^([+-]?)(\d{1,15})(?:\.(\d{1,2}))?$/;

export class FieldReader {
  readonly problems: UblProblem[] = [];
  /** Set once the document's currency was refused: one refusal says it, not one per amount. */
  currencyRefused = false;
  constructor(readonly file: string) {}

  refuse(path: string, code: UblProblem['code'], why: UblProblem['why'], value?: string): void {
    const p: UblProblem = { file: this.file, path, code, why };
    if (value !== undefined) p.value = value;
    this.problems.push(p);
  }

  /** Text that must be there. */
  required(node: XmlNode | undefined, path: string, label: { nl: string; en: string }): string | undefined {
    const text = textOf(node);
    if (text === undefined)
      this.refuse(path, 'missing', {
        nl: `${label.nl} ontbreekt (verplicht in Peppol BIS 3.0)`,
        en: `${label.en} is missing (required in Peppol BIS 3.0)`,
      });
    return text;
  }

  /** A calendar date YYYY-MM-DD (xs:date without a time zone, as Peppol requires). */
  date(node: XmlNode | undefined, path: string): IsoDate | undefined {
    const text = textOf(node);
    if (text === undefined) return undefined;
    if (isIsoDate(text)) return text;
    this.refuse(
      path,
      'bad-date',
      {
        nl: `geen geldige datum (verwacht JJJJ-MM-DD): "${text}"`,
        en: `not a valid date (expected YYYY-MM-DD): "${text}"`,
      },
      text,
    );
    return undefined;
  }

  /** An amount in EUR, in cents; other currencies and more than two decimals are refused. */
  amount(node: XmlNode | undefined, path: string): Cents | undefined {
    const text = textOf(node);
    if (text === undefined) return undefined;
    const currency = attributeOf(node, 'currencyID');
    if (currency !== undefined && currency !== 'EUR') {
      if (this.currencyRefused) return undefined;
      this.refuse(
        path,
        'currency',
        {
          nl: `bedrag in ${currency}: alleen euro (EUR) wordt ingelezen`,
          en: `amount in ${currency}: only euro (EUR) is read`,
        },
        currency,
      );
      return undefined;
    }
    const m = AMOUNT.exec(text);
    if (!m) {
      const decimals = /\.(\d+)$/.exec(text)?.[1]?.length ?? 0;
      this.refuse(
        path,
        'bad-amount',
        decimals > 2
          ? {
              nl: `bedrag met ${decimals} decimalen: "${text}" (EN 16931 staat er hoogstens 2 toe)`,
              en: `amount with ${decimals} decimals: "${text}" (EN 16931 allows at most 2)`,
            }
          : { nl: `geen geldig bedrag: "${text}"`, en: `not a valid amount: "${text}"` },
        text,
      );
      return undefined;
    }
    const whole = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
    return cents(m[1] === '-' && whole !== 0 ? -whole : whole);
  }
}
