/**
 * Vandaag's thank-you drafts (only when Instellingen asks for them): a customer who paid on time
 * after paying late before gets a short note to copy; "sent" logs it in Contact with the note's
 * subject, by which the core knows the customer was thanked. Loaded lazily: most traders keep the
 * setting off, and Vandaag is in the pane's first download.
 */
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import { thankYouCandidates, thankYouDraft } from '../../domain/payment/thankYou';
import { formatList } from '../../domain/reminders/format';
import { useStore, useWrite } from '../data/store';
import { useT } from '../i18n';
import { LETTER_TEXT } from '../i18n/letters';
import { useLayout } from './layout';
import { WriteStatus } from './WriteStatus';

export default function ThankYouNotes() {
  const { f } = useT();
  const { ledger, today } = useStore();
  const l = useLayout();
  const write = useWrite();
  const [copied, setCopied] = useState<{ customer: string; ok: boolean } | undefined>();
  if (!ledger) return null;
  const text = LETTER_TEXT[f.language];
  const settings = ledger.settings;
  const signature = [settings.senderName?.trim(), settings.companyName.trim()]
    .filter((s, i, all): s is string => !!s && all.indexOf(s) === i)
    .join('\n');
  const notes = thankYouCandidates(ledger, today).map((candidate) => ({
    candidate,
    draft: thankYouDraft(
      candidate,
      candidate.customer.language ?? settings.language,
      settings.tone,
      signature,
    ),
  }));
  if (notes.length === 0 && write.state.kind === 'idle') return null;

  const copy = async (customer: string, value: string) => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied({ customer, ok: true });
    } catch {
      setCopied({ customer, ok: false });
    }
  };

  return (
    <section className={l.section} aria-labelledby="today-thanks">
      <h3 id="today-thanks" className={l.h3}>
        {text.thanksTitle}
      </h3>
      <p className={l.muted}>{text.thanksHelp}</p>
      <ul className={l.list}>
        {notes.map(({ candidate, draft }) => {
          const number = candidate.customer.number;
          const invoices = formatList(candidate.invoiceNumbers, f.language);
          return (
            <li key={number} className={l.item}>
              <span className={l.strong}>{candidate.customer.name}</span>
              <p className={l.strong}>{draft.subject}</p>
              <pre className={l.pre}>{draft.body}</pre>
              <div className={l.row}>
                <Button
                  size="small"
                  aria-label={`${text.thanksCopy}: ${candidate.customer.name}`}
                  onClick={() => void copy(number, `${draft.subject}\n\n${draft.body}`)}
                >
                  {text.thanksCopy}
                </Button>
                <Button
                  size="small"
                  appearance="primary"
                  aria-label={`${text.thanksSent}: ${candidate.customer.name}`}
                  disabled={write.busy}
                  onClick={() =>
                    void write.run(
                      (ops, book) =>
                        ops.appendContact(book, {
                          date: today,
                          customerNumber: number,
                          channel: 'email',
                          summary: `${draft.subject} (${invoices})`,
                        }),
                      text.thanksDone(candidate.customer.name),
                    )
                  }
                >
                  {text.thanksSent}
                </Button>
              </div>
              {copied?.customer === number && (
                <MessageBar intent={copied.ok ? 'success' : 'error'} role="status">
                  <MessageBarBody>{copied.ok ? text.thanksCopied : text.thanksCopyFailed}</MessageBarBody>
                </MessageBar>
              )}
            </li>
          );
        })}
      </ul>
      <WriteStatus state={write.state} />
    </section>
  );
}
