/** Proxies of charts. */
import { FakeOfficeError, propertyNotLoaded } from '../errors';
import { assertWritable } from '../model';
import type { ChartModel, SheetModel } from '../model';
import { FakeCollection, FakeObject } from './base';
import { FakeRange } from './range';
import { needApi } from '../runtime';

interface ChartRef {
  sheet: SheetModel;
  chart: ChartModel;
}

export class FakeChartCollection extends FakeCollection<ChartRef, FakeChart> {
  private sheet(): SheetModel | null {
    return this.t() as SheetModel | null;
  }
  protected override list(): ChartRef[] {
    const s = this.sheet();
    return s ? s.charts.map((chart) => ({ sheet: s, chart })) : [];
  }
  protected override wrap(c: ChartRef): FakeChart {
    return this.attached(() => new FakeChart(this.context, this, 'getItem', [c.chart.name], () => c, false));
  }
  add(type: string, sourceData: FakeRange, seriesBy = 'Auto'): FakeChart {
    let created: ChartRef | null = null;
    this.context.enqueue(
      { a: 'call', o: this._id, m: 'add', args: [type, { o: sourceData._id }, seriesBy] },
      () => {
        const s = this.sheet();
        if (!s) return;
        assertWritable({ ...s, merges: [] }, { row: 0, col: 0, rows: 1, cols: 1 }, 'ChartCollection.add');
        const chart: ChartModel = {
          name: `Chart ${s.charts.length + 1}`,
          type,
          title: '',
          source: sourceData.currentAddress(),
          seriesBy,
          from: 'A1',
          to: 'H15',
        };
        s.charts.push(chart);
        created = { sheet: s, chart };
      },
    );
    return new FakeChart(this.context, this, 'added', [], () => created, false);
  }
  getItem(name: string): FakeChart {
    return new FakeChart(this.context, this, 'getItem', [name], () => this.find(name), false);
  }
  getItemOrNullObject(name: string): FakeChart {
    needApi(this.env(), '1.4', 'charts.getItemOrNullObject');
    return new FakeChart(this.context, this, 'getItemOrNullObject', [name], () => this.find(name), true);
  }
  private find(name: string): ChartRef | null {
    return this.list().find((c) => c.chart.name === name) ?? null;
  }
}

export class FakeChart extends FakeObject<ChartRef> {
  get name(): string {
    return this.loaded('name');
  }
  set name(value: string) {
    this.queueSet('name', value, (c) => {
      c.chart.name = value;
    });
  }
  get chartType(): string {
    return this.loaded('chartType');
  }
  set chartType(value: string) {
    this.queueSet('chartType', value, (c) => {
      c.chart.type = value;
    });
  }
  get title(): { text: string } {
    const set = (name: string, value: string, f: (c: ChartRef) => void): void =>
      this.queueSet(name, value, f);
    return {
      set text(value: string) {
        set('title.text', value, (c) => {
          c.chart.title = value;
        });
      },
      get text(): string {
        throw propertyNotLoaded('text');
      },
    };
  }
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    const label = (r: FakeRange | string | undefined): unknown =>
      r === undefined || typeof r === 'string' ? (r ?? null) : { o: r._id };
    this.queueCall('setPosition', [label(startCell), label(endCell)], (c) => {
      const addr = (r: FakeRange | string): string =>
        typeof r === 'string' ? r : (r.currentAddress().split('!')[1] ?? '');
      c.chart.from = addr(startCell);
      if (endCell !== undefined) c.chart.to = addr(endCell);
    });
  }
  setData(sourceData: FakeRange, seriesBy = 'Auto'): void {
    this.queueCall('setData', [{ o: sourceData._id }, seriesBy], (c) => {
      c.chart.source = sourceData.currentAddress();
      c.chart.seriesBy = seriesBy;
    });
  }
  delete(): void {
    this.queueCall('delete', [], (c) => {
      c.sheet.charts = c.sheet.charts.filter((x) => x !== c.chart);
    });
  }
  protected override scalars(): string[] {
    return ['name', 'chartType'];
  }
  protected override readScalar(c: ChartRef, name: string): unknown {
    if (name === 'name') return c.chart.name;
    if (name === 'chartType') return c.chart.type;
    throw new FakeOfficeError('InvalidArgument', `Unknown property ${name}`);
  }
}
