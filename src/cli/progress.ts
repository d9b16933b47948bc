import type { CliIo } from './io';

export interface Progress {
  step(label: string): void;
  done(): void;
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
      io.stderr(`[${n}/${total}] ${label}\n`);
    },
    done() {
      if (!on) return;
      io.stderr(`klaar in ${Math.round(performance.now() - started)} ms\n`);
    },
  };
}
