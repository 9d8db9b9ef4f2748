// DataValidationBuilder and DataValidation (immutable rule): criteria, values, allowInvalid, help text.
import type { AppContext } from './context';
import { DataValidationCriteria, DataValidationCriteriaName } from './enums';
import type { FakeRange } from './range';
import type { FakeSheet, SheetRect } from './sheet';
import { signatureError } from './values';

type GBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type GValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/**
 * A rule's data. `values` holds the criteria values as getCriteriaValues returns them, except that a range
 * (requireValueInRange) is kept as a SheetRect so it follows row/column insertions.
 */
export interface ValidationSpec {
  criteria: DataValidationCriteriaName | null;
  values: unknown[];
  /** "The default for a new data validation rule is true" (DataValidationBuilder.setAllowInvalid). */
  allowInvalid: boolean;
  helpText: string | null;
}

function isSheetRect(v: unknown): v is SheetRect {
  return !!v && typeof v === 'object' && 'sheet' in v && 'rect' in v;
}

function copyValues(values: unknown[], remap: (s: FakeSheet) => FakeSheet): unknown[] {
  return values.map((v) => (isSheetRect(v) ? { sheet: remap(v.sheet), rect: { ...v.rect } } : Array.isArray(v) ? [...v] : v));
}

function publicValues(ctx: AppContext, values: unknown[]): unknown[] {
  return ctx.list(values.map((v) => (isSheetRect(v) ? v.sheet._range({ ...v.rect }) : Array.isArray(v) ? ctx.list([...v]) : v)));
}

export class FakeDataValidation implements Pick<GValidation, 'getCriteriaType' | 'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText' | 'copy'> {
  constructor(
    readonly ctx: AppContext,
    readonly spec: ValidationSpec,
  ) {}

  private c(method: string): void {
    this.ctx.count(`DataValidation.${method}`);
  }

  /** Apps Script objects print as their class name and serialize as {}. */
  toString(): string {
    return 'DataValidation';
  }

  toJSON(): Record<string, never> {
    return {};
  }

  /** A copy whose range references are moved to other sheets (spreadsheet copies). */
  _remap(remap: (s: FakeSheet) => FakeSheet): FakeDataValidation {
    return new FakeDataValidation(this.ctx, { ...this.spec, values: copyValues(this.spec.values, remap) });
  }

  /** The SheetRect of a VALUE_IN_RANGE rule. */
  _rangeRef(): SheetRect | null {
    const v = this.spec.values[0];
    return isSheetRect(v) ? v : null;
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    this.c('getCriteriaType');
    return this.spec.criteria as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }

  getCriteriaValues(): any[] {
    this.c('getCriteriaValues');
    return publicValues(this.ctx, this.spec.values);
  }

  getAllowInvalid(): boolean {
    this.c('getAllowInvalid');
    return this.spec.allowInvalid;
  }

  getHelpText(): string {
    this.c('getHelpText');
    return this.spec.helpText as string;
  }

  copy(): GBuilder {
    this.c('copy');
    return new FakeDataValidationBuilder(this.ctx, { ...this.spec, values: copyValues(this.spec.values, (s) => s) }) as unknown as GBuilder;
  }
}

