import type { Bilingual } from './exitCodes';
import { failureLanguage } from './failures';
import type { CliIo } from './io';

export interface Progress {
  /** A step's label in both languages; printed in the workbook's language as known by then. */
  step(label: Bilingual): void;
  done(): void;
}

/**
 * The first step of every command: the file's name only. It is printed before the workbook is
 * opened, when its language is not known yet, so it carries no word of either language.
 */
export function opening(file: string): Bilingual {
  return { nl: `${file} …`, en: `${file} …` };
}

/** Step-by-step progress on stderr, only on a terminal or with --progress; silent otherwise. */
export function progress(io: CliIo, forced: boolean, total: number): Progress {
  const on = forced || io.stderrIsTty;
  let n = 0;
  let started = 0;
  return {
    step(label) {
      if (!on) return;
      n += 1;
      if (started === 0) started = performance.now();
      io.stderr(`[${n}/${total}] ${label[failureLanguage()]}\n`);
    },
    done() {
      if (!on) return;
      const ms = Math.round(performance.now() - started);
      io.stderr(failureLanguage() === 'en' ? `done in ${ms} ms\n` : `klaar in ${ms} ms\n`);
    },
  };
}
