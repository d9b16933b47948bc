import type { DunningGroup } from '../../domain/dunning';
import { useT } from '../i18n';
import { SEGMENT_TODAY_TEXT } from '../i18n/segments';
import { useLayout } from '../components/layout';

/** The customer's segment and the step's suggested channel, when either is known; else nothing. */
export function TodaySegment({ group }: { group: DunningGroup }) {
  const { f } = useT();
  const l = useLayout();
  const m = SEGMENT_TODAY_TEXT[f.language];
  const parts = [
    group.segment !== undefined ? m.segment(group.segment) : undefined,
    group.step.channel !== undefined ? m.suggested(m.channels[group.step.channel]) : undefined,
  ].filter((x): x is string => x !== undefined);
  return parts.length > 0 ? <div className={l.muted}>{parts.join(' · ')}</div> : null;
}
