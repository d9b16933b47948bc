/**
 * One statement line in the bank import's preview: what the bank says, the flags the matcher
 * raised, and its proposals to choose from (or not to book it at all).
 */
import { Badge, Radio, RadioGroup } from '@fluentui/react-components';
import { useId } from 'react';
import type { ImportEntry } from '../../workbook/operations/importStatement';
import { useT } from '../i18n';
import type { BankImportMessages } from '../i18n/bankImport';
import { useLayout } from '../components/layout';
import { cents } from '../../domain/money';

const NONE = 'none';

export function EntryItem({
  entry: e,
  b,
  chosen,
  onChoose,
}: {
  entry: ImportEntry;
  b: BankImportMessages;
  chosen: number | undefined;
  onChoose(index: number | undefined): void;
}) {
  const { f } = useT();
  const l = useLayout();
  const labelId = useId();
  const reason = (r: ImportEntry['notes'][number]) => b.reasons[r.code](r.params, (c) => f.money(cents(c)));
  return (
    <li className={l.item}>
      <div className={l.between}>
        <span id={labelId} className={l.strong}>
          {f.date(e.bookingDate)} · {e.counterpartyName ?? e.counterpartyIban ?? '—'}
        </span>
        <span>{f.money(e.amountCents)}</span>
      </div>
      {(e.remittance || e.reference) && (
        <span className={l.muted}>{[e.reference, e.remittance].filter(Boolean).join(' · ')}</span>
      )}
      {e.flags.length > 0 && (
        <div className={l.row}>
          {e.flags.map((flag) => (
            <Badge
              key={flag}
              appearance="tint"
              color={
                flag === 'already-imported' || flag === 'debit-ignored' || flag === 'ignored'
                  ? 'informative'
                  : 'warning'
              }
            >
              {b.flags[flag]}
            </Badge>
          ))}
        </div>
      )}
      {e.proposals.length === 0 ? (
        <span className={l.muted}>
          {e.outcome === 'already-imported'
            ? b.importedBefore
            : e.notes.map(reason).join(' · ') || b.noProposal}
        </span>
      ) : (
        <RadioGroup
          aria-labelledby={labelId}
          value={chosen === undefined ? NONE : String(chosen)}
          onChange={(_, d) => onChoose(d.value === NONE ? undefined : Number(d.value))}
        >
          {e.proposals.map((p) => (
            <Radio
              key={p.index}
              value={String(p.index)}
              label={
                <span>
                  {[
                    ...p.allocations.map(
                      (a) =>
                        `${a.invoiceNumber || a.customerName || a.customerNumber} ${f.money(a.amountCents)}`,
                    ),
                    ...(p.unallocatedCents > 0 ? [b.unallocated(f.money(p.unallocatedCents))] : []),
                  ].join(' + ') || b.noProposal}{' '}
                  — {b.confidence(p.confidence)}
                  <br />
                  <span className={l.muted}>{[p.reason, ...p.flags].map(reason).join(' · ')}</span>
                </span>
              }
            />
          ))}
          <Radio value={NONE} label={b.dontBook} />
        </RadioGroup>
      )}
    </li>
  );
}
