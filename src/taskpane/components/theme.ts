/**
 * The pane's Fluent theme. The light one ships in the first download; the dark one (its own colour
 * ramps) is a chunk fetched only in a dark Office, before the pane first shows (main.tsx), so a
 * light Office never downloads it.
 */
import { webLightTheme, type Theme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

export type ThemeKind = 'light' | 'dark';

let dark: Theme | undefined;
let pending: Promise<Theme> | undefined;

/** The theme when it is here, else undefined (loadTheme fetches it). */
export function themeIfLoaded(kind: ThemeKind): Theme | undefined {
  return kind === 'light' ? webLightTheme : dark;
}

/** The theme of a kind, fetched once; a failed download is asked again next time. */
export function loadTheme(kind: ThemeKind): Promise<Theme> {
  if (kind === 'light') return Promise.resolve(webLightTheme);
  if (dark) return Promise.resolve(dark);
  pending ??= import(/* webpackChunkName: "theme-dark" */ './darkTheme').then(
    (m) => (dark = m.webDarkTheme),
    (e: unknown) => {
      pending = undefined;
      throw e;
    },
  );
  return pending;
}

/**
 * The theme to show: at once when it is here, else after its download (undefined meanwhile: a
 * moment of nothing rather than a flash of the wrong colours). Should the download fail, light.
 */
export function useTheme(kind: ThemeKind): Theme | undefined {
  const ready = themeIfLoaded(kind);
  const [, arrived] = useState(0);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (ready) return undefined;
    let live = true;
    loadTheme(kind).then(
      () => live && arrived((n) => n + 1),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [kind, ready]);
  return ready ?? (failed ? webLightTheme : undefined);
}
