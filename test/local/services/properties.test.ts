// PropertiesService: string storage, scopes shared across executions, the 9 KB / 500 KB quotas and their messages.
import { CallCounter } from '../../../local/counters';
import { Clock } from '../../../local/services/clock';
import {
  createPropertiesService,
  PROPERTY_STORE_FULL,
  PROPERTY_STORE_MAX_BYTES,
  PROPERTY_VALUE_MAX_BYTES,
  PROPERTY_VALUE_TOO_LARGE,
} from '../../../local/services/properties';
import { RuntimeSettings } from '../../../local/services/support';

function setup(settings = new RuntimeSettings()) {
  const counter = new CallCounter();
  const { service, stores } = createPropertiesService({ counter, clock: new Clock(), settings });
  return { PropertiesService: service, stores, counter, settings };
}

describe('Properties', () => {
  test('an absent key reads as null and values come back as strings', () => {
    const { PropertiesService } = setup();
    const props = PropertiesService.getScriptProperties();
    expect(props.getProperty('NAM_HOC')).toBeNull();
    props.setProperty('NAM_HOC', 2025 as unknown as string);
    props.setProperty('DA_NOP', true as unknown as string);
    expect(props.getProperty('NAM_HOC')).toBe('2025');
    expect(props.getProperty('DA_NOP')).toBe('true');
  });

  test('setters chain and getProperties returns a copy, not a live view', () => {
    const { PropertiesService } = setup();
    const props = PropertiesService.getUserProperties();
    const same = props.setProperty('a', '1').setProperty('b', '2');
    expect(same).toBe(props);
    const copy = props.getProperties();
    copy.a = 'changed';
    expect(props.getProperty('a')).toBe('1');
    expect(props.getKeys().sort()).toEqual(['a', 'b']);
  });

  test('setProperties merges, or replaces everything with deleteAllOthers', () => {
    const { PropertiesService } = setup();
    const props = PropertiesService.getScriptProperties();
    props.setProperties({ truong: 'THCS Bình Minh', tinh: 'Ninh Bình' });
    props.setProperties({ tinh: 'Hà Nội', soLop: 12 as unknown as string });
    expect(props.getProperties()).toEqual({ truong: 'THCS Bình Minh', tinh: 'Hà Nội', soLop: '12' });
    props.setProperties({ only: 'x' }, true);
    expect(props.getProperties()).toEqual({ only: 'x' });
  });

  test('deleteProperty and deleteAllProperties', () => {
    const { PropertiesService } = setup();
    const props = PropertiesService.getScriptProperties();
    props.setProperties({ a: '1', b: '2', c: '3' });
    props.deleteProperty('b').deleteProperty('missing');
    expect(props.getKeys().sort()).toEqual(['a', 'c']);
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  test('a state saved in one execution is seen by the next (same factory instance)', () => {
    const { PropertiesService } = setup();
    PropertiesService.getScriptProperties().setProperty('lastRun', '2026-11-23');
    PropertiesService.getDocumentProperties().setProperty('sheetId', '123');
    // A later execution gets new Properties objects onto the same stores.
    expect(PropertiesService.getScriptProperties().getProperty('lastRun')).toBe('2026-11-23');
    expect(PropertiesService.getDocumentProperties().getProperty('sheetId')).toBe('123');
    expect(PropertiesService.getUserProperties().getProperty('lastRun')).toBeNull();
  });

  test('user properties belong to the current user', () => {
    const { PropertiesService, settings } = setup();
    PropertiesService.getUserProperties().setProperty('theme', 'dark');
    settings.userEmail = 'hieutruong@thcsbinhminh.edu.vn';
    expect(PropertiesService.getUserProperties().getProperty('theme')).toBeNull();
    settings.userEmail = 'thuky@thcsbinhminh.edu.vn';
    expect(PropertiesService.getUserProperties().getProperty('theme')).toBe('dark');
  });

  test('document properties are null for a standalone script', () => {
    const { PropertiesService } = setup(new RuntimeSettings({ hasContainer: false }));
    expect(PropertiesService.getDocumentProperties()).toBeNull();
  });

  test('a value of 9 KB is accepted, one byte more throws "Argument too large: value" and changes nothing', () => {
    const { PropertiesService } = setup();
    const props = PropertiesService.getScriptProperties();
    props.setProperty('big', 'x'.repeat(PROPERTY_VALUE_MAX_BYTES));
    expect(() => props.setProperty('big', 'y'.repeat(PROPERTY_VALUE_MAX_BYTES + 1))).toThrow(PROPERTY_VALUE_TOO_LARGE);
    expect(props.getProperty('big')).toBe('x'.repeat(PROPERTY_VALUE_MAX_BYTES));
    try {
      props.setProperty('big2', 'z'.repeat(10000));
    } catch (e) {
      expect((e as Error).name).toBe('Exception');
      expect(String(e)).toBe('Exception: Argument too large: value');
    }
    expect(props.getProperty('big2')).toBeNull();
  });

  test('value size counts UTF-8 bytes: Vietnamese letters take 2-3 bytes each', () => {
    const { PropertiesService } = setup();
    const props = PropertiesService.getScriptProperties();
    const ok = 'ệ'.repeat(3072); // 3 bytes each: exactly 9216 bytes
    props.setProperty('vi', ok);
    expect(() => props.setProperty('vi', ok + 'a')).toThrow(PROPERTY_VALUE_TOO_LARGE);
  });

  test('a store over 500 KB throws the storage quota message and keeps its previous content', () => {
    const { PropertiesService, stores } = setup();
    const props = PropertiesService.getScriptProperties();
    const value = 'v'.repeat(9000);
    let n = 0;
    expect(() => {
      for (;;) props.setProperty(`k${n++}`, value);
    }).toThrow(PROPERTY_STORE_FULL);
    expect(PROPERTY_STORE_FULL).toBe('You have exceeded the property storage quota. Please remove some properties and try again.');
    expect(n).toBeGreaterThan(50);
    expect(n).toBeLessThan(60);
    expect(props.getProperty(`k${n - 1}`)).toBeNull();
    expect(stores.bytes('script')).toBeLessThanOrEqual(PROPERTY_STORE_MAX_BYTES);
    // Overwriting an existing key counts its new size only, so shrinking a value still works when full.
    props.setProperty('k0', 'small');
    expect(props.getProperty('k0')).toBe('small');
  });

  test('setProperties is all-or-nothing under the quotas', () => {
    const { PropertiesService } = setup();
    const props = PropertiesService.getScriptProperties();
    props.setProperty('keep', '1');
    expect(() => props.setProperties({ a: '2', b: 'x'.repeat(PROPERTY_VALUE_MAX_BYTES + 1) })).toThrow(PROPERTY_VALUE_TOO_LARGE);
    expect(props.getProperties()).toEqual({ keep: '1' });
  });

  test('each user-level call counts once', () => {
    const { PropertiesService, counter } = setup();
    const props = PropertiesService.getScriptProperties();
    props.setProperties({ a: '1', b: '2' });
    props.getProperty('a');
    props.getProperty('b');
    props.getKeys();
    expect(counter.snapshot()).toEqual({
      'PropertiesService.PropertiesService.getScriptProperties': 1,
      'PropertiesService.Properties.setProperties': 1,
      'PropertiesService.Properties.getProperty': 2,
      'PropertiesService.Properties.getKeys': 1,
    });
    expect(counter.get('PropertiesService')).toBe(5);
  });

  test('stores can be seeded and read by tests without counting', () => {
    const { PropertiesService, stores, counter } = setup();
    stores.seed('document', { cauHinh: '{"loai":"THCS"}' });
    expect(stores.snapshot('document')).toEqual({ cauHinh: '{"loai":"THCS"}' });
    expect(counter.get()).toBe(0);
    expect(PropertiesService.getDocumentProperties().getProperty('cauHinh')).toBe('{"loai":"THCS"}');
  });
});
