// In-memory ScriptApp: auth modes and other enums, script ID, a fake OAuth token, no triggers offline.
import { CallCounter } from '../counters';
import { gasError, makeEnum, RuntimeSettings, ServiceDeps } from './support';

type ScriptAppApi = GoogleAppsScript.Script.ScriptApp;

export const AuthMode = makeEnum(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'] as const);
export const AuthorizationStatus = makeEnum(['REQUIRED', 'NOT_REQUIRED'] as const);
export const EventType = makeEnum(['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED'] as const);
export const InstallationSource = makeEnum(['APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON'] as const);
export const TriggerSource = makeEnum(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR'] as const);
export const Weekday = makeEnum(['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'] as const);

export const TRIGGERS_NOT_SUPPORTED = 'Installable triggers are not supported by the offline runtime.';

/** ScriptApp.getService(): a script that is not deployed as a web app has no URL. */
class Service {
  constructor(private readonly counter: CallCounter) {}

  getUrl(): string {
    this.counter.count('ScriptApp', 'Service.getUrl');
    return '';
  }

  isEnabled(): boolean {
    this.counter.count('ScriptApp', 'Service.isEnabled');
    return false;
  }
}

class AuthorizationInfo {
  constructor(
    private readonly counter: CallCounter,
    private readonly scopes?: readonly string[],
    /** The manifest's oauthScopes (RuntimeSettings.oauthScopes). */
    private readonly declared?: readonly string[],
  ) {}

  /**
   * "Gets a list of authorized scopes for the script" (String[]|null); asked about a list of scopes, it returns those
   * of the list that are authorized (https://developers.google.com/apps-script/reference/script/authorization-info,
   * getAuthorizedScopes()). Offline the user has granted every scope of the manifest and no other: asked about a list,
   * the listed scopes the manifest declares; without a list, the manifest's. With no manifest scopes to go by, every
   * asked scope is granted, and without a list the answer is null.
   */
  getAuthorizedScopes(): string[] | null {
    this.counter.count('ScriptApp', 'AuthorizationInfo.getAuthorizedScopes');
    const declared = this.declared;
    if (!this.scopes) return declared ? [...declared] : null;
    return this.scopes.filter((s) => !declared || declared.includes(s));
  }

  getAuthorizationStatus(): unknown {
    this.counter.count('ScriptApp', 'AuthorizationInfo.getAuthorizationStatus');
    return AuthorizationStatus.NOT_REQUIRED;
  }

  getAuthorizationUrl(): string | null {
    this.counter.count('ScriptApp', 'AuthorizationInfo.getAuthorizationUrl');
    return null;
  }
}

export class ScriptApp
  implements
    Pick<
      ScriptAppApi,
      | 'getScriptId'
      | 'getOAuthToken'
      | 'getIdentityToken'
      | 'getProjectTriggers'
      | 'getUserTriggers'
      | 'getService'
      | 'getInstallationSource'
      | 'getAuthorizationInfo'
      | 'deleteTrigger'
    >
{
  readonly AuthMode = AuthMode as unknown as typeof GoogleAppsScript.Script.AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus as unknown as typeof GoogleAppsScript.Script.AuthorizationStatus;
  readonly EventType = EventType as unknown as typeof GoogleAppsScript.Script.EventType;
  readonly InstallationSource = InstallationSource as unknown as typeof GoogleAppsScript.Script.InstallationSource;
  readonly TriggerSource = TriggerSource as unknown as typeof GoogleAppsScript.Script.TriggerSource;
  readonly WeekDay = Weekday as unknown as typeof GoogleAppsScript.Base.Weekday;

  constructor(
    private readonly settings: RuntimeSettings,
    private readonly counter: CallCounter,
  ) {}

  private count(method: string): void {
    this.counter.count('ScriptApp', `ScriptApp.${method}`);
  }

  getScriptId(): string {
    this.count('getScriptId');
    return this.settings.scriptId;
  }

  /** A fake token: nothing offline accepts it, and it never leaves the process. */
  getOAuthToken(): string {
    this.count('getOAuthToken');
    return 'ya29.offline-token-not-valid-anywhere';
  }

  getIdentityToken(): string {
    this.count('getIdentityToken');
    return '';
  }

  getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
    this.count('getProjectTriggers');
    return [];
  }

  getUserTriggers(_container: unknown): GoogleAppsScript.Script.Trigger[] {
    this.count('getUserTriggers');
    return [];
  }

  deleteTrigger(_trigger: GoogleAppsScript.Script.Trigger): void {
    this.count('deleteTrigger');
  }

  newTrigger(_functionName: string): never {
    this.count('newTrigger');
    throw gasError(TRIGGERS_NOT_SUPPORTED);
  }

  getService(): GoogleAppsScript.Script.Service {
    this.count('getService');
    return new Service(this.counter) as unknown as GoogleAppsScript.Script.Service;
  }

  getInstallationSource(): GoogleAppsScript.Script.InstallationSource {
    this.count('getInstallationSource');
    return InstallationSource.NONE as unknown as GoogleAppsScript.Script.InstallationSource;
  }

  /** (authMode) or (authMode, oAuthScopes): the second form asks about those scopes only (granular consent). */
  getAuthorizationInfo(_authMode: GoogleAppsScript.Script.AuthMode, oAuthScopes?: string[]): GoogleAppsScript.Script.AuthorizationInfo {
    this.count('getAuthorizationInfo');
    return new AuthorizationInfo(this.counter, oAuthScopes ? [...oAuthScopes] : undefined, this.settings.oauthScopes) as unknown as GoogleAppsScript.Script.AuthorizationInfo;
  }
}

export function createScriptApp(deps: ServiceDeps): ScriptApp {
  return new ScriptApp(deps.settings ?? new RuntimeSettings(), deps.counter);
}
