// In-memory Blob (Utilities.newBlob, HtmlOutput.getBlob): bytes, content type and name, with Apps Script's signed bytes.
import { CallCounter } from '../counters';
import { fromByteArray, gasError, isByteArray, toSignedBytes } from './support';

type BlobApi = GoogleAppsScript.Base.Blob;

/** A few extensions for setContentTypeFromExtension (Blob reference: "bmp, css, csv, gif, html, jpeg, js, pdf, png, txt, ..."). */
const EXTENSION_TYPES: Record<string, string> = {
  bmp: 'image/bmp',
  css: 'text/css',
  csv: 'text/csv',
  gif: 'image/gif',
  htm: 'text/html',
  html: 'text/html',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  js: 'application/javascript',
  json: 'application/json',
  pdf: 'application/pdf',
  png: 'image/png',
  svg: 'image/svg+xml',
  txt: 'text/plain',
  xml: 'text/xml',
  zip: 'application/zip',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The content type a file name's extension stands for, or null when the extension is unknown or missing. */
export function contentTypeForName(name: string | null): string | null {
  const ext = /\.([^./]+)$/.exec(name ?? '')?.[1]?.toLowerCase();
  return (ext && EXTENSION_TYPES[ext]) || null;
}

/** Decodes bytes with a Java charset name ("UTF-8", "US-ASCII", "ISO-8859-1", "UTF-16", ...). */
export function decodeBytes(bytes: Uint8Array, charset = 'UTF-8'): string {
  const name = String(charset).toUpperCase();
  if (name === 'US-ASCII' || name === 'ASCII') {
    let s = '';
    for (const b of bytes) s += b < 128 ? String.fromCharCode(b) : '\uFFFD';
    return s;
  }
  try {
    return new TextDecoder(name === 'UTF-16' ? 'utf-16be' : name.toLowerCase()).decode(bytes);
  } catch {
    throw gasError(`Unsupported charset: ${charset}`);
  }
}

/** Encodes a string with a Java charset name; unmappable characters become '?' as Java's String.getBytes does. */
export function encodeString(text: string, charset = 'UTF-8'): Buffer {
  const name = String(charset).toUpperCase();
  if (name === 'UTF-8' || name === 'UTF8') return Buffer.from(text, 'utf8');
  if (name === 'US-ASCII' || name === 'ASCII' || name === 'ISO-8859-1' || name === 'LATIN1') {
    const limit = name === 'ISO-8859-1' || name === 'LATIN1' ? 255 : 127;
    const out: number[] = [];
    for (const ch of text) out.push(ch.codePointAt(0)! <= limit ? ch.codePointAt(0)! : 0x3f);
    return Buffer.from(out);
  }
  throw gasError(`Unsupported charset: ${charset}`);
}

export class Blob
  implements
    Pick<
      BlobApi,
      | 'copyBlob'
      | 'getAs'
      | 'getBlob'
      | 'getBytes'
      | 'getContentType'
      | 'getDataAsString'
      | 'getName'
      | 'isGoogleType'
      | 'setBytes'
      | 'setContentType'
      | 'setContentTypeFromExtension'
      | 'setDataFromString'
      | 'setName'
    >
{
  private bytes: Buffer;

  constructor(
    private readonly counter: CallCounter,
    data: Uint8Array,
    private contentType: string | null = null,
    private name: string | null = null,
    private readonly service = 'Utilities',
  ) {
    this.bytes = Buffer.from(data);
  }

  private count(method: string): void {
    this.counter.count(this.service, `Blob.${method}`);
  }

  private self(): BlobApi {
    return this as unknown as BlobApi;
  }

  /** The raw bytes, for other local services (no counting). */
  rawBytes(): Buffer {
    return Buffer.from(this.bytes);
  }

  /** The name, for other local services (no counting). */
  rawName(): string | null {
    return this.name;
  }

  /** The content type, for other local services (no counting). */
  rawContentType(): string | null {
    return this.contentType;
  }

  copyBlob(): BlobApi {
    this.count('copyBlob');
    return new Blob(this.counter, this.bytes, this.contentType, this.name, this.service).self();
  }

  /**
   * Only a conversion to the blob's own type is possible offline (the bytes are kept); anything else throws with
   * the wording Apps Script uses for unsupported conversions ("Converting from X to Y is not supported.").
   */
  getAs(contentType: string): BlobApi {
    this.count('getAs');
    const target = String(contentType);
    if (this.contentType === null || target.toLowerCase() !== this.contentType.toLowerCase()) {
      throw gasError(`Converting from ${this.contentType ?? 'unknown'} to ${target} is not supported.`);
    }
    return new Blob(this.counter, this.bytes, this.contentType, this.name, this.service).self();
  }

  getBlob(): BlobApi {
    this.count('getBlob');
    return this.self();
  }

  getBytes(): number[] {
    this.count('getBytes');
    return toSignedBytes(this.bytes);
  }

  getContentType(): string | null {
    this.count('getContentType');
    return this.contentType;
  }

  getDataAsString(charset?: string): string {
    this.count('getDataAsString');
    return decodeBytes(this.bytes, charset);
  }

  getName(): string | null {
    this.count('getName');
    return this.name;
  }

  isGoogleType(): boolean {
    this.count('isGoogleType');
    return false;
  }

  setBytes(data: number[]): BlobApi {
    this.count('setBytes');
    this.bytes = fromByteArray(data);
    return this.self();
  }

  setContentType(contentType: string | null): BlobApi {
    this.count('setContentType');
    this.contentType = contentType === null || contentType === undefined ? null : String(contentType);
    return this.self();
  }

  setContentTypeFromExtension(): BlobApi {
    this.count('setContentTypeFromExtension');
    const type = contentTypeForName(this.name);
    if (!type) throw gasError(`Could not infer the content type from the name "${this.name ?? ''}".`);
    this.contentType = type;
    return this.self();
  }

  setDataFromString(text: string, charset?: string): BlobApi {
    this.count('setDataFromString');
    this.bytes = encodeString(String(text), charset);
    return this.self();
  }

  setName(name: string): BlobApi {
    this.count('setName');
    this.name = String(name);
    return this.self();
  }
}

/** Builds a blob from a string (UTF-8) or a byte array, as Utilities.newBlob does. */
export function newBlob(
  counter: CallCounter,
  data: unknown,
  contentType?: string | null,
  name?: string | null,
  service = 'Utilities',
): Blob {
  const bytes = isByteArray(data) ? fromByteArray(data) : Buffer.from(String(data), 'utf8');
  return new Blob(counter, bytes, contentType ?? null, name ?? null, service);
}
