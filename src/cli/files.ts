/**
 * Opening and saving workbook files safely. Saving writes a temporary file beside the real file
 * (a symbolic link is followed, so the link stays a link and its target gets the new workbook) and
 * renames it over the original, so a crash leaves either the old or the new workbook, never half
 * of one; the same directory keeps the rename atomic (one file system). The temp file goes on every
 * exit path we get to run code on (errors, Ctrl-C, SIGTERM); one left by a kill -9 or a power cut
 * is found and removed by the next run.
 */
import { constants, unlinkSync } from 'node:fs';
import {
  access,
  chmod,
  mkdir,
  open,
  readdir,
  readFile,
  realpath,
  rename,
  stat,
  unlink,
  writeFile,
  type FileHandle,
} from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { XlsxBook, XlsxHostError } from '../hosts/xlsx/xlsxBook';
import { CliError, EXIT, XLSX_PROBLEM_EXIT, type Bilingual } from './exitCodes';
import {
  errnoOf,
  failureLanguage,
  noteWorkbookLanguage,
  noteWriting,
  noteWritten,
  outOfMemory,
  writeOutcome,
} from './failures';
import type { CliIo } from './io';
import { rememberCommentAuthors } from './lossGuard';
import { memoryShortfall, memoryVerdict, uncompressedSize, type Purpose } from './memoryBudget';

/**
 * The real file behind `path` (symbolic links followed), or `path` itself when it does not exist
 * yet (init creates it). A dangling link resolves to its target's path, so init creates the target.
 */
async function realFile(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (e) {
    if (errnoOf(e) !== 'ENOENT') throw e;
  }
  try {
    return join(await realpath(dirname(path)), basename(path));
  } catch {
    return path;
  }
}

function readFailure(e: unknown, path: string): never {
  const code = errnoOf(e);
  if (code === 'ENOENT')
    throw new CliError(EXIT.missingFile, {
      nl: `bestand niet gevonden: ${path}`,
      en: `file not found: ${path}`,
    });
  if (code === 'EACCES' || code === 'EPERM')
    throw new CliError(EXIT.lockedOrReadOnly, {
      nl: `geen toestemming om ${path} te lezen`,
      en: `no permission to read ${path}`,
    });
  if (code === 'EBUSY')
    throw new CliError(EXIT.lockedOrReadOnly, {
      nl: `${path} is vergrendeld door een ander programma`,
      en: `${path} is locked by another program`,
    });
  if (code === 'ELOOP')
    throw new CliError(EXIT.missingFile, {
      nl: `${path} is een kring van snelkoppelingen (symbolische links) zonder echt bestand`,
      en: `${path} is a loop of symbolic links with no real file`,
    });
  throw e;
}

/**
 * Opens a workbook; failures are clear messages, a workbook too large for the heap left is refused
 * before loading (for `purpose`: only reading it, or also saving it), and a temp file of an
 * interrupted save is cleaned up.
 */
export async function openWorkbookFile(
  path: string,
  io?: CliIo,
  purpose: Purpose = 'save',
): Promise<XlsxBook> {
  let bytes: Buffer;
  try {
    const s = await stat(path);
    if (s.isDirectory())
      throw new CliError(EXIT.notAWorkbook, {
        nl: `${path} is een map, geen .xlsx-werkmap`,
        en: `${path} is a folder, not an .xlsx workbook`,
      });
    bytes = await readFile(path);
  } catch (e) {
    if (e instanceof CliError) throw e;
    readFailure(e, path);
  }
  const xmlBytes = uncompressedSize(bytes);
  if (xmlBytes !== undefined) {
    const verdict = memoryVerdict(xmlBytes, purpose);
    if (!verdict.fits) {
      const o = outOfMemory(memoryShortfall(verdict));
      throw new CliError(o.exitCode, { nl: `${path} is ${o.text.nl}`, en: `${path} is ${o.text.en}` });
    }
  }
  let book: XlsxBook;
  try {
    book = await XlsxBook.fromBuffer(bytes);
  } catch (e) {
    // The host's refusals say in the workbook's language what is wrong and what to do.
    if (e instanceof XlsxHostError)
      throw new CliError(XLSX_PROBLEM_EXIT[e.problem], `${path}: ${e.message}`, String(e.cause ?? ''));
    throw e;
  }
  await noteWorkbookLanguage(book);
  await rememberCommentAuthors(book, bytes);
  if (io) await removeStaleTemps(path, io);
  return book;
}

