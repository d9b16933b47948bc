/**
 * What init and sort tell the person beyond "done": which tables were created or adopted (and
 * which of their columns were matched, added, missing or kept unknown), and which product
 * columns were left alone because someone typed values into them.
 */
import type { RefreshResult, SetUpReport } from '../workbook/operations';

export function setUpSummary(r: SetUpReport): string[] {
  const lines: string[] = [];
  for (const c of r.created)
    lines.push(`created table ${c.name} on sheet ${c.sheet} (${c.columns.length} columns)`);
  for (const a of r.adopted) {
    lines.push(`adopted table ${a.name} on sheet ${a.sheet} as ${a.table}`);
    const how = (m: SetUpReport['adopted'][number]['matched'][number]): string =>
      m.how === 'name' ? m.header : `${m.header} (${m.how})`;
    if (a.matched.length) lines.push(`  matched: ${a.matched.map(how).join(', ')}`);
    if (a.added.length) lines.push(`  added:   ${a.added.join(', ')}`);
    if (a.missing.length)
      lines.push(`  missing: ${a.missing.join(', ')} (not added: add them when you need them)`);
    if (a.unknown.length) lines.push(`  kept as they are: ${a.unknown.join(', ')}`);
    if (a.personal.length)
      lines.push(
        `  yours, not taken over: ${a.personal.join(', ')} (they hold your own data; the product's columns were added beside them — run init --adopt-columns to hand them over)`,
      );
  }
  for (const s of r.skipped) lines.push(`skipped ${s.table}: ${s.why}`);
  if (r.customersFromInvoices > 0)
    lines.push(`created ${r.customersFromInvoices} customers from the names in the invoice list`);
  for (const g of r.nearDuplicates)
    lines.push(
      `  look alike: ${g.map((n) => `"${n}"`).join(', ')} — the same customer? Merge them yourself; nothing was merged`,
    );
  if (r.overviewCreated) lines.push('created sheet for the overview');
  if (r.settingsAdded.length)
    lines.push(
      `settings added: ${r.settingsAdded.length} rows in ${r.language === 'en' ? 'Settings' : 'Instellingen'}`,
    );
  lines.push(...keptTypedLines(r.keptTyped));
  return lines;
}

export function keptTypedLines(keptTyped: readonly string[]): string[] {
  return keptTyped.map(
    (c) => `kept the values typed in ${c}; the other rows of that column are live formulas`,
  );
}

export function refreshSummary(r: RefreshResult): string[] {
  return [...r.addedColumns.map((c) => `added column ${c}`), ...keptTypedLines(r.keptTyped)];
}
