/** Proxies of range formats, fonts, fills, data validation and conditional formats. */
import { formatAddress } from '../a1';
import { FakeOfficeError, propertyNotLoaded } from '../errors';
import { assertWritable, cellFor, getCell } from '../model';
import type { SheetModel } from '../model';
import { FakeObject } from './base';
import type { RangeRef } from './range';

export class FakeRangeFormat extends FakeObject<RangeRef> {
  get font(): FakeFont {
    return this.child('font', () => new FakeFont(this.context, this, 'font', [], () => this.t(), false));
  }
  get fill(): FakeFill {
    return this.child('fill', () => new FakeFill(this.context, this, 'fill', [], () => this.t(), false));
  }
  autofitColumns(): void {
    this.queueCall('autofitColumns', [], () => undefined);
  }
  protected override scalars(): string[] {
    return [];
  }
  protected override readScalar(): unknown {
    return undefined;
  }
  protected override navigate(name: string): FakeObject | undefined {
    return name === 'font' ? this.font : name === 'fill' ? this.fill : undefined;
  }
}

export class FakeFont extends FakeObject<RangeRef> {
  get bold(): boolean | null {
    return this.loaded('bold');
  }
  set bold(value: boolean) {
    this.queueSet('bold', value, (r) => {
      assertWritable(r.sheet, r.rect, 'RangeFont.bold');
      for (let i = 0; i < r.rect.rows; i++)
        for (let j = 0; j < r.rect.cols; j++) cellFor(r.sheet, r.rect.row + i, r.rect.col + j).bold = value;
    });
  }
  protected override scalars(): string[] {
    return ['bold'];
  }
  protected override readScalar(r: RangeRef): unknown {
    let all = true;
    let none = true;
    for (let i = 0; i < r.rect.rows; i++)
      for (let j = 0; j < r.rect.cols; j++) {
        const b = getCell(r.sheet, r.rect.row + i, r.rect.col + j)?.bold ?? false;
        all &&= b;
        none &&= !b;
      }
    return all ? true : none ? false : null;
  }
}

export class FakeFill extends FakeObject<RangeRef> {
  set color(value: string) {
    this.queueSet('color', value, () => undefined);
  }
  protected override scalars(): string[] {
    return [];
  }
  protected override readScalar(): unknown {
    return undefined;
  }
}

export class FakeDataValidation extends FakeObject<RangeRef> {
  get rule(): unknown {
    return this.loaded('rule');
  }
  set rule(rule: unknown) {
    this.queueSet('rule', rule, (r) => {
      assertWritable(r.sheet, r.rect, 'DataValidation.rule');
      const address = formatAddress(r.sheet.name, r.rect);
      r.sheet.validations = r.sheet.validations.filter((v) => v.address !== address);
      r.sheet.validations.push({ address, rule });
    });
  }
  clear(): void {
    this.queueCall('clear', [], (r) => {
      assertWritable(r.sheet, r.rect, 'DataValidation.clear');
      const address = formatAddress(r.sheet.name, r.rect);
      r.sheet.validations = r.sheet.validations.filter((v) => v.address !== address);
    });
  }
  protected override scalars(): string[] {
    return ['rule'];
  }
  protected override readScalar(r: RangeRef): unknown {
    const address = formatAddress(r.sheet.name, r.rect);
    return r.sheet.validations.find((v) => v.address === address)?.rule ?? {};
  }
}

interface CfRef {
  range: RangeRef;
  index: number;
}

export class FakeConditionalFormatCollection extends FakeObject<RangeRef> {
  add(type: string): FakeConditionalFormat {
    let created: CfRef | null = null;
    this.context.enqueue({ a: 'call', o: this._id, m: 'add', args: [type] }, () => {
      const r = this.t();
      if (!r) return;
      if (type !== 'Custom')
        throw new FakeOfficeError('InvalidArgument', `fake: only Custom conditional formats (${type})`);
      assertWritable(r.sheet, r.rect, 'ConditionalFormatCollection.add');
      r.sheet.conditionalFormats.push({
        address: formatAddress(r.sheet.name, r.rect),
        formula: '',
        fill: null,
        font: null,
      });
      created = { range: r, index: r.sheet.conditionalFormats.length - 1 };
    });
    return new FakeConditionalFormat(this.context, this, 'added', [type], () => created, false);
  }
  clearAll(): void {
    this.queueCall('clearAll', [], (r) => {
      const address = formatAddress(r.sheet.name, r.rect);
      r.sheet.conditionalFormats = r.sheet.conditionalFormats.filter((c) => c.address !== address);
    });
  }
  protected override scalars(): string[] {
    return [];
  }
  protected override readScalar(): unknown {
    return undefined;
  }
}

export class FakeConditionalFormat extends FakeObject<CfRef> {
  get custom(): FakeCustomConditionalFormat {
    return this.child(
      'custom',
      () => new FakeCustomConditionalFormat(this.context, this, 'custom', [], () => this.t(), false),
    );
  }
  protected override scalars(): string[] {
    return ['type'];
  }
  protected override readScalar(): unknown {
    return 'Custom';
  }
}

function cfModel(ref: CfRef): SheetModel['conditionalFormats'][number] {
  const cf = ref.range.sheet.conditionalFormats[ref.index];
  if (!cf) throw new Error('fake: conditional format vanished');
  return cf;
}

export class FakeCustomConditionalFormat extends FakeObject<CfRef> {
  get rule(): { formula: string } {
    const set = (name: string, value: string, f: (ref: CfRef) => void): void => this.queueSet(name, value, f);
    return {
      set formula(value: string) {
        set('rule.formula', value, (ref) => {
          cfModel(ref).formula = value;
        });
      },
      get formula(): string {
        throw propertyNotLoaded('formula');
      },
    };
  }
  get format(): { fill: { color: string }; font: { color: string } } {
    const set = (name: string, value: string, f: (ref: CfRef) => void): void => this.queueSet(name, value, f);
    return {
      fill: {
        set color(value: string) {
          set('format.fill.color', value, (ref) => {
            cfModel(ref).fill = value;
          });
        },
        get color(): string {
          throw propertyNotLoaded('color');
        },
      },
      font: {
        set color(value: string) {
          set('format.font.color', value, (ref) => {
            cfModel(ref).font = value;
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
}

// ---------------------------------------------------------------------------------------------
// Tables
