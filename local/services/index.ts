// Builds the whole set of in-memory Apps Script services around one counter, clock and settings, with their test controls.
import { CallCounter } from '../counters';
import { CacheScope, CacheStores, createCacheService } from './cache';
import { Clock } from './clock';
import { createHtmlService, HtmlServiceOptions } from './html';
import { createLockService, LockControls, LockScope } from './lock';
import { createPropertiesService, PropertyScope, PropertyStores } from './properties';
import { createScriptApp } from './script-app';
import { createSession } from './session';
import { RuntimeSettings } from './support';
import { createUi, UiControls } from './ui';
import { createUtilities } from './utilities';

export { Clock, DEFAULT_CLOCK_START } from './clock';
export { RuntimeSettings, gasError, makeEnum, setExceptionConstructor } from './support';
export type { EnumValue, ServiceDeps } from './support';
export { AuthMode } from './script-app';
export { Button, ButtonSet } from './ui';
export type { MenuRecord, MenuEntry, AlertRecord, PromptRecord, SidebarRecord, DialogRecord } from './ui';
export { escapeHtml, snapshotHtml } from './html';

export interface CreateServicesOptions extends HtmlServiceOptions {
  counter?: CallCounter;
  clock?: Clock;
  /** Overrides of the defaults (thuky@thcsbinhminh.edu.vn, Asia/Ho_Chi_Minh, 'vi', bound to a document). */
  settings?: Partial<RuntimeSettings>;
  /** Caption of createAddonMenu() (default 'ĐVHT'). */
  addonName?: string;
  /** UUID source for Utilities.getUuid (default crypto.randomUUID); pass a counter-based one for reproducible runs. */
  uuid?: () => string;
}

/** Everything a test or the runtime needs to drive and observe the services. */
export interface ServiceControls {
  counter: CallCounter;
  clock: Clock;
  settings: RuntimeSettings;
  properties: PropertyStores;
  caches: CacheStores;
  locks: LockControls;
  ui: UiControls;
  /** Another execution holds a lock until clock time `untilMs` (shorthand for locks.holdLock). */
  holdLock(scope: LockScope, untilMs: number): void;
  releaseHeldLock(scope: LockScope): void;
  /** Ends one script execution: releases the locks it still holds (Apps Script does this when a script ends). */
  endExecution(): void;
  setUserEmail(email: string): void;
  /** false: getActiveUser().getEmail() returns '' (consumer accounts, simple triggers). */
  setActiveUserAvailable(available: boolean): void;
  /** false: a standalone script, so document properties, locks and caches are null. */
  setHasContainer(hasContainer: boolean): void;
  readonly menus: UiControls['menus'];
  readonly alerts: UiControls['alerts'];
  readonly prompts: UiControls['prompts'];
  readonly sidebars: UiControls['sidebars'];
  readonly dialogs: UiControls['dialogs'];
  queueAlertResponse: UiControls['queueAlertResponse'];
  queuePromptResponse: UiControls['queuePromptResponse'];
  propertySnapshot(scope: PropertyScope): Record<string, string>;
  cacheSnapshot(scope: CacheScope): Record<string, string>;
}

export function createServices(opts: CreateServicesOptions = {}) {
  const counter = opts.counter ?? new CallCounter();
  const clock = opts.clock ?? new Clock();
  const settings = new RuntimeSettings(opts.settings);
  const deps = { counter, clock, settings };

  const properties = createPropertiesService(deps);
  const locks = createLockService(deps);
  const caches = createCacheService(deps);
  const ui = createUi({ ...deps, addonName: opts.addonName });

  const controls: ServiceControls = {
    counter,
    clock,
    settings,
    properties: properties.stores,
    caches: caches.stores,
    locks: locks.controls,
    ui: ui.controls,
    holdLock: (scope, untilMs) => locks.controls.holdLock(scope, untilMs),
    releaseHeldLock: (scope) => locks.controls.releaseHeldLock(scope),
    endExecution: () => locks.controls.endExecution(),
    setUserEmail: (email) => {
      settings.userEmail = email;
    },
    setActiveUserAvailable: (available) => {
      settings.activeUserAvailable = available;
    },
    setHasContainer: (hasContainer) => {
      settings.hasContainer = hasContainer;
    },
    menus: ui.controls.menus,
    alerts: ui.controls.alerts,
    prompts: ui.controls.prompts,
    sidebars: ui.controls.sidebars,
    dialogs: ui.controls.dialogs,
    queueAlertResponse: (...b) => ui.controls.queueAlertResponse(...b),
    queuePromptResponse: (...a) => ui.controls.queuePromptResponse(...a),
    propertySnapshot: (scope) => properties.stores.snapshot(scope),
    cacheSnapshot: (scope) => caches.stores.snapshot(scope),
  };

  return {
    PropertiesService: properties.service,
    LockService: locks.service,
    CacheService: caches.service,
    Utilities: createUtilities({ ...deps, uuid: opts.uuid }),
    Session: createSession(deps),
    ScriptApp: createScriptApp(deps),
    HtmlService: createHtmlService({ ...deps, files: opts.files, globals: opts.globals }),
    ui: ui.ui,
    controls,
  };
}

export type Services = ReturnType<typeof createServices>;
