/**
 * Reading a statement file for the import: CAMT.053 by its content or name, a known bank's CSV by
 * its header, anything else through the column mapping given or remembered in Instellingen. A
 * problem with the file or a row comes back located, never thrown.
 */
import {
  detectBankCsv,
  looksLikeCamt053,
  parseBankCsv,
  parseCamt053,
  type GenericCsvMapping,
  type Statement,
} from '../../domain/bank';
import { DomainError } from '../../domain/errors';
import type { ImportProblem, StatementFormat } from './importTypes';

export interface ParsedFile {
  format?: StatementFormat;
  statements: Statement[];
  errors: ImportProblem[];
  needsMapping: boolean;
  mappingFrom?: 'given' | 'workbook';
  mappingUsed?: GenericCsvMapping;
  rowCount?: number;
}

function problem(e: DomainError, file: string): ImportProblem {
  const w = e.where;
  const p: ImportProblem = { code: e.code, message: e.message, file };
  if (w.row !== undefined) p.row = w.row;
  if (w.column !== undefined) p.column = w.column;
  if (w.path !== undefined) p.path = w.path;
  if (w.value !== undefined && w.value !== null) p.value = String(w.value);
  return p;
}

function looksLikeXml(text: string, fileName: string): boolean {
  return /\.xml$/i.test(fileName) || /^\uFEFF?\s*</.test(text);
}

export function parseFile(
  text: string,
  fileName: string,
  given: GenericCsvMapping | undefined,
  remembered: GenericCsvMapping | undefined,
): ParsedFile {
  try {
    if (looksLikeCamt053(text) || looksLikeXml(text, fileName)) {
      return { format: 'camt053', statements: parseCamt053(text), errors: [], needsMapping: false };
    }
    const known = given ? undefined : detectBankCsv(text);
    const mapping = given ?? (known ? undefined : remembered);
    if (!known && !mapping) {
      const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
      return {
        statements: [],
        needsMapping: true,
        errors: [
          {
            code: 'needs-mapping',
            message: 'unknown bank export: give a column mapping (generic CSV)',
            file: fileName,
            row: 1,
            value: first.slice(0, 120),
          },
        ],
      };
    }
    const r = parseBankCsv(
      text,
      known ? { format: known } : { format: 'generic', mapping: mapping as GenericCsvMapping },
    );
    const out: ParsedFile = {
      format: r.format,
      statements: r.statements,
      errors: r.errors.map((e) => problem(e, fileName)),
      needsMapping: false,
      rowCount: r.rowCount,
    };
    if (!known && mapping) {
      out.mappingFrom = given ? 'given' : 'workbook';
      out.mappingUsed = mapping;
    }
    return out;
  } catch (e) {
    if (e instanceof DomainError)
      return { statements: [], errors: [problem(e, fileName)], needsMapping: false };
    throw e;
  }
}

// ---------------------------------------------------------------- matching
