/**
 * A typed message catalogue and the pane's formatters, without an i18n library: two objects of
 * the same type and a context saying which one is in force. Each language comes in two parts: the
 * frame's and the first view's texts, and the later views' texts (nlViews, enViews), a chunk that
 * arrives with the first later view (loadViewTexts). Dutch, the default, ships its first part in
 * the pane's first download; English arrives the first time it is asked for, so a person
 * downloads one language, not both, and of it only what the screen shows.
 */
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { isIsoDate, type IsoDate } from '../../domain/dates';
import type { Language } from '../../domain/model';
import { formatEuro, type Cents } from '../../domain/money';
import { nl as nlFirstView, type Messages } from './nl';

export type { Messages };

type ViewTexts = Omit<Messages, keyof typeof nlFirstView>;

/**
 * Each language's catalogue as it arrives. Until its view texts have come it holds only the first
 * view's texts; the cast is safe because nothing else reads the rest: every later view is loaded
 * through loadViewTexts (App.tsx), and once it has been, a language counts as loaded only with its
 * view texts (catalogueIfLoaded), so no later view renders from half a catalogue.
 */
const nl = { ...nlFirstView } as Messages;
const loaded: Partial<Record<Language, Messages>> = { nl };
const pending: Partial<Record<Language, Promise<Messages>>> = {};
const fetchers: Record<Language, () => Promise<Messages>> = {
  nl: () => Promise.resolve(nl),
  en: () => import(/* webpackChunkName: "i18n-en" */ './en').then((m) => ({ ...m.en }) as Messages),
};
const viewFetchers: Record<Language, () => Promise<ViewTexts>> = {
  nl: () => import(/* webpackChunkName: "i18n-nl-views" */ './nlViews').then((m) => m.nlViews),
  en: () => import(/* webpackChunkName: "i18n-en-views" */ './enViews').then((m) => m.enViews),
};
const viewsArrived = new Set<Language>();
const viewsPending: Partial<Record<Language, Promise<void>>> = {};
const viewsRequested: Partial<Record<Language, Promise<void>>> = {};
/** Set by the first later view: from then on a language is complete only with its view texts. */
let viewsWanted = false;
/** The language the pane shows (I18nProvider): the one whose view texts a later view needs. */
let shownLanguage: Language = 'nl';

/** One request per language at a time; a failed one is made again when next asked (a flaky connection). */
function once<T>(table: Partial<Record<Language, Promise<T>>>, language: Language, fetch: () => Promise<T>) {
  return (table[language] ??= fetch().catch((e: unknown) => {
    delete table[language];
    throw e;
  }));
}

function loadViewTextsOf(language: Language, messages: Messages): Promise<void> {
  if (viewsArrived.has(language)) return Promise.resolve();
  return once(viewsPending, language, () =>
    viewFetchers[language]().then((views) => {
      Object.assign(messages, views);
      viewsArrived.add(language);
    }),
  );
}

/**
 * The later views' texts of the language the pane shows, fetched once; a later view awaits this
 * before it renders. A language chosen afterwards brings its view texts along (loadCatalogue).
 */
export function loadViewTexts(): Promise<void> {
  viewsWanted = true;
  return once(viewsRequested, shownLanguage, () => loadCatalogue(shownLanguage).then(() => undefined));
}

/** The catalogue of a language when it has arrived (with its view texts once they are wanted). */
function catalogueIfLoaded(language: Language): Messages | undefined {
  const messages = loaded[language];
  return messages && (!viewsWanted || viewsArrived.has(language)) ? messages : undefined;
}

/** The catalogue of a language, fetched once (and its later views' texts once they are wanted). */
export function loadCatalogue(language: Language): Promise<Messages> {
  const ready = catalogueIfLoaded(language);
  if (ready) return Promise.resolve(ready);
  return once(pending, language, fetchers[language]).then(async (messages) => {
    loaded[language] = messages;
    if (viewsWanted) await loadViewTextsOf(language, messages);
    return messages;
  });
}

