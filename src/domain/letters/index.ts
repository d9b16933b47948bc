/** Letters on paper: the content of a reminder letter (the PDF module lays it out). */
export { addressBlock, MAX_ADDRESS_LINES, type AddressBlock, type AddressField } from './address';
export { LETTER_LABELS, type LetterLabels } from './labels';
export { letterhead, type Letterhead, type LetterheadSettings } from './letterhead';
export {
  letterContent,
  letterKind,
  type LetterContent,
  type LetterInput,
  type LetterInvoiceRow,
  type LetterKind,
} from './letterContent';
