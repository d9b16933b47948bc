/**
 * The reminder's free channels: a WhatsApp link and text, an SMS text with its size, and a call
 * script, each copyable and each to be marked as done, which logs the step in Contact with its
 * channel. Nothing is sent from here: a link opens WhatsApp with the text for the person to send.
 */
import { Button, Link, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import type { DunningGroup } from '../../domain/dunning';
import type { ContactChannel } from '../../domain/model';
import { channelDrafts } from '../../domain/payment/channels';
import type { DraftReminderInput, ReminderDraft } from '../../domain/reminders';
import { reminderSent } from '../data/operations';
import { useStore, useWrite } from '../data/store';
import { useT } from '../i18n';
import { CHANNEL_NAMES } from '../i18n/channelNames';
import { CHANNEL_TEXT } from '../i18n/channels';
import { ErrorBar } from './ErrorBar';
import { useLayout } from './layout';

type Free = Extract<ContactChannel, 'whatsapp' | 'sms' | 'phone'>;

export function FreeChannels(props: {
  group: DunningGroup;
  input: DraftReminderInput;
  draft: ReminderDraft;
  write: ReturnType<typeof useWrite>;
}) {
  const { group, input, draft, write } = props;
  const { f } = useT();
  const { ledger, today } = useStore();
  const l = useLayout();
  const text = CHANNEL_TEXT[f.language];
  const [copied, setCopied] = useState<{ channel: Free; ok: boolean } | undefined>();
  if (!ledger) return null;
  let drafts: ReturnType<typeof channelDrafts>;
  try {
    drafts = channelDrafts({
      step: group.step,
      customer: group.customer,
      invoices: input.invoices,
      newTermUntil: input.newTermUntil,
      language: draft.language,
      tone: draft.tone,
      settings: ledger.settings,
    });
  } catch (error) {
    return <ErrorBar title={text.title} error={error} />;
  }

  const copy = async (channel: Free, value: string) => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied({ channel, ok: true });
    } catch {
      setCopied({ channel, ok: false });
    }
  };
  const markDone = (channel: Free, summary: string) =>
    write.run(
      (ops, book) => ops.markReminderSent(book, reminderSent(group, today, channel, summary)),
      text.done(group.customer.name, CHANNEL_NAMES[f.language][channel]),
    );
  const block = (channel: Free, title: string, body: string, extra: React.ReactNode) => (
    <section aria-labelledby={`channel-${channel}`} className={l.item}>
      <h4 id={`channel-${channel}`} className={l.h3}>
        {title}
      </h4>
      {extra}
      <pre className={l.pre}>{body}</pre>
      <div className={l.row}>
        <Button onClick={() => void copy(channel, body)}>
          {text.copy}: {title}
        </Button>
        <Button disabled={write.busy} onClick={() => void markDone(channel, `${title}: ${draft.subject}`)}>
          {text.markDone}: {title}
        </Button>
      </div>
      {copied?.channel === channel && (
        <MessageBar intent={copied.ok ? 'success' : 'error'} role="status">
          <MessageBarBody>{copied.ok ? text.copied : text.copyFailed}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );

  return (
    <section aria-labelledby="free-channels" className={l.stack}>
      <h3 id="free-channels" className={l.h3}>
        {text.title}
      </h3>
      <p className={l.muted}>{text.help}</p>
      {block(
        'whatsapp',
        text.whatsapp,
        drafts.text,
        drafts.whatsapp.ok ? (
          <Link href={drafts.whatsapp.href} target="_blank" rel="noopener">
            {text.openWhatsApp(drafts.whatsapp.digits)}
          </Link>
        ) : (
          <p className={l.muted}>{text.phoneProblem[drafts.whatsapp.problem]}</p>
        ),
      )}
      {block(
        'sms',
        text.sms,
        drafts.sms.text,
        <p className={l.muted}>
          {text.smsSize(drafts.sms.segments, drafts.sms.units, drafts.sms.encoding === 'gsm-7')}
          {drafts.sms.compact ? ` ${text.smsCompact}` : ''}
        </p>,
      )}
      {block('phone', text.call, drafts.callScript, null)}
    </section>
  );
}
