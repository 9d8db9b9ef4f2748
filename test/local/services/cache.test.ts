// CacheService: expiry by the clock, default and maximum lifetimes, key/value limits with Apps Script's messages, eviction.
import { CallCounter } from '../../../local/counters';
import {
  CACHE_KEY_TOO_LARGE,
  CACHE_MAX_ITEMS,
  CACHE_VALUE_MAX_BYTES,
  CACHE_VALUE_TOO_LARGE,
  createCacheService,
} from '../../../local/services/cache';
import { Clock } from '../../../local/services/clock';
import { RuntimeSettings } from '../../../local/services/support';

function setup(settings = new RuntimeSettings()) {
  const counter = new CallCounter();
  const clock = new Clock();
  const { service, stores } = createCacheService({ counter, clock, settings });
  return { CacheService: service, stores, clock, counter, settings };
}

describe('Cache', () => {
  test('get returns null for a missing key and the value for a present one', () => {
    const { CacheService } = setup();
    const cache = CacheService.getScriptCache();
    expect(cache.get('ketQua')).toBeNull();
    cache.put('ketQua', 'Đạt mức độ 2');
    expect(cache.get('ketQua')).toBe('Đạt mức độ 2');
  });

  test('entries live 600 s by default', () => {
    const { CacheService, clock } = setup();
    const cache = CacheService.getScriptCache();
    cache.put('k', 'v');
    clock.advance(599999);
    expect(cache.get('k')).toBe('v');
    clock.advance(1);
    expect(cache.get('k')).toBeNull();
  });

  test('an explicit expiration is honoured and capped at 21600 s (6 hours)', () => {
    const { CacheService, clock } = setup();
    const cache = CacheService.getScriptCache();
    cache.put('short', 'v', 5);
    cache.put('long', 'v', 100000);
    clock.advance(5000);
    expect(cache.get('short')).toBeNull();
    clock.advance(21600 * 1000 - 5001);
    expect(cache.get('long')).toBe('v');
    clock.advance(1);
    expect(cache.get('long')).toBeNull();
  });

  test('putAll / getAll / removeAll work on sets of keys', () => {
    const { CacheService, clock } = setup();
    const cache = CacheService.getUserCache();
    cache.putAll({ a: '1', b: '2', c: 3 as unknown as string }, 60);
    expect(cache.getAll(['a', 'c', 'missing'])).toEqual({ a: '1', c: '3' });
    cache.removeAll(['a', 'b']);
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({ c: '3' });
    cache.remove('c');
    expect(cache.get('c')).toBeNull();
    cache.putAll({ x: '1' }, 60);
    clock.advance(60000);
    expect(cache.getAll(['x'])).toEqual({});
  });

  test('a key over 250 characters throws "Argument too large: key"', () => {
    const { CacheService } = setup();
    const cache = CacheService.getScriptCache();
    cache.put('k'.repeat(250), 'ok');
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow(CACHE_KEY_TOO_LARGE);
    expect(() => cache.get('k'.repeat(251))).toThrow('Argument too large: key');
  });

  test('a value over 100 KB (UTF-8 bytes) throws "Argument too large: value"', () => {
    const { CacheService } = setup();
    const cache = CacheService.getScriptCache();
    cache.put('max', 'a'.repeat(CACHE_VALUE_MAX_BYTES));
    expect(() => cache.put('over', 'a'.repeat(CACHE_VALUE_MAX_BYTES + 1))).toThrow(CACHE_VALUE_TOO_LARGE);
    // 'ư' is 2 bytes: 51,201 of them are 102,402 bytes although only 51,201 characters.
    expect(() => cache.put('vi', 'ư'.repeat(51201))).toThrow('Argument too large: value');
    let thrown: unknown;
    try {
      cache.put('over', 'a'.repeat(CACHE_VALUE_MAX_BYTES + 1));
    } catch (e) {
      thrown = e;
    }
    expect(String(thrown)).toBe('Exception: Argument too large: value');
  });

  test('putAll writes nothing when one value is too large', () => {
    const { CacheService } = setup();
    const cache = CacheService.getScriptCache();
    expect(() => cache.putAll({ good: '1', bad: 'x'.repeat(CACHE_VALUE_MAX_BYTES + 1) })).toThrow(CACHE_VALUE_TOO_LARGE);
    expect(cache.get('good')).toBeNull();
  });

  test('caches are shared across executions; user caches are per user; document cache is null when standalone', () => {
    const { CacheService, settings } = setup();
    CacheService.getScriptCache().put('s', '1');
    CacheService.getUserCache().put('u', '1');
    CacheService.getDocumentCache()!.put('d', '1');
    expect(CacheService.getScriptCache().get('s')).toBe('1');
    expect(CacheService.getDocumentCache()!.get('d')).toBe('1');
    settings.userEmail = 'other@thcsbinhminh.edu.vn';
    expect(CacheService.getUserCache().get('u')).toBeNull();
    settings.hasContainer = false;
    expect(CacheService.getDocumentCache()).toBeNull();
  });

  test('past 1,000 items the oldest 100 are evicted first (FIFO)', () => {
    const { CacheService, stores } = setup();
    const cache = CacheService.getScriptCache();
    for (let i = 0; i <= CACHE_MAX_ITEMS; i++) cache.put(`k${i}`, String(i));
    const live = Object.keys(stores.snapshot('script'));
    expect(live.length).toBe(CACHE_MAX_ITEMS + 1 - 100);
    expect(cache.get('k0')).toBeNull();
    expect(cache.get('k99')).toBeNull();
    expect(cache.get('k100')).toBe('100');
    expect(cache.get(`k${CACHE_MAX_ITEMS}`)).toBe(String(CACHE_MAX_ITEMS));
  });

  test('each call counts once, putAll included', () => {
    const { CacheService, counter } = setup();
    const cache = CacheService.getScriptCache();
    cache.putAll({ a: '1', b: '2', c: '3' });
    cache.getAll(['a', 'b']);
    expect(counter.snapshot()).toEqual({
      'CacheService.Cache.getAll': 1,
      'CacheService.Cache.putAll': 1,
      'CacheService.CacheService.getScriptCache': 1,
    });
  });
});
