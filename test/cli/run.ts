/** The CLI as a person runs it: bin/klant-inzicht.mjs in a separate node process. */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '../..');
export const BIN = join(ROOT, 'bin/klant-inzicht.mjs');

export interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], options: { nodeArgs?: string[]; env?: NodeJS.ProcessEnv } = {}): Run {
  const r: SpawnSyncReturns<string> = spawnSync(
    process.execPath,
    [...(options.nodeArgs ?? []), BIN, ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ...options.env },
      maxBuffer: 64 << 20,
    },
  );
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the CLI without waiting; for tests that stop or kill it. */
export function cliProcess(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawn(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: 'pipe',
  });
}

/** The process state letter from /proc (R running, S sleeping, T stopped, Z zombie). */
export function processState(pid: number): string | undefined {
  try {
    return /^\d+ \(.*\) (\w)/.exec(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}

/** Polls a visible condition until it holds (the test's own timeout bounds the wait). */
export async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((r) => setTimeout(r, 25));
}

/** No stack frame ("    at f (file:1:2)") in a person's output. */
export const STACK_FRAME = /^\s+at .+[:(]/m;
