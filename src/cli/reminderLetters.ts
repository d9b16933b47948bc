/** `remind --pdf`: each message's letter as a PDF beside its .eml. */
import { join } from 'node:path';
import type { IsoDate } from '../domain/dates';
import { letterPdf } from '../pdf/letterPdf';
import { saveAtomically } from './files';
import type { ReminderFile } from './reminders';

export async function writeLetters(
  files: readonly ReminderFile[],
  out: string,
  today: IsoDate,
): Promise<number> {
  let written = 0;
  for (const f of files) {
    if (!f.letter) continue;
    await saveAtomically(join(out, f.letter.fileName), await letterPdf(f.letter.content, today), false);
    written += 1;
  }
  return written;
}
