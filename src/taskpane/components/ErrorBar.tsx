/** An error shown where it happened: what went wrong, the detail, and what to do about it. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { DomainError } from '../../domain/errors';
import type { Language } from '../../domain/model';
import { OfficeHostError } from '../../hosts/office/errors';
import { hostErrorText } from '../../hosts/office/messages';
import { useT } from '../i18n';

/** A sentence for any error a write or read may raise, with its place in the workbook when known. */
export function describeError(error: unknown, language: Language): string {
  // Excel's refusals by their code, in the pane's language (the host's own text is English).
  if (error instanceof OfficeHostError) return hostErrorText(error, language);
  if (error instanceof DomainError) {
    const w = error.where;
    const place = [
      w.sheet,
      w.row !== undefined ? (language === 'nl' ? `rij ${w.row}` : `row ${w.row}`) : undefined,
      w.column,
    ]
      .filter((x) => x !== undefined && x !== '')
      .join(', ');
    return place ? `${error.message} (${place})` : error.message;
  }
  if (error instanceof Error) {
    const code = (error as Error & { code?: unknown }).code;
    return typeof code === 'string' && !error.message.includes(code)
      ? `${error.message} (${code})`
      : error.message;
  }
  return String(error);
}

export function ErrorBar({ title, error, action }: { title: string; error?: unknown; action?: string }) {
  const { t, f } = useT();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {error !== undefined && <div>{describeError(error, f.language)}</div>}
        {action && (
          <div>
            <strong>{t.common.whatToDo}</strong> {action}
          </div>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