export class FakeDataValidationBuilder
  implements
    Pick<
      GBuilder,
      | 'requireValueInList' | 'requireValueInRange' | 'requireCheckbox' | 'requireNumberBetween' | 'requireNumberNotBetween'
      | 'requireNumberGreaterThanOrEqualTo' | 'requireNumberGreaterThan' | 'requireNumberLessThan'
      | 'requireNumberLessThanOrEqualTo' | 'requireNumberEqualTo' | 'requireNumberNotEqualTo' | 'requireTextContains'
      | 'requireTextDoesNotContain' | 'requireTextEqualTo' | 'requireTextIsEmail' | 'requireTextIsUrl' | 'requireDate'
      | 'requireFormulaSatisfied' | 'withCriteria' | 'setAllowInvalid' | 'setHelpText' | 'build' | 'copy'
      | 'getCriteriaType' | 'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText'
    >
{
  constructor(
    readonly ctx: AppContext,
    private spec: ValidationSpec = { criteria: null, values: [], allowInvalid: true, helpText: null },
  ) {}

  private c(method: string): void {
    this.ctx.count(`DataValidationBuilder.${method}`);
  }

  /** Apps Script objects print as their class name and serialize as {}. */
  toString(): string {
    return 'DataValidationBuilder';
  }

  toJSON(): Record<string, never> {
    return {};
  }

  private set(criteria: DataValidationCriteriaName, values: unknown[]): GBuilder {
    this.spec = { ...this.spec, criteria, values };
    return this as unknown as GBuilder;
  }

  requireValueInList(values: string[], showDropdown?: boolean): GBuilder {
    this.c('requireValueInList');
    if (!Array.isArray(values)) throw signatureError('SpreadsheetApp.DataValidationBuilder.requireValueInList', [values]);
    return this.set('VALUE_IN_LIST', [[...values], showDropdown ?? true]);
  }

  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown?: boolean): GBuilder {
    this.c('requireValueInRange');
    const r = range as unknown as FakeRange;
    if (!r || !r.sheet) throw signatureError('SpreadsheetApp.DataValidationBuilder.requireValueInRange', [range]);
    return this.set('VALUE_IN_RANGE', [{ sheet: r.sheet, rect: { ...r.rect } }, showDropdown ?? true]);
  }

  requireCheckbox(checkedValue?: any, uncheckedValue?: any): GBuilder {
    this.c('requireCheckbox');
    return this.set('CHECKBOX', arguments.length === 0 ? [] : arguments.length === 1 ? [checkedValue] : [checkedValue, uncheckedValue]);
  }

  requireNumberBetween(start: number, end: number): GBuilder {
    this.c('requireNumberBetween');
    return this.set('NUMBER_BETWEEN', [start, end]);
  }

  requireNumberNotBetween(start: number, end: number): GBuilder {
    this.c('requireNumberNotBetween');
    return this.set('NUMBER_NOT_BETWEEN', [start, end]);
  }

  requireNumberGreaterThanOrEqualTo(number: number): GBuilder {
    this.c('requireNumberGreaterThanOrEqualTo');
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }

  requireNumberGreaterThan(number: number): GBuilder {
    this.c('requireNumberGreaterThan');
    return this.set('NUMBER_GREATER_THAN', [number]);
  }

  requireNumberLessThan(number: number): GBuilder {
    this.c('requireNumberLessThan');
    return this.set('NUMBER_LESS_THAN', [number]);
  }

  requireNumberLessThanOrEqualTo(number: number): GBuilder {
    this.c('requireNumberLessThanOrEqualTo');
    return this.set('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }

  requireNumberEqualTo(number: number): GBuilder {
    this.c('requireNumberEqualTo');
    return this.set('NUMBER_EQUAL_TO', [number]);
  }

  requireNumberNotEqualTo(number: number): GBuilder {
    this.c('requireNumberNotEqualTo');
    return this.set('NUMBER_NOT_EQUAL_TO', [number]);
  }

  requireTextContains(text: string): GBuilder {
    this.c('requireTextContains');
    return this.set('TEXT_CONTAINS', [text]);
  }

  requireTextDoesNotContain(text: string): GBuilder {
    this.c('requireTextDoesNotContain');
    return this.set('TEXT_DOES_NOT_CONTAIN', [text]);
  }

  requireTextEqualTo(text: string): GBuilder {
    this.c('requireTextEqualTo');
    return this.set('TEXT_EQUAL_TO', [text]);
  }

  requireTextIsEmail(): GBuilder {
    this.c('requireTextIsEmail');
    return this.set('TEXT_IS_VALID_EMAIL', []);
  }

  requireTextIsUrl(): GBuilder {
    this.c('requireTextIsUrl');
    return this.set('TEXT_IS_VALID_URL', []);
  }

  requireDate(): GBuilder {
    this.c('requireDate');
    return this.set('DATE_IS_VALID_DATE', []);
  }

  requireFormulaSatisfied(formula: string): GBuilder {
    this.c('requireFormulaSatisfied');
    return this.set('CUSTOM_FORMULA', [formula]);
  }

  withCriteria(criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria, args: any[]): GBuilder {
    this.c('withCriteria');
    const name = String(criteria) as DataValidationCriteriaName;
    if (!(name in DataValidationCriteria)) throw signatureError('SpreadsheetApp.DataValidationBuilder.withCriteria', [criteria, args]);
    return this.set(name, (args ?? []).map((v: unknown) => {
      const r = v as FakeRange;
      return r && typeof r === 'object' && 'rect' in r && 'sheet' in r ? { sheet: r.sheet, rect: { ...r.rect } } : v;
    }));
  }

  setAllowInvalid(allowInvalidData: boolean): GBuilder {
    this.c('setAllowInvalid');
    this.spec = { ...this.spec, allowInvalid: !!allowInvalidData };
    return this as unknown as GBuilder;
  }

  setHelpText(helpText: string): GBuilder {
    this.c('setHelpText');
    this.spec = { ...this.spec, helpText: helpText === null || helpText === undefined ? null : String(helpText) };
    return this as unknown as GBuilder;
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    this.c('getCriteriaType');
    return this.spec.criteria as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }

  getCriteriaValues(): any[] {
    this.c('getCriteriaValues');
    return publicValues(this.ctx, this.spec.values);
  }

  getAllowInvalid(): boolean {
    this.c('getAllowInvalid');
    return this.spec.allowInvalid;
  }

  getHelpText(): string {
    this.c('getHelpText');
    return this.spec.helpText as string;
  }

  copy(): GBuilder {
    this.c('copy');
    return new FakeDataValidationBuilder(this.ctx, { ...this.spec, values: copyValues(this.spec.values, (s) => s) }) as unknown as GBuilder;
  }

  build(): GValidation {
    this.c('build');
    if (this.spec.criteria === null) throw new Error('You must specify a criteria type for the data validation rule.');
    return new FakeDataValidation(this.ctx, { ...this.spec, values: copyValues(this.spec.values, (s) => s) }) as unknown as GValidation;
  }
}