/** Lock files Excel (~$name) and LibreOffice (.~lock.name#) leave while a workbook is open. */
function lockFileNames(path: string): string[] {
  const dir = dirname(path);
  const name = basename(path);
  const names = [`~$${name}`, `.~lock.${name}#`];
  if (name.length > 2) names.push(`~$${name.slice(2)}`);
  return names.map((n) => join(dir, n));
}

/** Fails with a clear message when the file is open elsewhere, read-only, or its folder is. */
export async function assertWritable(path: string): Promise<void> {
  const real = await realFile(path);
  // Excel puts its lock beside the name it opened, which may be the link or the target.
  for (const lock of [...new Set([...lockFileNames(path), ...lockFileNames(real)])]) {
    try {
      await access(lock);
      throw new CliError(EXIT.lockedOrReadOnly, {
        nl: `${path} is geopend in Excel of LibreOffice (vergrendelbestand ${basename(lock)}); sluit het en probeer het opnieuw`,
        en: `${path} is open in Excel or LibreOffice (lock file ${basename(lock)}); close it and try again`,
      });
    } catch (e) {
      if (e instanceof CliError) throw e;
    }
  }
  try {
    const s = await stat(real);
    // Respect a read-only mark even where the user could override it (root, Windows ACLs).
    if ((s.mode & 0o222) === 0)
      throw new CliError(EXIT.lockedOrReadOnly, {
        nl: `${path} is alleen-lezen`,
        en: `${path} is read-only`,
      });
    await access(real, constants.W_OK);
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = errnoOf(e);
    if (code !== 'ENOENT')
      throw new CliError(EXIT.lockedOrReadOnly, {
        nl: `${path} is niet beschrijfbaar (${code ?? 'onbekend'})`,
        en: `${path} is not writable (${code ?? 'unknown'})`,
      });
  }
  try {
    await access(dirname(real), constants.W_OK);
  } catch {
    throw new CliError(EXIT.lockedOrReadOnly, {
      nl: `kan niet schrijven in de map van ${path}`,
      en: `cannot write in the folder of ${path}`,
    });
  }
}

// ---------------------------------------------------------------- temp files

/** `.<name>.<pid>.<time>.tmp`: hidden, next to the real file, naming the process that wrote it. */
function tempName(real: string): string {
  return join(dirname(real), `.${basename(real)}.${process.pid}.${Date.now().toString(36)}.tmp`);
}

