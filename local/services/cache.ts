// In-memory CacheService: script, user and document caches whose entries expire by the Clock, with Apps Script's limits.
import { CallCounter } from '../counters';
import { Clock } from './clock';
import { gasError, RuntimeSettings, ServiceDeps, utf8Length } from './support';

/**
 * Limits from the Cache reference (developers.google.com/apps-script/reference/cache/cache): keys up to 250 characters,
 * values up to 100KB, at most 1,000 items per cache; put's expiration defaults to 600 s (10 minutes), the maximum is
 * 21600 s (6 hours). justin.poehnelt.com/posts/exploring-apps-script-cacheservice-limits measured the value cap at
 * 102,400 bytes and FIFO eviction of ~100 items (10%) when the cache is full; both are modelled here.
 */
export const CACHE_KEY_MAX_CHARS = 250;
export const CACHE_VALUE_MAX_BYTES = 100 * 1024;
export const CACHE_MAX_ITEMS = 1000;
export const CACHE_EVICT_BATCH = 100;
export const CACHE_DEFAULT_EXPIRATION_S = 600;
export const CACHE_MAX_EXPIRATION_S = 21600;
/** Error texts as Apps Script throws them (e.g. github.com/joseballester/muFunds/issues/13: "Argument too large: value"). */
export const CACHE_KEY_TOO_LARGE = 'Argument too large: key';
export const CACHE_VALUE_TOO_LARGE = 'Argument too large: value';

export type CacheScope = 'script' | 'user' | 'document';

type CacheApi = GoogleAppsScript.Cache.Cache;

interface Entry {
  value: string;
  expiresAt: number;
  createdSeq: number;
}

class CacheStore {
  readonly entries = new Map<string, Entry>();
  private seq = 0;

  constructor(private readonly clock: Clock) {}

  read(key: string): string | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= this.clock.now()) {
      this.entries.delete(key);
      return null;
    }
    return entry.value;
  }

  write(key: string, value: string, expirationInSeconds: number): void {
    this.entries.delete(key); // re-putting counts as a new item for FIFO eviction
    this.entries.set(key, { value, expiresAt: this.clock.now() + expirationInSeconds * 1000, createdSeq: this.seq++ });
    if (this.entries.size > CACHE_MAX_ITEMS) this.evict();
  }

  private evict(): void {
    const now = this.clock.now();
    for (const [k, e] of this.entries) if (e.expiresAt <= now) this.entries.delete(k);
    if (this.entries.size <= CACHE_MAX_ITEMS) return;
    // Map keeps insertion order and write() re-inserts, so the first keys are the oldest.
    let n = 0;
    for (const k of this.entries.keys()) {
      if (n++ >= CACHE_EVICT_BATCH) break;
      this.entries.delete(k);
    }
  }
}

function checkKey(key: unknown): string {
  const k = String(key);
  if (k.length > CACHE_KEY_MAX_CHARS) throw gasError(CACHE_KEY_TOO_LARGE);
  return k;
}

function checkValue(value: unknown): string {
  const v = String(value);
  if (utf8Length(v) > CACHE_VALUE_MAX_BYTES) throw gasError(CACHE_VALUE_TOO_LARGE);
  return v;
}

/** Clamps to 1..21600 s; the poehnelt measurements found out-of-range values accepted rather than rejected. */
function expiration(seconds: number | undefined): number {
  if (seconds === undefined || seconds === null) return CACHE_DEFAULT_EXPIRATION_S;
  const s = Math.trunc(Number(seconds));
  if (!Number.isFinite(s)) return CACHE_DEFAULT_EXPIRATION_S;
  return Math.min(Math.max(s, 1), CACHE_MAX_EXPIRATION_S);
}

export class Cache implements Pick<CacheApi, 'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll'> {
  constructor(
    private readonly store: CacheStore,
    private readonly counter: CallCounter,
  ) {}

  private count(method: string): void {
    this.counter.count('CacheService', `Cache.${method}`);
  }

  get(key: string): string | null {
    this.count('get');
    return this.store.read(checkKey(key));
  }

  getAll(keys: string[]): { [key: string]: string } {
    this.count('getAll');
    const out: { [key: string]: string } = {};
    for (const key of keys) {
      const k = checkKey(key);
      const v = this.store.read(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }

  put(key: string, value: string, expirationInSeconds?: number): void {
    this.count('put');
    const k = checkKey(key);
    this.store.write(k, checkValue(value), expiration(expirationInSeconds));
  }

  /** All pairs are checked before any is written. */
  putAll(values: { [key: string]: string }, expirationInSeconds?: number): void {
    this.count('putAll');
    const checked = Object.entries(values ?? {}).map(([k, v]) => [checkKey(k), checkValue(v)] as const);
    const seconds = expiration(expirationInSeconds);
    for (const [k, v] of checked) this.store.write(k, v, seconds);
  }

  remove(key: string): void {
    this.count('remove');
    this.store.entries.delete(checkKey(key));
  }

  removeAll(keys: string[]): void {
    this.count('removeAll');
    for (const key of keys) this.store.entries.delete(checkKey(key));
  }
}

/** The caches behind a CacheService; tests inspect them without counting. */
export class CacheStores {
  private readonly byKey = new Map<string, CacheStore>();

  constructor(
    private readonly settings: RuntimeSettings,
    private readonly clock: Clock,
  ) {}

  /** @internal */
  store(scope: CacheScope): CacheStore {
    const key = scope === 'user' ? `user:${this.settings.userEmail}` : scope;
    let store = this.byKey.get(key);
    if (!store) this.byKey.set(key, (store = new CacheStore(this.clock)));
    return store;
  }

  /** Live (unexpired) entries of one cache, as key → value. */
  snapshot(scope: CacheScope): Record<string, string> {
    const out: Record<string, string> = {};
    const store = this.store(scope);
    for (const k of [...store.entries.keys()]) {
      const v = store.read(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }

  /** Empties every cache (as if Google evicted everything). */
  clear(): void {
    this.byKey.clear();
  }
}

export class CacheService
  implements Pick<GoogleAppsScript.Cache.CacheService, 'getScriptCache' | 'getUserCache' | 'getDocumentCache'>
{
  constructor(
    private readonly stores: CacheStores,
    private readonly counter: CallCounter,
    private readonly settings: RuntimeSettings,
  ) {}

  getScriptCache(): CacheApi {
    this.counter.count('CacheService', 'CacheService.getScriptCache');
    return new Cache(this.stores.store('script'), this.counter) as unknown as CacheApi;
  }

  getUserCache(): CacheApi {
    this.counter.count('CacheService', 'CacheService.getUserCache');
    return new Cache(this.stores.store('user'), this.counter) as unknown as CacheApi;
  }

  /** null when the script is not bound to a document (CacheService reference). */
  getDocumentCache(): CacheApi | null {
    this.counter.count('CacheService', 'CacheService.getDocumentCache');
    if (!this.settings.hasContainer) return null;
    return new Cache(this.stores.store('document'), this.counter) as unknown as CacheApi;
  }
}

export function createCacheService(deps: ServiceDeps): { service: CacheService; stores: CacheStores } {
  const settings = deps.settings ?? new RuntimeSettings();
  const stores = new CacheStores(settings, deps.clock);
  return { service: new CacheService(stores, deps.counter, settings), stores };
}
