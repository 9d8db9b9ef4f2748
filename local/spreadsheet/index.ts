// Public entry of the in-memory SpreadsheetApp: factory, model classes, .xlsx load/save and inspection helpers.
export { createSpreadsheetApp } from './app';
export type { SpreadsheetAppOptions, SpreadsheetAppControls } from './app';
export type { FormulaAt, FormulaEvaluator, Realm } from './context';
export { FakeSpreadsheet } from './spreadsheet';
export type { Toast } from './spreadsheet';
export { FakeSheet } from './sheet';
export { FakeRange } from './range';
export { loadXlsx, saveXlsx, xlsxBuffer, toFileSyntax, RUNTIME_SHEET } from './xlsx';
export type { LoadOptions } from './xlsx';
export type { FormulaError, SheetDump, ValidationSummary } from './inspect';
export { activeRangeA1, dumpSheet, formulaError, formulaErrors, toasts } from './inspect';
export { chartsOf } from './charts';
export type { ChartDump } from './charts';
