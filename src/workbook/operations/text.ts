/** Small text helpers shared by operations. */
import type { IsoDate } from '../../domain/dates';

/** 'YYYY-MM-DD' -> 'dd-mm-yyyy', as the workbook shows dates. */
export function formatDateNl(iso: IsoDate): string {
  return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
}
