/**
 * `klant-inzicht statement` as a person runs it (main in-process over a real .xlsx): the PDFs read
 * back with pdftotext, the .eml drafts with Python's e-mail parser, the inline QR with jsQR.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exitCodes';
import { bufferIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { decodeQrGif } from '../support/qrDecode';
import { pdfText } from '../pdf/_poppler';
import { sampleWorkbook } from './sampleWorkbook';

jest.setTimeout(120_000);

interface Part {
  type: string;
  contentId?: string | null;
  disposition?: string | null;
  fileName?: string | null;
  text?: string;
  base64?: string;
}
interface Mail {
  subject: string;
  to: string | null;
  defects: string[];
  parts: Part[];
}

let dir: string;
let file: string;
let out: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ki-statement-'));
  file = join(dir, 'Klanten.xlsx');
  out = join(dir, 'overzichten');
  writeFileSync(file, await sampleWorkbook());
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function parseMail(path: string): Mail {
  return JSON.parse(
    execFileSync('/usr/bin/python3', [join(__dirname, 'emlParse.py'), path], { encoding: 'utf8' }),
  ) as Mail;
}

async function run(...args: string[]) {
  const io = bufferIo('2025-06-30');
  const code = await main(['statement', file, ...args], io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

describe('klant-inzicht statement', () => {
  it('writes a PDF and an .eml for one customer over the last 12 months by default', async () => {
    const r = await run('--customer', 'K2', '--out', out);
    expect(r.code).toBe(EXIT.ok);
    expect(readdirSync(out).sort()).toEqual([
      'K2_rekeningoverzicht_2025-06-30.eml',
      'K2_rekeningoverzicht_2025-06-30.pdf',
    ]);
    expect(r.out).toContain('Jansen B.V., saldo € 605,00, vervallen € 605,00');
    expect(r.out).toContain('1 rekeningoverzicht over 2024-07-01 t/m 2025-06-30');

    const text = pdfText(readFileSync(join(out, 'K2_rekeningoverzicht_2025-06-30.pdf')));
    expect(text).toContain('Studio Lind');
    expect(text).toContain('Periode: 01-07-2024 t/m 30-06-2025');
    expect(text).toMatch(/01-07-2024\s+Beginsaldo\s+€ 0,00/);
    expect(text).toMatch(/01-03-2025\s+Factuur 2025-002 Advies, vervalt 15-03-2025\s+€ 605,00\s+€ 605,00/);
    expect(text).toMatch(/2025-002\s+01-03-2025\s+15-03-2025\s+107\s+€ 605,00/);
    expect(text).toContain('t.a.v. Piet Jansen');

    const mail = parseMail(join(out, 'K2_rekeningoverzicht_2025-06-30.eml'));
    expect(mail.defects).toEqual([]);
    expect(mail.subject).toBe('Rekeningoverzicht Studio Lind t/m 30-06-2025');
    expect(mail.to).toBe('Piet Jansen <piet@jansen.nl>');
    const plain = mail.parts.find((p) => p.type === 'text/plain');
    expect(plain?.text).toContain('Beste Piet Jansen,');
    expect(plain?.text).toContain('Het saldo op 30-06-2025 is € 605,00, waarvan € 605,00 vervallen.');
    expect(plain?.text).toContain('Wilt u € 605,00 overmaken naar NL91ABNA0417164300 t.n.v. Studio Lind');
    const pdf = mail.parts.find((p) => p.type === 'application/pdf');
    expect(pdf?.disposition).toBe('attachment');
    expect(pdf?.fileName).toBe('K2_rekeningoverzicht_2025-06-30.pdf');
    expect(pdfText(Buffer.from(pdf?.base64 ?? '', 'base64'))).toContain('Rekeningoverzicht');
    const gif = mail.parts.find((p) => p.type === 'image/gif');
    expect(gif?.disposition).toBe('inline');
    expect(
      decodeQrGif(Buffer.from(gif?.base64 ?? '', 'base64'))
        ?.split('\n')
        .slice(5),
    ).toEqual(['Studio Lind', 'NL91ABNA0417164300', 'EUR605.00', '', '', 'Factuur 2025-002']);
  });

  it('--all-open makes one per customer with an open balance, over the period asked', async () => {
    const r = await run('--all-open', '--from', '2025-01-01', '--until', '2025-06-30', '--out', out);
    expect(r.code).toBe(EXIT.ok);
    expect(
      readdirSync(out)
        .filter((f) => f.endsWith('.pdf'))
        .sort(),
    ).toEqual([
      'K1_rekeningoverzicht_2025-06-30.pdf',
      'K2_rekeningoverzicht_2025-06-30.pdf',
      'K3_rekeningoverzicht_2025-06-30.pdf',
    ]);
    // K3 has no e-mail address: the draft says so and goes without a recipient.
    expect(r.out).toMatch(/K3_rekeningoverzicht_2025-06-30\.eml: Marieke Smit.*\n {2}\(geen e-mailadres/);
    const k1 = pdfText(readFileSync(join(out, 'K1_rekeningoverzicht_2025-06-30.pdf')));
    expect(k1).toMatch(
      /06-01-2025\s+Factuur 2025-001 Website, vervalt 05-02-2025\s+€ 1\.210,00\s+€ 1\.210,00/,
    );
    expect(k1).toMatch(/10-02-2025\s+Betaling, voldaan: 2025-001 € 1\.210,00\s+€ 1\.210,00\s+€ 0,00/);
    expect(k1).toContain('Saldo op 30-06-2025: € 121,00');
    expect(k1).toContain('Er staat niets vervallen open.');
    expect(parseMail(join(out, 'K3_rekeningoverzicht_2025-06-30.eml')).to).toBeNull();
  });

  it('says in the workbook language what is wrong with the command line', async () => {
    expect((await run('--out', out)).err).toContain(
      'statement heeft --customer KLANTNUMMER of --all-open nodig',
    );
    expect((await run('--customer', 'K1', '--all-open', '--out', out)).code).toBe(EXIT.usage);
    expect((await run('--customer', 'K1')).err).toContain('statement heeft --out MAP nodig');
    const late = await run('--customer', 'K1', '--until', '2025-07-01', '--out', out);
    expect([late.code, late.err]).toEqual([
      EXIT.usage,
      expect.stringContaining('--until (2025-07-01) ligt na vandaag'),
    ]);
    const bad = await run('--customer', 'K1', '--from', '2025-02-30', '--out', out);
    expect(bad.err).toContain('--from moet een datum zijn als JJJJ-MM-DD, niet "2025-02-30"');
    const unknown = await run('--customer', 'K9', '--out', out);
    expect([unknown.code, unknown.err]).toEqual([
      EXIT.usage,
      expect.stringContaining('klant K9 staat niet in Klanten'),
    ]);
  });

  it('speaks English for an English workbook: messages, help and the files', async () => {
    writeFileSync(file, await sampleWorkbook([], 'en'));
    const r = await run('--customer', 'K2', '--out', out);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain('1 statement for 2024-07-01 to 2025-06-30');
    const text = pdfText(readFileSync(join(out, 'K2_statement_2025-06-30.pdf')));
    expect(text).toContain('Statement of account');
    expect(text).toContain('Of which overdue: €605.00');
    expect((await run('--out', out)).err).toContain('statement needs --customer NUMBER or --all-open');
    const help = bufferIo('2025-06-30');
    await main(['statement', file, '--help'], help);
    expect(help.out.join('')).toContain('a statement of account per customer as PDF and e-mail');
  });
});
