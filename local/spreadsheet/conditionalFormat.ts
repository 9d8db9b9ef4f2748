// ConditionalFormatRuleBuilder, ConditionalFormatRule and its BooleanCondition (the boolean-condition subset).
import type { Rect } from './a1';
import type { AppContext } from './context';
import type { BooleanCriteriaName } from './enums';
import { normalizeColor } from './format';
import type { FakeRange } from './range';
import type { FakeSheet, SheetRect } from './sheet';
import { signatureError } from './values';

type GBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type GRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type GCondition = GoogleAppsScript.Spreadsheet.BooleanCondition;

export interface RuleFormat {
  background?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  strikethrough?: boolean;
  underline?: boolean;
}

export interface RuleSpec {
  criteria: BooleanCriteriaName | null;
  values: unknown[];
  format: RuleFormat;
  ranges: SheetRect[];
}

function cloneSpec(spec: RuleSpec, remap: (s: FakeSheet) => FakeSheet = (s) => s): RuleSpec {
  return { criteria: spec.criteria, values: [...spec.values], format: { ...spec.format }, ranges: spec.ranges.map((r) => ({ sheet: remap(r.sheet), rect: { ...r.rect } })) };
}

export class FakeBooleanCondition
  implements Pick<GCondition, 'getCriteriaType' | 'getCriteriaValues' | 'getBackground' | 'getFontColor' | 'getBold' | 'getItalic' | 'getStrikethrough' | 'getUnderline'>
{
  constructor(
    readonly ctx: AppContext,
    private readonly spec: RuleSpec,
  ) {}

  private c(method: string): void {
    this.ctx.count(`BooleanCondition.${method}`);
  }

  /** Apps Script objects print as their class name and serialize as {}. */
  toString(): string {
    return 'BooleanCondition';
  }

  toJSON(): Record<string, never> {
    return {};
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    this.c('getCriteriaType');
    return this.spec.criteria as unknown as GoogleAppsScript.Spreadsheet.BooleanCriteria;
  }

  getCriteriaValues(): any[] {
    this.c('getCriteriaValues');
    return this.ctx.list([...this.spec.values]);
  }

  getBackground(): string | null {
    this.c('getBackground');
    return this.spec.format.background ?? null;
  }

  getFontColor(): string | null {
    this.c('getFontColor');
    return this.spec.format.fontColor ?? null;
  }

  getBold(): boolean | null {
    this.c('getBold');
    return this.spec.format.bold ?? null;
  }

  getItalic(): boolean | null {
    this.c('getItalic');
    return this.spec.format.italic ?? null;
  }

  getStrikethrough(): boolean | null {
    this.c('getStrikethrough');
    return this.spec.format.strikethrough ?? null;
  }

  getUnderline(): boolean | null {
    this.c('getUnderline');
    return this.spec.format.underline ?? null;
  }
}

export class FakeConditionalFormatRule implements Pick<GRule, 'getRanges' | 'getBooleanCondition' | 'getGradientCondition' | 'copy'> {
  constructor(
    readonly ctx: AppContext,
    readonly spec: RuleSpec,
  ) {}

  private c(method: string): void {
    this.ctx.count(`ConditionalFormatRule.${method}`);
  }

  /** Apps Script objects print as their class name and serialize as {}. */
  toString(): string {
    return 'ConditionalFormatRule';
  }

  toJSON(): Record<string, never> {
    return {};
  }

  _clone(): FakeConditionalFormatRule {
    return new FakeConditionalFormatRule(this.ctx, cloneSpec(this.spec));
  }

  _remap(remap: (s: FakeSheet) => FakeSheet): FakeConditionalFormatRule {
    return new FakeConditionalFormatRule(this.ctx, cloneSpec(this.spec, remap));
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    this.c('getRanges');
    return this.ctx.list(this.spec.ranges.map((r) => r.sheet._range({ ...r.rect }))) as unknown as GoogleAppsScript.Spreadsheet.Range[];
  }

  getBooleanCondition(): GCondition | null {
    this.c('getBooleanCondition');
    return this.spec.criteria === null ? null : (new FakeBooleanCondition(this.ctx, cloneSpec(this.spec)) as unknown as GCondition);
  }

  getGradientCondition(): GoogleAppsScript.Spreadsheet.GradientCondition | null {
    this.c('getGradientCondition');
    return null;
  }

  copy(): GBuilder {
    this.c('copy');
    return new FakeConditionalFormatRuleBuilder(this.ctx, cloneSpec(this.spec)) as unknown as GBuilder;
  }
}

