/** What the CLI needs from the outside world; tests pass their own. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stderr is a terminal (progress is shown only then, or with --progress). */
  stderrIsTty: boolean;
  /** Today as YYYY-MM-DD, when --today is not given. Only the entry point reads the clock. */
  today(): string;
}

/** An in-memory CliIo for tests. */
export function bufferIo(
  today = '2025-06-30',
  stderrIsTty = false,
): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    stderrIsTty,
    today: () => today,
  };
}
