// Argument checks with Apps Script's error wording for DocumentApp methods (typed parameters, offsets, colours).
import { gasError } from '../services/support';

/** How Apps Script names a JavaScript value's type in "The parameters (…) don't match …" errors. */
function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'Boolean';
  if (Array.isArray(value)) return 'Object[]';
  return 'Object';
}

/**
 * The exception Apps Script throws when a call's arguments do not fit any overload of a typed method, e.g.
 * "The parameters (String) don't match the method signature for DocumentApp.Paragraph.setAlignment."
 */
export function signatureError(method: string, args: ArrayLike<unknown>): Error {
  const types = Array.from(args).map(typeName).join(',');
  return gasError(`The parameters (${types}) don't match the method signature for DocumentApp.${method}.`);
}

export function invalidArgument(name: string): Error {
  return gasError(`Invalid argument: ${name}`);
}

export function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function isInteger(value: unknown): value is number {
  return isNumber(value) && Number.isInteger(value);
}

/** A finite number argument, else the signature error of `method`. */
export function num(value: unknown, method: string, args: ArrayLike<unknown>): number {
  if (!isNumber(value)) throw signatureError(method, args);
  return value;
}

/** An integer index argument (Apps Script's Integer), else the signature error of `method`. */
export function int(value: unknown, method: string, args: ArrayLike<unknown>): number {
  if (!isNumber(value)) throw signatureError(method, args);
  return Math.trunc(value);
}

/** Checks a child index against a container's child count (`allowEnd`: inserting at the end is allowed). */
export function checkChildIndex(index: number, count: number, allowEnd: boolean): void {
  if (index < 0 || index > count || (!allowEnd && index === count)) {
    throw gasError(`Child index (${index}) must be less than the number of child elements (${count}).`);
  }
}

/** Text offsets (`start`..`endInclusive`) must lie inside the text, as for Text.setBold(start, end, bold). */
export function checkRange(start: number, endInclusive: number, length: number): void {
  if (start < 0 || start >= length) throw gasError(`Index (${start}) must be less than the content length (${length}).`);
  if (endInclusive >= length) throw gasError(`Index (${endInclusive}) must be less than the content length (${length}).`);
  if (endInclusive < start) throw invalidArgument('endOffsetInclusive');
}

/**
 * A CSS hex colour ("#rgb" or "#rrggbb"), normalized to lowercase "#rrggbb" as Apps Script's getters return it;
 * null clears the colour. Anything else is invalid.
 */
export function color(value: unknown, name: string): string | null {
  if (value === null) return null;
  if (typeof value !== 'string') throw invalidArgument(name);
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(value);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toLowerCase();
  if (/^#[0-9a-f]{6}$/i.test(value)) return value.toLowerCase();
  throw invalidArgument(name);
}
