/**
 * One ladder step checked field by field without zod: the same rules as model.ts's
 * dunningStepSchema (a test holds the two to the same verdict, output and first failing field), so
 * ladderOf, on the pane's first view, does not pull zod into the first download. The schema stays
 * the one source the workbook's reader parses with.
 */
import type { DunningStep, DunningStepKind, StepChannel } from '../model';

export type StepParse =
  { ok: true; step: DunningStep } | { ok: false; path: readonly string[]; message: string };

const KINDS: readonly DunningStepKind[] = ['friendly', 'second', 'final', 'collection'];
const CHANNELS: readonly StepChannel[] = ['email', 'letter', 'phone', 'whatsapp', 'sms', 'statement'];

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isTermDays = (v: unknown): v is number =>
  Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= 365;

function oneOf<T extends string>(values: readonly T[], v: unknown): v is T {
  return typeof v === 'string' && (values as readonly string[]).includes(v);
}

/** The step as dunningStepSchema would give it (trimmed id, offerPaymentPlan defaulted, other keys dropped). */
export function parseStep(raw: unknown): StepParse {
  const fail = (path: string[], message: string): StepParse => ({ ok: false, path, message });
  if (!isPlainObject(raw)) return fail([], 'expected a step as an object');
  // Fields in the schema's order, so the first failure named is the one zod names first.
  const id = typeof raw.id === 'string' ? raw.id.trim() : undefined;
  if (id === undefined) return fail(['id'], 'expected the step id as text');
  if (id.length === 0) return fail(['id'], 'expected a step id, got blank text');
  if (!oneOf(KINDS, raw.kind)) return fail(['kind'], `expected one of ${KINDS.join(', ')}`);
  if (!isTermDays(raw.afterDays)) return fail(['afterDays'], 'expected whole days from 0 to 365');
  if (!isTermDays(raw.newTermDays)) return fail(['newTermDays'], 'expected whole days from 0 to 365');
  const offer = raw.offerPaymentPlan ?? false;
  if (raw.offerPaymentPlan === null || typeof offer !== 'boolean')
    return fail(['offerPaymentPlan'], 'expected true or false');
  const step: DunningStep = {
    id,
    kind: raw.kind,
    afterDays: raw.afterDays,
    newTermDays: raw.newTermDays,
    offerPaymentPlan: offer,
  };
  if ('channel' in raw) {
    if (raw.channel !== undefined && !oneOf(CHANNELS, raw.channel))
      return fail(['channel'], `expected one of ${CHANNELS.join(', ')}`);
    step.channel = raw.channel;
  }
  return { ok: true, step };
}
