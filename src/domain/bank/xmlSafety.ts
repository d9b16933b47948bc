/**
 * What makes a bank's (or an e-invoice's) XML safe to hand to the parser, and its text safe to
 * read: a nesting-depth check that runs before any parsing, one parser configuration, and XML's
 * entities decoded exactly once.
 */
import { XMLParser, type X2jOptions } from 'fast-xml-parser';

/**
 * The parser CAMT.053 and UBL share: entities never expanded by the parser (decodeXmlText decodes
 * them once, so no entity can grow or refer outward), every value kept as text, namespace
 * prefixes dropped; `isArray` says which elements repeat.
 */
export function safeXmlParser(isArray: NonNullable<X2jOptions['isArray']>): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    processEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    isArray,
  });
}

/**
 * The line where element nesting first exceeds `max`, or undefined. A linear scan, no recursion:
 * start tags open a level, end tags close one; self-closing tags, comments, CDATA, processing
 * instructions and quoted attribute values (which may hold '>') are stepped over. It need not judge
 * well-formedness: the validator runs after it, on input now known to be shallow.
 */
export function depthBeyond(xml: string, max: number): { line: number } | undefined {
  let depth = 0;
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) return undefined;
    const next = xml[lt + 1];
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (next === '?' || next === '!') {
      const end = xml.indexOf('>', lt + 2);
      i = end < 0 ? n : end + 1;
      continue;
    }
    // Find the tag's end, stepping over quoted attribute values.
    let j = lt + 1;
    let quote = '';
    while (j < n) {
      const c = xml[j];
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '>') break;
      j += 1;
    }
    if (next === '/') depth -= 1;
    else if (xml[j - 1] !== '/') {
      depth += 1;
      if (depth > max) return { line: lineAt(xml, lt) };
    }
    i = j + 1;
  }
  return undefined;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let k = text.indexOf('\n'); k >= 0 && k < index; k = text.indexOf('\n', k + 1)) line += 1;
  return line;
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML's predefined entities and character references, decoded in one pass (so exactly once). */
export function decodeXmlText(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(
    /&(?:(lt|gt|amp|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g,
    (whole, name, dec, hex) => {
      if (name) return PREDEFINED[name as string] ?? whole;
      const cp = dec !== undefined ? Number.parseInt(dec as string, 10) : Number.parseInt(hex as string, 16);
      // Only characters XML 1.0 allows; a reference to anything else stays as written, visibly.
      const allowed =
        cp === 0x9 ||
        cp === 0xa ||
        cp === 0xd ||
        (cp >= 0x20 && cp <= 0xd7ff) ||
        (cp >= 0xe000 && cp <= 0xfffd) ||
        (cp >= 0x10000 && cp <= 0x10ffff);
      return allowed ? String.fromCodePoint(cp) : whole;
    },
  );
}
