import type { Change } from '../../../workbook/book';
import type { XlsxState } from '../hostState';

export type ChangeKind = Change['kind'];
type ChangeOf<K extends ChangeKind> = Extract<Change, { kind: K }>;
export type Handler<K extends ChangeKind> = (state: XlsxState, change: ChangeOf<K>) => void;
