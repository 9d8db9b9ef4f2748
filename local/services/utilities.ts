// In-memory Utilities: Java-pattern formatDate, formatString, UUIDs, sleep on the Clock, base64, digests and blobs.
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { CallCounter } from '../counters';
import { Blob, encodeString, newBlob } from './blob';
import { Clock } from './clock';
import { formatJavaDate } from './format-date';
import { enumName, fromByteArray, gasError, isByteArray, isDate, makeEnum, ServiceDeps, toSignedBytes } from './support';

type UtilitiesApi = GoogleAppsScript.Utilities.Utilities;
type BlobApi = GoogleAppsScript.Base.Blob;

/** "The maximum allowed value is 300000 (or 5 minutes)." — Utilities.sleep reference. */
export const SLEEP_MAX_MS = 300000;
/** Our wording for an out-of-range sleep (Google's exact text not found). */
export const SLEEP_INVALID = 'Invalid argument: milliseconds';
/** Our wording for undecodable base64 (Google's exact text not confirmed). */
export const BASE64_INVALID = 'Could not decode string.';

export const Charset = makeEnum(['US_ASCII', 'UTF_8'] as const);
export const DigestAlgorithm = makeEnum(['MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512'] as const);
export const MacAlgorithm = makeEnum(['HMAC_MD5', 'HMAC_SHA_1', 'HMAC_SHA_256', 'HMAC_SHA_384', 'HMAC_SHA_512'] as const);

const CHARSET_NAMES: Record<string, string> = { US_ASCII: 'US-ASCII', UTF_8: 'UTF-8' };
const DIGESTS: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };
const MACS: Record<string, string> = {
  HMAC_MD5: 'md5',
  HMAC_SHA_1: 'sha1',
  HMAC_SHA_256: 'sha256',
  HMAC_SHA_384: 'sha384',
  HMAC_SHA_512: 'sha512',
};

function charsetName(charset: unknown): string {
  if (charset === undefined || charset === null) return 'UTF-8';
  const name = enumName(charset);
  return (name && CHARSET_NAMES[name]) ?? String(name ?? charset);
}

/** Strings are encoded with `charset` (UTF-8 by default); byte arrays are taken as Java bytes. */
function toBuffer(data: unknown, charset?: unknown): Buffer {
  return isByteArray(data) ? fromByteArray(data) : encodeString(String(data), charsetName(charset));
}

function decodeBase64(encoded: string, webSafe: boolean): Buffer {
  const text = String(encoded).replace(/\s+/g, '');
  const alphabet = webSafe ? /^[A-Za-z0-9_-]*={0,2}$/ : /^[A-Za-z0-9+/]*={0,2}$/;
  if (!alphabet.test(text) || text.replace(/=+$/, '').length % 4 === 1) throw gasError(BASE64_INVALID);
  return Buffer.from(text, webSafe ? 'base64url' : 'base64');
}

function encodeBase64WebSafe(bytes: Buffer): string {
  // Apps Script's web-safe variant keeps the '=' padding (RFC 4648 §5 alphabet, padded).
  return bytes.toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
}

