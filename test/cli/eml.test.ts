import { buildEml, encodeHeaderText, quotedPrintable, rfc5322Date } from '../../src/cli/eml';

/** Decoders written from the RFCs, independent of the encoder. */
function decodeEncodedWords(header: string): string {
  // Adjacent encoded-words join without the folding whitespace between them (RFC 2047 §6.2).
  const words = header.split('\r\n ');
  const bytes = words.map((w) => {
    const m = /^=\?UTF-8\?B\?([^?]*)\?=$/.exec(w);
    if (!m) throw new Error(`not an encoded-word: ${w}`);
    return Buffer.from(m[1] ?? '', 'base64');
  });
  return Buffer.concat(bytes).toString('utf8');
}

function decodeQp(body: string): string {
  const bytes: number[] = [];
  const joined = body.replace(/=\r\n/g, '');
  for (let i = 0; i < joined.length; i += 1) {
    if (joined[i] === '=') {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(joined.charCodeAt(i));
  }
  return Buffer.from(bytes).toString('utf8');
}

describe('eml', () => {
  it('leaves ASCII subjects alone and encodes others as RFC 2047 words of at most 75 characters', () => {
    expect(encodeHeaderText('Betalingsherinnering factuur 2025-002')).toBe(
      'Betalingsherinnering factuur 2025-002',
    );
    const subject =
      'Herinnering: € 1.234,56 open bij Zoë’s Bakkerij — factuur 2025-002 en 2025-003 (tweede verzoek)';
    const encoded = encodeHeaderText(subject);
    for (const word of encoded.split('\r\n ')) {
      expect(word.length).toBeLessThanOrEqual(75);
      expect(word).toMatch(/^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/);
    }
    expect(decodeEncodedWords(encoded)).toBe(subject);
  });

  it('encodes bodies as quoted-printable with lines of at most 76 characters and CRLF', () => {
    const body = `Beste Zoë,\n\n${'Het openstaande bedrag van € 1.234,56 staat nog open. '.repeat(4)}\nTrailing space \nGroet=Eva`;
    const qp = quotedPrintable(body);
    for (const line of qp.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
    expect(qp).not.toMatch(/[^\r]\n/);
    expect(qp).toContain('Trailing space=20');
    expect(qp).toContain('Groet=3DEva');
    expect(decodeQp(qp)).toBe(body.replace(/\n/g, '\r\n'));
  });

  it('builds a complete draft message', () => {
    const eml = buildEml({
      from: { name: 'Eva Lind', address: 'eva@lind.nl' },
      to: [{ name: 'Zoë de Vries', address: 'zoe@bakkerij.nl' }],
      subject: 'Herinnering',
      body: 'Hallo',
      date: '2025-03-01',
      messageId: '<a b>@x',
    });
    expect(eml).toMatch(
      /^From: "Eva Lind" <eva@lind\.nl>\r\nTo: =\?UTF-8\?B\?[^?]+\?= <zoe@bakkerij\.nl>\r\n/,
    );
    expect(eml).toContain('Date: Sat, 01 Mar 2025 09:00:00 +0000\r\n');
    expect(eml).toContain('Message-ID: <ab@x>\r\n');
    expect(eml).toContain('X-Unsent: 1\r\n\r\nHallo\r\n');
    expect(() =>
      buildEml({ to: [{ address: 'geen adres' }], subject: 's', body: 'b', date: '2025-03-01' }),
    ).toThrow(/not an e-mail/);
    expect(() => rfc5322Date('2025-02-30')).toThrow();
  });
});
