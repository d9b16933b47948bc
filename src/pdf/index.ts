/** The PDF building blocks statements and letters share (pdf-lib; load this lazily in the pane). */
export { A4, COLORS, MARGIN, PdfWriter, pageLabel, type PdfMeta, type TextOptions } from './document';
export { drawTable, type TableColumn, type TableOptions, type TableRow } from './table';
export { drawQr } from './qr';
export { REPLACEMENT, toCharacterSet } from './safeText';
export { wrapText, type Measure } from './wrap';
