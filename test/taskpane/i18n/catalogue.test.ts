import { en } from '../../../src/taskpane/i18n/en';

/** Every key path of a catalogue; a function-valued text counts as a leaf. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}

describe('the Dutch catalogue in two parts', () => {
  // Fresh modules per test: the catalogue is module state, completed at most once.
  let i18n: typeof import('../../../src/taskpane/i18n');
  beforeEach(() => {
    jest.isolateModules(() => {
      i18n = jest.requireActual<typeof import('../../../src/taskpane/i18n')>('../../../src/taskpane/i18n');
    });
  });

  it('starts with the frame’s and the first view’s texts only', async () => {
    const nl = await i18n.loadCatalogue('nl');
    expect(Object.keys(nl)).toEqual(expect.arrayContaining(['app', 'views', 'common', 'today']));
    expect(nl).not.toHaveProperty('overview');
    expect(nl).not.toHaveProperty('settings');
  });

  it('holds every English key once the later views’ texts have arrived', async () => {
    await i18n.loadViewTexts();
    const nl = await i18n.loadCatalogue('nl');
    expect(keyPaths(nl).sort()).toEqual(keyPaths(en).sort());
  });

  it('fetches the later views’ texts once', async () => {
    const first = i18n.loadViewTexts();
    expect(i18n.loadViewTexts()).toBe(first);
    await first;
  });
});
