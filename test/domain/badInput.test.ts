/**
 * "Bad input to any public function is a typed error that says what and where; nothing throws a
 * bare TypeError." Checked two ways: a sweep over every function the core exports, and, for the
 * functions the hosts call most, each argument spoiled in turn next to otherwise good arguments.
 */
import * as core from '../../src/domain';
import { DomainError } from '../../src/domain';
import { business, invoice, payment, settings } from './_statusBuilders';
import { cents } from '../../src/domain/money';
import { isoDate } from '../../src/domain/dates';

type AnyFn = (...args: unknown[]) => unknown;

const BAD: readonly unknown[] = [null, undefined, Number.NaN, 'x', {}, 1.5, [], -1];

/** Every exported function, namespaces included, by its dotted name. */
function exportedFunctions(): [string, AnyFn][] {
  const out: [string, AnyFn][] = [];
  for (const [name, value] of Object.entries(core)) {
    if (typeof value === 'function' && !/^[A-Z]/.test(name)) out.push([name, value as AnyFn]);
    else if (value && typeof value === 'object' && ['legal', 'metrics', 'reminders', 'bank'].includes(name)) {
      for (const [inner, fn] of Object.entries(value as Record<string, unknown>)) {
        if (typeof fn === 'function' && !/^[A-Z]/.test(inner)) out.push([`${name}.${inner}`, fn as AnyFn]);
      }
    }
  }
  return out;
}

/** Runs `call`; returns the thrown value when it is not a DomainError, else undefined. */
function foreignError(call: () => unknown): unknown {
  try {
    call();
  } catch (err) {
    if (!(err instanceof DomainError)) return err;
  }
  return undefined;
}

describe('bad input never escapes as a bare TypeError', () => {
  const fns = exportedFunctions();

  it('finds the public functions (the sweep is not empty)', () => {
    expect(fns.length).toBeGreaterThan(120);
    expect(fns.map(([n]) => n)).toEqual(
      expect.arrayContaining([
        'settle',
        'legal.claimOn',
        'metrics.prepareLedger',
        'reminders.draftReminder',
        'bank.parseBankCsv',
      ]),
    );
  });

  it.each(BAD.map((b) => [String(JSON.stringify(b) ?? b), b]))(
    'every exported function, all arguments %s',
    (_label, bad) => {
      const escaped: string[] = [];
      for (const [name, fn] of fns) {
        const args = Array.from({ length: Math.max(fn.length, 1) }, () => bad);
        const err = foreignError(() => fn(...args));
        if (err !== undefined) escaped.push(`${name}: ${String(err)}`);
      }
      expect(escaped).toEqual([]);
    },
  );

  const ledger = {
    customers: [business()],
    invoices: [invoice()],
    payments: [payment('2026-02-01', 100)],
    contacts: [],
    arrangements: [],
    settings: settings(),
  };
  const index = core.indexLedger(ledger);
  const today = '2026-03-01';
  const cases: [string, AnyFn, unknown[]][] = [
    ['settle', core.settle as AnyFn, [invoice(), index, today]],
    ['resolveTerm', core.resolveTerm as AnyFn, [invoice(), business(), settings()]],
    ['invoiceStatus', core.invoiceStatus as AnyFn, [invoice(), index, business(), settings(), today]],
    [
      'openInvoices',
      core.openInvoices as AnyFn,
      [ledger.invoices, index, ledger.customers, settings(), today],
    ],
    ['agingReport', core.agingReport as AnyFn, [ledger.invoices, index, ledger.customers, settings(), today]],
    ['dunningState', core.dunningState as AnyFn, [invoice(), index, business(), settings(), today, {}]],
    ['dunningPlan', core.dunningPlan as AnyFn, [ledger, settings(), today, {}]],
    ['todaysReminders', core.todaysReminders as AnyFn, [ledger, today, {}]],
    ['addDays', core.addDays as AnyFn, ['2026-01-31', 1]],
    ['addMonths', core.addMonths as AnyFn, ['2026-01-31', 1]],
    ['formatEuro', core.formatEuro as AnyFn, [12345, 'nl']],
    ['legal.claimOn', core.legal.claimOn as AnyFn, [12100, '2026-01-01', today, 'business', settings(), {}]],
    ['legal.collectionCosts', core.legal.collectionCosts as AnyFn, [12100, { country: 'NL' }]],
    [
      'legal.allocatePayment',
      core.legal.allocatePayment as AnyFn,
      [500, { costs: 100, interest: 100, principal: 1000 }],
    ],
    [
      'metrics.overviewMetrics',
      core.metrics.overviewMetrics as AnyFn,
      [ledger, { today, dueDateOf: core.dueDateResolver(ledger.customers, settings()) }],
    ],
    [
      'reminders.mailtoLink',
      core.reminders.mailtoLink as AnyFn,
      [{ to: 'a@b.nl', subject: 's', body: 'b' }, 2000],
    ],
  ];

  it.each(cases)('%s: each argument spoiled in turn is a DomainError or accepted', (_name, fn, good) => {
    expect(() => fn(...good)).not.toThrow();
    const escaped: string[] = [];
    good.forEach((_, position) => {
      for (const bad of BAD) {
        const args = good.map((g, i) => (i === position ? bad : g));
        const err = foreignError(() => fn(...args));
        if (err !== undefined) escaped.push(`arg ${position} = ${String(bad)}: ${String(err)}`);
      }
    });
    expect(escaped).toEqual([]);
  });

  it('says what and where', () => {
    const cases: [() => unknown, string, string][] = [
      [() => core.settle(null as never, index), 'invalid-input', 'invoice'],
      [() => core.addDays(isoDate('2026-01-01'), Number.NaN), 'invalid-input', 'days'],
      [() => core.addDays(isoDate('2026-01-01'), '3' as never), 'invalid-input', 'days'],
      [() => core.sumCents([cents(100), '2' as never]), 'invalid-amount', 'values[1]'],
      [() => core.formatEuro(1.5 as never), 'invalid-amount', 'cents'],
      [() => core.monthOf(undefined as never), 'invalid-date', 'date'],
      [
        () => core.legal.collectionCosts(cents(100), { country: 'DE' as never }),
        'invalid-input',
        'options.country',
      ],
      [
        () =>
          core.legal.claimOn(
            cents(100),
            isoDate('2026-01-01'),
            isoDate(today),
            'bedrijf' as never,
            settings(),
          ),
        'invalid-input',
        'customerKind',
      ],
      [
        () =>
          core.metrics.prepareLedger(
            { ...ledger, payments: null as never },
            { today: isoDate(today), dueDateOf: () => isoDate(today) },
          ),
        'invalid-input',
        'payments',
      ],
      [() => core.reminders.mailtoLink({ subject: 's', body: 7 as never }), 'invalid-input', 'body'],
      [() => core.defaultSettings({ consumerTermDays: -3 }), 'invalid-input', 'settings.consumerTermDays'],
    ];
    for (const [call, code, path] of cases) {
      let thrown: unknown;
      try {
        call();
      } catch (err) {
        thrown = err;
      }
      expect(thrown).toBeInstanceOf(DomainError);
      expect((thrown as DomainError).code).toBe(code);
      expect((thrown as DomainError).where.path).toBe(path);
    }
  });
});
