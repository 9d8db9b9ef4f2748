// The offline Apps Script runtime: the real bundle in node:vm with in-memory services, call counters, formula
// evaluation through the bundle's own custom functions, and .xlsx in and out.
import vm from 'node:vm';
import { CallCounter, LatencyModel } from './counters';
import { READS_PER_MINUTE_PER_USER, createSheetsAdvanced } from './sheetsApi';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, loadBundle, loadBundleInto } from './bundle';
import { FormulaHost, evaluateFormula } from './formulas';
import { FakeSpreadsheet, createSpreadsheetApp, loadXlsx, saveXlsx } from './spreadsheet';
import type { SpreadsheetAppControls } from './spreadsheet';
import { parseA1, rectA1 } from './spreadsheet/a1';
import { createCharts } from './spreadsheet/charts';
import { createServices, setExceptionConstructor } from './services';
import { createDriveService } from './services/drive';
import type { DriveControls } from './services/drive';

export interface RuntimeOptions {
  target?: string;
  userEmail?: string;
  /** Locale of new spreadsheets (default 'vi_VN'): decides how written strings are parsed and values shown. */
  locale?: string;
  /**
   * Per-call delays: service calls then add simulated time, and the bundle's Date.now() follows the simulated clock,
   * so time budgets (the district job's) behave as they would against Google's latency.
   */
  latency?: LatencyModel;
  /**
   * Sheets API read requests allowed per minute for this user, enforced on the simulated clock (Google: 60,
   * local/sheetsApi.ts). Default: 60 when a latency model runs the clock, none otherwise (without one, every call
   * happens at the same simulated instant). 0 turns it off.
   */
  sheetsReadsPerMinute?: number;
  /** The manifest to run under instead of dist/<target>/appsscript.json (it decides which advanced services exist). */
  manifest?: AppsScriptManifest;
}

interface AppsScriptManifest {
  oauthScopes?: string[];
  dependencies?: { enabledAdvancedServices?: { userSymbol: string; serviceId: string; version?: string }[] };
}

export interface Runtime {
  readonly counter: CallCounter;
  readonly sheets: SpreadsheetAppControls;
  readonly services: ReturnType<typeof createServices>;
  /** The offline Drive (advanced service v3): its files, the .docx behind each converted Doc, and their text. */
  readonly drive: DriveControls;
  /** The bundle's global scope. */
  readonly context: vm.Context & Record<string, any>;
  /** Calls a top-level function of the bundle, as a menu, trigger or google.script.run would (one execution). */
  run(name: string, ...args: unknown[]): unknown;
  /** A new empty spreadsheet, made the active one (the one the script is bound to). */
  newSpreadsheet(name: string): FakeSpreadsheet;
  /** Loads an .xlsx as the active spreadsheet. */
  open(pathOrBuffer: string | Buffer): Promise<FakeSpreadsheet>;
  save(ss: FakeSpreadsheet, path: string): Promise<void>;
}

function readRect(ss: FakeSpreadsheet, defaultSheet: string, sheetName: string | null, a1: string): unknown[][] {
  const name = sheetName ?? defaultSheet;
  const sheet = ss._sheetByName(name);
  if (!sheet) throw new Error(`#REF! Unknown sheet ${name}`);
  const p = parseA1(a1);
  if (!p || (p.r1 === null && p.c1 === null)) throw new Error(`#REF! Bad reference ${a1}`);
  // An open side ("G1:G", "A:B", "1:1") runs to the sheet's last row or column, as in Sheets; a single cell is itself.
  const single = !a1.includes(':');
  const r1 = p.r1 ?? 1;
  const c1 = p.c1 ?? 1;
  const r2 = p.r2 ?? (single ? r1 : sheet.maxRows);
  const c2 = p.c2 ?? (single ? c1 : sheet.maxColumns);
  const out: unknown[][] = [];
  for (let r = r1; r <= r2; r++) {
    const row: unknown[] = [];
    for (let c = c1; c <= c2; c++) row.push(sheet._value(r, c));
    out.push(row);
  }
  return out;
}

/** The HTML files the build put next to the bundle (Sidebar.html…), as HtmlService.createHtmlOutputFromFile sees them. */
function htmlFiles(target: string): Record<string, string> {
  const dir = join(ROOT, 'dist', target);
  return Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => [f.replace(/\.html$/, ''), readFileSync(join(dir, f), 'utf8')]));
}

/**
 * The advanced services the built manifest enables, by serviceId → userSymbol: as in Apps Script, a service that is
 * not enabled is simply not defined ("you must enable an advanced service before using it in a script",
 * https://developers.google.com/apps-script/guides/services/advanced: dependencies.enabledAdvancedServices).
 */
