import { forTerminal } from '../../src/cli/terminalText';

describe('forTerminal', () => {
  it('replaces ESC, CR, BEL, DEL, C1 controls and bidi overrides with U+FFFD', () => {
    expect(forTerminal('a\u001b[2Jb\rc\u0007d\u007fe\u0085f\u009bg\u202eh\u2066i\u2028j')).toBe(
      'a\uFFFD[2Jb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh\uFFFDi\uFFFDj',
    );
  });

  it('keeps line feeds, tabs, accents, non-BMP characters and joiners', () => {
    const text = 'Zoë\tĲssel\n👨‍👩‍👧 𝄞 € 1.210,00\n';
    expect(forTerminal(text)).toBe(text);
  });
});
