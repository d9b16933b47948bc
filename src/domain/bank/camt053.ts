/**
 * ISO 20022 camt.053 (BankToCustomerStatement) parser, versions camt.053.001.02 up to .13.
 *
 * Safety first: the text is refused before any XML parsing when it is larger than `maxChars`
 * (default 50 million characters), declares a DOCTYPE or ENTITY (billion laughs, external
 * entities) or nests elements deeper than `maxDepth` (the validator and parser recurse per level:
 * thousands of levels would overflow the stack); fast-xml-parser then runs with entity processing
 * off, and xmlSafety.ts decodes what XML itself predefines (&lt; &gt; &amp; &quot; &apos; and
 * character references) exactly once, so "Bakker &amp; Zn" arrives as "Bakker & Zn" and
 * "&amp;amp;" as "&amp;". Line breaks are kept as the bank wrote them. Values are kept as text
 * (parseTagValue off) so "000000001" stays an id and amounts reach the cents parser as written.
 *
 * Mapping decisions (per entry, Ntry):
 * - amountCents is signed by CdtDbtInd (CRDT +, DBIT −); RvslInd true marks a reversal.
 * - counterparty = the debtor (Dbtr/DbtrAcct) of a credit, the creditor (Cdtr/CdtrAcct) of a debit;
 *   both the v2–v7 shape (Dbtr/Nm) and the v8+ shape (Dbtr/Pty/Nm) are read.
 * - remittance = RmtInf/Ustrd lines joined; when absent, AddtlTxInf, then AddtlNtryInf.
 * - several TxDtls make a batch; it is splittable when each detail has an amount (TxDtls/Amt or
 *   AmtDtls/TxAmt/Amt) and they add up to the entry amount.
 * - bookingDate from BookgDt/Dt or the date part of BookgDt/DtTm (the bank's local date).
 */
import { XMLValidator } from 'fast-xml-parser';
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { isIsoDate, type IsoDate } from '../dates';
import { DomainError, requireObject, requireText } from '../errors';
import { cents } from '../money';
import { parseAmountToCents } from './amount';
import {
  assignEntryIds,
  dateRange,
  type EntryDraft,
  type Statement,
  type TransactionDetail,
} from './statement';
import { decodeXmlText, depthBeyond, safeXmlParser } from './xmlSafety';

export interface Camt053Options {
  /** Refuse larger inputs at once. Default 50,000,000 characters (≈ 50 MB). */
  maxChars?: number;
  /** Refuse deeper element nesting. Default 64; a camt.053 file nests about 12 levels. */
  maxDepth?: number;
}

export const DEFAULT_MAX_CHARS = 50_000_000;
const DEFAULT_MAX_DEPTH = 64;

const CAMT_NS =
  /xmlns(?::[\w.-]+)?\s*=\s*["'](urn:iso:std:iso:20022:tech:xsd:([a-z]+\.\d{3})\.\d{3}\.(\d{2}))["']/;

type Node = Record<string, unknown>;

const ARRAYS = new Set(['Stmt', 'Ntry', 'NtryDtls', 'TxDtls', 'Ustrd', 'Strd', 'AddtlTxInf', 'AddtlNtryInf']);

/** Tells whether text looks like a camt.053 document (cheap check on the namespace). */
export function looksLikeCamt053(text: string): boolean {
  requireText(text, 'text');
  const m = CAMT_NS.exec(text.slice(0, 4096));
  return m?.[2] === 'camt.053';
}

export function parseCamt053(text: string, options: Camt053Options = {}): Statement[] {
  requireObject(options, 'options');
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  if (typeof text !== 'string') throw new DomainError('invalid-input', 'a camt.053 statement must be text');
  if (text.length > maxChars) {
    throw new DomainError(
      'invalid-input',
      `file too large for a bank statement: ${text.length} characters (limit ${maxChars})`,
      {
        value: text.length,
      },
    );
  }
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    throw new DomainError(
      'unsupported',
      'refusing an XML file with a DOCTYPE or ENTITY declaration (not allowed in camt.053)',
    );
  }
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const deep = depthBeyond(text, maxDepth);
  if (deep !== undefined) {
    throw new DomainError(
      'invalid-input',
      `XML nested deeper than ${maxDepth} levels (line ${deep.line}): not a bank statement; refused before reading it`,
      { row: deep.line },
    );
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new DomainError(
      'invalid-input',
      `not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`,
      {
        row: valid.err.line,
        column: String(valid.err.col),
      },
    );
  }
  const parser = safeXmlParser((name) => ARRAYS.has(name));
  const doc = parser.parse(text) as Node;
  const rootName = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('#'));
  const ns = CAMT_NS.exec(text);
  const found = ns ? `${ns[1]}` : 'no ISO 20022 namespace';
  if (rootName !== 'Document' || !ns || ns[2] !== 'camt.053') {
    throw new DomainError(
      'unsupported',
      `not a camt.053 bank statement: found root <${rootName ?? '?'}> with ${found}`,
      {
        value: found,
      },
    );
  }
  const root = obj(obj(doc['Document'])?.['BkToCstmrStmt']);
  if (!root) {
    throw new DomainError('invalid-input', 'camt.053 document without BkToCstmrStmt', { path: 'Document' });
  }
  const stmts = arr(root['Stmt']);
  if (stmts.length === 0) {
    throw new DomainError(
      'invalid-input',
      'camt.053 document without any statement (Stmt): the file is incomplete',
      {
        path: 'Document/BkToCstmrStmt/Stmt',
      },
    );
  }
  return stmts.map((s, i) => readStatement(s, `Stmt[${i + 1}]`));
}

