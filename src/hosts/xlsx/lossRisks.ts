/**
 * Every part of a loaded package that ExcelJS 4.4 will not write back, found before any save:
 * by the names in the zip directory, and for drawings and sheets by what they hold (a drawing
 * with only pictures is kept; one with shapes or text boxes is not; sparklines live in a sheet's
 * extension list, which ExcelJS drops).
 */
import type { PartTexts } from './partTexts';

export interface LossyPart {
  /** A part name, or the folder the parts of this kind live in. */
  part: string;
  nl: string;
  en: string;
}

const BY_NAME: { test: RegExp; nl: string; en: string }[] = [
  { test: /^xl\/charts\//, nl: 'grafieken', en: 'charts' },
  { test: /^xl\/chartsheets\//, nl: 'grafiekbladen', en: 'chart sheets' },
  { test: /^xl\/pivot(?:Tables|Cache)\//, nl: 'draaitabellen', en: 'pivot tables' },
  { test: /^xl\/vbaProject\.bin$/, nl: 'macro’s', en: 'macros' },
  { test: /^xl\/slicer(?:s|Caches)\//, nl: 'slicers', en: 'slicers' },
  { test: /^xl\/timeline(?:s|Caches)\//, nl: 'tijdlijnen', en: 'timelines' },
  { test: /^xl\/externalLinks\//, nl: 'koppelingen naar andere werkmappen', en: 'links to other workbooks' },
  { test: /^customXml\//, nl: 'aangepaste XML', en: 'custom XML' },
  { test: /^xl\/threadedComments\//, nl: 'opmerkingen met antwoorden', en: 'threaded comments' },
  { test: /^xl\/ctrlProps\//, nl: 'formulierbesturingselementen', en: 'form controls' },
  { test: /^xl\/activeX\//, nl: 'ActiveX-besturingselementen', en: 'ActiveX controls' },
  { test: /^xl\/embeddings\//, nl: 'ingesloten objecten', en: 'embedded objects' },
  { test: /^xl\/connections\.xml$/, nl: 'gegevensverbindingen', en: 'data connections' },
  { test: /^xl\/queryTables\//, nl: 'querytabellen', en: 'query tables' },
  { test: /^xl\/model\//, nl: 'een gegevensmodel', en: 'a data model' },
];

function folderOf(name: string): string {
  const i = name.lastIndexOf('/');
  return name.endsWith('.bin') || name.endsWith('connections.xml') || i < 0 ? name : name.slice(0, i + 1);
}

export async function findLossyParts(parts: PartTexts): Promise<LossyPart[]> {
  const found = new Map<string, LossyPart>();
  const add = (part: string, nl: string, en: string) => {
    if (![...found.values()].some((f) => f.en === en)) found.set(part, { part, nl, en });
  };
  for (const name of parts.names()) {
    const kind = BY_NAME.find((k) => k.test.test(name));
    if (kind) add(folderOf(name), kind.nl, kind.en);
  }
  for (const name of parts.names().filter((n) => /^xl\/drawings\/[^/]+\.xml$/.test(n))) {
    const xml = (await parts.text(name)) ?? '';
    if (/<(?:\w+:)?(?:sp|cxnSp)\b/.test(xml)) add(name, 'tekstvakken en vormen', 'text boxes and shapes');
  }
  for (const name of parts.names().filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
    const xml = (await parts.text(name)) ?? '';
    if (xml.includes('sparklineGroup')) add(name, 'sparklines', 'sparklines');
  }
  for (const name of parts.names().filter((n) => /^xl\/comments\d*\.xml$/.test(n))) {
    const xml = (await parts.text(name)) ?? '';
    const authors = [...xml.matchAll(/<(?:\w+:)?author>([^<]*)</g)].map((m) => m[1]);
    if (authors.some((a) => a && a !== 'Author')) {
      add(name, 'de auteurs van opmerkingen', 'the authors of comments');
    }
  }
  return [...found.values()];
}
