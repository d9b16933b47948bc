/** camt.053 texts decoded exactly once; nesting refused before the recursive validator runs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCamt053 } from '../../../src/domain/bank/camt053';
import { decodeXmlText, depthBeyond } from '../../../src/domain/bank/xmlSafety';

const camt = readFileSync(join(__dirname, '../../fixtures/bank/camt053/oca-test-camt053.xml'), 'utf8');

function withFirst(tag: 'Ustrd', value: string): string {
  return camt.replace(new RegExp(`<${tag}>[^<]*</${tag}>`), `<${tag}>${value}</${tag}>`);
}

describe('entities', () => {
  it('decodes the five predefined entities and character references once', () => {
    const [s] = parseCamt053(
      withFirst(
        'Ustrd',
        'Bakker &amp; Zn Caf&#233; &#xE9;t&#xe9; &lt;b&gt; &quot;x&quot; &apos;y&apos; &amp;amp; &amp;#233;',
      ),
    );
    expect(s?.entries[0]?.remittance).toBe('Bakker & Zn Café été <b> "x" \'y\' &amp; &#233;');
  });

  it('decodes counterparty names too', () => {
    const [s] = parseCamt053(camt.replace('INSURANCE COMPANY TESTX', 'Bakker &amp; Zn'));
    expect(s?.entries.map((e) => e.counterpartyName)).toContain('Bakker & Zn');
  });

  it('keeps a carriage return the bank wrote as &#13;, and refuses references to characters XML forbids', () => {
    const [s] = parseCamt053(withFirst('Ustrd', 'regel 1&#13;&#10;regel 2 &#1; &#xD800;'));
    expect(s?.entries[0]?.remittance).toBe('regel 1\r\nregel 2 &#1; &#xD800;');
  });

  it('still refuses DOCTYPE and ENTITY declarations', () => {
    expect(() => parseCamt053(`<!DOCTYPE x [<!ENTITY a "b">]>${camt}`)).toThrow(/DOCTYPE or ENTITY/);
  });

  it('decodeXmlText is one pass: its output decoded again changes, never within one call', () => {
    expect(decodeXmlText('&amp;lt;')).toBe('&lt;');
    expect(decodeXmlText(decodeXmlText('&amp;lt;'))).toBe('<');
    expect(decodeXmlText('&unknown; & &#; &#x;')).toBe('&unknown; & &#; &#x;');
  });
});

describe('nesting', () => {
  it('refuses XML nested 5,000 deep with the limit and the line, without overflowing the stack', () => {
    const deep = camt.replace('<Ntry>', `<Ntry>\n${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}`);
    expect(() => parseCamt053(deep)).toThrow(/XML nested deeper than 64 levels \(line \d+\)/);
  });

  it('counts only element nesting: comments, CDATA, self-closing tags and ">" in attributes do not add', () => {
    const xml = `<a x="1>2"><!-- <b><c> --><![CDATA[<d><e>]]><f/><g y='>'><h></h></g></a>`;
    expect(depthBeyond(xml, 3)).toBeUndefined();
    expect(depthBeyond(xml, 2)).toEqual({ line: 1 });
    expect(depthBeyond('<a>\n<b>\n<c>', 2)).toEqual({ line: 3 });
  });

  it('reads the real fixtures, whose nesting is well under the limit', () => {
    expect(parseCamt053(camt)[0]?.entries.length).toBeGreaterThan(0);
  });
});
