/** Progress and result of a write, right under the form that made it. */
import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { WriteState } from '../data/store';
import { useT } from '../i18n';
import { ErrorBar } from './ErrorBar';

export function WriteStatus({ state, busyLabel }: { state: WriteState; busyLabel?: string }) {
  const { t } = useT();
  switch (state.kind) {
    case 'idle':
      return null;
    case 'busy':
      return <Spinner size="tiny" label={busyLabel ?? t.common.saving} />;
    case 'done':
      return (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            {typeof state.message === 'string' ? state.message : state.message(t)}
          </MessageBarBody>
        </MessageBar>
      );
    case 'failed':
      return (
        <ErrorBar title={t.common.writeFailed} error={state.error} action={t.common.writeFailedAction} />
      );
  }
}
