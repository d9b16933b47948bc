/** report --json carries metrics.ladderEffect, and report --html a table of it, in the workbook's language. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderHtmlReport } from '../../../src/cli/report/html';
import { buildReport } from '../../../src/cli/report/reportData';
import type { LadderEffect } from '../../../src/domain/effect';
import { defaultSettings, type Ledger } from '../../../src/domain/model';
import { cli } from '../run';
import { sampleWorkbook } from '../sampleWorkbook';
import { isoDate } from '../../../src/domain/dates';
import { cents } from '../../../src/domain/money';

jest.setTimeout(180_000);

const TODAY = isoDate('2026-11-30');

/** Three invoices reminded on 2026-10-02 (paid 3 and 18 days later, one open), one paid early. */
function ledger(language: 'nl' | 'en'): Ledger {
  const numbers = ['F1', 'F2', 'F3', 'F4'];
  return {
    customers: [{ number: 'K1', name: 'Café <Zoë>', kind: 'business', ibans: [], segment: 'Horeca' }],
    invoices: numbers.map((number) => ({
      number,
      customerNumber: 'K1',
      invoiceDate: isoDate('2026-09-01'),
      amountExclVat: cents(10_000),
      amountInclVat: cents(12_100),
    })),
    payments: [
      { date: isoDate('2026-10-05'), invoiceNumber: 'F1', amount: cents(12_100) },
      { date: isoDate('2026-10-20'), invoiceNumber: 'F2', amount: cents(12_100) },
      { date: isoDate('2026-09-20'), invoiceNumber: 'F4', amount: cents(12_100) },
    ],
    contacts: numbers.slice(0, 3).map((invoiceNumber) => ({
      date: isoDate('2026-10-02'),
      customerNumber: 'K1',
      invoiceNumber,
      channel: 'email' as const,
      summary: '',
      ladderStep: 'herinnering-1',
    })),
    arrangements: [],
    settings: defaultSettings({ language }),
  };
}

describe('the report', () => {
  it('gives the figures per step for --json, beside the metrics and the forecast', () => {
    const { metrics } = buildReport(ledger('nl'), TODAY, []);
    const first = metrics.ladderEffect.rows[0];
    expect(first?.step?.stepId).toBe('herinnering-1');
    expect(first).toMatchObject({ included: 3, paid: 2, open: 1, medianDays: 18 });
    expect(first?.within7).toEqual({ days: 7, counted: 3, paid: 1, share: 1 / 3 });
    expect(metrics.ladderEffect.segments).toEqual([
      expect.objectContaining({ segment: 'Horeca', invoices: 4, tooFewData: true }),
    ]);
  });

  it.each([
    [
      'nl',
      'Wat werkt: betaald na elke stap',
      '33% (1 van 3)',
      '18 dagen',
      'te weinig gegevens (4 facturen, minimaal 10)',
    ],
    [
      'en',
      'What works: paid after each step',
      '33% (1 of 3)',
      '18 days',
      'too few data (4 invoices, at least 10)',
    ],
  ] as const)('draws a table of it in --html (%s)', (language, title, share, median, tooFew) => {
    const { data } = buildReport(ledger(language), TODAY, []);
    const html = renderHtmlReport(data);
    expect(html).toContain(`<h2>${title}</h2>`);
    const firstRow =
      /<tr><td>([^<]*)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><\/tr>/.exec(
        html,
      );
    expect(firstRow?.slice(1)).toEqual([
      language === 'nl' ? 'Vriendelijke herinnering' : 'Friendly reminder',
      share,
      share,
      median,
      '1',
    ]);
    // A step nobody reached has no share and no median.
    expect(html).toContain(language === 'nl' ? '<td>– (0 van 0)</td>' : '<td>– (0 of 0)</td>');
    expect(html).toContain(`<h3>Horeca</h3><p>${tooFew}</p>`);
    // The baseline: F4 paid 11 days before its due date.
    expect(html).toContain(
      language === 'nl' ? '11 dagen vóór de vervaldatum' : '11 days before the due date',
    );
    expect(html).toMatch(language === 'nl' ? /Weinig facturen zeggen weinig/ : /Few invoices mean little/);
    expect(html).not.toMatch(/<script/);
  });

  it('escapes a segment name typed with markup', () => {
    const l = ledger('nl');
    l.customers = [{ ...(l.customers[0] as Ledger['customers'][number]), segment: '<b>Horeca</b>' }];
    const html = renderHtmlReport(buildReport(l, TODAY, []).data);
    expect(html).toContain('<h3>&lt;b&gt;Horeca&lt;/b&gt;</h3>');
  });
});

describe('klant-inzicht report', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ki-effect-report-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints metrics.ladderEffect with --json and writes the table with --html', async () => {
    const file = join(dir, 'w.xlsx');
    writeFileSync(file, await sampleWorkbook());
    const json = cli(['report', file, '--json', '--today', '2025-06-30']);
    expect(json.status).toBe(0);
    const effect = (JSON.parse(json.stdout) as { metrics: { ladderEffect: LadderEffect } }).metrics
      .ladderEffect;
    expect(effect.rows.map((r) => r.step?.stepId)).toEqual([
      'herinnering-1',
      'herinnering-2',
      'aanmaning',
      'incasso',
      undefined,
    ]);
    for (const r of effect.rows)
      expect(r.reached).toBe(r.included + Object.values(r.excluded).reduce((s, n) => s + n, 0));
    const out = join(dir, 'r.html');
    expect(cli(['report', file, '--html', out, '--today', '2025-06-30']).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Wat werkt: betaald na elke stap');
  });
});