/** Office's display language decides unless the workbook says otherwise: nl-NL, nl-BE -> nl. */
export function languageFor(displayLanguage: string, override?: Language): Language {
  if (override) return override;
  return /^nl(\b|[-_])/i.test(displayLanguage.trim()) ? 'nl' : 'en';
}

export interface Formatters {
  language: Language;
  /** 30-11-2026 / 30 Nov 2026 */
  date(date: IsoDate | undefined): string;
  /** 30 nov. 2026 / 30 Nov 2026 */
  dateMedium(date: IsoDate | undefined): string;
  money(cents: Cents): string;
  /** An axis label: € 12K / €12k */
  /** Also a chart axis's ticks, which need not be whole cents. */
  moneyCompact(cents: number): string;
  percent(share: number): string;
  number1(value: number): string;
}

// Hand-written rather than date-fns locales: these two patterns are all the pane needs, and the
// locales would sit in the first chunk of the pane.
const MONTHS: Record<Language, readonly string[]> = {
  nl: ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

function parts(d: IsoDate): [string, number, number] {
  return [d.slice(0, 4), Number(d.slice(5, 7)), Number(d.slice(8, 10))];
}

/**
 * An Intl.NumberFormat made at its first use: constructing one costs the page's start more than
 * the pane's first view formats with it (the compact currency one above all), and the context's
 * default and each language's formatters are set up before anything is shown.
 */
function lazyNumberFormat(language: Language, options: Intl.NumberFormatOptions): (n: number) => string {
  let format: Intl.NumberFormat | null = null;
  return (n) => (format ??= new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', options)).format(n);
}

function formatters(language: Language): Formatters {
  const months = MONTHS[language];
  const pct = lazyNumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const compact = lazyNumberFormat(language, {
    style: 'currency',
    currency: 'EUR',
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  });
  const one = lazyNumberFormat(language, { maximumFractionDigits: 1 });
  const medium = (d: IsoDate | undefined): string => {
    if (!d || !isIsoDate(d)) return '—';
    const [y, m, day] = parts(d);
    return `${day} ${months[m - 1] ?? ''} ${y}`;
  };
  return {
    language,
    date: (d) => {
      if (!d || !isIsoDate(d)) return '—';
      return language === 'nl' ? `${d.slice(8, 10)}-${d.slice(5, 7)}-${d.slice(0, 4)}` : medium(d);
    },
    dateMedium: medium,
    money: (c) => formatEuro(c, language),
    // Display only: an axis tick is read, never summed.
    moneyCompact: (c) => compact(c / 100),
    percent: (s) => pct(s),
    number1: (v) => one(v),
  };
}

interface I18n {
  t: Messages;
  f: Formatters;
}

const I18nContext = createContext<I18n>({ t: nl, f: formatters('nl') });

/**
 * Provides the catalogue of `language`. While a catalogue is on its way the pane keeps the one it
 * shows (a switch of language changes every text at once); before any has arrived it shows
 * nothing rather than the wrong language. Should the download fail, the pane stays readable in
 * the language it has (Dutch at least) and asks again on the next switch.
 */
export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const [, arrived] = useState(0);
  const [failed, setFailed] = useState<Language | undefined>(undefined);
  const ready = catalogueIfLoaded(language);
  const shown = useRef<Language | undefined>(undefined);
  if (ready) shown.current = language;
  else if (!shown.current && failed === language) shown.current = 'nl';
  useEffect(() => {
    if (ready) return undefined;
    let stale = false;
    loadCatalogue(language).then(
      () => !stale && arrived((n) => n + 1),
      () => !stale && setFailed(language),
    );
    return () => {
      stale = true;
    };
  }, [language, ready]);
  const current = shown.current;
  // Set during render, not in an effect: a later view rendered below asks for its texts at once.
  if (current) shownLanguage = current;
  // The catalogue as it stands (its view texts may still be on their way: only a later view reads
  // them, and it waits for them in loadViewTexts).
  const value = useMemo(
    () => (current ? { t: loaded[current] ?? nl, f: formatters(current) } : undefined),
    [current],
  );
  if (!value) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The messages and formatters of the pane's language. */
export function useT(): I18n {
  return useContext(I18nContext);
}
