import type { Change } from '../../../workbook/book';
import type { Step } from '../batching';
import type { ApiFeature } from '../officeApi';
import type { Preflight, SheetState, TableState } from '../state';

export type ChangeKind = Change['kind'];
export type ChangeOf<K extends ChangeKind> = Extract<Change, { kind: K }>;

/**
 * A write plan in progress: the steps queued so far and the workbook as they will leave it
 * (sheets, tables, charts and names added by earlier changes of the same batch).
 */
export interface Plan {
  readonly steps: Step[];
  readonly sheets: Map<string, SheetState>;
  readonly tables: Map<string, TableState>;
  readonly charts: Set<string>;
  readonly names: Set<string>;
  readonly pre: Preflight;
  /** Largest estimated request in bytes. */
  readonly budget: number;
  supports(feature: ApiFeature): boolean;
}

/** Checks one change against the plan (throwing a refusal) and queues its writes. Writes nothing. */
export type Handler<K extends ChangeKind> = (plan: Plan, change: ChangeOf<K>) => void;
