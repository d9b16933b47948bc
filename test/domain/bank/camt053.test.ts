import { parseCamt053, looksLikeCamt053 } from '../../../src/domain/bank/camt053';
import { DomainError } from '../../../src/domain/errors';
import { listFixtures, readFixture } from './fixtures';

const EXPECTED_FILES = [
  'genkgo-camt053.v2.five.decimals.xml',
  'genkgo-camt053.v2.minimal.xml',
  'genkgo-camt053.v2.multi.statement.xml',
  'genkgo-camt053.v2.with-party-ids.xml',
  'genkgo-camt053.v2.wrong.xml',
  'genkgo-camt053.v4.xml',
  'genkgo-camt053.v8.xml',
  'oca-test-camt053-no-ntry.xml',
  'oca-test-camt053-txdtls.xml',
  'oca-test-camt053.xml',
];

function errorOf(f: () => unknown): DomainError {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe.each(['local', 'shared'] as const)('camt.053 fixtures (%s copy)', (which) => {
  const read = (name: string) => readFixture(which, `camt053/${name}`);

  it('has every fixture (and no new one without a test)', () => {
    expect(listFixtures(which, 'camt053')).toEqual(EXPECTED_FILES);
  });

  it('v2 minimal: one credit with a structured reference and the debtor as counterparty', () => {
    const [s, ...rest] = parseCamt053(read('genkgo-camt053.v2.minimal.xml'));
    expect(rest).toHaveLength(0);
    expect(s?.accountIban).toBe('NL26VAYB8060476890');
    expect(s?.statementId).toBe('253EURNL26VAYB8060476890');
    expect([s?.fromDate, s?.toDate]).toEqual(['2007-10-18', '2007-10-18']);
    expect(s?.entries).toHaveLength(1);
    const e = s?.entries[0];
    expect(e).toMatchObject({
      bookingDate: '2014-12-31',
      valueDate: '2015-01-02',
      amountCents: 885,
      currency: 'EUR',
      direction: 'credit',
      reversal: false,
      booked: true,
      counterpartyName: 'NAME NAME',
      counterpartyIban: 'NL56AGDH9619008421',
      structuredReference: '4654654654654654',
      remittance: '',
    });
    expect(e?.batch).toBeUndefined();
  });

  it('v2 with party ids reads the same payment as the minimal file (same id: same content)', () => {
    const a = parseCamt053(read('genkgo-camt053.v2.minimal.xml'))[0]?.entries[0];
    const b = parseCamt053(read('genkgo-camt053.v2.with-party-ids.xml'))[0]?.entries[0];
    expect(b?.counterpartyName).toBe('NAME NAME');
    expect(b?.id).toBe(a?.id);
  });

  it('five decimals: trailing zeros are exact (8.850 = 885 cents); a real third decimal is refused', () => {
    const text = read('genkgo-camt053.v2.five.decimals.xml');
    const e = parseCamt053(text)[0]?.entries[0];
    expect(e?.amountCents).toBe(885);
    expect(e?.remittance).toBe('Transaction Description');
    expect(e?.endToEndId).toBe('000000001');
    // The creditor is our own side of an incoming payment: no counterparty is invented.
    expect(e?.counterpartyName).toBeUndefined();
    const err = errorOf(() =>
      parseCamt053(text.replace('<Amt Ccy="EUR">8.850</Amt>', '<Amt Ccy="EUR">8.855</Amt>')),
    );
    expect(err.code).toBe('invalid-amount');
    expect(err.where.path).toBe('Stmt[1]/Ntry[1]/Amt');
    expect(err.where.value).toBe('8.855');
  });

  it('multi statement: two statements, the second with a debit', () => {
    const list = parseCamt053(read('genkgo-camt053.v2.multi.statement.xml'));
    expect(list.map((s) => s.statementId)).toEqual(['253EURNL26VAYB8060476890', '254EURNL26VAYB8060476890']);
    expect(list[0]?.entries[0]?.amountCents).toBe(885);
    const debit = list[1]?.entries[0];
    expect(debit).toMatchObject({
      amountCents: -700,
      direction: 'debit',
      counterpartyName: 'Company Name 2',
      remittance: 'Transaction Description 2',
    });
    // Without FrToDt the period comes from the entries.
    expect([list[1]?.fromDate, list[1]?.toDate]).toEqual(['2014-12-31', '2014-12-31']);
  });

  it('v4: account given as Othr/Id, entry id from AcctSvcrRef', () => {
    const s = parseCamt053(read('genkgo-camt053.v4.xml'))[0];
    expect(s?.accountIban).toBe('NL26VAYB8060476890');
    expect(s?.entries[0]?.id).toBe('NL26VAYB8060476890/r:AAAASESS-FP-CN_98765/01');
    expect(s?.entries[0]?.structuredReferences).toEqual(['4654654654654654']);
  });

  it('v8: Sts/Cd, BookgDt/DtTm and Dbtr/Pty/Nm', () => {
    const e = parseCamt053(read('genkgo-camt053.v8.xml'))[0]?.entries[0];
    expect(e).toMatchObject({
      bookingDate: '2014-12-31',
      booked: true,
      counterpartyName: 'NAME NAME',
      counterpartyIban: 'NL56AGDH9619008421',
      endToEndId: 'MUELL/FINP/RA12345',
      amountCents: 885,
    });
  });

  it('no entries: a statement with an empty entry list', () => {
    const [s] = parseCamt053(read('oca-test-camt053-no-ntry.xml'));
    expect(s?.accountIban).toBe('NL77ABNA0574908765');
    expect(s?.entries).toEqual([]);
    expect(s?.fromDate).toBe('2014-01-05');
  });

  it('batch with two TxDtls: split per detail, amounts add up', () => {
    const e = parseCamt053(read('oca-test-camt053-txdtls.xml'))[0]?.entries[0];
    expect(e?.amountCents).toBe(348300);
    expect(e?.currency).toBe('CHF');
    expect(e?.batch?.splittable).toBe(true);
    expect(e?.batch?.details.map((d) => d.amountCents)).toEqual([218700, 129600]);
    expect(e?.batch?.details.map((d) => d.counterpartyIban)).toEqual([
      'CH2222000000123456789',
      'CH3333000000123456789',
    ]);
    expect(e?.batch?.details.map((d) => d.structuredReferences[0])).toEqual([
      '302388292000011111111111111',
      '302388292000022222222222222',
    ]);
    expect(e?.remittance).toMatch(/^CRÉDIT GROUPÉ BVR/);
  });

  it('oca statement: debit, reversed batch of direct debits, credit without Ustrd', () => {
    const [s] = parseCamt053(read('oca-test-camt053.xml'));
    const [debit, reversal, credit] = s?.entries ?? [];
    expect(debit).toMatchObject({
      amountCents: -75425,
      direction: 'debit',
      reversal: false,
      counterpartyName: 'INSURANCE COMPANY TESTX',
    });
    expect(reversal).toMatchObject({ amountCents: -66405, direction: 'debit', reversal: true });
    expect(reversal?.batch?.details.map((d) => d.amountCents)).toEqual([-56405, -10000]);
    expect(reversal?.batch?.details.map((d) => d.endToEndId)).toEqual([
      'TESTBANK/NL/20141229/01206408',
      'TESTBANK/NL/20141229/01206407',
    ]);
    expect(credit).toMatchObject({
      amountCents: 140531,
      direction: 'credit',
      counterpartyName: '3rd party Media',
      counterpartyIban: 'NL69ABNA0522123643',
      remittance: '#RD PARTY MEDIA CUSNO 90782 4210773',
      endToEndId: '115',
    });
    expect(new Set(s?.entries.map((x) => x.id)).size).toBe(3);
  });

  it('the wrong file (no Stmt) is refused with a clear error', () => {
    const err = errorOf(() => parseCamt053(read('genkgo-camt053.v2.wrong.xml')));
    expect(err.code).toBe('invalid-input');
    expect(err.message).toMatch(/without any statement \(Stmt\)/);
    expect(err.where.path).toBe('Document/BkToCstmrStmt/Stmt');
  });

  it('parses every file twice to the same ids (re-import adds nothing)', () => {
    for (const name of EXPECTED_FILES.filter((f) => !f.includes('wrong'))) {
      const ids = (t: string) => parseCamt053(t).flatMap((s) => s.entries.map((e) => e.id));
      expect(ids(read(name))).toEqual(ids(read(name)));
      expect(looksLikeCamt053(read(name))).toBe(true);
    }
  });
});

describe('camt.053 safety and shape checks', () => {
  const minimal = readFixture('local', 'camt053/genkgo-camt053.v2.minimal.xml');

  it('refuses a DOCTYPE/ENTITY (billion laughs) before parsing', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><Document>&lol2;</Document>`;
    const err = errorOf(() => parseCamt053(bomb));
    expect(err.code).toBe('unsupported');
    expect(err.message).toMatch(/DOCTYPE or ENTITY/);
    expect(() => parseCamt053(minimal.replace('<Document', '<!ENTITY x "y"><Document'))).toThrow(
      /DOCTYPE or ENTITY/,
    );
  });

  it('refuses an input over the size limit at once', () => {
    const err = errorOf(() => parseCamt053(minimal, { maxChars: 1000 }));
    expect(err.message).toMatch(/too large.*limit 1000/);
    expect(err.where.value).toBe(minimal.length);
  });

  it('names what it found when the file is not a camt.053', () => {
    const camt054 = minimal.replace('camt.053.001.02', 'camt.054.001.02');
    expect(() => parseCamt053(camt054)).toThrow(
      /not a camt\.053 bank statement: found root <Document> with urn:iso:std:iso:20022:tech:xsd:camt\.054\.001\.02/,
    );
    expect(() => parseCamt053('<html><body>hi</body></html>')).toThrow(
      /found root <html> with no ISO 20022 namespace/,
    );
    expect(looksLikeCamt053(camt054)).toBe(false);
  });

  it('reports malformed XML with a line', () => {
    const err = errorOf(() => parseCamt053(minimal.replace('</BkToCstmrStmt>', '')));
    expect(err.message).toMatch(/not well-formed XML/);
    expect(err.where.row).toBeGreaterThan(1);
  });

  it('reads a namespace prefix, a pending entry and a bad indicator', () => {
    const prefixed = `<?xml version="1.0"?><c:Document xmlns:c="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><c:BkToCstmrStmt><c:Stmt><c:Id>S1</c:Id><c:Acct><c:Id><c:IBAN>NL91 ABNA 0417 1643 00</c:IBAN></c:Id></c:Acct>
      <c:Ntry><c:Amt Ccy="EUR">10.00</c:Amt><c:CdtDbtInd>CRDT</c:CdtDbtInd><c:Sts><c:Cd>PDNG</c:Cd></c:Sts><c:BookgDt><c:Dt>2026-03-01</c:Dt></c:BookgDt></c:Ntry>
      </c:Stmt></c:BkToCstmrStmt></c:Document>`;
    const [s] = parseCamt053(prefixed);
    expect(s?.accountIban).toBe('NL91ABNA0417164300');
    expect(s?.entries[0]).toMatchObject({ amountCents: 1000, booked: false });
    expect(() => parseCamt053(prefixed.replace('CRDT', 'XXXX'))).toThrow(/CdtDbtInd must be CRDT or DBIT/);
  });
});
