/** An error shown where it happened: what went wrong, the detail, and what to do about it. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Language } from '../../domain/model';
import { useT } from '../i18n';

type ErrorText = (error: unknown, language: Language) => string;

// The texts for every error by reason and Office code are a chunk of their own: the pane's first
// view rarely shows one, and the frame fetches them right after it (preloadErrorTexts).
let errorText: ErrorText | undefined;
let pending: Promise<ErrorText> | undefined;

function loadErrorText(): Promise<ErrorText> {
  pending ??= import(/* webpackChunkName: "error-text" */ '../../workbook/errorText').then(
    (m) => (errorText = m.errorText),
    (e: unknown) => {
      // A failed download may succeed on the next error shown (a flaky connection).
      pending = undefined;
      throw e;
    },
  );
  return pending;
}

/** Fetches the error texts ahead of the first error, so it shows its detail at once. */
export function preloadErrorTexts(): void {
  loadErrorText().catch(() => undefined);
}

/**
 * A sentence for any error a write or read may raise, in the pane's language by the error's code
 * (Excel's own text is English), with its place in the workbook when known.
 */
export async function describeError(error: unknown, language: Language): Promise<string> {
  return (await loadErrorText())(error, language);
}

/**
 * The error texts once they are here. Should they fail to arrive, the error's own message is
 * better than none (a located row problem's is written for the person already).
 */
function useErrorText(): ErrorText | undefined {
  const [text, setText] = useState<ErrorText | undefined>(() => errorText);
  useEffect(() => {
    if (text) return undefined;
    let live = true;
    loadErrorText().then(
      (loaded) => live && setText(() => loaded),
      () => live && setText(() => rawMessage),
    );
    return () => {
      live = false;
    };
  }, [text]);
  return text;
}

function rawMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function ErrorBar({ title, error, action }: { title: string; error?: unknown; action?: string }) {
  const { t, f } = useT();
  const text = useErrorText();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {error !== undefined && text && <div>{text(error, f.language)}</div>}
        {action && (
          <div>
            <strong>{t.common.whatToDo}</strong> {action}
          </div>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
