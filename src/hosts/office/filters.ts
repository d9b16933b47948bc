/**
 * "Clear filters and sort": clearing a person's filters happens only when they ask for it, never
 * as a side effect of a write (a filtered table is refused; see refusals.ts).
 */

/** Clears the filters of those of `tableNames` that are filtered; returns the tables it cleared. */
export async function clearTableFilters(
  ctx: Excel.RequestContext,
  tableNames: readonly string[],
): Promise<string[]> {
  const tables = tableNames.map((name) => {
    const table = ctx.workbook.tables.getItemOrNullObject(name).load('name');
    return { table, filter: table.autoFilter.load('isDataFiltered') };
  });
  await ctx.sync();
  const filtered = tables.filter((t) => !t.table.isNullObject && t.filter.isDataFiltered);
  if (filtered.length === 0) return [];
  for (const t of filtered) t.table.autoFilter.clearCriteria();
  await ctx.sync();
  return filtered.map((t) => t.table.name);
}
