/**
 * What init and sort tell the person beyond "done": which tables were created or adopted (and
 * which of their columns were matched, added, missing or kept unknown), and which product
 * columns were left alone because someone typed values into them. Every line is in the
 * workbook's language: a Dutch workbook is read by a Dutch trader.
 */
import type { Language } from '../domain/model';
import type { RefreshResult, SetUpReport } from '../workbook/operations';
import { choiceKey } from '../workbook/ownership';
import { TABLES } from '../workbook/schema';

/** Picks the Dutch or the English wording of one line. */
export type Say = (nl: string, en: string) => string;

export function sayIn(language: Language): Say {
  return (nl, en) => (language === 'en' ? en : nl);
}

/**
 * The labels in front of check's lines, padded to one width so the located cells line up in both
 * languages.
 */
export function lineLabel(kind: 'error' | 'warning' | 'blank' | 'notice', language: Language): string {
  const labels = {
    error: { nl: 'fout', en: 'error' },
    warning: { nl: 'let op', en: 'warning' },
    blank: { nl: 'leeg', en: 'blank' },
    notice: { nl: 'melding', en: 'notice' },
  } as const;
  return labels[kind][language].padEnd(8);
}

export function setUpSummary(r: SetUpReport): string[] {
  const say = sayIn(r.language);
  const lines: string[] = [];
  for (const c of r.created)
    lines.push(
      say(
        `tabel ${c.name} gemaakt op blad ${c.sheet} (${c.columns.length} kolommen)`,
        `created table ${c.name} on sheet ${c.sheet} (${c.columns.length} columns)`,
      ),
    );
  for (const a of r.adopted) {
    const as = TABLES.find((t) => t.id === a.table)?.[r.language] ?? a.table;
    lines.push(
      say(
        `tabel ${a.name} op blad ${a.sheet} overgenomen als ${as}`,
        `adopted table ${a.name} on sheet ${a.sheet} as ${as}`,
      ),
    );
    const how = (m: SetUpReport['adopted'][number]['matched'][number]): string =>
      m.how === 'name' ? m.header : `${m.header} (${m.how})`;
    if (a.matched.length) lines.push(say(`  herkend:    `, `  matched: `) + a.matched.map(how).join(', '));
    if (a.added.length) lines.push(say(`  toegevoegd: `, `  added:   `) + a.added.join(', '));
    if (a.missing.length)
      lines.push(
        say(
          `  ontbreekt:  ${a.missing.join(', ')} (niet toegevoegd: voeg ze toe wanneer u ze nodig hebt)`,
          `  missing: ${a.missing.join(', ')} (not added: add them when you need them)`,
        ),
      );
    if (a.unknown.length)
      lines.push(say(`  gelaten zoals ze zijn: `, `  kept as they are: `) + a.unknown.join(', '));
  }
  for (const s of r.skipped)
    lines.push(say(`${s.table} overgeslagen: ${s.why}`, `skipped ${s.table}: ${s.why}`));
  if (r.customersFromInvoices > 0)
    lines.push(
      say(
        `${r.customersFromInvoices} klanten gemaakt uit de namen in de factuurlijst`,
        `created ${r.customersFromInvoices} customers from the names in the invoice list`,
      ),
    );
  for (const g of r.nearDuplicates) {
    const names = g.map((n) => `"${n}"`).join(', ');
    lines.push(
      say(
        `  lijken op elkaar: ${names} — dezelfde klant? Voeg ze zelf samen; er is niets samengevoegd`,
        `  look alike: ${names} — the same customer? Merge them yourself; nothing was merged`,
      ),
    );
  }
  if (r.overviewCreated) lines.push(say('blad voor het overzicht gemaakt', 'created sheet for the overview'));
  if (r.settingsAdded.length)
    lines.push(
      say(
        `instellingen toegevoegd: ${r.settingsAdded.length} rijen in Instellingen`,
        `settings added: ${r.settingsAdded.length} rows in Settings`,
      ),
    );
  lines.push(...ownershipLines(r, r.language));
  lines.push(...keptTypedLines(r.keptTyped, r.language));
  return lines;
}

/**
 * The product-named columns that stay the person's, and the choices this run recorded in
 * Instellingen (so the next init or sort needs no flag).
 */
function ownershipLines(r: Pick<SetUpReport, 'yours' | 'recorded'>, language: Language): string[] {
  const say = sayIn(language);
  const lines: string[] = [];
  for (const c of r.recorded) {
    const where = `${TABLES.find((t) => t.id === c.ref.table)?.[language] ?? c.ref.table}.${c.ref.header}`;
    const key = choiceKey(c.ref, language);
    lines.push(
      c.owner === 'product'
        ? say(
            `kolom ${where} overgedragen aan het programma; vastgelegd in Instellingen (${key})`,
            `column ${where} handed over to the product; recorded in Settings (${key})`,
          )
        : say(
            `kolom ${where} blijft van u; vastgelegd in Instellingen (${key})`,
            `column ${where} stays yours; recorded in Settings (${key})`,
          ),
    );
  }
  for (const y of r.yours) {
    const where = `blad ${y.sheet}, tabel ${y.tableName}, kolom ${y.header}`;
    const whereEn = `sheet ${y.sheet}, table ${y.tableName}, column ${y.header}`;
    const own = y.own
      ? say(
          `; het programma schrijft in zijn eigen kolom ${y.own}`,
          `; the product writes its own column ${y.own}`,
        )
      : '';
    lines.push(
      y.kept
        ? say(`van u (vastgelegd): ${where}${own}`, `yours (recorded): ${whereEn}${own}`)
        : say(
            `van u, niet overgenomen: ${where} — bevat uw eigen gegevens${own}. Met --adopt-columns neemt het programma hem over`,
            `yours, not taken over: ${whereEn} — holds your own data${own}. --adopt-columns hands it over`,
          ),
    );
  }
  return lines;
}

function keptTypedLines(keptTyped: readonly string[], language: Language): string[] {
  const say = sayIn(language);
  return keptTyped.map((c) =>
    say(
      `de getypte waarden in ${c} zijn bewaard; de andere rijen van die kolom zijn live formules`,
      `kept the values typed in ${c}; the other rows of that column are live formulas`,
    ),
  );
}

export function refreshSummary(r: RefreshResult): string[] {
  const say = sayIn(r.language);
  return [
    ...r.addedColumns.map((c) => say(`kolom ${c} toegevoegd`, `added column ${c}`)),
    ...ownershipLines(r, r.language),
    ...keptTypedLines(r.keptTyped, r.language),
  ];
}