export class FakeConditionalFormatRuleBuilder
  implements
    Pick<
      GBuilder,
      | 'whenTextEqualTo' | 'whenTextContains' | 'whenTextDoesNotContain' | 'whenTextStartsWith' | 'whenTextEndsWith'
      | 'whenFormulaSatisfied' | 'whenNumberLessThan' | 'whenNumberLessThanOrEqualTo' | 'whenNumberGreaterThan'
      | 'whenNumberGreaterThanOrEqualTo' | 'whenNumberBetween' | 'whenNumberNotBetween' | 'whenNumberEqualTo'
      | 'whenNumberNotEqualTo' | 'whenCellEmpty' | 'whenCellNotEmpty' | 'setBackground' | 'setFontColor' | 'setBold'
      | 'setItalic' | 'setStrikethrough' | 'setUnderline' | 'setRanges' | 'getRanges' | 'getBooleanCondition' | 'build'
      | 'copy'
    >
{
  constructor(
    readonly ctx: AppContext,
    private spec: RuleSpec = { criteria: null, values: [], format: {}, ranges: [] },
  ) {}

  private c(method: string): void {
    this.ctx.count(`ConditionalFormatRuleBuilder.${method}`);
  }

  /** Apps Script objects print as their class name and serialize as {}. */
  toString(): string {
    return 'ConditionalFormatRuleBuilder';
  }

  toJSON(): Record<string, never> {
    return {};
  }

  private when(method: string, criteria: BooleanCriteriaName, values: unknown[]): GBuilder {
    this.c(method);
    this.spec = { ...this.spec, criteria, values };
    return this as unknown as GBuilder;
  }

  private fmt(method: string, patch: RuleFormat): GBuilder {
    this.c(method);
    this.spec = { ...this.spec, format: { ...this.spec.format, ...patch } };
    return this as unknown as GBuilder;
  }

  whenTextEqualTo(text: string): GBuilder {
    return this.when('whenTextEqualTo', 'TEXT_EQUAL_TO', [text]);
  }

  whenTextContains(text: string): GBuilder {
    return this.when('whenTextContains', 'TEXT_CONTAINS', [text]);
  }

  whenTextDoesNotContain(text: string): GBuilder {
    return this.when('whenTextDoesNotContain', 'TEXT_DOES_NOT_CONTAIN', [text]);
  }

  whenTextStartsWith(text: string): GBuilder {
    return this.when('whenTextStartsWith', 'TEXT_STARTS_WITH', [text]);
  }

  whenTextEndsWith(text: string): GBuilder {
    return this.when('whenTextEndsWith', 'TEXT_ENDS_WITH', [text]);
  }

  whenFormulaSatisfied(formula: string): GBuilder {
    return this.when('whenFormulaSatisfied', 'CUSTOM_FORMULA', [formula]);
  }

  whenNumberLessThan(number: number): GBuilder {
    return this.when('whenNumberLessThan', 'NUMBER_LESS_THAN', [number]);
  }

  whenNumberLessThanOrEqualTo(number: number): GBuilder {
    return this.when('whenNumberLessThanOrEqualTo', 'NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }

  whenNumberGreaterThan(number: number): GBuilder {
    return this.when('whenNumberGreaterThan', 'NUMBER_GREATER_THAN', [number]);
  }

  whenNumberGreaterThanOrEqualTo(number: number): GBuilder {
    return this.when('whenNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }

  whenNumberBetween(start: number, end: number): GBuilder {
    return this.when('whenNumberBetween', 'NUMBER_BETWEEN', [start, end]);
  }

  whenNumberNotBetween(start: number, end: number): GBuilder {
    return this.when('whenNumberNotBetween', 'NUMBER_NOT_BETWEEN', [start, end]);
  }

  whenNumberEqualTo(number: number): GBuilder {
    return this.when('whenNumberEqualTo', 'NUMBER_EQUAL_TO', [number]);
  }

  whenNumberNotEqualTo(number: number): GBuilder {
    return this.when('whenNumberNotEqualTo', 'NUMBER_NOT_EQUAL_TO', [number]);
  }

  whenCellEmpty(): GBuilder {
    return this.when('whenCellEmpty', 'CELL_EMPTY', []);
  }

  whenCellNotEmpty(): GBuilder {
    return this.when('whenCellNotEmpty', 'CELL_NOT_EMPTY', []);
  }

  setBackground(color: string | null): GBuilder {
    return this.fmt('setBackground', { background: normalizeColor(color) });
  }

  setFontColor(color: string | null): GBuilder {
    return this.fmt('setFontColor', { fontColor: normalizeColor(color) });
  }

  setBold(bold: boolean | null): GBuilder {
    return this.fmt('setBold', { bold: bold ?? undefined });
  }

  setItalic(italic: boolean | null): GBuilder {
    return this.fmt('setItalic', { italic: italic ?? undefined });
  }

  setStrikethrough(strikethrough: boolean | null): GBuilder {
    return this.fmt('setStrikethrough', { strikethrough: strikethrough ?? undefined });
  }

  setUnderline(underline: boolean | null): GBuilder {
    return this.fmt('setUnderline', { underline: underline ?? undefined });
  }

  setRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): GBuilder {
    this.c('setRanges');
    if (!Array.isArray(ranges)) throw signatureError('SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges', [ranges]);
    const refs = (ranges as unknown as FakeRange[]).map((r) => ({ sheet: r.sheet, rect: { ...r.rect } as Rect }));
    this.spec = { ...this.spec, ranges: refs };
    return this as unknown as GBuilder;
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    this.c('getRanges');
    return this.ctx.list(this.spec.ranges.map((r) => r.sheet._range({ ...r.rect }))) as unknown as GoogleAppsScript.Spreadsheet.Range[];
  }

  getBooleanCondition(): GCondition | null {
    this.c('getBooleanCondition');
    return this.spec.criteria === null ? null : (new FakeBooleanCondition(this.ctx, cloneSpec(this.spec)) as unknown as GCondition);
  }

  copy(): GBuilder {
    this.c('copy');
    return new FakeConditionalFormatRuleBuilder(this.ctx, cloneSpec(this.spec)) as unknown as GBuilder;
  }

  build(): GRule {
    this.c('build');
    return new FakeConditionalFormatRule(this.ctx, cloneSpec(this.spec)) as unknown as GRule;
  }
}
