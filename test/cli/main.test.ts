import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exitCodes';
import { bufferIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { workbookOps, type WorkbookOps } from '../../src/cli/workbookOps';
import type { Book } from '../../src/workbook/book';
import type { RefreshResult, SetUpReport } from '../../src/workbook/operations';
import { XlsxBook } from '../../src/hosts/xlsx/xlsxBook';
import { loadLedger, saveSettings } from '../../src/workbook/operations';
import { sampleWorkbook } from './sampleWorkbook';
import { isoDate } from '../../src/domain/dates';

jest.setTimeout(30_000);

let dir: string;
let file: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ki-cli-'));
  file = join(dir, 'Facturen 2025.xlsx');
  writeFileSync(file, await sampleWorkbook());
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[], ops?: WorkbookOps, tty = false) {
  const io = bufferIo('2025-06-30', tty);
  const code = await main(argv, io, ops);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

describe('arguments and exit codes', () => {
  it('prints usage for help and no arguments, in Dutch until a workbook says otherwise', async () => {
    for (const argv of [[], ['--help'], ['check', 'x.xlsx', '-h'], ['check', file, '-h']]) {
      const r = await run(argv);
      expect(r.code).toBe(EXIT.ok);
      expect(r.out).toContain('klant-inzicht <opdracht> BESTAND');
    }
    const english = join(dir, 'english.xlsx');
    expect((await run(['init', english, '--language', 'en'])).code).toBe(EXIT.ok);
    expect((await run(['sort', english, '-h'])).out).toContain('klant-inzicht <command> FILE');
  });

  it('rejects unknown commands, unknown options, a missing FILE and a bad --today', async () => {
    expect((await run(['sorteer', file])).code).toBe(EXIT.usage);
    const unknownOption = await run(['check', file, '--json']);
    expect(unknownOption.code).toBe(EXIT.usage);
    expect(unknownOption.err).toMatch(/--json/);
    expect((await run(['check'])).code).toBe(EXIT.usage);
    const badDay = await run(['check', file, '--today', '30-06-2025']);
    expect(badDay.code).toBe(EXIT.usage);
    expect(badDay.err).toMatch(/YYYY-MM-DD/);
    expect((await run(['remind', file])).code).toBe(EXIT.usage);
    expect((await run(['init', file, '--language', 'fr'])).code).toBe(EXIT.usage);
  });

  it('distinguishes a missing file, a folder and a file that is not a workbook', async () => {
    const missing = await run(['check', join(dir, 'nope.xlsx')]);
    expect(missing.code).toBe(EXIT.missingFile);
    expect(missing.err).toMatch(/bestand niet gevonden/);
    expect((await run(['check', dir])).code).toBe(EXIT.notAWorkbook);
    const txt = join(dir, 'renamed.xlsx');
    writeFileSync(txt, 'Factuurnummer;Bedrag\n2025-001;121\n');
    const notBook = await run(['check', txt]);
    expect(notBook.code).toBe(EXIT.notAWorkbook);
    expect(notBook.err).toBe(
      `klant-inzicht: ${txt}: Dit bestand is geen leesbare Excel-werkmap: het is geen zip-bestand, zoals elke .xlsx-werkmap. Open het in Excel of LibreOffice en sla het opnieuw op als Excel-werkmap (.xlsx).\n`,
    );
  });

  it('says clearly when an output (--html, --out) cannot be written, without a stack trace', async () => {
    const noFolder = await run(['report', file, '--html', join(dir, 'weg', 'r.html')]);
    expect(noFolder.code).toBe(EXIT.missingFile);
    expect(noFolder.err).toBe(
      `klant-inzicht: kan ${join(dir, 'weg', 'r.html')} niet schrijven: de map bestaat niet; er is geen ander bestand geschreven; de werkmap is niet gewijzigd\n`,
    );
    const onFile = await run(['remind', file, '--out', file, '--today', '2025-06-30']);
    expect(onFile.code).toBe(EXIT.usage);
    expect(onFile.err).toMatch(/er staat een bestand of map met die naam in de weg/);
    expect(onFile.err).not.toMatch(/\n\s+at /);
  });
});

describe('check', () => {
  it('exits 0 on a clean workbook and 1 with every row error located', async () => {
    const clean = await run(['check', file]);
    expect(clean.code).toBe(EXIT.ok);
    expect(clean.out).toMatch(/3 klanten, 4 facturen, 1 betalingen gelezen; 0 rijfouten/);
    writeFileSync(
      file,
      await sampleWorkbook([
        ['2025-005', 'K1', 'gisteren', null, 'x', 121],
        ['2025-006', 'K2', 45800, null, 1, 'veel'],
      ]),
    );
    const bad = await run(['check', file]);
    expect(bad.code).toBe(EXIT.rowErrors);
    expect(bad.out).toMatch(/Facturen!C6 \(Factuurdatum\).*"gisteren"/);
    expect(bad.out).toMatch(/Facturen!E6 \(Bedrag excl\. BTW\)/);
    expect(bad.out).toMatch(/Facturen!F7 \(Bedrag incl\. BTW\).*"veel"/);
    expect(bad.out).toMatch(/^fout {4}Facturen!C6/m);
    expect(bad.out).toMatch(/3 rijfouten/);
  });

  it('prints a date or amount stored as text as a located warning and still exits 0', async () => {
    writeFileSync(
      file,
      await sampleWorkbook([['2025-005', 'K1', '22-06-2025', 'Extra', 100, 'EUR 1.234,56']]),
    );
    const r = await run(['check', file]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain(
      'let op  Facturen!C6 (Factuurdatum): staat als tekst; de formules van de werkmap rekenen er niet mee — typ de datum opnieuw als datum ["22-06-2025"]',
    );
    expect(r.out).toContain(
      'let op  Facturen!F6 (Bedrag incl. BTW): staat als tekst; de formules van de werkmap rekenen er niet mee — typ het bedrag opnieuw als getal ["EUR 1.234,56"]',
    );
    expect(r.out).toMatch(/3 klanten, 5 facturen, 1 betalingen gelezen; 0 rijfouten, 2 waarschuwingen/);
  });
});

describe('report', () => {
  it('prints figures, writes JSON and a self-contained HTML page with five SVG charts', async () => {
    const text = await run(['report', file, '--today', '2025-06-30']);
    expect(text.code).toBe(EXIT.ok);
    // The overview the Overzicht sheet holds: KPIs, aging, per customer, months, products, actions.
    // The KPI block formats per row: euros as euros, counts as whole numbers, DSO in days.
    expect(text.out).toMatch(/^Openstaand +€\s1\.210,00$/m);
    expect(text.out).toMatch(/^Aantal open facturen +3$/m);
    expect(text.out).toMatch(/^DSO \(dagen\) +182,5$/m);
    expect(text.out).toMatch(/^Aantal vervallen facturen +2$/m);
    expect(text.out).toMatch(/^DSO \(dagen\) +\d+,\d+$/m);
    expect(text.out).toMatch(/^Ouderdom +Bedrag +Aantal$/m);
    expect(text.out).toMatch(
      /^K2 +Jansen B\.V\. +€\s500,00 .*€\s605,00 +€\s605,00 +Vriendelijke herinnering — vandaag$/m,
    );
    expect(text.out).toMatch(/^jun +€\s100,00 +€\s0,00$/m);
    expect(text.out).toMatch(/^Product +Omzet 12 mnd/m);
    expect(text.out).toMatch(
      /^K3 +Marieke Smit +Vriendelijke herinnering +2025-003 +€\s484,00 +\d\d-07-2025$/m,
    );
    const json = await run(['report', file, '--json', '--today', '2025-06-30']);
    const parsed = JSON.parse(json.out) as {
      today: string;
      metrics: {
        totals: { openTotal: number };
        forecast: {
          predictions: unknown[];
          cash: {
            weeks: { start: string; expected: number }[];
            later: { amount: number };
            undated: { amount: number };
          };
        };
      };
      overview: Record<string, unknown[][]>;
    };
    expect(parsed.today).toBe('2025-06-30');
    expect(parsed.metrics.totals.openTotal).toBe(121_000);
    expect(Object.keys(parsed.overview)).toEqual([
      'KI_Kengetallen',
      'KI_Ouderdom',
      'KI_Klanten',
      'KI_Afhankelijkheid',
      'KI_Betaalgedrag',
      'KI_OmzetPerMaand',
      'KI_OmzetPerProduct',
      'KI_ActiesVandaag',
      'KI_WatWerkt',
      'KI_Kasprognose',
    ]);
    expect(parsed.overview.KI_Kengetallen?.[1]).toEqual(['Openstaand', 1210]);
    // The forecast: every open cent in a week, later or without a day; 13 weeks from today.
    const cash = parsed.metrics.forecast.cash;
    expect(cash.weeks).toHaveLength(13);
    expect(cash.weeks[0]?.start).toBe('2025-06-30');
    expect(cash.weeks.reduce((s, w) => s + w.expected, 0) + cash.later.amount + cash.undated.amount).toBe(
      121_000,
    );
    expect(parsed.metrics.forecast.predictions.length).toBe(3);
    const out = join(dir, 'rapport.html');
    expect((await run(['report', file, '--html', out])).code).toBe(EXIT.ok);
    const html = readFileSync(out, 'utf8');
    expect(html.match(/<svg /g)).toHaveLength(5);
    expect(html).toContain('Kasprognose');
    expect(html).toContain('Afhankelijkheid');
    expect(html).toContain('Bakkerij Zoë');
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
  });
});

describe('remind', () => {
  it('writes one .eml draft per customer due today, with encoded headers', async () => {
    const out = join(dir, 'herinneringen');
    const r = await run(['remind', file, '--out', out, '--today', '2025-06-30']);
    expect(r.code).toBe(EXIT.ok);
    expect(readdirSync(out).sort()).toEqual([
      '2025-06-30_K2_herinnering-1.eml',
      '2025-06-30_K3_herinnering-1.eml',
    ]);
    const eml = readFileSync(join(out, '2025-06-30_K2_herinnering-1.eml'), 'utf8');
    expect(eml).toMatch(/^From: "Eva Lind" <info@studiolind\.nl>\r\nTo: "Piet Jansen" <piet@jansen\.nl>\r\n/);
    expect(eml).toContain('Content-Transfer-Encoding: quoted-printable\r\n');
    expect(eml).toContain('Date: Mon, 30 Jun 2025 09:00:00 +0000\r\n');
    expect(r.out).toMatch(/K3_herinnering-1\.eml {2}\(geen e-mailadres/);
    // Running again on the same day replaces the drafts instead of adding more.
    await run(['remind', file, '--out', out, '--today', '2025-06-30']);
    expect(readdirSync(out)).toHaveLength(2);
  });
});

describe('remind without the payment details a reminder needs', () => {
  it('writes no draft, says why per customer and exits with a workbook problem', async () => {
    const book = await XlsxBook.fromBuffer(readFileSync(file));
    const { ledger } = await loadLedger(book);
    await saveSettings(book, { ...ledger.settings, companyIban: '' });
    writeFileSync(file, await book.toBuffer());
    const out = join(dir, 'herinneringen');
    const r = await run(['remind', file, '--out', out, '--today', '2025-06-30']);
    expect(r.code).toBe(EXIT.workbookProblem);
    expect(r.err).toMatch(/geen concept voor K2 \(herinnering-1\): .*IBAN/);
    expect(r.err).toMatch(/2 herinneringen konden niet worden opgesteld/);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });
});

/** An operation result with nothing to say, for fakes that only move rows. */
function quietRefresh(today: string): RefreshResult {
  return {
    today: isoDate(today),
    language: 'nl',
    errors: [],
    warnings: [],
    skippedBlank: [],
    invoices: { total: 0, overdue: 0, open: 0, closed: 0 },
    actions: [],
    keptTyped: [],
    addedColumns: [],
    yours: [],
    recorded: [],
    changes: 0,
  };
}

function quietSetUp(language: 'nl' | 'en'): SetUpReport {
  return {
    language,
    created: [],
    adopted: [],
    skipped: [],
    settingsAdded: [],
    overviewCreated: false,
    keptTyped: [],
    customersFromInvoices: 0,
    nearDuplicates: [],
    yours: [],
    recorded: [],
    changes: 0,
  };
}

describe('sort and init: file safety', () => {
  const sortByDate = async (book: Book, today: string): Promise<RefreshResult> => {
    await book.apply([
      { kind: 'sortTable', table: 'Facturen', keys: [{ column: 'Factuurdatum', ascending: false }] },
    ]);
    return quietRefresh(today);
  };
  const sortOps: WorkbookOps = { ...workbookOps, refreshAndSort: sortByDate };

  it('sorts in place through a temp file in the same folder, keeping the file mode', async () => {
    chmodSync(file, 0o640);
    const r = await run(['sort', file], sortOps);
    expect(r.code).toBe(EXIT.ok);
    expect(readdirSync(dir)).toEqual(['Facturen 2025.xlsx']);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    const t = (await (await XlsxBook.fromBuffer(readFileSync(file))).read(['Facturen'])).tables.get(
      'Facturen',
    );
    expect(t?.values.map((row) => row[0])).toEqual(['2025-004', '2025-003', '2025-002', '2025-001']);
  });

  it('leaves the file untouched when the operation fails halfway', async () => {
    const before = readFileSync(file);
    const failing: WorkbookOps = {
      ...workbookOps,
      refreshAndSort: async (book) => {
        await book.apply([
          { kind: 'sortTable', table: 'Facturen', keys: [{ column: 'Factuurdatum', ascending: false }] },
        ]);
        throw new Error('crash in the middle');
      },
    };
    expect((await run(['sort', file], failing)).code).toBe(EXIT.internal);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['Facturen 2025.xlsx']);
  });

  it('refuses a workbook that is open in Excel or LibreOffice, or read-only', async () => {
    writeFileSync(join(dir, '~$cturen 2025.xlsx'), 'owner');
    const excel = await run(['sort', file], sortOps);
    expect(excel.code).toBe(EXIT.lockedOrReadOnly);
    expect(excel.err).toMatch(/geopend in Excel of LibreOffice/);
    rmSync(join(dir, '~$cturen 2025.xlsx'));
    writeFileSync(join(dir, '.~lock.Facturen 2025.xlsx#'), 'lo');
    expect((await run(['sort', file], sortOps)).code).toBe(EXIT.lockedOrReadOnly);
    rmSync(join(dir, '.~lock.Facturen 2025.xlsx#'));
    chmodSync(file, 0o444);
    const ro = await run(['sort', file], sortOps);
    expect(ro.code).toBe(EXIT.lockedOrReadOnly);
    expect(ro.err).toMatch(/alleen-lezen/);
  });

  it('refuses to save over charts ExcelJS would drop, unless --force', async () => {
    // A zip directory entry named like a chart part is what the check looks for.
    const bytes = readFileSync(file);
    const book = await XlsxBook.fromBuffer(bytes);
    Object.defineProperty(book, 'lossRisks', { value: ['charts'] });
    Object.defineProperty(book, 'lossyParts', {
      value: [{ part: 'xl/charts/', nl: 'grafieken', en: 'charts' }],
    });
    const ops = sortOps;
    const spy = jest.spyOn(XlsxBook, 'fromBuffer').mockResolvedValue(book);
    try {
      const r = await run(['sort', file], ops);
      expect(r.code).toBe(EXIT.wouldLoseContent);
      expect(r.err).toMatch(/bevat grafieken, wat opslaan/);
      expect((await run(['sort', file, '--force'], ops)).code).toBe(EXIT.ok);
    } finally {
      spy.mockRestore();
    }
  });

  it("init creates a new workbook with the workbook layer's setUp and a consultant config", async () => {
    const target = join(dir, 'nieuw.xlsx');
    const seen: unknown[] = [];
    const ops: WorkbookOps = {
      ...workbookOps,
      setUp: async (book, options) => {
        seen.push(options);
        await book.apply([{ kind: 'addSheet', sheet: options.language === 'en' ? 'Customers' : 'Klanten' }]);
        return quietSetUp(options.language ?? 'nl');
      },
    };
    const config = join(dir, 'consultant.json');
    writeFileSync(config, '{}');
    const r = await run(['init', target, '--language', 'en', '--config', config], ops);
    expect(r.code).toBe(EXIT.ok);
    expect(seen[0]).toMatchObject({ language: 'en' });
    expect((await (await XlsxBook.fromBuffer(readFileSync(target))).read([])).sheets).toEqual(['Customers']);
    expect((await run(['init', target, '--config', join(dir, 'nope.json')], ops)).code).toBe(
      EXIT.missingFile,
    );
    writeFileSync(config, '{ not json');
    expect((await run(['init', target, '--config', config], ops)).code).toBe(EXIT.usage);
  });

  it('shows progress on stderr only on a terminal or with --progress', async () => {
    expect((await run(['check', file])).err).toBe('');
    expect((await run(['check', file, '--progress'])).err).toMatch(
      /\[1\/2\] .*Facturen 2025\.xlsx …\n\[2\/2\] tabellen lezen\n/,
    );
    expect((await run(['check', file], undefined, true)).err).toMatch(/\[2\/2\] tabellen lezen/);
    expect(existsSync(file)).toBe(true);
  });
});

describe('with the real workbook operations', () => {
  it('init adopts the tables, sort refreshes and sorts in place, check stays clean', async () => {
    const init = await run(['init', file]);
    expect(init.code).toBe(EXIT.ok);
    const sort = await run(['sort', file, '--today', '2025-06-30']);
    expect(sort.code).toBe(EXIT.ok);
    expect(sort.out).toMatch(/4 facturen, 2 vervallen, 1 open; 2 herinneringen vandaag/);
    expect(sort.err).toMatch(/grafieken niet in het bestand geschreven.*"report --html" tekent ze/);
    // Said once per workbook: the next sort finds the overview's chart data already in the file.
    const again = await run(['sort', file, '--today', '2025-06-30']);
    expect(again.code).toBe(EXIT.ok);
    expect(again.out).toMatch(/gesorteerd: 4 facturen/);
    expect(again.err).not.toMatch(/grafieken|charts/);
    const book = await XlsxBook.fromBuffer(readFileSync(file));
    const r = await book.read(['Facturen']);
    expect(r.sheets[0]).toBe('Overzicht');
    // Overdue invoices first, the paid one last.
    expect(r.tables.get('Facturen')?.values.map((row) => row[0])).toEqual([
      '2025-002',
      '2025-003',
      '2025-004',
      '2025-001',
    ]);
    expect((await run(['check', file])).code).toBe(EXIT.ok);
  });
});

describe('init with the real workbook operations', () => {
  it('builds a consultant template in the config language and says what it created', async () => {
    const target = join(dir, 'template.xlsx');
    const config = join(dir, 'consultant.json');
    writeFileSync(
      config,
      JSON.stringify({
        language: 'en',
        company: { name: 'Studio Noord', iban: 'NL91 ABNA 0417 1643 00', email: 'hallo@noord.example' },
        terms: { businessDays: 21 },
        extraColumns: { invoices: ['Project code'] },
      }),
    );
    // No --language: the config's language must win over any default.
    const r = await run(['init', target, '--config', config]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toMatch(/created table Invoices on sheet Invoices/);
    expect(r.out).toMatch(/set up .*template\.xlsx \(English\)/);
    // An English workbook hears English from every command, and the charts note once.
    const check = await run(['check', target]);
    expect(check.out).toMatch(/^0 customers, 0 invoices, 0 payments read; 0 row errors, 0 warnings$/m);
    const sort = await run(['sort', target, '--today', '2025-06-30']);
    expect(sort.out).toMatch(
      /^sorted .*template\.xlsx: 0 invoices, 0 overdue, 0 open; 0 reminders due today$/m,
    );
    expect(sort.err).toMatch(/^note: charts not written to the file/m);
    expect((await run(['sort', target, '--today', '2025-06-30'])).err).not.toMatch(/charts/);
    expect((await run(['report', target, '--html', join(dir, 'r.html')])).out).toContain(
      `report written to ${join(dir, 'r.html')}`,
    );
    const book = await XlsxBook.fromBuffer(readFileSync(target));
    const read = await book.read(['Invoices']);
    expect(read.allTables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['Invoices', 'Customers', 'Payments', 'Settings']),
    );
    expect(read.tables.get('Invoices')?.headers).toContain('Project code');
    const { ledger } = await loadLedger(book);
    expect(ledger.settings).toMatchObject({
      language: 'en',
      companyName: 'Studio Noord',
      companyIban: 'NL91ABNA0417164300',
      businessTermDays: 21,
    });
  });

  it('reports which columns of an adopted table matched and which are missing', async () => {
    const r = await run(['init', file]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toMatch(/tabel Facturen op blad Facturen overgenomen als Facturen/);
    expect(r.out).toMatch(/ {2}herkend: {4}Factuurnummer, Klantnummer, Factuurdatum/);
    expect(r.out).toMatch(/ {2}toegevoegd: .*Vervaldatum/);
    expect(r.out).toMatch(/ {2}ontbreekt: {2}.*Leverdatum/);
    expect(r.out).toMatch(/ingericht \(Nederlands\)/);
  });

  it('names the config field that is wrong', async () => {
    const config = join(dir, 'consultant.json');
    writeFileSync(config, JSON.stringify({ company: { iban: 'NL00 FOUT' } }));
    const r = await run(['init', join(dir, 'n.xlsx'), '--config', config]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toMatch(/company\.iban/);
    expect(existsSync(join(dir, 'n.xlsx'))).toBe(false);
  });
});
