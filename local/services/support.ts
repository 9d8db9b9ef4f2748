// Shared helpers for the in-memory Apps Script services: service exceptions, enum values, signed bytes, settings.
import { CallCounter } from '../counters';
import { Clock } from './clock';

/**
 * An error shaped like the ones Apps Script services throw under V8: `name` is "Exception", so
 * `String(e)` reads "Exception: <message>" as in the execution log (e.g. the report in
 * github.com/lucasvtiradentes/gcal-sync/issues/115: `[Exception: You have exceeded the property storage quota. …] name: 'Exception'`).
 */
export function gasError(message: string): Error {
  const error = new exceptionConstructor(message);
  error.name = 'Exception';
  return error;
}

let exceptionConstructor: ErrorConstructor = Error;

/**
 * Makes service exceptions instances of another realm's Error: the runtime passes the node:vm context's `Error`, so
 * `e instanceof Error` holds inside the script as it does in Apps Script. Returns the previous constructor.
 */
export function setExceptionConstructor(ctor: ErrorConstructor = Error): ErrorConstructor {
  const previous = exceptionConstructor;
  exceptionConstructor = ctor;
  return previous;
}

/**
 * One value of an Apps Script enum (e.g. `ScriptApp.AuthMode.FULL`): an object compared by identity whose
 * toString()/name() is the constant's name, as in Apps Script, where `String(ScriptApp.AuthMode.FULL) === 'FULL'`.
 */
export interface EnumValue<N extends string = string> {
  name(): N;
  ordinal(): number;
  toString(): N;
  toJSON(): N;
}

export type EnumOf<K extends string> = { readonly [P in K]: EnumValue<P> };

export function makeEnum<K extends string>(names: readonly K[]): EnumOf<K> {
  const result = {} as Record<K, EnumValue<K>>;
  names.forEach((n, i) => {
    result[n] = Object.freeze({
      name: () => n,
      ordinal: () => i,
      toString: () => n,
      toJSON: () => n,
    });
  });
  return Object.freeze(result) as unknown as EnumOf<K>;
}

/** The name of an enum value, or of a string naming one (tests may pass 'YES'); undefined otherwise. */
export function enumName(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object' && typeof (value as EnumValue).name === 'function') {
    return (value as EnumValue).name();
  }
  return undefined;
}

/** Apps Script byte arrays are Java bytes: signed, -128..127. */
export function toSignedBytes(bytes: Uint8Array): number[] {
  const out = new Array<number>(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = bytes[i] > 127 ? bytes[i] - 256 : bytes[i];
  return out;
}

/** Accepts signed (-128..127) or unsigned (0..255) byte values, as Java's narrowing does. */
export function fromByteArray(data: ArrayLike<number>): Buffer {
  const out = Buffer.alloc(data.length);
  for (let i = 0; i < data.length; i++) out[i] = Number(data[i]) & 0xff;
  return out;
}

/** True for an array-like of numbers (an Apps Script Byte[] possibly made in another vm realm). */
export function isByteArray(value: unknown): value is ArrayLike<number> {
  return Array.isArray(value) || value instanceof Uint8Array || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** True for a Date from any realm (a Date built inside node:vm fails `instanceof Date` here). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * Who runs the script and where: shared by the services, changed by tests through the controls.
 * `hasContainer` is false for a standalone script (no bound document): then getDocumentProperties,
 * getDocumentLock and getDocumentCache return null, as Apps Script documents.
 */
export class RuntimeSettings {
  userEmail = 'thuky@thcsbinhminh.edu.vn';
  /** False mimics consumer accounts / simple triggers, where getActiveUser().getEmail() is ''. */
  activeUserAvailable = true;
  hasContainer = true;
  scriptTimeZone = 'Asia/Ho_Chi_Minh';
  userLocale = 'vi';
  scriptId = '1dVhT0fFl1nEs3rv1c3sScr1pt1d0000000000000000000000000000';
  /**
   * The manifest's oauthScopes, all of them granted by the user; a scope outside this list is never authorized, as
   * Apps Script requests only the manifest's scopes when it sets them. Undefined: scopes are not modelled (all granted).
   */
  oauthScopes?: readonly string[];

  constructor(init: Partial<RuntimeSettings> = {}) {
    Object.assign(this, init);
  }
}

/** What every service factory receives. */
export interface ServiceDeps {
  counter: CallCounter;
  clock: Clock;
  settings?: RuntimeSettings;
}
