// createServices: one counter, clock and settings across every service; the services used from a node:vm script.
import * as vm from 'node:vm';
import { CallCounter } from '../../../local/counters';
import { Clock, createServices, DEFAULT_CLOCK_START, setExceptionConstructor } from '../../../local/services';

describe('Clock', () => {
  test('starts on 2026-11-23T07:05:00Z, advances and jumps', () => {
    const clock = new Clock();
    expect(clock.now()).toBe(DEFAULT_CLOCK_START);
    expect(clock.date().toISOString()).toBe('2026-11-23T07:05:00.000Z');
    clock.advance(1500);
    expect(clock.now()).toBe(DEFAULT_CLOCK_START + 1500);
    clock.set(0);
    expect(clock.now()).toBe(0);
    expect(() => clock.advance(-1)).toThrow();
  });
});

describe('createServices', () => {
  test('services share the counter, clock and settings; controls change them', () => {
    const counter = new CallCounter();
    const s = createServices({ counter, settings: { userEmail: 'hieutruong@thcsbinhminh.edu.vn' } });
    expect(s.controls.counter).toBe(counter);
    expect(s.Session.getEffectiveUser().getEmail()).toBe('hieutruong@thcsbinhminh.edu.vn');
    s.controls.setActiveUserAvailable(false);
    expect(s.Session.getActiveUser().getEmail()).toBe('');
    s.controls.setHasContainer(false);
    expect(s.PropertiesService.getDocumentProperties()).toBeNull();
    expect(s.LockService.getDocumentLock()).toBeNull();
    expect(s.CacheService.getDocumentCache()).toBeNull();

    const t0 = s.controls.clock.now();
    s.CacheService.getScriptCache().put('k', 'v', 10);
    s.Utilities.sleep(10000);
    expect(s.controls.clock.now()).toBe(t0 + 10000);
    expect(s.CacheService.getScriptCache().get('k')).toBeNull();

    s.controls.holdLock('script', s.controls.clock.now() + 60000);
    expect(s.LockService.getScriptLock().tryLock(1000)).toBe(false);
    s.controls.releaseHeldLock('script');
    expect(s.LockService.getScriptLock().tryLock(1000)).toBe(true);
    s.controls.endExecution();
    expect(s.controls.locks.isLocked('script')).toBe(false);
  });

  test('a script in node:vm uses the services as Apps Script code would, one count per call', () => {
    const s = createServices({ files: { Sidebar: '<h1><?= ten ?></h1>' } });
    s.controls.queueAlertResponse('YES');
    const context = vm.createContext({
      PropertiesService: s.PropertiesService,
      LockService: s.LockService,
      CacheService: s.CacheService,
      Utilities: s.Utilities,
      Session: s.Session,
      ScriptApp: s.ScriptApp,
      HtmlService: s.HtmlService,
      SpreadsheetApp: { getUi: () => s.ui },
    });
    vm.runInContext(
      `
      function onOpen(e) {
        SpreadsheetApp.getUi().createMenu('ĐVHT').addItem('Đánh giá', 'menuDanhGia').addToUi();
      }
      function menuDanhGia() {
        var lock = LockService.getDocumentLock();
        lock.waitLock(30000);
        var ui = SpreadsheetApp.getUi();
        if (ui.alert('Đánh giá lại?', ui.ButtonSet.YES_NO) !== ui.Button.YES) return 'cancelled';
        var props = PropertiesService.getDocumentProperties();
        var stamp = Utilities.formatDate(new Date(Date.UTC(2025, 0, 5, 17, 30)), Session.getScriptTimeZone(), 'dd/MM/yyyy HH:mm');
        props.setProperty('lastRun', stamp);
        var t = HtmlService.createTemplateFromFile('Sidebar');
        t.ten = 'Bình <Minh>';
        ui.showSidebar(t.evaluate().setTitle('ĐVHT'));
        lock.releaseLock();
        return stamp;
      }
      `,
      context,
    );
    vm.runInContext('onOpen({ authMode: ScriptApp.AuthMode.LIMITED })', context);
    expect(s.controls.ui.menuFunction('ĐVHT', 'Đánh giá')).toBe('menuDanhGia');
    s.controls.counter.reset();
    expect(vm.runInContext('menuDanhGia()', context)).toBe('06/01/2025 00:30');
    expect(s.controls.propertySnapshot('document')).toEqual({ lastRun: '06/01/2025 00:30' });
    expect(s.controls.sidebars[0]).toMatchObject({ title: 'ĐVHT', content: '<h1>Bình &lt;Minh&gt;</h1>' });
    expect(s.controls.counter.snapshot()).toEqual({
      'HtmlService.HtmlOutput.setTitle': 1,
      'HtmlService.HtmlService.createTemplateFromFile': 1,
      'HtmlService.HtmlTemplate.evaluate': 1,
      'LockService.Lock.releaseLock': 1,
      'LockService.Lock.waitLock': 1,
      'LockService.LockService.getDocumentLock': 1,
      'PropertiesService.Properties.setProperty': 1,
      'PropertiesService.PropertiesService.getDocumentProperties': 1,
      'Session.Session.getScriptTimeZone': 1,
      'Ui.Ui.alert': 1,
      'Ui.Ui.showSidebar': 1,
      'Utilities.Utilities.formatDate': 1,
    });
  });

  test('byte arrays returned to a vm script are plain arrays of signed numbers', () => {
    const s = createServices();
    const context = vm.createContext({ Utilities: s.Utilities });
    const result = vm.runInContext(
      `var b = Utilities.base64Decode(Utilities.base64Encode('Đơn vị học tập'));
       [Array.isArray(b), b.length, b[0], Utilities.newBlob(b).getDataAsString()]`,
      context,
    );
    expect(result).toEqual([true, Buffer.byteLength('Đơn vị học tập'), -60, 'Đơn vị học tập']);
  });

  test('service exceptions can be made in the script realm, so e instanceof Error holds there', () => {
    const s = createServices();
    s.controls.holdLock('document', Infinity);
    const context = vm.createContext({ LockService: s.LockService });
    const run = () =>
      vm.runInContext(
        `try { LockService.getDocumentLock().waitLock(1000); 'no error' } catch (e) { [e instanceof Error, e.name, String(e)] }`,
        context,
      );
    expect(run()[0]).toBe(false); // host-realm error by default
    const previous = setExceptionConstructor(vm.runInContext('Error', context));
    try {
      expect(run()).toEqual([true, 'Exception', 'Exception: Lock timeout: another process was holding the lock for too long.']);
    } finally {
      setExceptionConstructor(previous);
    }
  });
});
