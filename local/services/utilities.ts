// In-memory Utilities: Java-pattern formatDate, formatString, UUIDs, sleep on the Clock, base64, digests, blobs and zip.
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { unzipSync, zipSync, Zippable } from 'fflate';
import { CallCounter } from '../counters';
import { Blob, contentTypeForName, encodeString, newBlob } from './blob';
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

/*
 * Utilities.zip / Utilities.unzip, https://developers.google.com/apps-script/reference/utilities/utilities#zip(BlobSource),
 * #zip(BlobSource,String) and #unzip(BlobSource):
 *   zip(blobs[, name]) "Creates a new Blob object that is a zip file containing the data from the Blobs passed in";
 *   `name` is "the name of the zip file to create".
 *   unzip(blob) "Takes a Blob representing a zip file and returns its component files": "a Blob[] representing the
 *   component blobs, each named with the full path inside the zip".
 * So an entry's name is its blob's name, folders included: a blob named "word/document.xml" is stored at that path
 * (no separate folder entries), and unzip gives it back under the same name. That is what lets a script build a .docx
 * (Microsoft's OPC parts) from blobs and read one back.
 * (The quotes are the reference's method descriptions, not re-checked word for word. Google's own example of zip then unzip, "zip multiple
 * blobs into a single archive and then unzip that archive back into individual blobs using the Utilities class":
 * https://developers.google.com/google-ads/scripts/docs/examples/miscellaneous.)
 * What the reference does not say is modelled as below and marked so.
 */
/** The zip's content type: the zip MIME type (IANA's application/zip; the reference does not print it). */
export const ZIP_CONTENT_TYPE = 'application/zip';
/** The name of a zip made without `name`. Not in the reference (gas-fakes uses "archive.zip"); our choice. */
export const ZIP_DEFAULT_NAME = 'Archive.zip';
/**
 * A blob without a name cannot become an entry. The wording is the one Apps Script uses for a nameless blob where a
 * name is needed (DriveApp.createFile); that Utilities.zip throws it too is not confirmed.
 */
export const ZIP_NAMELESS = 'Blob object must have non-null name for this operation.';
/** Two blobs of the same name (java.util.zip's wording, "duplicate entry: <name>"; Google's is not confirmed). */
export const zipDuplicate = (name: string) => `duplicate entry: ${name}`;
/** Bytes that are not a zip archive (our wording; Google's exact text not found). */
export const UNZIP_INVALID = 'Could not unzip the blob: it is not a zip file.';

/**
 * Every entry is stamped 1980-01-01 00:00 (the earliest DOS date a zip can hold, in local time as fflate writes it),
 * so the same files always give the same bytes: snapshot tests and the PDF cache rely on it.
 */
const ZIP_MTIME = new Date(1980, 0, 1);

/** One file of a zip archive: its full path inside the archive and its bytes (a string is written as UTF-8). */
export interface ZipEntry {
  path: string;
  data: string | Uint8Array;
}

/**
 * Packs entries into a zip archive with fflate (deflate, UTF-8 names). fflate takes an object, so the entries come out
 * in the object's key order: the order given, except that names which are array indexes ("1", "20") would come first;
 * no file the add-in writes has such a name. A path given twice is an error.
 */
export function zipEntries(entries: readonly ZipEntry[]): Buffer {
  const files: Zippable = {};
  for (const { path, data } of entries) {
    if (Object.prototype.hasOwnProperty.call(files, path)) throw gasError(zipDuplicate(path));
    files[path] = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  }
  return Buffer.from(zipSync(files, { mtime: ZIP_MTIME }));
}

/** The files of a zip archive by path, in the archive's order (folder entries, "a/", left out). */
export function unzipEntries(bytes: Uint8Array): Array<{ path: string; data: Uint8Array }> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    throw gasError(UNZIP_INVALID);
  }
  return Object.entries(files)
    .filter(([path]) => !path.endsWith('/'))
    .map(([path, data]) => ({ path, data }));
}

/** The bytes and name behind a BlobSource, read without counting when it is one of our blobs. */
function blobContent(source: unknown): { bytes: Buffer; name: string | null } {
  const blob = source instanceof Blob ? source : (source as GoogleAppsScript.Base.BlobSource | null)?.getBlob?.();
  if (blob instanceof Blob) return { bytes: blob.rawBytes(), name: blob.rawName() };
  if (!blob) throw gasError('Invalid argument: blobs');
  return { bytes: fromByteArray(blob.getBytes()), name: blob.getName() };
}

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
      | 'zip'
      | 'unzip'
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

  /**
   * A zip of the blobs, each stored under its own name (folders kept); the zip is named `name` (ZIP_DEFAULT_NAME
   * without one) and typed ZIP_CONTENT_TYPE. Reading the blobs is part of this one call.
   */
  zip(blobs: GoogleAppsScript.Base.BlobSource[], name?: string): BlobApi {
    this.count('zip');
    if (!Array.isArray(blobs)) throw gasError('Invalid argument: blobs');
    const entries = blobs.map((source) => {
      const { bytes, name: path } = blobContent(source);
      if (path === null || path === '') throw gasError(ZIP_NAMELESS);
      return { path, data: bytes };
    });
    const zipName = name === undefined || name === null ? ZIP_DEFAULT_NAME : String(name);
    return new Blob(this.counter, zipEntries(entries), ZIP_CONTENT_TYPE, zipName) as unknown as BlobApi;
  }

  /**
   * The files of a zip, one blob each, named with the full path inside the zip. The content type is taken from the
   * extension where the Blob knows it, else null (the reference does not say; gas-fakes does the same).
   */
  unzip(blob: GoogleAppsScript.Base.BlobSource): BlobApi[] {
    this.count('unzip');
    return unzipEntries(blobContent(blob).bytes).map(
      ({ path, data }) => new Blob(this.counter, data, contentTypeForName(path), path) as unknown as BlobApi,
    );
  }
}

export { Blob };

export function createUtilities(deps: ServiceDeps & { uuid?: () => string }): Utilities {
  return new Utilities(deps.counter, deps.clock, deps.uuid);
}
