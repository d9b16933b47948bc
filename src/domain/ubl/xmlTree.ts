/**
 * The UBL file as a tree we can walk by qualified name, made under the house's XML safety rules
 * (bank/xmlSafety.ts): a size cap, no DOCTYPE or ENTITY at all (external entities, billion laughs),
 * a depth check before the validator runs, entity processing off in the parser and XML's own
 * entities decoded exactly once when text is read.
 *
 * Prefixes are stripped by the parser because a file may bind UBL's namespaces to any prefix; we
 * check the root's namespace ourselves and name elements in paths with the customary cac:/cbc:.
 */
import { XMLValidator } from 'fast-xml-parser';
import { decodeXmlText, depthBeyond, safeXmlParser } from '../bank/xmlSafety';
import type { UblProblem } from './types';

/** An element: its children by local name (always lists), its attributes as '@_name', its text as '#text'. */
export type XmlNode = Record<string, unknown>;

export const MAX_UBL_CHARS = 20_000_000;
const MAX_DEPTH = 64;

const UBL_NAMESPACES = {
  Invoice: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  CreditNote: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
} as const;
export type UblRoot = keyof typeof UBL_NAMESPACES;

type Refusal = Omit<UblProblem, 'file'>;

/** The root element's local name and namespace, read from its start tag. */
function rootOf(xml: string): { local: string; ns?: string } | undefined {
  const m = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)([^>]*)>/.exec(
    xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ''),
  );
  if (!m) return undefined;
  const prefix = (m[1] ?? '').replace(/:$/, '');
  const attrs = m[3] ?? '';
  const decl = prefix ? `xmlns:${prefix}` : 'xmlns';
  const ns = new RegExp(`${decl.replace(/[.]/g, '\\.')}\\s*=\\s*["']([^"']*)["']`).exec(attrs)?.[1];
  return { local: m[2] as string, ns };
}

/** Parses safely; a refusal names the root as path when the document itself is at fault. */
export function parseUblXml(xml: string): { root: UblRoot; node: XmlNode } | { refusal: Refusal } {
  if (xml.length > MAX_UBL_CHARS)
    return {
      refusal: {
        path: '/',
        code: 'too-large',
        why: {
          nl: `bestand te groot voor een factuur: ${xml.length} tekens (grens ${MAX_UBL_CHARS})`,
          en: `file too large for an invoice: ${xml.length} characters (limit ${MAX_UBL_CHARS})`,
        },
      },
    };
  if (/<!DOCTYPE|<!ENTITY/i.test(xml))
    return {
      refusal: {
        path: '/',
        code: 'entity',
        why: {
          nl: 'XML met een DOCTYPE- of ENTITY-declaratie geweigerd (niet toegestaan in UBL; kan externe bestanden laden)',
          en: 'XML with a DOCTYPE or ENTITY declaration refused (not allowed in UBL; it can load outside files)',
        },
      },
    };
  const deep = depthBeyond(xml, MAX_DEPTH);
  if (deep)
    return {
      refusal: {
        path: '/',
        code: 'too-deep',
        line: deep.line,
        why: {
          nl: `XML dieper genest dan ${MAX_DEPTH} niveaus (regel ${deep.line}): geen factuur`,
          en: `XML nested deeper than ${MAX_DEPTH} levels (line ${deep.line}): not an invoice`,
        },
      },
    };
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    return {
      refusal: {
        path: '/',
        code: 'not-xml',
        line: valid.err.line,
        why: {
          nl: `geen geldige XML: ${valid.err.msg} (regel ${valid.err.line}, kolom ${valid.err.col})`,
          en: `not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`,
        },
      },
    };
  const root = rootOf(xml);
  const local = root?.local ?? '?';
  if (!root || !(local in UBL_NAMESPACES) || root.ns !== UBL_NAMESPACES[local as UblRoot])
    return {
      refusal: {
        path: local,
        code: 'wrong-root',
        value: root?.ns ?? '',
        why: {
          nl: `geen UBL-factuur of -creditnota: het document begint met <${local}> in namespace ${root?.ns ?? '(geen)'}`,
          en: `not a UBL invoice or credit note: the document starts with <${local}> in namespace ${root?.ns ?? '(none)'}`,
        },
      },
    };
  const parser = safeXmlParser((_name, _path, _isLeaf, isAttribute) => !isAttribute);
  const doc = parser.parse(xml) as XmlNode;
  const top = (doc[local] as unknown[] | undefined)?.[0];
  return { root: local as UblRoot, node: asNode(top) };
}

function asNode(value: unknown): XmlNode {
  if (typeof value === 'string') return { '#text': value };
  return value && typeof value === 'object' ? (value as XmlNode) : {};
}

/** The local name of a qualified one: "cbc:ID" -> "ID". */
function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

/** Every child element called `qname`, in document order. */
export function children(node: XmlNode | undefined, qname: string): XmlNode[] {
  const list = node?.[localName(qname)];
  return Array.isArray(list) ? list.map(asNode) : [];
}

/** The first child called `qname`. */
export function child(node: XmlNode | undefined, qname: string): XmlNode | undefined {
  return children(node, qname)[0];
}

/** The element's text, decoded once and trimmed; undefined when it has none. */
export function textOf(node: XmlNode | undefined): string | undefined {
  const raw = node?.['#text'];
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  const text = decodeXmlText(String(raw)).trim();
  return text === '' ? undefined : text;
}

export function attributeOf(node: XmlNode | undefined, name: string): string | undefined {
  const raw = node?.[`@_${name}`];
  return typeof raw === 'string' ? decodeXmlText(raw).trim() : undefined;
}

/** Follows a path of qualified names from `node`: the first match at each step. */
export function at(node: XmlNode | undefined, ...qnames: string[]): XmlNode | undefined {
  let here = node;
  for (const q of qnames) here = child(here, q);
  return here;
}
