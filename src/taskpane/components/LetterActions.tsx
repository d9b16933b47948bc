/**
 * The reminder as a letter on paper, for the 14-day letter and the final notice: a PDF for a
 * window envelope (pdf-lib loads only when asked), and "sent by post", which logs the step in
 * Contact with channel letter, so the ladder counts the term from a letter's receipt.
 */
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import type { DunningGroup } from '../../domain/dunning';
import { letterContent, letterKind, type LetterContent } from '../../domain/letters';
import type { DraftReminderInput, ReminderDraft } from '../../domain/reminders';
import { reminderSent } from '../data/operations';
import { useStore, type useWrite } from '../data/store';
import { useT } from '../i18n';
import { LETTER_TEXT } from '../i18n/letters';
import { ErrorBar } from './ErrorBar';
import { useLayout } from './layout';

type Download = { state: 'idle' | 'busy' | 'failed' } | { state: 'done'; fileName: string };

function saveFile(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // The browser starts the download from the link first; the URL can go a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function LetterActions(props: {
  group: DunningGroup;
  input: DraftReminderInput;
  draft: ReminderDraft;
  write: ReturnType<typeof useWrite>;
}) {
  const { group, input, draft, write } = props;
  const { f } = useT();
  const { ledger, today } = useStore();
  const l = useLayout();
  const [download, setDownload] = useState<Download>({ state: 'idle' });
  const text = LETTER_TEXT[f.language];
  const kind = letterKind(input);
  const customer = ledger?.customers.find((c) => c.number === group.customerNumber);
  if (!ledger || !customer || kind === 'reminder') return null;
  let content: LetterContent;
  try {
    content = letterContent({ input, draft, customer, settings: ledger.settings, today });
  } catch (error) {
    return <ErrorBar title={text.title} error={error} />;
  }
  const missing = content.address.missing;

  const makePdf = async () => {
    setDownload({ state: 'busy' });
    try {
      const { letterPdf } = await import(/* webpackChunkName: "letter-pdf" */ '../../pdf/letterPdf');
      const fileName = text.fileName(group.customerNumber, today);
      saveFile(await letterPdf(content, today), fileName);
      setDownload({ state: 'done', fileName });
    } catch {
      setDownload({ state: 'failed' });
    }
  };
  const posted = () =>
    write.run(
      (ops, book) =>
        ops.markReminderSent(book, reminderSent(group, today, 'letter', text.postedSummary(draft.subject))),
      text.postedDone(group.customer.name),
    );

  return (
    <section aria-labelledby="letter-by-post" className={l.stack}>
      <h3 id="letter-by-post" className={l.h3}>
        {text.title}
      </h3>
      <p className={l.muted}>{text.help[kind]}</p>
      {missing.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{text.noAddress(missing.map((m) => text.fields[m]).join(', '))}</MessageBarBody>
        </MessageBar>
      )}
      <div className={l.row}>
        <Button disabled={missing.length > 0 || download.state === 'busy'} onClick={() => void makePdf()}>
          {download.state === 'busy' ? text.downloading : text.download}
        </Button>
        <Button disabled={write.busy || missing.length > 0} onClick={() => void posted()}>
          {text.posted}
        </Button>
      </div>
      {download.state === 'done' && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{text.downloaded(download.fileName)}</MessageBarBody>
        </MessageBar>
      )}
      {download.state === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{text.downloadFailed}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
