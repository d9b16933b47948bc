/**
 * Which columns of a person's table the product may write. A header that happens to be one of the
 * product's column names ("Status", "Openstaand", "Volgorde", "Order") does not hand the column
 * over: a column whose cells are the person's own data stays theirs, and the product adds its own
 * column beside it under a name that cannot collide ("Status (Klant Inzicht)"). Only an explicit
 * choice (`adoptColumns`, the CLI's --adopt-columns) takes such a column over, and even then the
 * values typed in it are kept (plan.ts, typedValues).
 *
 * - A formula column is the product's when it is empty or holds at least one formula (the product
 *   writes formulas; values typed over some rows are overrides, kept). All typed values and not a
 *   single formula: the person's.
 * - The sort key holds nothing but whole numbers 1..rows, each once; anything else (PO-7781) is
 *   the person's.
 * - The next step is text the product writes; its only header is the product's own ("Volgende
 *   stap"), never a common word, so its name is enough.
 * A column bound through a consultant's alias was handed over explicitly and is never refused.
 */
import type { TableSnapshot } from './book';
import type { ColumnBinding } from './binding';
import { isBlankCell } from './cells';

export interface PersonalColumn {
  index: number;
  header: string;
  field: string;
}

export function personalColumns(snap: TableSnapshot, binding: ColumnBinding): PersonalColumn[] {
  const out: PersonalColumn[] = [];
  const rows = snap.values.length;
  if (rows === 0) return out;
  for (const m of binding.matched) {
    const spec = binding.spec.columns.find((c) => c.field === m.field);
    if (!spec || spec.owner === 'user' || m.how === 'alias') continue;
    const i = m.index;
    let typed = 0;
    let formulas = 0;
    const numbers = new Set<number>();
    let foreign = false;
    for (let r = 0; r < rows; r++) {
      const cell = snap.values[r]?.[i] ?? null;
      if ((snap.formulas[r]?.[i] ?? null) !== null) {
        formulas += 1;
        continue;
      }
      if (isBlankCell(cell)) continue;
      typed += 1;
      if (typeof cell !== 'number' || !Number.isInteger(cell) || cell < 1 || cell > rows || numbers.has(cell))
        foreign = true;
      else numbers.add(cell);
    }
    const personal =
      spec.owner === 'formula'
        ? typed > 0 && formulas === 0
        : spec.field === 'sortKey'
          ? foreign || formulas > 0
          : formulas > 0;
    if (personal) out.push({ index: i, header: m.header, field: m.field });
  }
  return out;
}
