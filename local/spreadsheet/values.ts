// Cell value types, cross-realm type checks and the "user-entered value" parsing that setValue(s) applies.

export type CellValue = string | number | boolean | Date;

/** Values may come from another realm (the node:vm context running the bundle), where `instanceof Date` fails. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** The result of parsing what a script wrote, as Sheets does for user-entered input. */
export type Entered = { kind: 'value'; value: CellValue | null } | { kind: 'formula'; formula: string };

const NUMERIC = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Parses one value written by setValue/setValues/appendRow the way Sheets parses user input
 * (Range.setValue docs: "If the value begins with '=' it is interpreted as a formula"):
 * - null/undefined/'' clear the cell; numbers, booleans and Dates are stored as they are (Dates copied);
 * - a string starting with '=' (and longer than '=') is a formula;
 * - a string starting with an apostrophe is literal text without the apostrophe;
 * - a plain numeric string ("42", "-3.5", "+84912345678", "007") becomes a number, as in Sheets (leading zeros and a
 *   leading '+' are lost: format the column as plain text '@' to keep them);
 * - "TRUE"/"FALSE" (any case) become booleans;
 * - everything else is text. No date, percent, currency or locale-specific number parsing is done.
 * In a cell formatted as plain text ('@') strings are kept as they are (no formula, number or boolean parsing).
 */
export function parseEntered(raw: unknown, plainText: boolean): Entered {
  if (raw === null || raw === undefined) return { kind: 'value', value: null };
  if (typeof raw === 'number') return { kind: 'value', value: Number.isFinite(raw) ? raw : '#NUM!' };
  if (typeof raw === 'boolean') return { kind: 'value', value: raw };
  if (isDate(raw)) return { kind: 'value', value: new Date(raw.getTime()) };
  const text = typeof raw === 'string' ? raw : String(raw);
  if (text === '') return { kind: 'value', value: null };
  if (plainText) return { kind: 'value', value: text };
  if (text.startsWith('=') && text.length > 1) return { kind: 'formula', formula: text };
  if (text.startsWith("'")) return { kind: 'value', value: text.slice(1) === '' ? null : text.slice(1) };
  if (NUMERIC.test(text)) return { kind: 'value', value: Number(text) };
  const upper = text.toUpperCase();
  if (upper === 'TRUE') return { kind: 'value', value: true };
  if (upper === 'FALSE') return { kind: 'value', value: false };
  return { kind: 'value', value: text };
}

/** Normalizes what a formula evaluator returned into a cell value ('' for nothing; top-left of an array result). */
export function normalizeResult(result: unknown): CellValue {
  let v = result;
  while (Array.isArray(v)) v = v.length > 0 ? v[0] : '';
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? v : '#NUM!';
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (isDate(v)) return new Date(v.getTime());
  return String(v);
}

/** Type names as Apps Script prints them in "The parameters (…) don't match the method signature" errors. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return Array.isArray(value[0]) ? 'Object[][]' : 'Object[]';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  if (isDate(value)) return 'Date';
  return 'Object';
}

export function signatureError(method: string, args: unknown[]): Error {
  return new Error(`The parameters (${args.map(typeName).join(',')}) don't match the method signature for ${method}.`);
}
