/**
 * The core and the .xlsx host word their errors in English (they belong to other modules and are
 * read by developers too); a Dutch workbook's owner reads them here in Dutch. Each error is known
 * by its code and the shape of its English message; one the table does not know (a message
 * changed in the core) still gets a Dutch sentence from its code alone, so no English line reaches
 * a Dutch trader. The English text passes as it is.
 */
import type { Language } from '../domain/model';

interface Shape {
  /** The core's error codes this wording belongs to. */
  codes: readonly string[];
  english: RegExp;
  dutch: (m: RegExpExecArray) => string;
}

/** A value as the core describes it ("a list", "null", a type name), in Dutch. */
function kindNl(described: string): string {
  const kinds: Record<string, string> = {
    'a list': 'een lijst',
    null: 'niets (null)',
    undefined: 'niets',
    object: 'een object',
    boolean: 'ja/nee',
    number: 'een getal',
    string: 'tekst',
  };
  return kinds[described] ?? described;
}

const INPUT = ['invalid-input'];
const AMOUNT = ['invalid-amount'];

/** The .xlsx host's name for what needs free cells (tableGeometry.assertFree), in Dutch. */
function whatNl(what: string): string {
  const t = /^(table|new columns of table|rows appended to table) "(.*)"$/.exec(what);
  if (!t) return what;
  const kind = { table: 'tabel', 'new columns of table': 'de nieuwe kolommen van tabel' }[t[1] ?? ''];
  return `${kind ?? 'de rijen onder tabel'} "${t[2]}"`;
}

