import {
  Button,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Textarea,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { DunningGroup } from '../../domain/dunning';
import type { ContactChannel } from '../../domain/model';
import {
  draftReminder,
  mailtoLink,
  type DraftReminderInput,
  type ReminderDraft,
} from '../../domain/reminders';
import { PaymentQr } from '../components/PaymentQr';
import { FreeChannels } from '../components/FreeChannels';
import { LetterActions } from '../components/LetterActions';
import { reminderInput } from '../../domain/actions';
import { indexLedger } from '../../domain/ledger';
import { reminderSent } from '../data/operations';
import { useStore, useWrite } from '../data/store';
import { useT } from '../i18n';
import { useNav } from '../nav';
import { useLayout } from '../components/layout';
import { ViewHeading } from '../components/ViewHeading';
import { WriteStatus } from '../components/WriteStatus';
import { ErrorBar } from '../components/ErrorBar';
import { stepLabel } from './common';
import { useFitSelect } from '../components/pickers';

const CHANNELS: readonly ContactChannel[] = [
  'email',
  'letter',
  'phone',
  'whatsapp',
  'sms',
  'meeting',
  'other',
];
const keyOf = (g: DunningGroup) => `${g.customerNumber}\u0000${g.step.id}`;

export function ReminderView() {
  const { t } = useT();
  const { derived, ledger } = useStore();
  const { route } = useNav();
  const l = useLayout();
  const fit = useFitSelect();
  const plan = derived?.plan ?? [];
  const initial =
    plan.find(
      (g) =>
        g.customerNumber === route.customerNumber &&
        (route.stepId === undefined || g.step.id === route.stepId),
    ) ?? plan[0];
  const [chosen, setChosen] = useState(initial ? keyOf(initial) : '');
  const group = plan.find((g) => keyOf(g) === chosen) ?? plan[0];
  // Owned here, not by the editor: after "mark as sent" the group leaves today's plan and the
  // editor unmounts, but the confirmation must stay.
  const write = useWrite();

  if (!ledger || !group) {
    return (
      <div className={l.stack}>
        <ViewHeading>{t.views.reminder}</ViewHeading>
        <WriteStatus state={write.state} />
        <p>{t.reminder.none}</p>
      </div>
    );
  }
  return (
    <div className={l.stack}>
      <ViewHeading>{t.views.reminder}</ViewHeading>
      <Field label={t.reminder.pick} className={fit.field}>
        <Select
          value={keyOf(group)}
          onChange={(_, d) => setChosen(d.value)}
          className={fit.root}
          select={{ className: fit.select }}
        >
          {plan.map((g) => (
            <option key={keyOf(g)} value={keyOf(g)}>
              {g.customer.name} — {stepLabel(g.step, t)}
            </option>
          ))}
        </Select>
      </Field>
      {/* Keyed: another customer or step starts a fresh draft. */}
      <ReminderEditor key={keyOf(group)} group={group} write={write} />
      <WriteStatus state={write.state} />
    </div>
  );
}

function ReminderEditor({ group, write }: { group: DunningGroup; write: ReturnType<typeof useWrite> }) {
  const { t, f } = useT();
  const { ledger, today } = useStore();
  const l = useLayout();
  const drafted = useMemo((): { draft: ReminderDraft; input: DraftReminderInput } | { error: unknown } => {
    if (!ledger) return { error: new Error('no ledger') };
    try {
      const input = reminderInput(group, indexLedger(ledger), ledger.settings, today);
      return { draft: draftReminder(input), input };
    } catch (error) {
      return { error };
    }
  }, [group, ledger, today]);
  const draft = 'draft' in drafted ? drafted.draft : undefined;
  const [subject, setSubject] = useState(draft?.subject ?? '');
  const [body, setBody] = useState(draft?.body ?? '');
  const [channel, setChannel] = useState<ContactChannel>('email');
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');

  if (!draft)
    return (
      <ErrorBar
        title={t.reminder.draftFailed}
        error={'error' in drafted ? drafted.error : undefined}
        action={t.reminder.draftFailedAction}
      />
    );

  const email = group.customer.email?.trim() ?? '';
  const link = mailtoLink({ to: email, subject, body, fallbackBody: draft.shortBody });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(`${subject}\n\n${body}`);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };
  const markSent = () =>
    write.run(
      (ops, book) => ops.markReminderSent(book, reminderSent(group, today, channel, subject)),
      t.reminder.sent(group.customer.name),
    );

  return (
    <div className={l.stack}>
      <div className={l.muted}>
        {t.reminder.step}: {stepLabel(group.step, t)} · {t.reminder.invoicesIncluded}:{' '}
        {group.invoices.map((a) => a.invoiceNumber).join(', ')} · {f.money(group.open)}
      </div>
      <div className={l.muted}>
        {t.reminder.to}: {email || t.common.none}
      </div>
      {!email && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.reminder.noEmail}</MessageBarBody>
        </MessageBar>
      )}
      {draft.warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.reminder.warnings}</MessageBarTitle>
            {draft.warnings.map((w) => (
              <div key={w.code}>{t.reminder.warningTexts[w.code]}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      <Field label={t.reminder.subject}>
        <Input value={subject} onChange={(_, d) => setSubject(d.value)} />
      </Field>
      <Field label={t.reminder.body}>
        <Textarea value={body} onChange={(_, d) => setBody(d.value)} resize="vertical" rows={12} />
      </Field>
      <section aria-labelledby="reminder-preview" className={l.item}>
        <h3 id="reminder-preview" className={l.h3}>
          {t.reminder.preview}
        </h3>
        <p className={l.strong}>{subject}</p>
        <pre className={l.pre}>{body}</pre>
      </section>
      {'input' in drafted && ledger && (
        <PaymentQr
          settings={ledger.settings}
          customerNumber={group.customerNumber}
          invoices={drafted.input.invoices}
          language={draft.language}
        />
      )}
      <div className={l.row}>
        <Button onClick={() => void copy()}>{t.reminder.copy}</Button>
        <Link href={link.href} target="_blank" rel="noopener">
          {t.reminder.openMail}
        </Link>
      </div>
      {copyState === 'copied' && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{t.reminder.copied}</MessageBarBody>
        </MessageBar>
      )}
      {copyState === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{t.reminder.copyFailed}</MessageBarBody>
        </MessageBar>
      )}
      {link.truncated && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t.reminder.truncated}</MessageBarBody>
        </MessageBar>
      )}
      <p className={l.muted}>{t.reminder.markSentHelp}</p>
      <div className={l.row}>
        <Field label={t.reminder.channel} className={l.grow}>
          <Select value={channel} onChange={(_, d) => setChannel(d.value as ContactChannel)}>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t.reminder.channels[c]}
              </option>
            ))}
          </Select>
        </Field>
        <Button appearance="primary" disabled={write.busy} onClick={() => void markSent()}>
          {t.reminder.markSent}
        </Button>
      </div>
      {'input' in drafted && (
        <LetterActions group={group} input={drafted.input} draft={draft} write={write} />
      )}
      {'input' in drafted && <FreeChannels group={group} input={drafted.input} draft={draft} write={write} />}
    </div>
  );
}
