/**
 * Several files at once: each read on its own, then checked against each other, so one import
 * never carries the same invoice number twice. A second file with the same number and the same
 * content is the same document (sent twice, or saved under two names) and is skipped, saying so;
 * the same number with different content is refused, located at the later file's number.
 */
import { readUbl } from './read';
import type { UblDocument, UblInvoice, UblProblem } from './types';

export interface UblBatch {
  documents: UblDocument[];
  /** Files that repeat an earlier file of the batch exactly: [this file, the earlier one]. */
  repeats: { file: string; sameAs: string; number: string }[];
  /** Every refusal, per file in the order given. */
  problems: UblProblem[];
}

/** The fields the workbook keeps, compared as the model has them. */
function sameInvoiceContent(a: UblInvoice, b: UblInvoice): boolean {
  const keys: (keyof UblInvoice)[] = [
    'number',
    'invoiceDate',
    'dueDate',
    'paymentTermDays',
    'amountExclVat',
    'amountInclVat',
    'paymentReference',
    'creditsInvoice',
  ];
  return keys.every((k) => a[k] === b[k]);
}

export function readUblFiles(files: readonly { name: string; text: string }[]): UblBatch {
  const batch: UblBatch = { documents: [], repeats: [], problems: [] };
  const byNumber = new Map<string, UblDocument>();
  for (const { name, text } of files) {
    const result = readUbl(name, text);
    if (!result.ok) {
      batch.problems.push(...result.problems);
      continue;
    }
    const doc = result.document;
    const earlier = byNumber.get(doc.invoice.number);
    if (!earlier) {
      byNumber.set(doc.invoice.number, doc);
      batch.documents.push(doc);
    } else if (sameInvoiceContent(earlier.invoice, doc.invoice) && earlier.buyer.name === doc.buyer.name) {
      batch.repeats.push({ file: name, sameAs: earlier.file, number: doc.invoice.number });
    } else {
      const root = doc.invoice.documentKind === 'credit-note' ? 'CreditNote' : 'Invoice';
      batch.problems.push({
        file: name,
        path: `${root}/cbc:ID`,
        code: 'duplicate',
        value: doc.invoice.number,
        why: {
          nl: `factuurnummer ${doc.invoice.number} staat ook in ${earlier.file}, met andere inhoud`,
          en: `invoice number ${doc.invoice.number} is also in ${earlier.file}, with different content`,
        },
      });
    }
  }
  return batch;
}
