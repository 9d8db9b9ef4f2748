// NamedRange: a spreadsheet-wide name for a rectangle that follows row and column insertions.
import { parseA1 } from './a1';
import type { AppContext } from './context';
import type { FakeRange } from './range';
import type { SheetRect } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';

type GNamedRange = GoogleAppsScript.Spreadsheet.NamedRange;

/** Sheets names: letters, digits, '_' and '.', not starting with a digit, not TRUE/FALSE, not a cell reference. */
export function checkRangeName(name: string): void {
  const ok =
    /^[A-Za-z_\u00C0-\u1EF9][\w.\u00C0-\u1EF9]*$/.test(name) &&
    !/^(true|false)$/i.test(name) &&
    !(/^[A-Za-z]{1,3}\d+$/.test(name) && parseA1(name)) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name) &&
    name.length <= 250;
  if (!ok) throw new Error(`Invalid named range name: ${name}`);
}

export class FakeNamedRange implements Pick<GNamedRange, 'getName' | 'getRange' | 'setName' | 'setRange' | 'remove'> {
  constructor(
    readonly ctx: AppContext,
    readonly ss: FakeSpreadsheet,
    public name: string,
    public ref: SheetRect,
  ) {}

  private c(method: string): void {
    this.ctx.count(`NamedRange.${method}`);
  }

  /** Apps Script objects print as their class name and serialize as {}. */
  toString(): string {
    return 'NamedRange';
  }

  toJSON(): Record<string, never> {
    return {};
  }

  getName(): string {
    this.c('getName');
    return this.name;
  }

  getRange(): GoogleAppsScript.Spreadsheet.Range {
    this.c('getRange');
    return this.ref.sheet._range({ ...this.ref.rect }) as unknown as GoogleAppsScript.Spreadsheet.Range;
  }

  setName(name: string): GNamedRange {
    this.c('setName');
    checkRangeName(name);
    if (this.ss.namedRanges.some((n) => n !== this && n.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A named range with the name "${name}" already exists.`);
    }
    this.name = name;
    return this as unknown as GNamedRange;
  }

  setRange(range: GoogleAppsScript.Spreadsheet.Range): GNamedRange {
    this.c('setRange');
    const r = range as unknown as FakeRange;
    this.ref = { sheet: r.sheet, rect: { ...r.rect } };
    return this as unknown as GNamedRange;
  }

  remove(): void {
    this.c('remove');
    this.ss.namedRanges = this.ss.namedRanges.filter((n) => n !== this);
  }
}
