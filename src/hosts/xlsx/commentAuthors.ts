/**
 * Who wrote each comment (note). ExcelJS 4.4 keeps a comment's text but writes every comment as
 * by "Author" (comments-xform: "TODO: support authors properly"). The authors are read from the
 * file as it was opened and put back into the package ExcelJS wrote, comment by comment.
 *
 * A comment is recognised by its sheet and its text, not its cell: a sort moves comments with
 * their rows. Two comments with the same text on one sheet get their authors in the order they
 * stand. Threaded comments (replies) are other parts, which ExcelJS drops whole; they stay a loss
 * the save refuses (lossRisks.ts).
 */
import JSZip from 'jszip';

/** Per sheet name: each comment's text, with the authors (as XML text) of the comments holding it. */
export type CommentAuthors = Map<string, Map<string, string[]>>;

const COMMENT = /<(?:\w+:)?comment\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?comment>/g;
const AUTHORS = /<(?:\w+:)?authors\b[^>]*>([\s\S]*?)<\/(?:\w+:)?authors>|<(?:\w+:)?authors\b[^>]*\/>/;
const AUTHOR = /<(?:\w+:)?author\b[^>]*>([^<]*)<\/(?:\w+:)?author>|<(?:\w+:)?author\b[^>]*\/>/g;
const ANONYMOUS = 'Author';

function decode(xml: string): string {
  return xml
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** A comment's text as a person reads it: its runs' text, joined, line endings as one. */
function textOf(body: string): string {
  const runs = [...body.matchAll(/<(?:\w+:)?t\b[^>]*>([^<]*)<\/(?:\w+:)?t>/g)].map((m) => m[1] ?? '');
  return decode(runs.join('')).replace(/\r\n?/g, '\n');
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}

function resolve(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = fromPart.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

function relsOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** Relationship targets of `part` by type suffix ("/worksheet", "/comments"), by id. */
async function targets(zip: JSZip, part: string, type: RegExp): Promise<Map<string, string>> {
  const xml = (await zip.file(relsOf(part))?.async('string')) ?? '';
  const out = new Map<string, string>();
  for (const rel of xml.match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []) {
    const id = attr(rel, 'Id');
    const target = attr(rel, 'Target');
    if (id && target && type.test(attr(rel, 'Type') ?? '') && !/TargetMode="External"/.test(rel))
      out.set(id, resolve(part, target));
  }
  return out;
}

/** Each sheet's name with its comments part, as the package links them. */
async function commentParts(zip: JSZip): Promise<{ sheet: string; part: string }[]> {
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const sheets = await targets(zip, 'xl/workbook.xml', /\/worksheet$/);
  const out: { sheet: string; part: string }[] = [];
  for (const tag of workbook.match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []) {
    const name = attr(tag, 'name');
    const id = /\br:id="([^"]*)"|\b\w+:id="([^"]*)"/.exec(tag);
    const sheetPart = sheets.get(id?.[1] ?? id?.[2] ?? '');
    if (!name || !sheetPart) continue;
    for (const part of (await targets(zip, sheetPart, /\/comments$/)).values())
      out.push({ sheet: decode(name), part });
  }
  return out;
}

function authorList(xml: string): string[] {
  const block = AUTHORS.exec(xml)?.[1] ?? '';
  return [...block.matchAll(AUTHOR)].map((m) => m[1] ?? '');
}

/**
 * The authors of a package's comments, or undefined when no comment names one (a package with
 * no comments, or only ExcelJS's "Author"): then there is nothing to put back.
 */
export async function commentAuthorsOf(bytes: Uint8Array): Promise<CommentAuthors | undefined> {
  const zip = await JSZip.loadAsync(bytes);
  if (!Object.keys(zip.files).some((n) => /comment/i.test(n))) return undefined;
  const found: CommentAuthors = new Map();
  let named = false;
  for (const { sheet, part } of await commentParts(zip)) {
    const xml = (await zip.file(part)?.async('string')) ?? '';
    const authors = authorList(xml);
    const byText = found.get(sheet) ?? new Map<string, string[]>();
    for (const m of xml.matchAll(COMMENT)) {
      const author = authors[Number(attr(m[1] ?? '', 'authorId') ?? 0)] ?? '';
      if (author && author !== ANONYMOUS) named = true;
      const text = textOf(m[2] ?? '');
      byText.set(text, [...(byText.get(text) ?? []), author]);
    }
    found.set(sheet, byText);
  }
  return named ? found : undefined;
}

/** The package ExcelJS wrote, each comment with its author again. */
export async function restoreCommentAuthors(written: Uint8Array, kept: CommentAuthors): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(written);
  let changed = false;
  for (const { sheet, part } of await commentParts(zip)) {
    const byText = kept.get(sheet);
    const xml = await zip.file(part)?.async('string');
    if (!byText || !xml) continue;
    const queues = new Map([...byText].map(([text, authors]) => [text, [...authors]]));
    const writtenAuthors = authorList(xml);
    const authors: string[] = [];
    const idOf = (author: string): number => {
      const i = authors.indexOf(author);
      return i >= 0 ? i : authors.push(author) - 1;
    };
    const comments = xml.replace(COMMENT, (whole, attrs: string, body: string) => {
      const original = queues.get(textOf(body))?.shift();
      const author = original ?? writtenAuthors[Number(attr(attrs, 'authorId') ?? 0)] ?? ANONYMOUS;
      const id = idOf(author);
      const tag = /\bauthorId="[^"]*"/.test(attrs)
        ? attrs.replace(/\bauthorId="[^"]*"/, `authorId="${id}"`)
        : `${attrs} authorId="${id}"`;
      return whole.replace(attrs, tag);
    });
    const list = `<authors>${authors.map((a) => `<author>${a}</author>`).join('')}</authors>`;
    zip.file(part, comments.replace(AUTHORS, list));
    changed = true;
  }
  if (!changed) return written;
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
