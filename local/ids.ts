// Deterministic ids for the offline runtime: reproducible runs, Drive-shaped ids, distinct per service (by salt).

export class IdSource {
  private seq = 0;

  /** `salt` keeps the id sequences of different services apart (a spreadsheet and a document never share an id). */
  constructor(private readonly salt: number) {}

  /** Deterministic pseudo-random 32-bit integers. */
  next(): number {
    this.seq += 1;
    let x = ((this.seq + this.salt * 0x9e3779b1) * 2654435761) >>> 0;
    x ^= x >>> 16;
    x = Math.imul(x, 0x45d9f3b) >>> 0;
    x ^= x >>> 16;
    return x >>> 0;
  }

  /** A 44-character Drive-style id ("1" + 43 of [A-Za-z0-9_-]), like those in Docs and Sheets URLs. */
  driveId(): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    let id = '1';
    while (id.length < 44) id += alphabet[this.next() % alphabet.length];
    return id;
  }
}
