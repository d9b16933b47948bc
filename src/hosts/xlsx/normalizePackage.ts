/**
 * Makes a valid package readable for ExcelJS 4.4 before it sees it. ExcelJS finds parts by fixed
 * names and follows only relative relationship targets; other programs write what the format
 * allows: absolute targets (openpyxl: Target="/xl/tables/table1.xml"), SpreadsheetML under a
 * prefix (the Open XML SDK: <x:worksheet>), rows and cells without their optional r attribute.
 *
 * and dates as ISO 8601 text in t="d" cells (which ExcelJS silently reads as the year). A part is
 * rewritten only when it needs it, and the package re-zipped only when a part was.
 */
import JSZip from 'jszip';
import { columnLetter, columnNumber } from '../../workbook/columns';
import { hostError, type XlsxLanguage } from './hostErrors';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const OFFICE_DOCUMENT = /\/officeDocument$/;

export interface Normalized {
  bytes: Uint8Array;
  /** What was rewritten, for the tests and for a curious caller. */
  fixes: string[];
}

export async function openPackage(bytes: Uint8Array, language: XlsxLanguage): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch {
    throw hostError('not-a-package', language, {
      nl: 'het zip-bestand is beschadigd of onvolledig (misschien afgebroken bij het downloaden)',
      en: 'the zip file is damaged or incomplete (perhaps a download cut short)',
    });
  }
}

/** Package root targets and relative ones resolved to a part name without a leading slash. */
function resolveTarget(relsPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const source = relsPart.replace(/(^|\/)_rels\/([^/]*)\.rels$/, '$1$2');
  const parts = source.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

function relativeTarget(relsPart: string, part: string): string {
  const from = relsPart
    .replace(/(^|\/)_rels\/([^/]*)\.rels$/, '$1$2')
    .split('/')
    .slice(0, -1);
  const to = part.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i += 1;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}

/** Stage 1: every internal relationship target relative; the workbook part must exist. */
export async function relativeTargets(zip: JSZip, language: XlsxLanguage): Promise<string[]> {
  const fixes: string[] = [];
  const root = await zip.file('_rels/.rels')?.async('string');
  const workbook = /<Relationship\b[^>]*>/g;
  let workbookPart: string | undefined;
  for (const m of root?.match(workbook) ?? []) {
    const type = /\bType="([^"]*)"/.exec(m)?.[1] ?? '';
    const target = /\bTarget="([^"]*)"/.exec(m)?.[1];
    if (OFFICE_DOCUMENT.test(type) && target) workbookPart = resolveTarget('_rels/.rels', target);
  }
  workbookPart ??= 'xl/workbook.xml';
  if (!zip.file(workbookPart)) {
    throw hostError('unreadable', language, {
      nl: `het onderdeel ${workbookPart} met de werkbladen ontbreekt`,
      en: `the part ${workbookPart}, which lists the sheets, is missing`,
    });
  }
  if (workbookPart !== 'xl/workbook.xml') {
    throw hostError('unreadable', language, {
      nl: `de werkmap staat in ${workbookPart} in plaats van xl/workbook.xml`,
      en: `the workbook is stored as ${workbookPart} instead of xl/workbook.xml`,
    });
  }
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.rels'))) {
    const text = await zip.file(name)?.async('string');
    if (!text || !text.includes('Target="/')) continue;
    const fixed = text.replace(/<Relationship\b[^>]*>/g, (rel) => {
      if (/TargetMode="External"/.test(rel)) return rel;
      return rel.replace(
        /\bTarget="\/([^"]*)"/,
        (_, part: string) => `Target="${relativeTarget(name, part)}"`,
      );
    });
    if (fixed !== text) {
      zip.file(name, fixed);
      fixes.push(`${name}: absolute targets made relative`);
    }
  }
  return fixes;
}

/** SpreadsheetML without a prefix, every row and cell with its reference, ISO dates as serials. */
export async function partFixes(zip: JSZip, date1904: boolean): Promise<string[]> {
  const fixes: string[] = [];
  const xmlParts = Object.keys(zip.files).filter((n) => /^xl\/[^_].*\.xml$/.test(n));
  for (const name of xmlParts) {
    const text = await zip.file(name)?.async('string');
    if (!text) continue;
    let fixed = unprefix(text);
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) fixed = isoDatesToSerials(addReferences(fixed), date1904);
    if (fixed !== text) {
      zip.file(name, fixed);
      fixes.push(`${name}: rewritten`);
    }
  }
  return fixes;
}

function unprefix(xml: string): string {
  const m = new RegExp(`xmlns:([A-Za-z_][\\w.-]*)="${MAIN_NS.replace(/[./]/g, '\\$&')}"`).exec(xml);
  if (!m || /\sxmlns="/.test(xml.slice(0, 2000))) return xml;
  const p = m[1] as string;
  return xml
    .replace(new RegExp(`<(/?)${p}:`, 'g'), '<$1')
    .replace(`xmlns:${p}="${MAIN_NS}"`, `xmlns="${MAIN_NS}"`);
}

/** Rows without r follow the previous row; cells without r follow the previous cell (ECMA-376 18.3.1.4). */
function addReferences(xml: string): string {
  if (!/<row(?![^>]*\br=)[\s>/]|<c(?![^>]*\br=)[\s>/]/.test(xml)) return xml;
  let row = 0;
  let col = 0;
  return xml.replace(/<(row|c)\b([^>]*?)(\/?)>/g, (tag, name: string, attrs: string, close: string) => {
    const r = /\br="([^"]*)"/.exec(attrs)?.[1];
    if (name === 'row') {
      row = r ? Number(r) : row + 1;
      col = 0;
      return r ? tag : `<row r="${row}"${attrs}${close}>`;
    }
    if (r) {
      col = columnNumber(/^[A-Z]+/.exec(r)?.[0] ?? 'A');
      return tag;
    }
    col += 1;
    return `<c r="${columnLetter(col)}${row}"${attrs}${close}>`;
  });
}

const ISO_CELL = /<c\b([^>]*?)\bt="d"([^>]*)><v>([^<]*)<\/v>/g;

/** t="d" cells hold ISO 8601 text; Excel itself stores dates as serial numbers in plain cells. */
function isoDatesToSerials(xml: string, date1904: boolean): string {
  if (!xml.includes('t="d"')) return xml;
  return xml.replace(ISO_CELL, (cell, before: string, after: string, text: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(text.trim());
    if (!m) return cell;
    const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0)) as number[];
    const days = Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1) / 86_400_000 + 25_569 - (date1904 ? 1_462 : 0);
    const serial = days + ((h ?? 0) * 3600 + (mi ?? 0) * 60 + (s ?? 0)) / 86_400;
    return `<c${before}${after}><v>${serial}</v>`;
  });
}

export async function repack(zip: JSZip): Promise<Uint8Array> {
  // STORE: ExcelJS unpacks this copy at once; compressing it again would only cost time.
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}
