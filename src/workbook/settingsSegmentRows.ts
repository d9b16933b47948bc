/**
 * The light half of segments in Instellingen: which keys are segment rows, their canonical form,
 * writing segments back as rows, and loading the reader (settingsSegments.ts, with the rules'
 * parser) only when a table has segment rows.
 */
import type { Language, SegmentSetting } from '../domain/model';
import type { Cell, TableSnapshot } from './book';
import type { TableBinding } from './binding';
import type { Why } from './cells';
import { ladderField, ladderRows } from './settingsLadder';

export const SEGMENT_KEY = /^segment\.(\d+)\.(?:(naam|name|regel|rule)|ladder\.(\d+)\.(\w+))$/i;
export const NAME = new Set(['naam', 'name']);

/** Collects one ladder's `<prefix>.<n>.<field>` rows, then hands the ladder over. */
export interface LadderCollector {
  read(n: number, field: string, cell: Cell, key: string, bad: (why: Why) => void): void;
  /** The steps, or undefined without any (or, checked, when one is incomplete). */
  finish(consumers?: boolean): readonly unknown[] | undefined;
}

/** Reads segment rows one by one, then hands the segments over (settingsSegments.SegmentRows). */
export interface SegmentReader {
  /** Takes a segment row; false when the key is not one. */
  read(key: string, cell: Cell, bad: (why: Why) => void): boolean;
  finish(): SegmentSetting[];
  /** The main ladder's collector that checks each step and the law (settingsLadderRows). */
  mainLadder(): LadderCollector;
}

/** The key every spelling of a segment row shares (its English form), or undefined for other keys. */
export function canonicalSegmentKey(key: string): string | undefined {
  const m = SEGMENT_KEY.exec(key.trim());
  if (!m) return undefined;
  if (m[2]) return `segment.${Number(m[1])}.${NAME.has(m[2].toLowerCase()) ? 'name' : 'rule'}`;
  return `segment.${Number(m[1])}.ladder.${Number(m[3])}.${ladderField(m[4] ?? '') ?? m[4]}`;
}

/**
 * Whether the Instellingen table has any segment or ladder row: then its reader (with the rules'
 * parser and the ladder's checks) is loaded.
 */
export function hasSegmentRows(snap: TableSnapshot | undefined, binding: TableBinding | undefined): boolean {
  const ki = binding?.indexOf('key');
  if (!snap || ki === undefined) return false;
  return snap.values.some(
    (row) =>
      typeof row[ki] === 'string' && (SEGMENT_KEY.test(row[ki].trim()) || /^ladder\./i.test(row[ki].trim())),
  );
}

let provided: (() => SegmentReader) | undefined;

/** The reader, registered by settingsSegments.ts when a bundle or host has loaded it already. */
export function provideSegmentReader(make: () => SegmentReader): void {
  provided = make;
}

/** The reader of segment rows, loaded on first use. */
export async function loadSegmentReader(): Promise<() => SegmentReader> {
  if (provided) return provided;
  const { SegmentRows } = await import('./settingsSegments');
  return () => new SegmentRows();
}

/** The segments as rows, keys in the workbook language (segment.1.naam or segment.1.name). */
export function segmentRows(
  segments: readonly SegmentSetting[],
  language: Language,
): { key: string; value: Cell; help: string }[] {
  const nl = language === 'nl';
  return segments.flatMap((s, i) => [
    {
      key: `segment.${i + 1}.${nl ? 'naam' : 'name'}`,
      value: s.name,
      help: nl ? 'Naam van het segment' : 'Segment name',
    },
    {
      key: `segment.${i + 1}.${nl ? 'regel' : 'rule'}`,
      value: s.rule,
      help: nl
        ? 'Regel, bijv. "meer dan 2 keer te laat betaald in 12 maanden"; het eerste segment waarvan de regel klopt, telt'
        : 'Rule, e.g. "paid late more than 2 times in 12 months"; the first segment whose rule holds counts',
    },
    ...ladderRows(`segment.${i + 1}.ladder`, s.ladder ?? [], language, (step) =>
      nl ? `Ladder van segment ${s.name}, stap ${step}` : `Ladder of segment ${s.name}, step ${step}`,
    ),
  ]);
}
