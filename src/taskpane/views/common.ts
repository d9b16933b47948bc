/** Small helpers the views share: which rows are still receivable, and a row's next ladder step in words. */
import type { DunningStep } from '../../domain/model';
import { RECEIVABLE_KINDS } from '../../domain/status';
import type { Derived, InvoiceRow } from '../data/derive';
import type { Formatters, Messages } from '../i18n';

export function receivable(row: InvoiceRow): boolean {
  return row.status !== undefined && RECEIVABLE_KINDS.includes(row.status.kind) && row.status.open > 0;
}

export function receivableRows(derived: Derived | undefined): InvoiceRow[] {
  return (derived?.rows ?? []).filter(receivable);
}

export function stepLabel(step: Pick<DunningStep, 'kind'>, t: Messages): string {
  return t.steps[step.kind];
}

export function nextStepText(row: InvoiceRow, t: Messages, f: Formatters): string {
  const d = row.dunning;
  if (!d) return t.common.none;
  switch (d.kind) {
    case 'due':
      return t.dunning.due(stepLabel(d.action.step, t));
    case 'waiting':
      return t.dunning.waiting(stepLabel(d.next, t), f.date(d.dueOn));
    case 'paused':
      return d.why === 'disputed' ? t.dunning.pausedDisputed : t.dunning.pausedArrangement;
    case 'sent-today':
      return t.dunning.sentToday;
    case 'completed':
      return t.dunning.completed;
    case 'not-applicable':
      return t.dunning.notApplicable;
  }
}
