/** The PDF building blocks statements and letters share (pdf-lib; load this lazily in the pane). */
export * from './document';
export * from './table';
export * from './qr';
export * from './safeText';
export * from './wrap';
