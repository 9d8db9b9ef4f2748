// State shared by every object of one in-memory DocumentApp: counter, realm, blob factory, ids, the documents.
import type { CallCounter } from '../counters';
import type { FakeDocument } from './document';

/** Constructors of the realm that receives values (the node:vm context), so `instanceof Array/Date` holds there. */
export interface DocRealm {
  Date?: DateConstructor;
  Array?: ArrayConstructor;
}

/** Builds a Blob (local/services/blob.ts) from bytes; the runtime passes one bound to its counter. */
export type BlobFactory = (bytes: number[] | Uint8Array, contentType: string, name: string) => unknown;

export class DocContext {
  readonly documents = new Map<string, FakeDocument>();
  private seq = 0;

  constructor(
    readonly counter: CallCounter,
    readonly realm: DocRealm,
    readonly newBlob: BlobFactory,
    readonly userEmail: string,
  ) {}

  /** One user-level call of `Class.method` on the DocumentApp service ("Body.appendParagraph"). */
  count(method: string): void {
    this.counter.count('DocumentApp', method);
  }

  /** Deterministic pseudo-random integers (document ids, list ids), so runs are reproducible. */
  nextRandom(): number {
    this.seq += 1;
    let x = (this.seq * 2654435761) >>> 0;
    x ^= x >>> 16;
    x = Math.imul(x, 0x45d9f3b) >>> 0;
    x ^= x >>> 16;
    return x >>> 0;
  }

  /** A 44-character Drive-style id ("1" + 43 of [A-Za-z0-9_-]), like the ids in document URLs. */
  newDocumentId(): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    let id = '1';
    while (id.length < 44) id += alphabet[this.nextRandom() % alphabet.length];
    return id;
  }

  /** A list id shaped like Google's ("kix." + 12 lowercase letters and digits). */
  newListId(): string {
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
    let id = 'kix.';
    while (id.length < 16) id += alphabet[this.nextRandom() % alphabet.length];
    return id;
  }

  list<T>(items: T[]): T[] {
    return this.realm.Array ? (this.realm.Array.from(items) as T[]) : items;
  }
}
