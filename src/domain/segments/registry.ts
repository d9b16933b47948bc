/**
 * The ladder's one door to segments. The rules' reader and evaluator (segments.ts and what it
 * imports) register here when loaded, so the plan does not carry them in the task pane's first
 * download: the workbook loads them when its Instellingen has segment rows (settingsSegments.ts),
 * the Settings view when it edits them, the core's index always. Settings with segments while
 * nothing registered is an error, never a silent "no segment".
 */
import type { IsoDate } from '../dates';
import { DomainError, requireObject } from '../errors';
import type { LedgerIndex } from '../ledger';
import type { Customer, DunningStep, Settings } from '../model';

export interface SegmentRules {
  /** Checks the settings' segments; throws a DomainError naming the first bad one. */
  check(settings: Settings): void;
  /** The customer's segment today: its name and its own ladder, if any. */
  of(
    index: LedgerIndex,
    settings: Settings,
    today: IsoDate,
    customer: Customer,
  ): { name: string; ladder?: readonly DunningStep[] } | undefined;
}

let rules: SegmentRules | undefined;

export function registerSegmentRules(r: SegmentRules): void {
  rules = r;
}

/** The registered rules when the settings define segments; undefined without segments. */
export function segmentRules(settings: Settings): SegmentRules | undefined {
  requireObject(settings, 'settings');
  if (!settings.segments || settings.segments.length === 0) return undefined;
  if (!rules) {
    throw new DomainError(
      'unsupported',
      'the settings define segments but their rules are not loaded (import src/domain/segments)',
      { path: 'settings.segments' },
    );
  }
  return rules;
}
