// State shared by every object of one in-memory DocumentApp: counter, realm, blob factory, ids, the documents.
import { IdSource } from '../ids';
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

  private readonly ids = new IdSource(2);

  /** Deterministic pseudo-random integers, so runs are reproducible. */
  nextRandom(): number {
    return this.ids.next();
  }

  /** A 44-character Drive-style id ("1" + 43 of [A-Za-z0-9_-]), like the ids in document URLs. */
  newDocumentId(): string {
    return this.ids.driveId();
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
