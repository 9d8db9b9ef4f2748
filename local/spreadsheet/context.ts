// State shared by every object of one in-memory SpreadsheetApp: counter, options, formula-cache epoch, realm.
import { IdSource } from '../ids';
import type { CallCounter } from '../counters';
import type { FakeSpreadsheet } from './spreadsheet';
import type { FakeSheet } from './sheet';

export interface FormulaAt {
  spreadsheet: FakeSpreadsheet;
  sheet: FakeSheet;
  row: number;
  column: number;
}

export type FormulaEvaluator = (formula: string, at: FormulaAt) => unknown;

/** Constructors of the realm that receives values (the node:vm context), so `instanceof Date/Array` holds there. */
export interface Realm {
  Date?: DateConstructor;
  Array?: ArrayConstructor;
}

export class AppContext {
  /** Bumped on every content or structure write; cached formula results of an older epoch are stale. */
  epoch = 0;
  /** Cells being evaluated right now (cycle detection). */
  readonly evaluating = new Set<object>();
  readonly spreadsheets = new Map<string, FakeSpreadsheet>();
  readonly denied = new Set<string>();
  active: FakeSpreadsheet | null = null;

  constructor(
    readonly counter: CallCounter,
    readonly evaluateFormula: FormulaEvaluator | undefined,
    readonly locale: string,
    readonly timeZone: string,
    readonly userEmail: string,
    readonly realm: Realm,
  ) {}

  /** One user-level call of `Class.method` on the SpreadsheetApp service. */
  count(method: string): void {
    this.counter.count('SpreadsheetApp', method);
  }

  touch(): void {
    this.epoch += 1;
  }

  private readonly ids = new IdSource(1);

  /** Deterministic pseudo-random integers, so runs are reproducible. */
  nextRandom(): number {
    return this.ids.next();
  }

  /** A fresh id, never one already registered (a loaded file may carry an id this sequence would also produce). */
  newSpreadsheetId(): string {
    let id = this.ids.driveId();
    while (this.spreadsheets.has(id)) id = this.ids.driveId();
    return id;
  }

  list<T>(items: T[]): T[] {
    return this.realm.Array ? (this.realm.Array.from(items) as T[]) : items;
  }

  date(value: Date): Date {
    return this.realm.Date ? new this.realm.Date(value.getTime()) : new Date(value.getTime());
  }
}
