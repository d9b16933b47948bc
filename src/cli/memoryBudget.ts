/**
 * A guard against V8's heap limit. Running out of heap is not an exception Node lets us catch: the
 * process aborts (exit 134) with a stack of C++ frames. So before a workbook is loaded the CLI
 * estimates what loading and saving it will take, from the sizes the zip's central directory
 * states (nothing is decompressed), and refuses clearly when that exceeds the heap left.
 */
import { getHeapStatistics } from 'node:v8';
import { listZipEntries } from '../hosts/xlsx/zipPart';
import type { Bilingual } from './exitCodes';

/**
 * Heap bytes per byte of uncompressed package XML, for `sort` (load, refresh and sort, write: the
 * heaviest command). Measured on 2026-11-30 before the product's calculated columns were held as
 * one shared formula per column (test/cli/bigWorkbook.ts workbooks): 3,000 invoices (0.9 MB of XML)
 * aborted under a 96 MB heap, 100,000 (30.4 MB) under 2,048 MB, so the factor was 80. After that
 * change (bench/xlsx.bench.ts, same day): the bench's 100,000-invoice workbook with 75,000 payments
 * (66.6 MB of XML) sorts under a 2,048 MB heap, peak RSS 2,270 MB; at 50,000 invoices the heap held
 * 359 MB after refresh and sort where it held 916 MB. Today's bigWorkbook writes 100,000 invoices
 * as 52.9 MB of XML (less data than the bench's, so they fit too): 38 lets them through under 2 GB
 * (an estimate of 1.9 GB) and still refuses 3,000 invoices (1.6 MB) under 96 MB. The bench's
 * workbook needs at most about 31 per byte (its payments and shared strings are XML-heavy) and is
 * refused at 38: a clear message rather than an abort.
 */
const HEAP_PER_XML_BYTE = { save: 38, read: 30 } as const;

/**
 * Commands that only read (check, report, remind) keep the loaded workbook and the ledger, no
 * second copy for writing: `check` of the 100,000-invoice workbook peaked at 643 MB RSS (521 MB
 * heap in use at the end), about 21 bytes per XML byte; 30 leaves room.
 */
export type Purpose = keyof typeof HEAP_PER_XML_BYTE;

/**
 * The sum of the uncompressed sizes of a zip's parts as its central directory states them, or
 * undefined when the bytes hold no readable directory (the loader then says what is wrong). A
 * zip64 part states 0xFFFFFFFF here: 4 GB or more, far over any budget.
 */
export function uncompressedSize(bytes: Uint8Array): number | undefined {
  return listZipEntries(bytes)?.reduce((sum, e) => sum + e.uncompressedSize, 0);
}

/**
 * heap_size_limit counts V8's young generation too, which long-lived workbook data cannot use:
 * under --max-old-space-size=96 the limit reads 151 MB, under 2048 about 2,100 MB.
 */
const YOUNG_GENERATION = 64 * 1024 * 1024;

export interface MemoryVerdict {
  neededBytes: number;
  availableBytes: number;
  fits: boolean;
}

/** Whether a package of `xmlBytes` uncompressed fits in the heap that is left now. */
export function memoryVerdict(xmlBytes: number, purpose: Purpose): MemoryVerdict {
  const heapPerByte = HEAP_PER_XML_BYTE[purpose];
  const h = getHeapStatistics();
  const availableBytes = Math.max(0, h.heap_size_limit - YOUNG_GENERATION - h.used_heap_size);
  const neededBytes = xmlBytes * heapPerByte;
  return { neededBytes, availableBytes, fits: neededBytes <= availableBytes };
}

const mb = (n: number): string => `${Math.ceil(n / 1024 / 1024).toLocaleString('en')} MB`;

export function memoryShortfall(v: MemoryVerdict): Bilingual {
  return {
    nl: `nodig is ongeveer ${mb(v.neededBytes)}, beschikbaar ${mb(v.availableBytes)}`,
    en: `it needs about ${mb(v.neededBytes)}, ${mb(v.availableBytes)} is available`,
  };
}
