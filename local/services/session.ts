// In-memory Session: the active and effective user, the script time zone and the user's locale, from RuntimeSettings.
import { createHash } from 'node:crypto';
import { CallCounter } from '../counters';
import { RuntimeSettings, ServiceDeps } from './support';

type UserApi = GoogleAppsScript.Base.User;

export class User implements Pick<UserApi, 'getEmail'> {
  constructor(
    private readonly email: string,
    private readonly counter: CallCounter,
  ) {}

  getEmail(): string {
    this.counter.count('Session', 'User.getEmail');
    return this.email;
  }

  /** @deprecated in Apps Script; kept because old scripts still call it. */
  getUserLoginId(): string {
    this.counter.count('Session', 'User.getUserLoginId');
    return this.email;
  }
}

export class Session
  implements
    Pick<
      GoogleAppsScript.Base.Session,
      'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getActiveUserLocale' | 'getTemporaryActiveUserKey'
    >
{
  constructor(
    private readonly settings: RuntimeSettings,
    private readonly counter: CallCounter,
  ) {}

  private count(method: string): void {
    this.counter.count('Session', `Session.${method}`);
  }

  /**
   * The user at the keyboard. Its email is '' when Google withholds it (consumer accounts running someone else's
   * script, simple triggers): "the email address might not be available" — Session.getActiveUser reference.
   */
  getActiveUser(): UserApi {
    this.count('getActiveUser');
    const email = this.settings.activeUserAvailable ? this.settings.userEmail : '';
    return new User(email, this.counter) as unknown as UserApi;
  }

  /** The user whose authority the script runs under; offline, the same configured account. */
  getEffectiveUser(): UserApi {
    this.count('getEffectiveUser');
    return new User(this.settings.userEmail, this.counter) as unknown as UserApi;
  }

  getScriptTimeZone(): string {
    this.count('getScriptTimeZone');
    return this.settings.scriptTimeZone;
  }

  getActiveUserLocale(): string {
    this.count('getActiveUserLocale');
    return this.settings.userLocale;
  }

  /** A key stable for this user and script, not revealing the email (the real one rotates every 30 days). */
  getTemporaryActiveUserKey(): string {
    this.count('getTemporaryActiveUserKey');
    return createHash('sha256')
      .update(`${this.settings.scriptId}\n${this.settings.userEmail}`)
      .digest('base64')
      .replace(/[+/=]/g, '')
      .slice(0, 43);
  }
}

export function createSession(deps: ServiceDeps): Session {
  return new Session(deps.settings ?? new RuntimeSettings(), deps.counter);
}