function tempPattern(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\.${escaped}\\.(\\d+)\\.[0-9a-z]+\\.tmp$`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return errnoOf(e) === 'EPERM';
  }
}

/**
 * Temp files of ours beside the workbook whose process is gone (a kill -9, a power cut): removed,
 * and said so. One whose process still runs is a save in progress: left alone.
 */
async function removeStaleTemps(path: string, io: CliIo): Promise<void> {
  const real = await realFile(path);
  const pattern = tempPattern(basename(real));
  let names: string[];
  try {
    names = await readdir(dirname(real));
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1] ?? NaN);
    if (!Number.isInteger(pid) || (pid !== process.pid && alive(pid))) continue;
    const en = failureLanguage() === 'en';
    try {
      await unlink(join(dirname(real), name));
      io.stderr(
        en
          ? `note: removed ${name}, a temporary file left by a save that was interrupted; the workbook itself was not affected\n`
          : `let op: ${name} verwijderd, een tijdelijk bestand van een onderbroken opslag; de werkmap zelf is niet geraakt\n`,
      );
    } catch {
      io.stderr(
        en
          ? `note: ${name} is a temporary file left by an interrupted save; it could not be removed, delete it yourself\n`
          : `let op: ${name} is een tijdelijk bestand van een onderbroken opslag; het kon niet worden verwijderd, verwijder het zelf\n`,
      );
    }
  }
}

/** Temp files being written now; removed if the process is told to stop before the rename. */
const pending = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
function onSignal(signal: NodeJS.Signals): void {
  for (const t of pending) {
    try {
      // Synchronous on purpose: the process ends right after this handler.
      unlinkSync(t);
    } catch {
      /* already gone */
    }
  }
  pending.clear();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.kill(process.pid, signal);
}
function track(temp: string): void {
  if (pending.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  pending.add(temp);
}
function untrack(temp: string): void {
  pending.delete(temp);
  if (pending.size === 0) for (const s of SIGNALS) process.removeListener(s, onSignal);
}

/** Where a test can stop the process with the temp file written and not yet renamed. */
const HOLD_BEFORE_RENAME = 'KLANT_INZICHT_TEST_STOP_BEFORE_RENAME';

/**
 * Writes `bytes` to `path` atomically: temp file beside the real file, flushed, then renamed over
 * it. The temp file is removed on every failure; ENOSPC and friends become clear messages, saying
 * what was written (failures.writeOutcome): `workbook` false for an output such as a letter.
 */
export async function saveAtomically(path: string, bytes: Uint8Array, workbook = true): Promise<void> {
  noteWriting(path, workbook);
  await assertWritable(path);
  const real = await realFile(path);
  const temp = tempName(real);
  let mode: number | undefined;
  try {
    mode = (await stat(real)).mode & 0o777;
  } catch {
    mode = undefined;
  }
  track(temp);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, 'wx', mode ?? 0o644);
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (mode !== undefined) await chmod(temp, mode);
    if (process.env[HOLD_BEFORE_RENAME] === '1') process.kill(process.pid, 'SIGSTOP');
    await rename(temp, real);
    noteWritten();
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    const code = errnoOf(e);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EBUSY') {
      const outcome = writeOutcome();
      throw new CliError(EXIT.lockedOrReadOnly, {
        nl: `kon ${path} niet vervangen (${code}); is het elders geopend? ${outcome.nl}`,
        en: `could not replace ${path} (${code}); is it open elsewhere? ${outcome.en}`,
      });
    }
    throw e;
  } finally {
    untrack(temp);
  }
}

// ---------------------------------------------------------------- outputs

/** An output the person asked for (--html, --out): a clear message instead of a stack trace. */
function outputError(e: unknown, what: string): never {
  const code = errnoOf(e);
  const outcome = writeOutcome({ failedNamed: true });
  const fail = (
    exit: typeof EXIT.missingFile | typeof EXIT.lockedOrReadOnly | typeof EXIT.usage,
    t: Bilingual,
  ) => {
    throw new CliError(exit, { nl: `${t.nl}; ${outcome.nl}`, en: `${t.en}; ${outcome.en}` });
  };
  if (code === 'ENOENT')
    fail(EXIT.missingFile, {
      nl: `kan ${what} niet schrijven: de map bestaat niet`,
      en: `cannot write ${what}: its folder does not exist`,
    });
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    fail(EXIT.lockedOrReadOnly, {
      nl: `kan ${what} niet schrijven: geen toestemming (${code})`,
      en: `cannot write ${what}: no permission (${code})`,
    });
  if (code === 'ENOTDIR' || code === 'EEXIST' || code === 'EISDIR')
    fail(EXIT.usage, {
      nl: `kan ${what} niet schrijven: er staat een bestand of map met die naam in de weg (${code})`,
      en: `cannot write ${what}: a file or folder of that name is in the way (${code})`,
    });
  throw e;
}

/** A report or draft: written whole or not at all (temp file and rename), never half on a full disk. */
export async function writeOutputFile(path: string, text: string): Promise<void> {
  noteWriting(path, false);
  let real: string;
  try {
    real = await realFile(path);
  } catch (e) {
    outputError(e, path);
  }
  // A device or pipe (/dev/stdout, a FIFO) is written to, never replaced by a regular file.
  const special = await stat(real).then(
    (s) => !s.isFile() && !s.isDirectory(),
    () => false,
  );
  if (special) {
    try {
      await writeFile(real, text, 'utf8');
    } catch (e) {
      outputError(e, path);
    }
    noteWritten();
    return;
  }
  const temp = tempName(real);
  track(temp);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(text, 'utf8');
    } finally {
      await handle.close();
    }
    await rename(temp, real);
    noteWritten();
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    outputError(e, path);
  } finally {
    untrack(temp);
  }
}

export async function makeOutputDir(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (e) {
    outputError(e, path);
  }
}
