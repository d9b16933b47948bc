/**
 * Conditional formats as Excel keeps them: each rule has one range, a formula and a format, a
 * range's collection lists every rule that overlaps it (ExcelApi 1.6), a new rule goes to the
 * top priority, and nothing extends a rule's range as a table grows: Microsoft documents no such
 * thing for the Excel JavaScript API, and the probe kit (conditionalFormatAfterRowsAdd) records
 * what a real Excel does.
 */
import { intersects, parseAddress, formatAddress } from '../a1';
import { FakeOfficeError, propertyNotLoaded } from '../errors';
import { assertWritable } from '../model';
import type { ConditionalFormatModel, SheetModel } from '../model';
import type { FakeRequestContext } from '../runtime';
import { FakeObject } from './base';
import { FakeRange, type RangeRef } from './range';

interface CfRef {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
}

/** A proxy made while a request runs (a load path through it) is readable after that request. */
function attached<C extends FakeObject>(context: FakeRequestContext, make: () => C): C {
  const was = context.executing;
  context.executing = true;
  try {
    const c = make();
    c.markSynced();
    return c;
  } finally {
    context.executing = was;
  }
}

export class FakeConditionalFormatCollection extends FakeObject<RangeRef> {
  private _items: FakeConditionalFormat[] | undefined;

  get items(): FakeConditionalFormat[] {
    if (this._items === undefined) throw propertyNotLoaded('items');
    return this._items;
  }

  add(type: string): FakeConditionalFormat {
    let created: CfRef | null = null;
    this.context.enqueue({ a: 'call', o: this._id, m: 'add', args: [type] }, () => {
      const r = this.t();
      if (!r) return;
      if (type !== 'Custom')
        throw new FakeOfficeError('InvalidArgument', `fake: only Custom conditional formats (${type})`);
      assertWritable(r.sheet, r.rect, 'ConditionalFormatCollection.add');
      const cf: ConditionalFormatModel = {
        address: formatAddress(r.sheet.name, r.rect),
        formula: '',
        fill: null,
        font: null,
      };
      // "Adds a new conditional format to the collection at the first/top priority."
      r.sheet.conditionalFormats.unshift(cf);
      created = { sheet: r.sheet, cf };
    });
    return new FakeConditionalFormat(this.context, this, 'added', [type], () => created, false);
  }

  clearAll(): void {
    this.queueCall('clearAll', [], (r) => {
      const address = formatAddress(r.sheet.name, r.rect);
      r.sheet.conditionalFormats = r.sheet.conditionalFormats.filter((c) => c.address !== address);
    });
  }

  private list(r: RangeRef): CfRef[] {
    return r.sheet.conditionalFormats
      .filter((cf) => intersects(parseAddress(cf.address).rect, r.rect))
      .map((cf) => ({ sheet: r.sheet, cf }));
  }

  override runLoad(paths: string[]): void {
    const r = this.t();
    if (r === null) return;
    const perItem = paths
      .filter((p) => p !== 'items')
      .map((p) => (p.startsWith('items/') ? p.slice('items/'.length) : p));
    this._items = this.list(r).map((ref) =>
      attached(
        this.context,
        () => new FakeConditionalFormat(this.context, this, 'getItemAt', [], () => ref, false),
      ),
    );
    for (const item of this._items) item.runLoad(perItem);
  }

  protected override scalars(): string[] {
    return ['items'];
  }
  protected override readScalar(): unknown {
    return undefined;
  }
}

export class FakeConditionalFormat extends FakeObject<CfRef> {
  get type(): string {
    return this.loaded('type');
  }
  get custom(): FakeCustomConditionalFormat {
    return this.customProxy('custom', false);
  }
  get customOrNullObject(): FakeCustomConditionalFormat {
    return this.customProxy('customOrNullObject', true);
  }
  getRange(): FakeRange {
    return new FakeRange(
      this.context,
      this,
      'getRange',
      [],
      () => {
        const ref = this.t();
        return ref ? { sheet: ref.sheet, rect: parseAddress(ref.cf.address).rect } : null;
      },
      false,
    );
  }
  delete(): void {
    this.queueCall('delete', [], (ref) => {
      ref.sheet.conditionalFormats = ref.sheet.conditionalFormats.filter((c) => c !== ref.cf);
    });
  }

  private customProxy(name: string, orNull: boolean): FakeCustomConditionalFormat {
    const make = (): FakeCustomConditionalFormat =>
      new FakeCustomConditionalFormat(this.context, this, name, [], () => this.t(), orNull);
    // Every rule the fake holds is a Custom one, so the OrNullObject form is never null here.
    return this.child(name, () => (this.context.executing ? attached(this.context, make) : make()));
  }
  protected override scalars(): string[] {
    return ['type'];
  }
  protected override readScalar(_ref: CfRef, name: string): unknown {
    if (name === 'type') return 'Custom';
    throw new FakeOfficeError('InvalidArgument', `Unknown property ${name}`);
  }
  protected override navigate(name: string): FakeObject | undefined {
    if (name === 'custom') return this.custom;
    if (name === 'customOrNullObject') return this.customOrNullObject;
    return undefined;
  }
}

export class FakeConditionalFormatRule extends FakeObject<CfRef> {
  get formula(): string {
    return this.loaded('formula');
  }
  set formula(value: string) {
    this.queueSet('formula', value, (ref) => {
      ref.cf.formula = value;
    });
  }
  protected override scalars(): string[] {
    return ['formula'];
  }
  protected override readScalar(ref: CfRef, name: string): unknown {
    if (name === 'formula') return ref.cf.formula;
    throw new FakeOfficeError('InvalidArgument', `Unknown property ${name}`);
  }
}

export class FakeCustomConditionalFormat extends FakeObject<CfRef> {
  get rule(): FakeConditionalFormatRule {
    return this.child('rule', () => {
      const make = (): FakeConditionalFormatRule =>
        new FakeConditionalFormatRule(this.context, this, 'rule', [], () => this.t(), false);
      return this.context.executing ? attached(this.context, make) : make();
    });
  }
  get format(): { fill: { color: string }; font: { color: string } } {
    const set = (name: string, value: string, f: (ref: CfRef) => void): void => this.queueSet(name, value, f);
    return {
      fill: {
        set color(value: string) {
          set('format.fill.color', value, (ref) => {
            ref.cf.fill = value;
          });
        },
        get color(): string {
          throw propertyNotLoaded('color');
        },
      },
      font: {
        set color(value: string) {
          set('format.font.color', value, (ref) => {
            ref.cf.font = value;
          });
        },
        get color(): string {
          throw propertyNotLoaded('color');
        },
      },
    };
  }
  protected override scalars(): string[] {
    return [];
  }
  protected override readScalar(): unknown {
    return undefined;
  }
  protected override navigate(name: string): FakeObject | undefined {
    return name === 'rule' ? this.rule : undefined;
  }
}
