// Session and ScriptApp: configured user, time zone and locale; auth modes, script ID, fake token, no triggers offline.
import { CallCounter } from '../../../local/counters';
import { Clock } from '../../../local/services/clock';
import { AuthMode, createScriptApp } from '../../../local/services/script-app';
import { createSession } from '../../../local/services/session';
import { RuntimeSettings } from '../../../local/services/support';

function setup(init: Partial<RuntimeSettings> = {}) {
  const counter = new CallCounter();
  const settings = new RuntimeSettings(init);
  const deps = { counter, clock: new Clock(), settings };
  return { Session: createSession(deps), ScriptApp: createScriptApp(deps), counter, settings };
}

describe('Session', () => {
  test('defaults: the school secretary, Hà Nội time, Vietnamese', () => {
    const { Session } = setup();
    expect(Session.getActiveUser().getEmail()).toBe('thuky@thcsbinhminh.edu.vn');
    expect(Session.getEffectiveUser().getEmail()).toBe('thuky@thcsbinhminh.edu.vn');
    expect(Session.getScriptTimeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(Session.getActiveUserLocale()).toBe('vi');
  });

  test('the active user email is empty when Google withholds it; the effective user still has one', () => {
    const { Session, settings } = setup({ activeUserAvailable: false });
    expect(Session.getActiveUser().getEmail()).toBe('');
    expect(Session.getEffectiveUser().getEmail()).toBe(settings.userEmail);
  });

  test('the temporary key is stable per user and does not reveal the email', () => {
    const { Session, settings } = setup();
    const key = Session.getTemporaryActiveUserKey();
    expect(key).toBe(Session.getTemporaryActiveUserKey());
    expect(key).not.toContain('thuky');
    settings.userEmail = 'hieupho@thcsbinhminh.edu.vn';
    expect(Session.getTemporaryActiveUserKey()).not.toBe(key);
  });

  test('calls count once each', () => {
    const { Session, counter } = setup();
    Session.getActiveUser().getEmail();
    expect(counter.snapshot()).toEqual({ 'Session.Session.getActiveUser': 1, 'Session.User.getEmail': 1 });
  });
});

describe('ScriptApp', () => {
  test('AuthMode values are distinct objects that print as their names', () => {
    const { ScriptApp } = setup();
    expect(ScriptApp.AuthMode.FULL).toBe(AuthMode.FULL);
    expect(String(ScriptApp.AuthMode.LIMITED)).toBe('LIMITED');
    expect(JSON.stringify({ mode: ScriptApp.AuthMode.NONE })).toBe('{"mode":"NONE"}');
    expect(Object.keys(ScriptApp.AuthMode)).toEqual(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
    expect(ScriptApp.AuthMode.CUSTOM_FUNCTION).not.toBe(ScriptApp.AuthMode.FULL);
  });

  test('script ID, token, service URL and triggers', () => {
    const { ScriptApp, settings } = setup({ scriptId: 'abc123' });
    expect(ScriptApp.getScriptId()).toBe('abc123');
    expect(settings.scriptId).toBe('abc123');
    expect(typeof ScriptApp.getOAuthToken()).toBe('string');
    expect(ScriptApp.getProjectTriggers()).toEqual([]);
    expect(ScriptApp.getService().getUrl()).toBe('');
    expect(() => ScriptApp.newTrigger('chayHangDem')).toThrow('not supported');
    expect(String(ScriptApp.getInstallationSource())).toBe('NONE');
  });

  test('getAuthorizedScopes: the asked scopes the manifest declares, never one it does not', () => {
    const SHEET = 'https://www.googleapis.com/auth/spreadsheets.currentonly';
    const FILE = 'https://www.googleapis.com/auth/drive.file';
    const DRIVE = 'https://www.googleapis.com/auth/drive';
    type Info = { getAuthorizedScopes(): string[] | null };
    const granted = (app: ReturnType<typeof setup>['ScriptApp'], scopes?: string[]) =>
      (app.getAuthorizationInfo(app.AuthMode.FULL, scopes) as unknown as Info).getAuthorizedScopes();
    const { ScriptApp } = setup({ oauthScopes: [SHEET, FILE] });
    expect(granted(ScriptApp, [FILE, DRIVE])).toEqual([FILE]);
    expect(granted(ScriptApp)).toEqual([SHEET, FILE]);
    // Without the manifest's scopes to go by, every asked scope is granted, and the script's own list is unknown.
    const { ScriptApp: unmodelled } = setup();
    expect(granted(unmodelled, [DRIVE])).toEqual([DRIVE]);
    expect(granted(unmodelled)).toBeNull();
  });
});
