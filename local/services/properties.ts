// In-memory PropertiesService: script, user and document stores shared across executions, with Apps Script's quotas.
import { gasError, RuntimeSettings, ServiceDeps, utf8Length } from './support';
import { CallCounter } from '../counters';

/**
 * Quotas from "Quotas for Google Services" (developers.google.com/apps-script/guides/services/quotas):
 * "Properties value size 9 KB / val", "Properties total storage 500 KB / property store".
 * tanaikech's measurements (tanaikech.github.io/2023/05/22/report-specification-of-properties-service-for-google-apps-script)
 * show the store total counts keys and values together, so we count UTF-8 bytes of both.
 */
export const PROPERTY_VALUE_MAX_BYTES = 9 * 1024;
export const PROPERTY_STORE_MAX_BYTES = 500 * 1024;

/** Thrown for one value over 9 KB (the wording seen in Apps Script logs and in community fakes of it). */
export const PROPERTY_VALUE_TOO_LARGE = 'Argument too large: value';
/** Thrown when a write would take the store over 500 KB (github.com/lucasvtiradentes/gcal-sync/issues/115). */
export const PROPERTY_STORE_FULL =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

export type PropertyScope = 'script' | 'user' | 'document';

type PropertiesApi = GoogleAppsScript.Properties.Properties;

/** One property store; a Properties object is a view onto it (getProperties returns a copy, not a live view). */
class PropertyStore {
  readonly map = new Map<string, string>();

  bytes(map: ReadonlyMap<string, string> = this.map): number {
    let total = 0;
    for (const [k, v] of map) total += utf8Length(k) + utf8Length(v);
    return total;
  }

  /** Replaces the content with `next` if it fits the quotas; otherwise throws and leaves the store unchanged. */
  commit(next: Map<string, string>, changed: Iterable<string>): void {
    for (const key of changed) {
      const value = next.get(key);
      if (value !== undefined && utf8Length(value) > PROPERTY_VALUE_MAX_BYTES) throw gasError(PROPERTY_VALUE_TOO_LARGE);
    }
    if (this.bytes(next) > PROPERTY_STORE_MAX_BYTES) throw gasError(PROPERTY_STORE_FULL);
    this.map.clear();
    for (const [k, v] of next) this.map.set(k, v);
  }
}

export class Properties
  implements
    Pick<
      PropertiesApi,
      | 'getProperty'
      | 'setProperty'
      | 'setProperties'
      | 'getProperties'
      | 'getKeys'
      | 'deleteProperty'
      | 'deleteAllProperties'
    >
{
  constructor(
    private readonly store: PropertyStore,
    private readonly counter: CallCounter,
  ) {}

  private count(method: string): void {
    this.counter.count('PropertiesService', `Properties.${method}`);
  }

  getProperty(key: string): string | null {
    this.count('getProperty');
    return this.store.map.get(String(key)) ?? null;
  }

  /** Values are stored as strings; other types are String()-ed, as the Properties guide says. */
  setProperty(key: string, value: string): PropertiesApi {
    this.count('setProperty');
    const k = String(key);
    const next = new Map(this.store.map);
    next.set(k, String(value));
    this.store.commit(next, [k]);
    return this as unknown as PropertiesApi;
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): PropertiesApi {
    this.count('setProperties');
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.store.map);
    const changed: string[] = [];
    for (const [k, v] of Object.entries(properties ?? {})) {
      next.set(k, String(v));
      changed.push(k);
    }
    this.store.commit(next, changed);
    return this as unknown as PropertiesApi;
  }

  getProperties(): { [key: string]: string } {
    this.count('getProperties');
    return Object.fromEntries(this.store.map);
  }

  getKeys(): string[] {
    this.count('getKeys');
    return [...this.store.map.keys()];
  }

  deleteProperty(key: string): PropertiesApi {
    this.count('deleteProperty');
    this.store.map.delete(String(key));
    return this as unknown as PropertiesApi;
  }

  deleteAllProperties(): PropertiesApi {
    this.count('deleteAllProperties');
    this.store.map.clear();
    return this as unknown as PropertiesApi;
  }
}

export class PropertiesService
  implements Pick<GoogleAppsScript.Properties.PropertiesService, 'getScriptProperties' | 'getUserProperties' | 'getDocumentProperties'>
{
  constructor(
    private readonly stores: PropertyStores,
    private readonly counter: CallCounter,
    private readonly settings: RuntimeSettings,
  ) {}

  getScriptProperties(): PropertiesApi {
    this.counter.count('PropertiesService', 'PropertiesService.getScriptProperties');
    return new Properties(this.stores.store('script'), this.counter) as unknown as PropertiesApi;
  }

  /** One store per user (keyed by the configured user email). */
  getUserProperties(): PropertiesApi {
    this.counter.count('PropertiesService', 'PropertiesService.getUserProperties');
    return new Properties(this.stores.store('user'), this.counter) as unknown as PropertiesApi;
  }

  /** null when the script has no container document (standalone), as the reference says. */
  getDocumentProperties(): PropertiesApi {
    this.counter.count('PropertiesService', 'PropertiesService.getDocumentProperties');
    if (!this.settings.hasContainer) return null as unknown as PropertiesApi;
    return new Properties(this.stores.store('document'), this.counter) as unknown as PropertiesApi;
  }
}

/** The stores behind a PropertiesService; tests read and seed them directly (no counting). */
export class PropertyStores {
  private readonly byKey = new Map<string, PropertyStore>();

  constructor(private readonly settings: RuntimeSettings) {}

  /** @internal */
  store(scope: PropertyScope): PropertyStore {
    const key = scope === 'user' ? `user:${this.settings.userEmail}` : scope;
    let store = this.byKey.get(key);
    if (!store) this.byKey.set(key, (store = new PropertyStore()));
    return store;
  }

  /** A copy of one store's content (the user store of the current user). */
  snapshot(scope: PropertyScope): Record<string, string> {
    return Object.fromEntries(this.store(scope).map);
  }

  /** Writes without quotas or counting, for test fixtures. */
  seed(scope: PropertyScope, values: Record<string, string>): void {
    for (const [k, v] of Object.entries(values)) this.store(scope).map.set(k, String(v));
  }

  /** UTF-8 bytes used by one store (keys + values). */
  bytes(scope: PropertyScope): number {
    return this.store(scope).bytes();
  }
}

export function createPropertiesService(deps: ServiceDeps): { service: PropertiesService; stores: PropertyStores } {
  const settings = deps.settings ?? new RuntimeSettings();
  const stores = new PropertyStores(settings);
  return { service: new PropertiesService(stores, deps.counter, settings), stores };
}
