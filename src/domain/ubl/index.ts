/**
 * Peppol BIS Billing 3.0 (UBL 2.1) invoices and credit notes the trader sent, read into the model.
 * Belgium made structured B2B e-invoices compulsory from 1 January 2026 (wet van 6 februari 2024,
 * Belgisch Staatsblad 20 februari 2024, new art. 53 §2bis WBTW); see docs/ubl.md.
 */
export { readUbl, termDaysFromNote } from './read';
export { readUblFiles, type UblBatch } from './batch';
export type * from './types';
