// Cell value types and cross-realm type checks (the parsing of written values is in userEntered.ts).

export type CellValue = string | number | boolean | Date;

/** Values may come from another realm (the node:vm context running the bundle), where `instanceof Date` fails. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
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
