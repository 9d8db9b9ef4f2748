// createSpreadsheetApp: the SpreadsheetApp global (open/create/active, builders, enums) plus runtime/test controls.
import type { CallCounter } from '../counters';
import { FakeConditionalFormatRuleBuilder } from './conditionalFormat';
import { AppContext, FormulaEvaluator, Realm } from './context';
import { FakeDataValidationBuilder } from './dataValidation';
import * as enums from './enums';
import { FakeSpreadsheet } from './spreadsheet';

type GApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SpreadsheetAppOptions {
  counter: CallCounter;
  /** Returned by SpreadsheetApp.getUi() (implemented elsewhere; any object). */
  ui?: unknown;
  /**
   * Evaluates a formula cell, lazily when its value is read. The result is cached until any cell of any spreadsheet
   * of this app is written. Throwing makes the value '#ERROR!' (the message is kept: see inspect.formulaErrors).
   */
  evaluateFormula?: FormulaEvaluator;
  /** Default 'vi_VN' (display: decimal comma, '.' thousands). */
  locale?: string;
  /** Default 'Asia/Ho_Chi_Minh'. */
  timeZone?: string;
  /** The script's user: owner of created spreadsheets, checked by Protection.canEdit. */
  userEmail?: string;
  /** Date/Array constructors of the vm context running the bundle, so values pass `instanceof` there. */
  realm?: Realm;
}

export interface SpreadsheetAppControls {
  /** The object to install as the global SpreadsheetApp. */
  SpreadsheetApp: GApp;
  createSpreadsheet(name: string, id?: string): FakeSpreadsheet;
  setActive(ss: FakeSpreadsheet | null): void;
  getById(id: string): FakeSpreadsheet | undefined;
  all(): FakeSpreadsheet[];
  /** Makes openById/openByUrl of this id throw like Apps Script does for a file the user cannot open. */
  denyAccess(id: string): void;
  /** Registers a spreadsheet built elsewhere (e.g. loaded from .xlsx). */
  register(ss: FakeSpreadsheet): void;
  context: AppContext;
}

const NO_PERMISSION = 'You do not have permission to access the requested document.';

export function createSpreadsheetApp(opts: SpreadsheetAppOptions): SpreadsheetAppControls {
  const ctx = new AppContext(
    opts.counter,
    opts.evaluateFormula,
    opts.locale ?? 'vi_VN',
    opts.timeZone ?? 'Asia/Ho_Chi_Minh',
    opts.userEmail ?? 'user@example.com',
    opts.realm ?? {},
  );
  const count = (m: string) => ctx.count(`SpreadsheetApp.${m}`);

  const createSpreadsheet = (name: string, id?: string): FakeSpreadsheet => {
    const ssId = id ?? ctx.newSpreadsheetId();
    if (ctx.spreadsheets.has(ssId)) throw new Error(`A spreadsheet with id ${ssId} already exists.`);
    const ss = new FakeSpreadsheet(ctx, ssId, name);
    ss._insertSheet(ss._defaultSheetName(), 0, 0);
    ctx.spreadsheets.set(ssId, ss);
    return ss;
  };

  const open = (id: string, method: string): FakeSpreadsheet => {
    if (ctx.denied.has(id)) throw new Error(NO_PERMISSION);
    const ss = ctx.spreadsheets.get(id);
    if (!ss) throw new Error(`Unexpected error while getting the method or property ${method} on object SpreadsheetApp.`);
    return ss;
  };

  const app = {
    ...enums,
    toString: () => 'SpreadsheetApp',
    getActiveSpreadsheet(): GSpreadsheet | null {
      count('getActiveSpreadsheet');
      return ctx.active as unknown as GSpreadsheet | null;
    },
    getActive(): GSpreadsheet | null {
      count('getActive');
      return ctx.active as unknown as GSpreadsheet | null;
    },
    getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet | null {
      count('getActiveSheet');
      return (ctx.active?._activeSheet() ?? null) as unknown as GoogleAppsScript.Spreadsheet.Sheet | null;
    },
    getActiveRange(): GoogleAppsScript.Spreadsheet.Range | null {
      count('getActiveRange');
      return (ctx.active?._activeRange() ?? null) as unknown as GoogleAppsScript.Spreadsheet.Range | null;
    },
    setActiveSpreadsheet(ss: GSpreadsheet): void {
      count('setActiveSpreadsheet');
      ctx.active = ss as unknown as FakeSpreadsheet;
    },
    openById(id: string): GSpreadsheet {
      count('openById');
      if (typeof id !== 'string') throw new Error(`Invalid argument: id`);
      return open(id, 'openById') as unknown as GSpreadsheet;
    },
    openByUrl(url: string): GSpreadsheet {
      count('openByUrl');
      const m = /\/spreadsheets\/d\/([A-Za-z0-9_-]+)/.exec(String(url));
      if (!m) throw new Error('Invalid argument: url');
      return open(m[1], 'openByUrl') as unknown as GSpreadsheet;
    },
    create(name: string, _rows?: number, _columns?: number): GSpreadsheet {
      count('create');
      const ss = createSpreadsheet(String(name));
      const sheet = ss.sheets[0];
      if (typeof _rows === 'number') sheet.maxRows = _rows;
      if (typeof _columns === 'number') sheet.maxColumns = _columns;
      return ss as unknown as GSpreadsheet;
    },
    getUi(): GoogleAppsScript.Base.Ui {
      count('getUi');
      if (opts.ui === undefined) throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
      return opts.ui as GoogleAppsScript.Base.Ui;
    },
    flush(): void {
      count('flush');
    },
    newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
      count('newDataValidation');
      return new FakeDataValidationBuilder(ctx) as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
    },
    newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
      count('newConditionalFormatRule');
      return new FakeConditionalFormatRuleBuilder(ctx) as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
    },
  };

  return {
    SpreadsheetApp: app as unknown as GApp,
    createSpreadsheet,
    setActive(ss) {
      ctx.active = ss;
    },
    getById: (id) => ctx.spreadsheets.get(id),
    all: () => [...ctx.spreadsheets.values()],
    denyAccess(id) {
      ctx.denied.add(id);
    },
    register(ss) {
      ctx.spreadsheets.set(ss.id, ss);
    },
    context: ctx,
  };
}
