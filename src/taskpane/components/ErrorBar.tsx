/** An error shown where it happened: what went wrong, the detail, and what to do about it. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Language } from '../../domain/model';
import { errorText } from '../../workbook/errorText';
import { useT } from '../i18n';

/**
 * A sentence for any error a write or read may raise, in the pane's language by the error's code
 * (Excel's own text is English), with its place in the workbook when known.
 */
export function describeError(error: unknown, language: Language): string {
  return errorText(error, language);
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
