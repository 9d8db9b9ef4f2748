// LockService: contention with other (simulated) executions, waits that move the clock, and the timeout exception.
import { CallCounter } from '../../../local/counters';
import { Clock } from '../../../local/services/clock';
import { createLockService, LOCK_MAX_TIMEOUT_MS, LOCK_TIMEOUT_MESSAGE } from '../../../local/services/lock';
import { RuntimeSettings } from '../../../local/services/support';

function setup(settings = new RuntimeSettings()) {
  const counter = new CallCounter();
  const clock = new Clock();
  const { service, controls } = createLockService({ counter, clock, settings });
  return { LockService: service, controls, clock, counter, settings };
}

describe('Lock', () => {
  test('a free lock is acquired at once and released', () => {
    const { LockService, clock } = setup();
    const lock = LockService.getScriptLock();
    const t0 = clock.now();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(5000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(clock.now()).toBe(t0);
    expect(lock.tryLock(5000)).toBe(true); // already ours
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  test('tryLock fails after waiting its whole timeout while another execution holds the lock', () => {
    const { LockService, controls, clock } = setup();
    const t0 = clock.now();
    controls.holdLock('document', t0 + 60000);
    const lock = LockService.getDocumentLock();
    expect(lock.tryLock(10000)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    expect(clock.now()).toBe(t0 + 10000);
  });

  test('the wait ends when the other execution lets go within the timeout', () => {
    const { LockService, controls, clock } = setup();
    const t0 = clock.now();
    controls.holdLock('script', t0 + 4000);
    const lock = LockService.getScriptLock();
    expect(lock.tryLock(10000)).toBe(true);
    expect(clock.now()).toBe(t0 + 4000);
    expect(controls.isLocked('script')).toBe(true);
  });

  test('waitLock throws the Apps Script message when the lock is not acquired in time', () => {
    const { LockService, controls, clock } = setup();
    controls.holdLock('script', Infinity);
    const lock = LockService.getScriptLock();
    const t0 = clock.now();
    expect(() => lock.waitLock(30000)).toThrow(LOCK_TIMEOUT_MESSAGE);
    expect(LOCK_TIMEOUT_MESSAGE).toBe('Lock timeout: another process was holding the lock for too long.');
    expect(clock.now()).toBe(t0 + 30000);
    controls.releaseHeldLock('script');
    lock.waitLock(30000);
    expect(lock.hasLock()).toBe(true);
    expect(clock.now()).toBe(t0 + 30000);
  });

  test('a hold that already ended does not block', () => {
    const { LockService, controls, clock } = setup();
    controls.holdLock('script', clock.now() - 1);
    expect(LockService.getScriptLock().tryLock(0)).toBe(true);
  });

  test('two Lock objects of one scope exclude each other; releasing lets the other in', () => {
    const { LockService, clock } = setup();
    const a = LockService.getScriptLock();
    const b = LockService.getScriptLock();
    expect(a.tryLock(1000)).toBe(true);
    const t0 = clock.now();
    expect(b.tryLock(2000)).toBe(false);
    expect(clock.now()).toBe(t0 + 2000);
    b.releaseLock(); // no effect: b does not hold it
    expect(a.hasLock()).toBe(true);
    a.releaseLock();
    expect(b.tryLock(2000)).toBe(true);
  });

  test('scopes are independent; user locks are per user', () => {
    const { LockService, settings } = setup();
    expect(LockService.getScriptLock().tryLock(0)).toBe(true);
    expect(LockService.getDocumentLock().tryLock(0)).toBe(true);
    expect(LockService.getUserLock().tryLock(0)).toBe(true);
    expect(LockService.getUserLock().tryLock(0)).toBe(false);
    settings.userEmail = 'giaovien@thcsbinhminh.edu.vn';
    expect(LockService.getUserLock().tryLock(0)).toBe(true);
  });

  test('locks still held when an execution ends are released', () => {
    const { LockService, controls } = setup();
    const first = LockService.getDocumentLock();
    first.waitLock(1000);
    controls.endExecution();
    expect(first.hasLock()).toBe(false);
    expect(LockService.getDocumentLock().tryLock(0)).toBe(true);
  });

  test('getDocumentLock is null without a container document', () => {
    const { LockService } = setup(new RuntimeSettings({ hasContainer: false }));
    expect(LockService.getDocumentLock()).toBeNull();
    expect(LockService.getScriptLock()).not.toBeNull();
  });

  test('a timeout over 300000 ms or below 0 is rejected', () => {
    const { LockService } = setup();
    const lock = LockService.getScriptLock();
    expect(() => lock.tryLock(LOCK_MAX_TIMEOUT_MS + 1)).toThrow('Invalid argument: timeoutInMillis');
    expect(() => lock.waitLock(-1)).toThrow('Invalid argument: timeoutInMillis');
    expect(lock.tryLock(LOCK_MAX_TIMEOUT_MS)).toBe(true);
  });

  test('each call counts once', () => {
    const { LockService, counter } = setup();
    const lock = LockService.getScriptLock();
    lock.waitLock(100);
    lock.hasLock();
    lock.releaseLock();
    expect(counter.snapshot()).toEqual({
      'LockService.Lock.hasLock': 1,
      'LockService.Lock.releaseLock': 1,
      'LockService.Lock.waitLock': 1,
      'LockService.LockService.getScriptLock': 1,
    });
  });
});
