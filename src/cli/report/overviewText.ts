/**
 * The Overzicht as plain text: the same named blocks refresh writes into the sheet (KPIs, aging,
 * per customer, dependency, payment behaviour, revenue by month and by product, today's actions),
 * each as an aligned table, numbers shown with the block's own number formats.
 */
import { NO_PRODUCT } from '../../domain/metrics';
import type { Language } from '../../domain/model';
import { formatEuro } from '../../domain/money';
import type { Cell, SheetBlock } from '../../workbook/book';
import { euroNumberToCents, serialToIso } from '../../workbook/cells';
import { DATE_FORMAT, EURO_FORMAT } from '../../workbook/schema';

function show(
  v: Cell,
  format: string | null | undefined,
  language: Language,
  dateSystem: 1900 | 1904,
): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  // The core's key for revenue without a product is Dutch; the UI words it (revenue.ts).
  if (typeof v === 'string') return v === NO_PRODUCT && language === 'en' ? '(no product)' : v;
  const decimal = (x: number, places: number): string =>
    language === 'nl' ? x.toFixed(places).replace('.', ',') : x.toFixed(places);
  if (format === EURO_FORMAT) {
    const cents = euroNumberToCents(v);
    return cents.ok && 'value' in cents ? formatEuro(cents.value, language) : String(v);
  }
  if (format === DATE_FORMAT) {
    const iso = serialToIso(v, dateSystem);
    return iso.ok && 'value' in iso
      ? `${iso.value.slice(8, 10)}-${iso.value.slice(5, 7)}-${iso.value.slice(0, 4)}`
      : String(v);
  }
  if (format === '0%') return `${decimal(v * 100, 1)}%`;
  if (format === '0.0') return decimal(v, 1);
  return Number.isInteger(v) ? String(v) : decimal(v, 2);
}

export function overviewText(
  blocks: readonly SheetBlock[],
  language: Language,
  dateSystem: 1900 | 1904,
): string {
  const out: string[] = [];
  for (const block of blocks) {
    const rows = block.values.map((row, i) =>
      row.map((v, j) =>
        show(v, block.cellNumberFormats?.[i]?.[j] ?? block.numberFormats?.[j], language, dateSystem),
      ),
    );
    const widths: number[] = [];
    for (const row of rows) row.forEach((s, j) => (widths[j] = Math.max(widths[j] ?? 0, s.length)));
    const numeric = (j: number): boolean => block.values.slice(1).some((r) => typeof r[j] === 'number');
    for (const row of rows) {
      const line = row
        .map((s, j) => (numeric(j) ? s.padStart(widths[j] ?? 0) : s.padEnd(widths[j] ?? 0)))
        .join('  ');
      out.push(line.trimEnd());
    }
    out.push('');
  }
  return out.join('\n');
}
