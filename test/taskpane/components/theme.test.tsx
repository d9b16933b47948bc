/** @jest-environment jsdom */
import '../setup';
import { screen } from '@testing-library/react';
import { sampleLedger } from '../support/fakeOperations';
import { renderPane } from '../support/render';

type ThemeModule = typeof import('../../../src/taskpane/components/theme');

function freshThemes(): ThemeModule {
  let themes: ThemeModule | undefined;
  jest.isolateModules(() => {
    themes = jest.requireActual<ThemeModule>('../../../src/taskpane/components/theme');
  });
  return themes!;
}

describe('the pane’s themes', () => {
  it('has the light theme at once and fetches the dark one, once, when asked', async () => {
    const themes = freshThemes();
    const light = themes.themeIfLoaded('light');
    expect(light?.colorNeutralBackground1).toBe('#ffffff');
    expect(themes.themeIfLoaded('dark')).toBeUndefined();
    const asked = themes.loadTheme('dark');
    expect(themes.loadTheme('dark')).toBe(asked);
    const dark = await asked;
    expect(dark.colorNeutralBackground1).not.toBe(light?.colorNeutralBackground1);
    expect(themes.themeIfLoaded('dark')).toBe(dark);
  });

  it('shows the pane in a dark Office once the dark theme has arrived', async () => {
    await renderPane(sampleLedger(), { view: 'today' }, { theme: 'dark' });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Vandaag');
  });
});
