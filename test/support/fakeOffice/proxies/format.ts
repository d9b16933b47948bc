/** Proxies of range formats, fonts, fills and data validation (conditional formats: conditionalFormat.ts). */
import { formatAddress } from '../a1';
import { assertWritable, cellFor, getCell } from '../model';
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

export { FakeConditionalFormatCollection } from './conditionalFormat';
