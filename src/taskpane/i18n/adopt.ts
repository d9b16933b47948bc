/**
 * Texts of Setup's question about columns of the person's that carry one of the product's names,
 * in both languages. Out of nl.ts/en.ts: only the Setup view needs them, and the main catalogue
 * sits in the pane's first chunk.
 */
import type { Language } from '../../domain/model';
import type { YourColumn } from '../data/operations';

/** What the product would write in the column once it is handed over. */
type Writes = 'order' | 'step' | 'formula';

export function writesOf(field: string): Writes {
  return field === 'sortKey' ? 'order' : field === 'nextStep' ? 'step' : 'formula';
}

export interface AdoptMessages {
  title: string;
  intro: string;
  where: (c: YourColumn) => string;
  instead: (c: YourColumn) => string;
  kept: string;
  handOverMeans: Record<Writes, string>;
  handOver: (c: YourColumn) => string;
  keep: (c: YourColumn) => string;
  busy: string;
  handedOver: (c: YourColumn) => string;
  keptNow: (c: YourColumn) => string;
  sheet: (name: string, overview: string) => string;
}

const nl: AdoptMessages = {
  title: 'Kolommen van u met een naam van Klant Inzicht',
  intro:
    'Deze kolommen heten zoals een kolom van Klant Inzicht, maar er staan uw eigen gegevens in. Klant Inzicht schrijft er niet in, tot u een kolom overdraagt.',
  where: (c) => `Blad ${c.sheet}, tabel ${c.tableName}, kolom ${c.header}.`,
  instead: (c) =>
    c.own
      ? `Klant Inzicht gebruikt in plaats daarvan zijn eigen kolom "${c.own}" ernaast.`
      : 'Bij het inrichten zet Klant Inzicht er een eigen kolom naast, onder een naam die niet botst.',
  kept: 'U hebt gekozen deze kolom zelf te houden (vastgelegd in Instellingen).',
  handOverMeans: {
    order:
      'Overdragen: Klant Inzicht zet er bij elke sortering de volgorde in (1, 2, 3 …); wat er nu in staat, verdwijnt.',
    step: 'Overdragen: Klant Inzicht schrijft er de volgende stap in; wat u zelf typte, blijft staan.',
    formula:
      'Overdragen: Klant Inzicht zet er zijn formule in; waarden die u typte, blijven staan in plaats van de formule.',
  },
  handOver: (c) => `"${c.header}" overdragen aan Klant Inzicht`,
  keep: (c) => `"${c.header}" van mij houden`,
  busy: 'Bezig met vastleggen…',
  handedOver: (c) =>
    `Kolom ${c.header} (tabel ${c.tableName}) is overgedragen aan Klant Inzicht en dat staat in Instellingen: ook Sorteer werkmap en de opdrachtregel gebruiken hem voortaan.`,
  keptNow: (c) =>
    `Kolom ${c.header} (tabel ${c.tableName}) blijft van u; dat staat in Instellingen, dus Klant Inzicht vraagt het niet opnieuw.`,
  sheet: (name, overview) =>
    `Blad "${name}" is van u: Klant Inzicht maakt het nooit leeg en zet zijn overzicht op blad "${overview}".`,
};

const en: AdoptMessages = {
  title: 'Your columns with a Klant Inzicht name',
  intro:
    "These columns are named like one of Klant Inzicht's, but they hold your own data. Klant Inzicht does not write in them until you hand one over.",
  where: (c) => `Sheet ${c.sheet}, table ${c.tableName}, column ${c.header}.`,
  instead: (c) =>
    c.own
      ? `Klant Inzicht uses its own column "${c.own}" beside it instead.`
      : 'Setting up adds a column of its own beside it, under a name that does not collide.',
  kept: 'You chose to keep this column (recorded in Settings).',
  handOverMeans: {
    order:
      'Hand over: Klant Inzicht writes the sort order into it (1, 2, 3 …) on every sort; what it holds now is replaced.',
    step: 'Hand over: Klant Inzicht writes the next step into it; what you typed yourself stays.',
    formula: 'Hand over: Klant Inzicht puts its formula in it; values you typed stay instead of the formula.',
  },
  handOver: (c) => `Hand "${c.header}" over to Klant Inzicht`,
  keep: (c) => `Keep "${c.header}" mine`,
  busy: 'Recording…',
  handedOver: (c) =>
    `Column ${c.header} (table ${c.tableName}) is handed over to Klant Inzicht, recorded in Settings: Sort workbook and the command line use it from now on.`,
  keptNow: (c) =>
    `Column ${c.header} (table ${c.tableName}) stays yours, recorded in Settings, so Klant Inzicht will not ask again.`,
  sheet: (name, overview) =>
    `Sheet "${name}" is yours: Klant Inzicht never clears it and puts its overview on sheet "${overview}".`,
};

export const ADOPT_TEXT: Record<Language, AdoptMessages> = { nl, en };
