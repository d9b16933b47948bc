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
import { columnLetter, columnNumber } from '../../workbook/a1';
import { hostError, type XlsxLanguage } from './hostErrors';
import type { PartTexts } from './partTexts';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const OFFICE_DOCUMENT = /\/officeDocument$/;

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
  const parts = sourceOf(relsPart).split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

function relativeTarget(relsPart: string, part: string): string {
  const from = sourceOf(relsPart).split('/').slice(0, -1);
  const to = part.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i += 1;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}

/** Where ExcelJS looks for each kind of part, by relationship type (exceljs/lib/xlsx/xlsx.js). */
const CANONICAL: { type: RegExp; name: RegExp; make: (n: number) => string }[] = [
  {
    type: /\/worksheet$/,
    name: /^xl\/worksheets\/sheet\d+\.xml$/,
    make: (n) => `xl/worksheets/sheet${n}.xml`,
  },
  { type: /\/table$/, name: /^xl\/tables\/table\d+\.xml$/, make: (n) => `xl/tables/table${n}.xml` },
  { type: /\/comments$/, name: /^xl\/comments\d+\.xml$/, make: (n) => `xl/comments${n}.xml` },
  {
    type: /\/vmlDrawing$/,
    name: /^xl\/drawings\/vmlDrawing\d+\.vml$/,
    make: (n) => `xl/drawings/vmlDrawing${n}.vml`,
  },
  {
    type: /\/drawing$/,
    name: /^xl\/drawings\/[a-zA-Z0-9]+\.xml$/,
    make: (n) => `xl/drawings/drawing${n}.xml`,
  },
  { type: /\/sharedStrings$/, name: /^xl\/sharedStrings\.xml$/, make: () => 'xl/sharedStrings.xml' },
  { type: /\/styles$/, name: /^xl\/styles\.xml$/, make: () => 'xl/styles.xml' },
];

function relsPartOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

function sourceOf(relsPart: string): string {
  return relsPart.replace(/(^|\/)_rels\/([^/]*)\.rels$/, '$1$2');
}

/**
 * Every part where ExcelJS looks for it and every internal relationship target relative: parts
 * under other names (openpyxl: xl/comments/comment1.xml) are renamed, with their own relationship
 * part, the targets pointing at them and [Content_Types].xml. The workbook part must exist.
 */
export async function canonicalParts(zip: JSZip, language: XlsxLanguage): Promise<string[]> {
  const root = await zip.file('_rels/.rels')?.async('string');
  let workbookPart: string | undefined;
  for (const m of root?.match(/<Relationship\b[^>]*>/g) ?? []) {
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
  const relsParts = Object.keys(zip.files).filter((n) => n.endsWith('.rels') && !zip.files[n]?.dir);
  const texts = new Map<string, string>();
  for (const name of relsParts) texts.set(name, (await zip.file(name)?.async('string')) ?? '');
  // Parts to rename, old -> new, decided before anything is written.
  const renames = new Map<string, string>();
  const taken = new Set(Object.keys(zip.files));
  for (const [name, text] of texts) {
    for (const rel of text.match(/<Relationship\b[^>]*>/g) ?? []) {
      if (/TargetMode="External"/.test(rel)) continue;
      const type = /\bType="([^"]*)"/.exec(rel)?.[1] ?? '';
      const target = resolveTarget(name, /\bTarget="([^"]*)"/.exec(rel)?.[1] ?? '');
      const canon = CANONICAL.find((c) => c.type.test(type));
      if (!canon || canon.name.test(target) || renames.has(target) || !zip.file(target)) continue;
      let n = 1;
      while (taken.has(canon.make(n))) n += 1;
      const to = canon.make(n);
      if (taken.has(to)) continue;
      taken.add(to);
      renames.set(target, to);
    }
  }
  const fixes: string[] = [];
  for (const [name, text] of texts) {
    const source = sourceOf(name);
    const newName = renames.has(source) ? relsPartOf(renames.get(source) as string) : name;
    const fixed = text.replace(/<Relationship\b[^>]*>/g, (rel) => {
      if (/TargetMode="External"/.test(rel)) return rel;
      return rel.replace(/\bTarget="([^"]*)"/, (whole, t: string) => {
        const part = resolveTarget(name, t);
        const moved = renames.get(part);
        if (!moved && !t.startsWith('/') && newName === name) return whole;
        return `Target="${relativeTarget(newName, moved ?? part)}"`;
      });
    });
    if (fixed !== text || newName !== name) {
      if (newName !== name) zip.remove(name);
      zip.file(newName, fixed);
      fixes.push(`${name}: targets rewritten`);
    }
  }
  if (renames.size > 0) {
    for (const [from, to] of renames) {
      const data = await zip.file(from)?.async('uint8array');
      if (!data) continue;
      zip.remove(from);
      zip.file(to, data);
      fixes.push(`${from} -> ${to}`);
    }
    const types = await zip.file('[Content_Types].xml')?.async('string');
    if (types) {
      zip.file(
        '[Content_Types].xml',
        types.replace(/PartName="\/([^"]*)"/g, (whole, part: string) => {
          const to = renames.get(part);
          return to ? `PartName="/${to}"` : whole;
        }),
      );
    }
  }
  return fixes;
}

/** SpreadsheetML without a prefix, every row and cell with its reference, ISO dates as serials. */
export async function partFixes(parts: PartTexts, date1904: boolean): Promise<string[]> {
  const fixes: string[] = [];
  const xmlParts = parts.names().filter((n) => /^xl\/[^_].*\.xml$/.test(n));
  for (const name of xmlParts) {
    const text = await parts.text(name);
    if (!text) continue;
    let fixed = unprefix(text);
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) fixed = isoDatesToSerials(addReferences(fixed), date1904);
    if (/^xl\/comments\d+\.xml$/.test(name)) fixed = commentRuns(fixed);
    if (name === 'xl/workbook.xml') fixed = absolutePrintRanges(fixed);
    if (fixed !== text) {
      parts.replace(name, fixed);
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

/** A comment's text as plain <t> (openpyxl) instead of runs: ExcelJS reads only runs. */
function commentRuns(xml: string): string {
  return xml.replace(/<text>\s*(<t\b[^>]*>[^<]*<\/t>)\s*<\/text>/g, '<text><r>$1</r></text>');
}

/**
 * Print titles and areas as 'Sheet'!1:1 (openpyxl) instead of 'Sheet'!$1:$1: ExcelJS recognises
 * only the absolute form and would drop them.
 */
function absolutePrintRanges(xml: string): string {
  return xml.replace(
    /(<definedName\b[^>]*name="_xlnm\.Print_(?:Titles|Area)"[^>]*>)([^<]*)(<\/definedName>)/g,
    (_, open: string, ranges: string, close: string) =>
      open +
      ranges.replace(/!\$?([A-Z]*)\$?(\d*)(?::\$?([A-Z]*)\$?(\d*))?/g, (ref, c1, r1, c2, r2) => {
        const one = (c: string, r: string) => `${c ? `$${c}` : ''}${r ? `$${r}` : ''}`;
        return c2 === undefined ? `!${one(c1, r1)}` : `!${one(c1, r1)}:${one(c2, r2 ?? '')}`;
      }) +
      close,
  );
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
