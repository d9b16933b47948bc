/**
 * Opening and saving workbook files safely. Saving writes a temporary file in the same directory
 * and renames it over the original, so a crash leaves either the old or the new workbook, never
 * half of one; the same directory keeps the rename atomic (one file system).
 */
import { constants } from 'node:fs';
import { access, chmod, mkdir, open, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DomainError } from '../domain/errors';
import { XlsxBook } from '../hosts/xlsx/xlsxBook';
import { CliError, EXIT } from './exitCodes';

function errno(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e
    ? String((e as { code: unknown }).code)
    : undefined;
}

export async function openWorkbookFile(path: string): Promise<XlsxBook> {
  let bytes: Buffer;
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw new CliError(EXIT.notAWorkbook, `${path} is a folder, not an .xlsx workbook`);
    bytes = await readFile(path);
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = errno(e);
    if (code === 'ENOENT') throw new CliError(EXIT.missingFile, `file not found: ${path}`);
    if (code === 'EACCES' || code === 'EPERM')
      throw new CliError(EXIT.lockedOrReadOnly, `no permission to read ${path}`);
    if (code === 'EBUSY') throw new CliError(EXIT.lockedOrReadOnly, `${path} is locked by another program`);
    throw e;
  }
  try {
    return await XlsxBook.fromBuffer(bytes);
  } catch (e) {
    if (e instanceof DomainError && e.code === 'unsupported') {
      const why = e.message
        .replace(/^not an \.xlsx workbook \((.*)\)$/, '$1')
        .replace(/^not a readable \.xlsx workbook: /, '');
      throw new CliError(EXIT.notAWorkbook, `${path} is not an .xlsx workbook (${why})`);
    }
    throw e;
  }
}

/** Lock files Excel (~$name) and LibreOffice (.~lock.name#) leave while a workbook is open. */
export function lockFileNames(path: string): string[] {
  const dir = dirname(path);
  const name = basename(path);
  const names = [`~$${name}`, `.~lock.${name}#`];
  if (name.length > 2) names.push(`~$${name.slice(2)}`);
  return names.map((n) => join(dir, n));
}

/** Fails with a clear message when the file is open elsewhere, read-only, or its folder is. */
export async function assertWritable(path: string): Promise<void> {
  for (const lock of lockFileNames(path)) {
    try {
      await access(lock);
      throw new CliError(
        EXIT.lockedOrReadOnly,
        `${path} is open in Excel or LibreOffice (lock file ${basename(lock)}); close it and try again`,
      );
    } catch (e) {
      if (e instanceof CliError) throw e;
    }
  }
  try {
    const s = await stat(path);
    // Respect a read-only mark even where the user could override it (root, Windows ACLs).
    if ((s.mode & 0o222) === 0) throw new CliError(EXIT.lockedOrReadOnly, `${path} is read-only`);
    await access(path, constants.W_OK);
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = errno(e);
    if (code !== 'ENOENT')
      throw new CliError(EXIT.lockedOrReadOnly, `${path} is not writable (${code ?? 'unknown'})`);
  }
  try {
    await access(dirname(path), constants.W_OK);
  } catch {
    throw new CliError(EXIT.lockedOrReadOnly, `cannot write in the folder of ${path}`);
  }
}

/** Writes `bytes` to `path` atomically: temp file in the same folder, flushed, then renamed. */
export async function saveAtomically(path: string, bytes: Uint8Array): Promise<void> {
  await assertWritable(path);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let mode: number | undefined;
  try {
    mode = (await stat(path)).mode & 0o777;
  } catch {
    mode = undefined;
  }
  const handle = await open(temp, 'wx', mode ?? 0o644);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    if (mode !== undefined) await chmod(temp, mode);
    await rename(temp, path);
  } catch (e) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    const code = errno(e);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EBUSY') {
      throw new CliError(EXIT.lockedOrReadOnly, `could not replace ${path} (${code}); is it open elsewhere?`);
    }
    throw e;
  }
}

/** An output the person asked for (--html, --out): a clear message instead of a stack trace. */
function outputError(e: unknown, what: string): never {
  const code = errno(e);
  if (code === 'ENOENT')
    throw new CliError(EXIT.missingFile, `cannot write ${what}: its folder does not exist`);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    throw new CliError(EXIT.lockedOrReadOnly, `cannot write ${what}: no permission (${code})`);
  if (code === 'ENOTDIR' || code === 'EEXIST' || code === 'EISDIR')
    throw new CliError(
      EXIT.usage,
      `cannot write ${what}: a file or folder of that name is in the way (${code})`,
    );
  throw e;
}

export async function writeOutputFile(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text, 'utf8');
  } catch (e) {
    outputError(e, path);
  }
}

export async function makeOutputDir(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (e) {
    outputError(e, `to ${path}`);
  }
}
