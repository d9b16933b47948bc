/**
 * Where each part of the settings came from in Instellingen, so that a problem only the settings
 * schema finds (a rate row left incomplete, a term out of range) is named at its row like every
 * other, and said in both languages (zod's own messages are English and name the field path).
 */
import type { Why } from './cells';

type Bad = (why: Why) => void;

/** The schema's view of one problem (a zod issue, as much of it as is read here). */
interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  expected?: unknown;
  maximum?: unknown;
  minimum?: unknown;
  values?: readonly unknown[];
}

interface Place {
  /** The key as the person sees it ("rate.2", "Betaaltermijn zakelijk (dagen)"). */
  name: string;
  bad: Bad;
}

export class SettingsPlaces {
  private readonly at = new Map<string, Place>();

  /** The row that made the part at `path` (the first one when several did). */
  set(path: string, name: string, bad: Bad): void {
    if (!this.at.has(path)) this.at.set(path, { name, bad });
  }

  /**
   * Sends the issue to the row of the most specific part of its path that came from a row (a rate's
   * field, else the rate's first row, else the whole list's), or to `fallback` when none did.
   * `input` is what was handed to the schema: a part absent there is named as missing.
   */
  report(issue: SchemaIssue, input: Record<string, unknown>, fallback: Bad): void {
    const parts = issue.path.map(String);
    for (let n = parts.length; n > 0; n--) {
      const place = this.at.get(parts.slice(0, n).join('.'));
      if (!place) continue;
      const name = [place.name, ...parts.slice(n)].join('.');
      return place.bad(schemaWhy(issue, name, valueAt(input, parts)));
    }
    fallback(schemaWhy(issue, parts.join('.'), valueAt(input, parts)));
  }
}

function valueAt(input: unknown, path: readonly string[]): unknown {
  let v = input;
  for (const p of path)
    v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[p] : undefined;
  return v;
}

const say = (nl: string, en: string): Why => ({ code: 'invalid-setting', nl, en });

/** The issue in both languages, about the key `name`. */
function schemaWhy(issue: SchemaIssue, name: string, value: unknown): Why {
  if (value === undefined) return say(`${name} ontbreekt`, `${name} is missing`);
  switch (issue.code) {
    case 'too_big':
      return say(`${name}: hoogstens ${String(issue.maximum)}`, `${name}: at most ${String(issue.maximum)}`);
    case 'too_small':
      return typeof value === 'string'
        ? say(`${name} is leeg`, `${name} is empty`)
        : say(`${name}: minstens ${String(issue.minimum)}`, `${name}: at least ${String(issue.minimum)}`);
    case 'invalid_value': {
      const values = (issue.values ?? []).map(String).join(', ');
      return say(`${name}: verwacht een van ${values}`, `${name}: expected one of ${values}`);
    }
    case 'invalid_type':
      if (issue.expected === 'number' || issue.expected === 'int')
        return say(`${name}: verwacht een getal`, `${name}: expected a number`);
      return say(`${name} is ongeldig`, `${name} is invalid`);
    default:
      return say(`${name} is ongeldig`, `${name} is invalid (${issue.message})`);
  }
}
