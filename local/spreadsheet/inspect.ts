// Inspection helpers for tests and tools (not Apps Script surface, never counted): dumps, selection, toasts, errors.
import { quoteSheetName, rectA1 } from './a1';
import { formatDisplay } from './numberFormat';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet, Toast } from './spreadsheet';
import type { CellValue } from './values';

export interface ValidationSummary {
  criteria: string | null;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export interface SheetDump {
  name: string;
  /** Values of the data range (A1 to last row/column with content); formulas evaluated. */
  values: CellValue[][];
  displayValues: string[][];
  formulas: string[][];
  notes: string[][];
  /** A1 → validation summary; a VALUE_IN_RANGE range reads as "'Sheet'!A1:B2". */
  validations: Record<string, ValidationSummary>;
  numberFormats: Record<string, string>;
  merges: string[];
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
}

function extent(sheet: FakeSheet): { rows: number; columns: number } {
  let rows = sheet._lastRow();
  let columns = sheet._lastColumn();
  sheet._forEachCell((cell, r, c) => {
    if (cell.note || cell.validation) {
      rows = Math.max(rows, r);
      columns = Math.max(columns, c);
    }
  });
  return { rows, columns };
}

type AnySheet = FakeSheet | GoogleAppsScript.Spreadsheet.Sheet;
type AnySpreadsheet = FakeSpreadsheet | GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Accepts the objects user code sees (typed as Apps Script's) as well as the fake classes. */
const fakeSheet = (s: AnySheet) => s as unknown as FakeSheet;
const fakeSs = (s: AnySpreadsheet) => s as unknown as FakeSpreadsheet;

export function dumpSheet(anySheet: AnySheet): SheetDump {
  const sheet = fakeSheet(anySheet);
  const { rows, columns } = extent(sheet);
  const grid = <T>(f: (r: number, c: number) => T): T[][] =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => f(r + 1, c + 1)));
  const validations: Record<string, ValidationSummary> = {};
  const numberFormats: Record<string, string> = {};
  sheet._forEachCell((cell, r, c) => {
    const a1 = rectA1({ r1: r, c1: c, r2: r, c2: c });
    if (cell.validation) {
      const s = cell.validation.spec;
      validations[a1] = {
        criteria: s.criteria,
        values: s.values.map((v) => (v && typeof v === 'object' && 'rect' in v && 'sheet' in v ? `${quoteSheetName((v as { sheet: FakeSheet }).sheet.name)}!${rectA1((v as { rect: { r1: number; c1: number; r2: number; c2: number } }).rect)}` : v)),
        allowInvalid: s.allowInvalid,
        helpText: s.helpText,
      };
    }
    if (cell.format?.numberFormat) numberFormats[a1] = cell.format.numberFormat;
  });
  return {
    name: sheet.name,
    values: grid((r, c) => sheet._value(r, c)),
    displayValues: grid((r, c) => formatDisplay(sheet._value(r, c), sheet._cell(r, c)?.format?.numberFormat, sheet.ss.locale, sheet.ss.timeZone)),
    formulas: grid((r, c) => sheet._cell(r, c)?.formula ?? ''),
    notes: grid((r, c) => sheet._cell(r, c)?.note ?? ''),
    validations,
    numberFormats,
    merges: sheet.merges.map(rectA1),
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    hidden: sheet.hidden,
  };
}

/** The selection as "'Sheet name'!B3" (what a link or Range.activate selected), or null. */
export function activeRangeA1(ss: AnySpreadsheet): string | null {
  const r = fakeSs(ss)._activeRange();
  return r ? `${quoteSheetName(r.sheet.name)}!${rectA1(r.rect)}` : null;
}

export function toasts(ss: AnySpreadsheet): Toast[] {
  return [...fakeSs(ss).toasts];
}

export interface FormulaError {
  sheet: string;
  a1: string;
  formula: string;
  value: CellValue;
  message: string;
}

/** Evaluates every formula cell and lists those whose evaluation threw (value '#ERROR!') or hit a cycle. */
export function formulaErrors(ss: AnySpreadsheet): FormulaError[] {
  const out: FormulaError[] = [];
  for (const sheet of fakeSs(ss).sheets) {
    sheet._forEachCell((cell, r, c) => {
      if (cell.formula === undefined) return;
      const result = sheet._evaluate(cell, r, c);
      if (result.error !== undefined) out.push({ sheet: sheet.name, a1: rectA1({ r1: r, c1: c, r2: r, c2: c }), formula: cell.formula, value: result.value, message: result.error });
    });
  }
  return out;
}

/** The error message of one formula cell ("'Sheet'!A1"; unqualified: the active sheet), or null. */
export function formulaError(ss: AnySpreadsheet, a1: string): string | null {
  const range = fakeSs(ss)._rangeFromA1(a1);
  const cell = range.sheet._cell(range.rect.r1, range.rect.c1);
  if (!cell || cell.formula === undefined) return null;
  return range.sheet._evaluate(cell, range.rect.r1, range.rect.c1).error ?? null;
}
