/**
 * Probes of the Excel behaviours Klant Inzicht relies on, for a real Excel (paste into Script
 * Lab, see README.md) and for the fake (test/support/fakeOffice/recordings.test.ts). Each probe
 * works on a sheet of its own, records what Excel did as plain JSON, and deletes its sheet.
 */
type Run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ProbeRecord {
  probe: string;
  result: unknown;
  error?: string;
}

async function onSheet<T>(
  run: Run,
  name: string,
  body: (ctx: Excel.RequestContext, ws: Excel.Worksheet) => Promise<T>,
): Promise<T> {
  await run(async (ctx) => {
    ctx.workbook.worksheets.getItemOrNullObject(name).delete();
    await ctx.sync();
  }).catch(() => undefined);
  return run(async (ctx) => {
    const ws = ctx.workbook.worksheets.add(name);
    await ctx.sync();
    try {
      return await body(ctx, ws);
    } finally {
      ws.delete();
      await ctx.sync();
    }
  });
}

/** Writes a 6-row table T (Naam, Bedrag) at A1 of the sheet. */
function table(ctx: Excel.RequestContext, ws: Excel.Worksheet, name: string): Excel.Table {
  ws.getRange('A1:B7').values = [
    ['Naam', 'Bedrag'],
    ['a', 10],
    ['b', 20],
    ['c', 30],
    ['d', 40],
    ['e', 50],
    ['f', 60],
  ];
  const t = ws.tables.add('A1:B7', true);
  t.name = name;
  return t;
}

/** Filter criteria as Excel reads them back after applying them (office-js #1226, #3030). */
export async function filterRoundTrip(run: Run): Promise<ProbeRecord> {
  const cases: [string, Excel.FilterCriteria][] = [
    ['values', { filterOn: 'Values' as Excel.FilterOn, values: ['a', 'c'] }],
    [
      'custom',
      {
        filterOn: 'Custom' as Excel.FilterOn,
        criterion1: '>15',
        criterion2: '<55',
        operator: 'And' as Excel.FilterOperator,
      },
    ],
    [
      'dynamic',
      {
        filterOn: 'Dynamic' as Excel.FilterOn,
        dynamicCriteria: 'AboveAverage' as Excel.DynamicFilterCriteria,
      },
    ],
  ];
  const result: Record<string, unknown> = {};
  for (const [label, criteria] of cases) {
    result[label] = await onSheet(run, `probe_filter_${label}`, async (ctx, ws) => {
      const t = table(ctx, ws, `ProbeFilter_${label}`);
      t.autoFilter.apply(t.getRange(), criteria.filterOn === 'Values' ? 0 : 1, criteria);
      const f = t.autoFilter.load('isDataFiltered,criteria');
      await ctx.sync();
      return {
        isDataFiltered: f.isDataFiltered,
        criteria: f.criteria[criteria.filterOn === 'Values' ? 0 : 1],
      };
    });
  }
  return { probe: 'filterRoundTrip', result };
}

/** RangeAreas.address against areaCount for 20, 100 and 1,000 formula areas in one column. */
export async function areasAddress(
  run: Run,
  counts: readonly number[] = [20, 100, 1000],
): Promise<ProbeRecord> {
  const result: Record<string, unknown> = {};
  for (const n of counts) {
    result[n] = await onSheet(run, `probe_areas_${n}`, async (ctx, ws) => {
      // A formula in every other row: n separate areas.
      ws.getRange(`A1:A${2 * n}`).formulas = Array.from({ length: 2 * n }, (_, i) => [
        i % 2 === 0 ? '=1' : 2,
      ]);
      const areas = ws
        .getRange(`A1:A${2 * n}`)
        .getSpecialCells('Formulas' as Excel.SpecialCellType)
        .load('address,areaCount');
      await ctx.sync();
      return {
        areaCount: areas.areaCount,
        listed: areas.address.split(',').length,
        addressLength: areas.address.length,
      };
    });
  }
  return { probe: 'areasAddress', result };
}

/** Table sort with a row hidden by hand: does the hidden row move? */
export async function sortWithHiddenRows(run: Run): Promise<ProbeRecord> {
  const result = await onSheet(run, 'probe_sort_hidden', async (ctx, ws) => {
    const t = table(ctx, ws, 'ProbeSortHidden');
    ws.getRange('A3').rowHidden = true;
    t.sort.apply([{ key: 1, ascending: false }]);
    const body = t.getDataBodyRange().load('values');
    const hidden = ws.getRange('A3').load('rowHidden,values');
    await ctx.sync();
    return { order: body.values.map((r) => r[0]), row3Hidden: hidden.rowHidden, row3: hidden.values[0]?.[0] };
  });
  return { probe: 'sortWithHiddenRows', result };
}

/** A conditional format on a table body, then rows.add: which range does it cover? */
export async function conditionalFormatAfterRowsAdd(run: Run): Promise<ProbeRecord> {
  const result = await onSheet(run, 'probe_cf', async (ctx, ws) => {
    const t = table(ctx, ws, 'ProbeCf');
    const cf = t.getDataBodyRange().conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
    cf.custom.rule.formula = '=$B2>25';
    cf.custom.format.fill.color = '#FFC7CE';
    t.rows.add(undefined, [
      ['g', 70],
      ['h', 80],
    ]);
    const range = cf.getRange().load('address');
    await ctx.sync();
    return { cfAddress: range.address };
  });
  return { probe: 'conditionalFormatAfterRowsAdd', result };
}

/** charts.add on a 2x3 block with seriesBy Auto and Columns: how many series each gets. */
export async function chartSeriesBy(run: Run): Promise<ProbeRecord> {
  const result = await onSheet(run, 'probe_chart', async (ctx, ws) => {
    ws.getRange('A1:C2').values = [
      ['Maand', 'Dit jaar', 'Vorig jaar'],
      ['jan', 100, 90],
    ];
    const out: Record<string, number> = {};
    const charts = (['Auto', 'Columns'] as const).map((by) => {
      const c = ws.charts.add(
        'ColumnClustered' as Excel.ChartType,
        ws.getRange('A1:C2'),
        by as Excel.ChartSeriesBy,
      );
      return { by, series: c.series.load('count') };
    });
    await ctx.sync();
    for (const c of charts) out[c.by] = c.series.count;
    return out;
  });
  return { probe: 'chartSeriesBy', result };
}

export const PROBES = {
  filterRoundTrip,
  areasAddress,
  sortWithHiddenRows,
  conditionalFormatAfterRowsAdd,
  chartSeriesBy,
};

/** Runs every probe; a probe that fails is recorded with its error rather than stopping the kit. */
export async function runAll(run: Run): Promise<ProbeRecord[]> {
  const out: ProbeRecord[] = [];
  for (const [name, probe] of Object.entries(PROBES)) {
    try {
      out.push(await probe(run));
    } catch (e) {
      out.push({
        probe: name,
        result: null,
        error: e instanceof Error ? `${e.name}: ${e.message}` : String(e),
      });
    }
  }
  return out;
}
