/**
 * Entry of taskpane.html. Inside Excel it mounts the pane over the Office host; opened outside
 * Office it goes straight to the demo page (index.html): office.js schedules a telemetry frame a
 * few seconds after loading, so we leave at once rather than linger.
 */
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { localToday, type PaneBackend } from './backend';
import { languageFor, loadCatalogue } from './i18n';
import { loadTheme } from './components/theme';
import { loadReading } from './data/workbookOperations';

/** The ExcelApi set the manifest declares; every part of the product relies on it. */
export const REQUIRED_EXCEL_API = '1.9';

function officeTheme(): 'light' | 'dark' {
  const bg = Office.context?.officeTheme?.bodyBackgroundColor;
  if (!bg || !/^#?[0-9a-f]{6}$/i.test(bg)) return 'light';
  const hex = bg.replace('#', '');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  // Relative luminance (sRGB approximation): dark Office themes have a dark body background.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
}

async function start(info: { host: Office.HostType | null }): Promise<void> {
  if (info.host === null || info.host === undefined) {
    window.location.replace('index.html');
    return;
  }
  const root = document.getElementById('root');
  if (!root) return;
  if (info.host !== Office.HostType.Excel) {
    root.textContent = 'Klant Inzicht werkt alleen in Excel. / Klant Inzicht only works in Excel.';
    return;
  }
  // The manifest asks for ExcelApi 1.9, but a sideloaded add-in can start on an older Excel:
  // say what to do rather than fail on the first read.
  const displayLanguage = Office.context.displayLanguage || 'nl-NL';
  if (!Office.context.requirements.isSetSupported('ExcelApi', REQUIRED_EXCEL_API)) {
    const t = await loadCatalogue(languageFor(displayLanguage)).catch(() => loadCatalogue('nl'));
    const title = document.createElement('h2');
    title.textContent = t.app.oldExcel;
    const action = document.createElement('p');
    action.textContent = t.app.oldExcelAction;
    root.replaceChildren(title, action);
    return;
  }
  // Lazy: the Office host is only needed inside Excel, and keeps the pane's first chunk smaller.
  // Office's language's catalogue and its theme come alongside (English and dark are chunks of
  // their own); should either fail, the pane falls back to what the first chunk has. So does the
  // workbook reader the first read needs (loaded here so it does not wait for the first render).
  const theme = officeTheme();
  const [{ OfficeBook }] = await Promise.all([
    import('../hosts/office/officeBook'),
    loadReading().catch(() => undefined),
    loadCatalogue(languageFor(displayLanguage)).catch(() => undefined),
    loadTheme(theme).catch(() => undefined),
  ]);
  const backend: PaneBackend = {
    kind: 'office',
    book: new OfficeBook(),
    today: () => localToday(),
    displayLanguage,
    theme,
  };
  createRoot(root).render(<App backend={backend} />);
}

if (typeof Office === 'undefined') window.location.replace('index.html');
else void Office.onReady(start);
