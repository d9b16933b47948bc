import { en } from '../../../src/taskpane/i18n/en';
import { enViews } from '../../../src/taskpane/i18n/enViews';

/** Every key path of a catalogue; a function-valued text counts as a leaf. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}

const englishKeys = keyPaths({ ...en, ...enViews }).sort();

describe('each catalogue in two parts', () => {
  // Fresh modules per test: the catalogues are module state, completed at most once.
  let i18n: typeof import('../../../src/taskpane/i18n');
  beforeEach(() => {
    jest.isolateModules(() => {
      i18n = jest.requireActual<typeof import('../../../src/taskpane/i18n')>('../../../src/taskpane/i18n');
    });
  });

  it.each(['nl', 'en'] as const)(
    '%s starts with the frame’s and the first view’s texts only',
    async (language) => {
      const t = await i18n.loadCatalogue(language);
      expect(Object.keys(t)).toEqual(expect.arrayContaining(['app', 'views', 'common', 'today']));
      expect(t).not.toHaveProperty('overview');
      expect(t).not.toHaveProperty('settings');
    },
  );

  it('holds every key in Dutch once the later views’ texts have arrived', async () => {
    await i18n.loadViewTexts();
    const nl = await i18n.loadCatalogue('nl');
    expect(keyPaths(nl).sort()).toEqual(englishKeys);
  });

  it('brings the later views’ texts along with a language chosen after a later view opened', async () => {
    await i18n.loadViewTexts();
    const t = await i18n.loadCatalogue('en');
    expect(keyPaths(t).sort()).toEqual(englishKeys);
    expect(t.overview.open).toBe('Outstanding');
  });

  it('fetches the later views’ texts once', async () => {
    const first = i18n.loadViewTexts();
    expect(i18n.loadViewTexts()).toBe(first);
    await first;
  });
});