const SHAPES: readonly Shape[] = [
  {
    codes: INPUT,
    english: /^(.*) needs cell (\S+) on "(.*)", which holds (.*); move it away first$/,
    dutch: (m) =>
      `voor ${whatNl(m[1] ?? '')} is cel ${m[2]} op blad "${m[3]}" nodig, maar daar staat ${m[4]}; zet dat eerst ergens anders`,
  },
  {
    codes: INPUT,
    english: /^(.*) would overlap table "(.*)" \((.*)\)$/,
    dutch: (m) => `${whatNl(m[1] ?? '')} en tabel "${m[2]}" (${m[3]}) zouden elkaar overlappen`,
  },
  // src/domain/bank/csv.ts and camt053.ts: the file as a whole
  {
    codes: INPUT,
    english: /^file too large for a bank (?:export|statement): (\d+) characters \(limit (\d+)\)$/,
    dutch: (m) => `te groot voor een bankafschrift: ${m[1]} tekens (de grens is ${m[2]})`,
  },
  {
    codes: ['unsupported'],
    english: /^unknown bank export; first line: (.*)\. Use the generic CSV with a column mapping\.$/s,
    dutch: (m) => `onbekende bankexport; eerste regel: ${m[1]}. Geef een kolomindeling mee (--mapping)`,
  },
  {
    codes: ['needs-mapping'],
    english: /^unknown bank export: give a column mapping \(generic CSV\)$/,
    dutch: () => 'onbekende bankexport: geef een kolomindeling mee (--mapping)',
  },
  {
    codes: INPUT,
    english: /^the generic CSV import needs a column mapping$/,
    dutch: () => 'een CSV van een onbekende bank heeft een kolomindeling nodig (--mapping)',
  },
  {
    codes: INPUT,
    english: /^the mapping needs an amount column, or both a debit and a credit column$/,
    dutch: () =>
      'de kolomindeling heeft een kolom voor het bedrag nodig, of een kolom voor af én een voor bij',
  },
  {
    codes: INPUT,
    english: /^the mapping needs the own account: a column or a fixed IBAN$/,
    dutch: () => 'de kolomindeling heeft de eigen rekening nodig: een kolom of een vaste IBAN',
  },
  {
    codes: INPUT,
    english: /^unknown date format (.*)$/,
    dutch: (m) => `onbekende datumnotatie ${m[1]}`,
  },
  // a row of a bank CSV
  {
    codes: INPUT,
    english: /^column (.*) is not in the header$/,
    dutch: (m) => `kolom ${m[1]} staat niet in de kopregel`,
  },
  {
    codes: INPUT,
    english: /^expected at least (\d+) columns, found (\d+)$/,
    dutch: (m) => `minstens ${m[1]} kolommen verwacht, ${m[2]} gevonden`,
  },
  { codes: INPUT, english: /^expected (".*?") or (".*?")$/, dutch: (m) => `${m[1]} of ${m[2]} verwacht` },
  {
    codes: INPUT,
    english: /^exactly one of debit and credit must hold an amount$/,
    dutch: () => 'precies één van af en bij moet een bedrag bevatten',
  },
  { codes: INPUT, english: /^own account is empty$/, dutch: () => 'de eigen rekening is leeg' },
  { codes: AMOUNT, english: /^amount is empty$/, dutch: () => 'het bedrag is leeg' },
  {
    codes: ['invalid-date'],
    english: /^not a date in the form (.*)$/,
    dutch: (m) => `geen datum in de vorm ${m[1]}`,
  },
  // src/domain/bank/amount.ts
  {
    codes: AMOUNT,
    english: /^a dot is not allowed in an amount with a decimal comma: (.*)$/,
    dutch: (m) => `een punt hoort niet in een bedrag met een decimale komma: ${m[1]}`,
  },
  { codes: AMOUNT, english: /^not a decimal amount: (.*)$/, dutch: (m) => `geen bedrag: ${m[1]}` },
  {
    codes: AMOUNT,
    english: /^more than 2 decimals \((\d+)\); refusing to round a bank amount: (.*)$/,
    dutch: (m) => `meer dan 2 decimalen (${m[1]}); een bankbedrag wordt niet afgerond: ${m[2]}`,
  },
  { codes: AMOUNT, english: /^amount out of range: (.*)$/, dutch: (m) => `bedrag buiten bereik: ${m[1]}` },
  // src/domain/bank/camt053.ts
  {
    codes: INPUT,
    english: /^a camt\.053 statement must be text$/,
    dutch: () => 'een camt.053-afschrift moet tekst zijn',
  },
  {
    codes: ['unsupported'],
    english: /^refusing an XML file with a DOCTYPE or ENTITY declaration/,
    dutch: () =>
      'een XML-bestand met een DOCTYPE- of ENTITY-declaratie wordt geweigerd (dat hoort niet in camt.053)',
  },
  {
    codes: INPUT,
    english: /^XML nested deeper than (\d+) levels \(line (\d+)\)/,
    dutch: (m) =>
      `XML dieper genest dan ${m[1]} niveaus (regel ${m[2]}): geen bankafschrift; geweigerd voordat het gelezen werd`,
  },
  {
    codes: INPUT,
    english: /^not well-formed XML: .* \(line (\d+), column (\d+)\)$/s,
    dutch: (m) => `geen geldige XML (regel ${m[1]}, kolom ${m[2]})`,
  },
  {
    codes: ['unsupported'],
    english: /^not a camt\.053 bank statement: found root <(.*)> with (.*)$/,
    dutch: (m) =>
      `geen camt.053-bankafschrift: het hoofdelement is <${m[1]}> met ${m[2] === 'no ISO 20022 namespace' ? 'geen ISO 20022-naamruimte' : m[2]}`,
  },
  {
    codes: INPUT,
    english: /^camt\.053 document without BkToCstmrStmt$/,
    dutch: () => 'camt.053-document zonder BkToCstmrStmt',
  },
  {
    codes: INPUT,
    english: /^camt\.053 document without any statement \(Stmt\)/,
    dutch: () => 'camt.053-document zonder afschrift (Stmt): het bestand is onvolledig',
  },
  { codes: INPUT, english: /^statement without Id$/, dutch: () => 'afschrift zonder Id' },
  {
    codes: INPUT,
    english: /^statement without an account id$/,
    dutch: () => 'afschrift zonder rekeningnummer',
  },
  { codes: AMOUNT, english: /^entry without an amount$/, dutch: () => 'boeking zonder bedrag' },
  {
    codes: INPUT,
    english: /^CdtDbtInd must be CRDT or DBIT, got (.*)$/,
    dutch: (m) => `CdtDbtInd moet CRDT of DBIT zijn, niet ${m[1]}`,
  },
  {
    codes: ['invalid-date'],
    english: /^entry without a booking date$/,
    dutch: () => 'boeking zonder boekdatum',
  },
  // src/domain/reminders/draft.ts: the settings a reminder needs
  {
    codes: INPUT,
    english: /^set the company IBAN in the settings before drafting reminders$/,
    dutch: () => 'vul het IBAN van uw bedrijf in bij Instellingen voordat u herinneringen opstelt',
  },
  {
    codes: INPUT,
    english: /^the company IBAN in the settings is not valid$/,
    dutch: () => 'het IBAN van uw bedrijf bij Instellingen is niet geldig',
  },
  // src/domain/errors.ts: the entry guards (a mapping file with a wrong field)
  {
    codes: INPUT,
    english: /^expected text, got (.*)$/,
    dutch: (m) => `tekst verwacht, niet ${kindNl(m[1] ?? '')}`,
  },
  {
    codes: INPUT,
    english: /^expected an object, got (.*)$/,
    dutch: (m) => `een object verwacht, niet ${kindNl(m[1] ?? '')}`,
  },
  {
    codes: INPUT,
    english: /^expected a list, got (.*)$/,
    dutch: (m) => `een lijst verwacht, niet ${kindNl(m[1] ?? '')}`,
  },
  {
    codes: INPUT,
    english: /^expected a whole number from (.*) to (.*), got (.*)$/,
    dutch: (m) => `een geheel getal van ${m[1]} tot en met ${m[2]} verwacht, niet ${kindNl(m[3] ?? '')}`,
  },
  {
    codes: INPUT,
    english: /^expected one of (.*), got (.*)$/,
    dutch: (m) => `een van ${m[1]} verwacht, niet ${kindNl(m[2] ?? '')}`,
  },
];