function readStatement(stmt: Node, path: string): Statement {
  const statementId = str(stmt['Id']);
  if (!statementId) throw new DomainError('invalid-input', 'statement without Id', { path: `${path}/Id` });
  const acct = obj(stmt['Acct']);
  const acctId = obj(acct?.['Id']);
  const rawAccount = str(acctId?.['IBAN']) ?? str(obj(acctId?.['Othr'])?.['Id']);
  if (!rawAccount)
    throw new DomainError('invalid-input', 'statement without an account id', { path: `${path}/Acct/Id` });
  const accountIban = normaliseIban(rawAccount) ?? rawAccount;
  const drafts = arr(stmt['Ntry']).map((n, i) => readEntry(n, `${path}/Ntry[${i + 1}]`));
  const entries = assignEntryIds(accountIban, drafts);
  const frTo = obj(stmt['FrToDt']);
  const fromDate = datePart(str(frTo?.['FrDtTm']));
  const toDate = datePart(str(frTo?.['ToDtTm']));
  const range = fromDate && toDate ? { fromDate, toDate } : dateRange(entries);
  const currency = str(acct?.['Ccy']);
  return { accountIban, statementId, ...(currency ? { currency } : {}), ...range, entries };
}

function readEntry(ntry: Node, path: string): EntryDraft {
  const amtNode = ntry['Amt'];
  const amountText = text(amtNode);
  const currency = attr(amtNode, 'Ccy') ?? 'EUR';
  if (amountText === undefined)
    throw new DomainError('invalid-amount', 'entry without an amount', { path: `${path}/Amt` });
  const magnitude = parseAmountToCents(amountText, { decimal: '.' }, { path: `${path}/Amt` });
  const indicator = str(ntry['CdtDbtInd']);
  if (indicator !== 'CRDT' && indicator !== 'DBIT') {
    throw new DomainError(
      'invalid-input',
      `CdtDbtInd must be CRDT or DBIT, got ${JSON.stringify(indicator)}`,
      {
        path: `${path}/CdtDbtInd`,
        value: indicator,
      },
    );
  }
  const direction = indicator === 'CRDT' ? 'credit' : 'debit';
  const sign = direction === 'credit' ? 1 : -1;
  const amountCents = cents(magnitude === 0 ? 0 : sign * Math.abs(magnitude));
  const reversal = ['true', '1'].includes((str(ntry['RvslInd']) ?? '').toLowerCase());
  const status = str(ntry['Sts']) ?? str(obj(ntry['Sts'])?.['Cd']) ?? 'BOOK';
  const bookingDate = readDate(ntry['BookgDt']) ?? readDate(ntry['ValDt']);
  if (!bookingDate)
    throw new DomainError('invalid-date', 'entry without a booking date', { path: `${path}/BookgDt` });
  const valueDate = readDate(ntry['ValDt']);

  const txs = arr(ntry['NtryDtls']).flatMap((d) => arr(d['TxDtls']));
  // The customer is the debtor of a credit; a reversal repeats the parties of the booking it undoes.
  const original = reversal ? (direction === 'credit' ? 'debit' : 'credit') : direction;
  const details = txs.map((tx, i) => readDetail(tx, original, reversal, `${path}/NtryDtls/TxDtls[${i + 1}]`));
  const entryInfo = arr(ntry['AddtlNtryInf'])
    .map((v) => text(v) ?? '')
    .filter(Boolean)
    .join(' ');
  const bankReference = str(ntry['AcctSvcrRef']);

  const base = {
    bookingDate,
    ...(valueDate ? { valueDate } : {}),
    amountCents,
    currency,
    direction,
    reversal,
    booked: status === 'BOOK',
    ...(bankReference ? { bankReference } : {}),
  } as const;

  if (details.length <= 1) {
    const d = details[0];
    const refs = d?.structuredReferences ?? [];
    return {
      ...base,
      ...(d?.counterpartyName ? { counterpartyName: d.counterpartyName } : {}),
      ...(d?.counterpartyIban ? { counterpartyIban: d.counterpartyIban } : {}),
      remittance: d?.remittance || entryInfo,
      ...(refs[0] ? { structuredReference: refs[0] } : {}),
      structuredReferences: refs,
      ...(d?.endToEndId ? { endToEndId: d.endToEndId } : {}),
    };
  }
  const withAmounts = details.every((d) => d.amountCents !== undefined);
  const total = details.reduce((s, d) => s + Math.abs(d.amountCents ?? 0), 0);
  const splittable = withAmounts && total === Math.abs(amountCents);
  const signed: TransactionDetail[] = details.map((d) =>
    d.amountCents === undefined ? d : { ...d, amountCents: cents(sign * Math.abs(d.amountCents)) },
  );
  const allRefs = signed.flatMap((d) => d.structuredReferences);
  const names = new Set(signed.map((d) => d.counterpartyName).filter(Boolean));
  const ibans = new Set(signed.map((d) => d.counterpartyIban).filter(Boolean));
  const onlyName = names.size === 1 ? [...names][0] : undefined;
  const onlyIban = ibans.size === 1 ? [...ibans][0] : undefined;
  return {
    ...base,
    ...(onlyName ? { counterpartyName: onlyName } : {}),
    ...(onlyIban ? { counterpartyIban: onlyIban } : {}),
    remittance: [entryInfo, ...signed.map((d) => d.remittance)].filter(Boolean).join(' | '),
    ...(allRefs[0] ? { structuredReference: allRefs[0] } : {}),
    structuredReferences: allRefs,
    batch: { details: signed, splittable },
  };
}

