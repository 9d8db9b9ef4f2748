// In-memory LockService: document, script and user locks shared across executions, waits that move the Clock.
import { CallCounter } from '../counters';
import { Clock } from './clock';
import { gasError, RuntimeSettings, ServiceDeps } from './support';

/** waitLock's failure, word for word as Apps Script logs it (quoted in many projects, e.g. the LockService fakes indexed by the code search). */
export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';
/**
 * Longest wait we accept. The Lock reference does not state a ceiling; 300000 ms (5 min) matches
 * Utilities.sleep's documented maximum and the brief. Not confirmed against Google; see LOCK_TIMEOUT_INVALID.
 */
export const LOCK_MAX_TIMEOUT_MS = 300000;
/** Our wording for a missing, negative or too large timeout (unconfirmed: no source found for Google's text). */
export const LOCK_TIMEOUT_INVALID = 'Invalid argument: timeoutInMillis';

export type LockScope = 'document' | 'script' | 'user';

type LockApi = GoogleAppsScript.Lock.Lock;

/** The shared state of one lock (one per scope, per user for user locks). */
interface LockState {
  /** The Lock object of this process that holds it, if any. */
  holder: Lock | null;
  /** Another (simulated) execution holds it until this clock time; null when none does. */
  externalUntil: number | null;
}

export class Lock implements Pick<LockApi, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'> {
  constructor(
    private readonly state: LockState,
    private readonly clock: Clock,
    private readonly counter: CallCounter,
    private readonly onAcquire: (lock: Lock) => void,
  ) {}

  private count(method: string): void {
    this.counter.count('LockService', `Lock.${method}`);
  }

  /**
   * Waits up to `timeoutInMillis` (simulated: the Clock moves instead of the process sleeping). A lock held by another
   * Lock object of this single-threaded process can never be released during the wait, so that wait always fails.
   */
  private acquire(timeoutInMillis: number): boolean {
    const timeout = Number(timeoutInMillis);
    if (!Number.isFinite(timeout) || timeout < 0 || timeout > LOCK_MAX_TIMEOUT_MS) throw gasError(LOCK_TIMEOUT_INVALID);
    const s = this.state;
    if (s.holder === this) return true;
    const now = this.clock.now();
    if (s.externalUntil !== null && s.externalUntil <= now) s.externalUntil = null;
    if (s.holder === null && s.externalUntil === null) {
      this.take();
      return true;
    }
    if (s.holder === null && s.externalUntil !== null && s.externalUntil <= now + timeout) {
      // The other execution lets go during our wait: we get the lock at that moment.
      this.clock.set(s.externalUntil);
      s.externalUntil = null;
      this.take();
      return true;
    }
    this.clock.advance(timeout);
    return false;
  }

  private take(): void {
    this.state.holder = this;
    this.onAcquire(this);
  }

  tryLock(timeoutInMillis: number): boolean {
    this.count('tryLock');
    return this.acquire(timeoutInMillis);
  }

  waitLock(timeoutInMillis: number): void {
    this.count('waitLock');
    if (!this.acquire(timeoutInMillis)) throw gasError(LOCK_TIMEOUT_MESSAGE);
  }

  /** No effect when this Lock does not hold the lock, as documented. */
  releaseLock(): void {
    this.count('releaseLock');
    this.release();
  }

  hasLock(): boolean {
    this.count('hasLock');
    return this.state.holder === this;
  }

  /** @internal release without counting (end of execution). */
  release(): void {
    if (this.state.holder === this) this.state.holder = null;
  }
}

/** Test controls: simulate other executions and end this one. */
export class LockControls {
  private readonly states = new Map<string, LockState>();
  private readonly acquired = new Set<Lock>();

  constructor(
    private readonly settings: RuntimeSettings,
    private readonly clock: Clock,
  ) {}

  /** @internal */
  state(scope: LockScope): LockState {
    const key = scope === 'user' ? `user:${this.settings.userEmail}` : scope;
    let state = this.states.get(key);
    if (!state) this.states.set(key, (state = { holder: null, externalUntil: null }));
    return state;
  }

  /** @internal */
  noteAcquired(lock: Lock): void {
    this.acquired.add(lock);
  }

  /** Another execution holds the `scope` lock until clock time `untilMs` (epoch ms; Infinity = never lets go). */
  holdLock(scope: LockScope, untilMs: number): void {
    this.state(scope).externalUntil = untilMs;
  }

  /** Another execution holds the lock for `ms` from now. */
  holdLockFor(scope: LockScope, ms: number): void {
    this.holdLock(scope, this.clock.now() + ms);
  }

  /** The other execution lets go now. */
  releaseHeldLock(scope: LockScope): void {
    this.state(scope).externalUntil = null;
  }

  /** Whether anyone (this process or a simulated one) holds the lock now. */
  isLocked(scope: LockScope): boolean {
    const s = this.state(scope);
    return s.holder !== null || (s.externalUntil !== null && s.externalUntil > this.clock.now());
  }

  /** Locks are released automatically when a script execution ends (Lock reference, releaseLock). */
  endExecution(): void {
    for (const lock of this.acquired) lock.release();
    this.acquired.clear();
  }
}

export class LockService
  implements Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'>
{
  constructor(
    private readonly controls: LockControls,
    private readonly clock: Clock,
    private readonly counter: CallCounter,
    private readonly settings: RuntimeSettings,
  ) {}

  private make(scope: LockScope): LockApi {
    return new Lock(this.controls.state(scope), this.clock, this.counter, (l) => this.controls.noteAcquired(l)) as unknown as LockApi;
  }

  /** null when the script has no container document (LockService reference). */
  getDocumentLock(): LockApi {
    this.counter.count('LockService', 'LockService.getDocumentLock');
    if (!this.settings.hasContainer) return null as unknown as LockApi;
    return this.make('document');
  }

  getScriptLock(): LockApi {
    this.counter.count('LockService', 'LockService.getScriptLock');
    return this.make('script');
  }

  getUserLock(): LockApi {
    this.counter.count('LockService', 'LockService.getUserLock');
    return this.make('user');
  }
}

export function createLockService(deps: ServiceDeps): { service: LockService; controls: LockControls } {
  const settings = deps.settings ?? new RuntimeSettings();
  const controls = new LockControls(settings, deps.clock);
  return { service: new LockService(controls, deps.clock, deps.counter, settings), controls };
}