/** What each code means when its message is one the table does not know. */
const BY_CODE: Record<string, string> = {
  'invalid-amount': 'ongeldig bedrag',
  'invalid-date': 'ongeldige datum',
  'invalid-input': 'ongeldige invoer',
  unsupported: 'niet ondersteund',
  'needs-mapping': 'onbekende bankexport: geef een kolomindeling mee (--mapping)',
  'unknown-invoice': 'onbekende factuur',
  'unknown-customer': 'onbekende klant',
  duplicate: 'dubbel',
  'unknown-placeholder': 'onbekend invulveld in een tekst',
};

/**
 * The core puts the location in front of its message ("row 3, column Bedrag: …", a field path):
 * the caller prints the location itself, so only the reason is returned.
 */
export function reasonOf(message: string, path?: string): string {
  let why = message;
  if (path && why.startsWith(`${path}: `)) why = why.slice(path.length + 2);
  return why.replace(/^row \d+(?:, column [^:]+)?: /, '');
}

/** The Dutch wording of a core message by its code, or undefined for codes that are not the core's. */
export function dutchReason(code: string, why: string): string | undefined {
  for (const shape of SHAPES) {
    if (!shape.codes.includes(code)) continue;
    const m = shape.english.exec(why);
    if (m) return shape.dutch(m);
  }
  return BY_CODE[code];
}

/**
 * A core error's reason in the workbook's language. A message that is not the core's (`code`
 * unknown here, e.g. a text the workbook layer already wrote in the right language) is left alone.
 */
export function domainReason(code: string, message: string, language: Language, path?: string): string {
  const why = reasonOf(message, path);
  if (language === 'en') return why;
  return dutchReason(code, why) ?? why;
}

/**
 * The .xlsx host's notes (English, for developers and the English CLI) in the workbook's language.
 * A note the table does not know gets a general Dutch line that still names the place.
 */
export function hostNote(note: string, language: Language): string {
  if (language === 'en') return note;
  const removed = /^(.*): removed (.*), which XML does not allow in a file$/.exec(note);
  if (removed)
    return `${(removed[1] ?? '').replace(/\brow (\d+)/, 'rij $1')}: ${removed[2]} verwijderd; XML staat die tekens niet toe in een bestand`;
  const chart = /^chart "(.*)" on (.*) not written/.exec(note);
  if (chart)
    return `grafiek "${chart[1]}" op ${chart[2]} niet geschreven: ExcelJS kan geen grafieken schrijven`;
  return 'de werkmap meldde iets bij het opslaan (KLANT_INZICHT_DEBUG=1 toont het)';
}