/** A printf subset: %s %d %i %f %e %x %X %o %c %b %% with flags -+0 and space, width, precision, and n$ indexes. */
export function sprintf(template: string, args: readonly unknown[]): string {
  let next = 0;
  return String(template).replace(
    /%(?:(\d+)\$)?([-+ 0#]*)(\d+)?(?:\.(\d+))?([sdifeExXocbB%])/g,
    (whole, index: string | undefined, flags: string, width: string | undefined, precision: string | undefined, conv: string) => {
      if (conv === '%') return '%';
      const arg = index !== undefined ? args[Number(index) - 1] : args[next++];
      const prec = precision === undefined ? undefined : Number(precision);
      let body: string;
      let numeric = true;
      const num = Number(arg);
      switch (conv) {
        case 's':
          body = String(arg);
          if (prec !== undefined) body = body.slice(0, prec);
          numeric = false;
          break;
        case 'b':
        case 'B':
          body = String(arg !== null && arg !== undefined && arg !== false);
          numeric = false;
          break;
        case 'c':
          body = typeof arg === 'number' ? String.fromCodePoint(arg) : String(arg).charAt(0);
          numeric = false;
          break;
        case 'd':
        case 'i':
          body = Number.isFinite(num) ? String(Math.trunc(num)) : String(num);
          break;
        case 'f':
          body = Number.isFinite(num) ? num.toFixed(prec ?? 6) : String(num);
          break;
        case 'e':
        case 'E': {
          body = Number.isFinite(num) ? num.toExponential(prec ?? 6).replace(/e([+-])(\d)$/, 'e$10$2') : String(num);
          if (conv === 'E') body = body.toUpperCase();
          break;
        }
        case 'x':
        case 'X':
        case 'o': {
          const n = Math.trunc(num);
          body = Number.isFinite(n) ? (n < 0 ? n + 2 ** 32 : n).toString(conv === 'o' ? 8 : 16) : String(num);
          if (conv === 'X') body = body.toUpperCase();
          break;
        }
        default:
          return whole;
      }
      if (numeric && Number.isFinite(num) && !body.startsWith('-')) {
        if (flags.includes('+')) body = '+' + body;
        else if (flags.includes(' ')) body = ' ' + body;
      }
      const w = width === undefined ? 0 : Number(width);
      if (body.length >= w) return body;
      if (flags.includes('-')) return body + ' '.repeat(w - body.length);
      if (numeric && flags.includes('0') && Number.isFinite(num)) {
        const sign = /^[-+ ]/.test(body) ? body[0] : '';
        const digits = sign ? body.slice(1) : body;
        return sign + '0'.repeat(w - body.length) + digits;
      }
      return ' '.repeat(w - body.length) + body;
    },
  );
}

export class Utilities
  implements
    Pick<
      UtilitiesApi,
      | 'formatDate'
      | 'formatString'
      | 'getUuid'
      | 'sleep'
      | 'base64Encode'
      | 'base64Decode'
      | 'base64EncodeWebSafe'
      | 'base64DecodeWebSafe'
      | 'computeDigest'
      | 'computeHmacSha256Signature'
      | 'computeHmacSignature'
      | 'newBlob'
    >
{
  readonly Charset = Charset as unknown as typeof GoogleAppsScript.Utilities.Charset;
  readonly DigestAlgorithm = DigestAlgorithm as unknown as typeof GoogleAppsScript.Utilities.DigestAlgorithm;
  readonly MacAlgorithm = MacAlgorithm as unknown as typeof GoogleAppsScript.Utilities.MacAlgorithm;

  constructor(
    private readonly counter: CallCounter,
    private readonly clock: Clock,
    private readonly uuid: () => string = randomUUID,
  ) {}

  private count(method: string): void {
    this.counter.count('Utilities', `Utilities.${method}`);
  }

  /** Java SimpleDateFormat patterns in an IANA or "GMT+7" zone; see format-date.ts. */
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    this.count('formatDate');
    if (!isDate(date) || Number.isNaN(date.getTime())) throw gasError('Invalid argument: date');
    return formatJavaDate(date.getTime(), timeZone, String(format));
  }

  formatString(template: string, ...args: unknown[]): string {
    this.count('formatString');
    return sprintf(template, args);
  }

  /** An RFC 4122 version 4 UUID ("xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx"). */
  getUuid(): string {
    this.count('getUuid');
    return this.uuid();
  }

  /** Advances the Clock instead of blocking. */
  sleep(milliseconds: number): void {
    this.count('sleep');
    const ms = Number(milliseconds);
    if (!Number.isFinite(ms) || ms < 0 || ms > SLEEP_MAX_MS) throw gasError(SLEEP_INVALID);
    this.clock.advance(Math.trunc(ms));
  }

  base64Encode(data: unknown, charset?: unknown): string {
    this.count('base64Encode');
    return toBuffer(data, charset).toString('base64');
  }

  base64EncodeWebSafe(data: unknown, charset?: unknown): string {
    this.count('base64EncodeWebSafe');
    return encodeBase64WebSafe(toBuffer(data, charset));
  }

  base64Decode(encoded: string, _charset?: unknown): number[] {
    this.count('base64Decode');
    return toSignedBytes(decodeBase64(encoded, false));
  }

  base64DecodeWebSafe(encoded: string, _charset?: unknown): number[] {
    this.count('base64DecodeWebSafe');
    return toSignedBytes(decodeBase64(encoded, true));
  }

  computeDigest(algorithm: unknown, value: unknown, charset?: unknown): number[] {
    this.count('computeDigest');
    const name = enumName(algorithm) ?? '';
    const hash = DIGESTS[name];
    if (!hash) throw gasError(`Unsupported digest algorithm: ${name || String(algorithm)}`);
    return toSignedBytes(createHash(hash).update(toBuffer(value, charset)).digest());
  }

  computeHmacSha256Signature(value: unknown, key: unknown, charset?: unknown): number[] {
    this.count('computeHmacSha256Signature');
    return toSignedBytes(createHmac('sha256', toBuffer(key, charset)).update(toBuffer(value, charset)).digest());
  }

  computeHmacSignature(algorithm: unknown, value: unknown, key: unknown, charset?: unknown): number[] {
    this.count('computeHmacSignature');
    const name = enumName(algorithm) ?? '';
    const hash = MACS[name];
    if (!hash) throw gasError(`Unsupported MAC algorithm: ${name || String(algorithm)}`);
    return toSignedBytes(createHmac(hash, toBuffer(key, charset)).update(toBuffer(value, charset)).digest());
  }

  /** A blob from a string (stored as UTF-8) or a byte array; content type and name are null unless given. */
  newBlob(data: unknown, contentType?: string, name?: string): BlobApi {
    this.count('newBlob');
    return newBlob(this.counter, data, contentType, name) as unknown as BlobApi;
  }
}

export { Blob };

export function createUtilities(deps: ServiceDeps & { uuid?: () => string }): Utilities {
  return new Utilities(deps.counter, deps.clock, deps.uuid);
}
