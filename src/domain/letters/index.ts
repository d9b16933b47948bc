/** Letters on paper: the content of a reminder letter (the PDF module lays it out). */
export { addressBlock, type AddressField } from './address';
export { letterContent, letterKind, type LetterContent } from './letterContent';