function enabledAdvancedServices(manifest: AppsScriptManifest): Map<string, string> {
  return new Map((manifest.dependencies?.enabledAdvancedServices ?? []).map((s) => [s.serviceId, s.userSymbol]));
}

export function createRuntime(opts: RuntimeOptions = {}): Runtime {
  const target = opts.target ?? 'school';
  const counter = new CallCounter();
  const context = vm.createContext({}) as vm.Context & Record<string, any>;
  const realm = vm.runInContext('({ Date, Array, Error })', context) as { Date: DateConstructor; Array: ArrayConstructor; Error: ErrorConstructor };
  const manifest = opts.manifest ?? (JSON.parse(readFileSync(join(ROOT, 'dist', target, 'appsscript.json'), 'utf8')) as AppsScriptManifest);
  const services = createServices({
    counter,
    globals: () => context,
    settings: { userEmail: opts.userEmail, oauthScopes: manifest.oauthScopes },
    files: htmlFiles(target),
  });
  setExceptionConstructor(realm.Error);

  let school: (vm.Context & Record<string, any>) | undefined;
  const schoolFunctions = () => (school ??= loadBundle('school'));
  const host = (ss: FakeSpreadsheet, sheetName: string): FormulaHost => ({
    readRange: (sheet, a1) => readRect(ss, sheetName, sheet, a1),
    namedRange: (name) => {
      const n = ss.namedRanges.find((x) => x.name === name);
      return n ? { sheet: n.ref.sheet.name, a1: rectA1(n.ref.rect) } : undefined;
    },
    // Custom functions are the bundle's globals, called as Sheets calls them (no `this`, plain arguments). A school
    // workbook opened by the district target still computes with its own bound project: the school bundle.
    customFunction: (name) => {
      if (!/^DVHT_/.test(name)) return undefined;
      const host = typeof context[name] === 'function' ? context : schoolFunctions();
      return typeof host[name] === 'function' ? (host[name] as (...a: unknown[]) => unknown) : undefined;
    },
  });
  const sheets = createSpreadsheetApp({
    counter,
    ui: services.ui,
    realm,
    userEmail: opts.userEmail,
    locale: opts.locale,
    evaluateFormula: (formula, at) => evaluateFormula(formula, host(at.spreadsheet, at.sheet.name)),
  });


  // One simulated clock: call delays, Utilities.sleep and lock waits all move services.controls.clock.
  const clock = services.controls.clock;
  if (opts.latency) {
    counter.setLatency(opts.latency, (ms) => clock.advance(ms));
    realm.Date.now = () => clock.now();
  }
  const readsPerMinute = opts.sheetsReadsPerMinute ?? (opts.latency ? READS_PER_MINUTE_PER_USER : 0);
  const drive = createDriveService({ counter, clock });
  const advanced = enabledAdvancedServices(manifest);
  const advancedGlobals: Record<string, unknown> = {};
  if (advanced.has('sheets')) {
    advancedGlobals[advanced.get('sheets')!] = createSheetsAdvanced(sheets, counter, readsPerMinute > 0 ? { now: () => clock.now(), readsPerMinute } : undefined);
  }
  if (advanced.has('drive')) advancedGlobals[advanced.get('drive')!] = drive.service;

  Object.assign(context, {
    ...advancedGlobals,
    SpreadsheetApp: sheets.SpreadsheetApp,
    Charts: createCharts(),
    PropertiesService: services.PropertiesService,
    LockService: services.LockService,
    CacheService: services.CacheService,
    Utilities: services.Utilities,
    Session: services.Session,
    ScriptApp: services.ScriptApp,
    HtmlService: services.HtmlService,
    Logger: { log: () => undefined },
    console: { log: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
  });
  loadBundleInto(target, context);

  return {
    counter,
    sheets,
    services,
    drive: drive.controls,
    context,
    run(name, ...args) {
      const fn = context[name];
      if (typeof fn !== 'function') throw new Error(`The bundle has no function ${name}`);
      try {
        return fn(...args);
      } finally {
        services.controls.endExecution();
      }
    },
    newSpreadsheet(name) {
      const ss = sheets.createSpreadsheet(name);
      sheets.setActive(ss);
      return ss;
    },
    async open(pathOrBuffer) {
      const ss = await loadXlsx(sheets, pathOrBuffer);
      sheets.setActive(ss);
      return ss;
    },
    save: (ss, path) => saveXlsx(ss, path),
  };
}