function readDetail(
  tx: Node,
  original: 'credit' | 'debit',
  reversal: boolean,
  path: string,
): TransactionDetail {
  const refs = obj(tx['Refs']);
  const e2e = str(refs?.['EndToEndId']);
  const amtNode = tx['Amt'] ?? obj(obj(tx['AmtDtls'])?.['TxAmt'])?.['Amt'];
  const amountText = text(amtNode);
  const amountCents =
    amountText === undefined
      ? undefined
      : parseAmountToCents(amountText, { decimal: '.' }, { path: `${path}/Amt` });
  const parties = obj(tx['RltdPties']);
  const preferred = original === 'credit' ? 'Dbtr' : 'Cdtr';
  const other = preferred === 'Dbtr' ? 'Cdtr' : 'Dbtr';
  // Banks are not consistent about which side they fill in on a reversal; take what is there.
  const partyKey = reversal && !parties?.[preferred] && parties?.[other] ? other : preferred;
  const party = obj(parties?.[partyKey]);
  const name = str(party?.['Nm']) ?? str(obj(party?.['Pty'])?.['Nm']);
  const acctId = obj(obj(parties?.[`${partyKey}Acct`])?.['Id']);
  const rawIban = str(acctId?.['IBAN']) ?? str(obj(acctId?.['Othr'])?.['Id']);
  const iban = rawIban ? (normaliseIban(rawIban) ?? rawIban) : undefined;
  const rmt = obj(tx['RmtInf']);
  const ustrd = arr(rmt?.['Ustrd'])
    .map((v) => text(v) ?? '')
    .filter(Boolean)
    .join(' ');
  const structured = arr(rmt?.['Strd'])
    .map((s) => str(obj(s['CdtrRefInf'])?.['Ref']))
    .filter((r): r is string => !!r);
  const extra = arr(tx['AddtlTxInf'])
    .map((v) => text(v) ?? '')
    .filter(Boolean)
    .join(' ');
  return {
    ...(amountCents !== undefined ? { amountCents } : {}),
    ...(name ? { counterpartyName: name } : {}),
    ...(iban ? { counterpartyIban: iban } : {}),
    remittance: ustrd || extra,
    structuredReferences: structured,
    ...(e2e && e2e !== 'NOTPROVIDED' ? { endToEndId: e2e } : {}),
  };
}

// ---------------------------------------------------------------- small readers

function obj(v: unknown): Node | undefined {
  if (Array.isArray(v)) return obj(v[0]);
  return v !== null && typeof v === 'object' ? (v as Node) : undefined;
}

function arr(v: unknown): Node[] {
  if (v === undefined || v === null) return [];
  const list = Array.isArray(v) ? v : [v];
  return list.map((x) => (typeof x === 'object' && x !== null ? (x as Node) : { '#text': String(x) }));
}

function text(v: unknown): string | undefined {
  if (typeof v === 'string') return decodeXmlText(v);
  if (typeof v === 'number') return String(v);
  const o = obj(v);
  const t = o?.['#text'];
  return typeof t === 'string' ? decodeXmlText(t) : typeof t === 'number' ? String(t) : undefined;
}

function str(v: unknown): string | undefined {
  const t = text(v)?.trim();
  return t ? t : undefined;
}

function attr(v: unknown, name: string): string | undefined {
  const a = obj(v)?.[`@_${name}`];
  return typeof a === 'string' ? decodeXmlText(a) : undefined;
}

function readDate(v: unknown): IsoDate | undefined {
  const o = obj(v);
  return datePart(str(o?.['Dt'])) ?? datePart(str(o?.['DtTm']));
}

function datePart(v: string | undefined): IsoDate | undefined {
  const d = v?.slice(0, 10);
  return d && isIsoDate(d) ? d : undefined;
}

export function normaliseIban(raw: string): string | undefined {
  const e = electronicFormatIBAN(raw);
  return e && isValidIBAN(e) ? e : undefined;
}
