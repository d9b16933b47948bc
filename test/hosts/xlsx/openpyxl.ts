/**
 * A workbook as openpyxl (Debian's /usr/bin/python3) reads it: the independent read-back the
 * round-trip tests compare, so a check never rests on ExcelJS reading its own output.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const DEBIAN_PYTHON = '/usr/bin/python3';
const DUMP = path.join(__dirname, 'dump_workbook.py');

interface DumpedCell {
  value: string | number | boolean | null;
  numberFormat: string;
  font: Record<string, unknown>;
  fill: Record<string, unknown> | null;
  border: Record<string, unknown>;
  alignment: Record<string, unknown>;
  protection: Record<string, unknown>;
}

interface DumpedSheet {
  cells: Record<string, DumpedCell>;
  tables: Record<
    string,
    {
      ref: string;
      columns: string[];
      autoFilter: string | null;
      hiddenButtons: number[];
      style: string | null;
    }
  >;
  conditionalFormats: string[];
  [other: string]: unknown;
}

export interface DumpedWorkbook {
  sheets: string[];
  definedNames: string[];
  bySheet: Record<string, DumpedSheet>;
}

export function openpyxlDump(xlsxPath: string): DumpedWorkbook {
  if (!existsSync(DEBIAN_PYTHON)) {
    throw new Error('Debian python3 with openpyxl is needed: apt-get install -y python3-openpyxl');
  }
  const out = execFileSync(DEBIAN_PYTHON, [DUMP, xlsxPath], { encoding: 'utf8', maxBuffer: 256 << 20 });
  return JSON.parse(out) as DumpedWorkbook;
}
