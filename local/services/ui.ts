// In-memory Ui (SpreadsheetApp.getUi / DocumentApp.getUi): menus, alerts, prompts, sidebars and dialogs, scripted and recorded.
import { CallCounter } from '../counters';
import { Clock } from './clock';
import { snapshotHtml } from './html';
import { enumName, EnumValue, gasError, makeEnum, ServiceDeps } from './support';

type UiApi = GoogleAppsScript.Base.Ui;
type MenuApi = GoogleAppsScript.Base.Menu;

export const Button = makeEnum(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO'] as const);
export const ButtonSet = makeEnum(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'] as const);
export type ButtonName = keyof typeof Button;
export type ButtonSetName = keyof typeof ButtonSet;

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; items: MenuEntry[] };

export interface MenuRecord {
  caption: string;
  /** True for createAddonMenu() (shown under Extensions). */
  addon: boolean;
  items: MenuEntry[];
}

export interface AlertRecord {
  title: string | null;
  prompt: string;
  buttons: ButtonSetName;
  response: ButtonName;
  atMs: number;
}

export interface PromptRecord extends AlertRecord {
  responseText: string;
}

export interface SidebarRecord {
  content: string;
  title: string;
  width: number | null;
  atMs: number;
}

export interface DialogRecord {
  modal: boolean;
  /** The title argument of showModalDialog / showModelessDialog. */
  title: string;
  content: string;
  width: number | null;
  height: number | null;
  atMs: number;
}

/** What a test's onShow hook is told as an alert, prompt or dialog opens. */
export interface ShownUi {
  kind: 'alert' | 'prompt' | 'dialog';
  title: string | null;
}

export interface ScriptedPrompt {
  text?: string;
  button?: EnumValue | ButtonName;
}

/** The signature mismatch Apps Script reports for wrong argument types, e.g. "The parameters (String,String) don't match the method signature for Ui.alert." */
function signatureError(method: string, args: readonly unknown[]): Error {
  const types = args.map((a) => (typeof a === 'string' ? 'String' : typeof a === 'number' ? 'number' : a === null ? 'null' : typeof a === 'object' ? 'Object' : typeof a));
  return gasError(`The parameters (${types.join(',')}) don't match the method signature for ${method}.`);
}

function buttonSetName(value: unknown): ButtonSetName | undefined {
  const name = enumName(value);
  return name !== undefined && name in ButtonSet && ButtonSet[name as ButtonSetName] === value ? (name as ButtonSetName) : undefined;
}

/** Parses (prompt) | (prompt, buttons) | (title, prompt, buttons). */
function dialogArgs(method: string, args: readonly unknown[]): { title: string | null; prompt: string; buttons: ButtonSetName } {
  if (args.length === 1 && typeof args[0] === 'string') return { title: null, prompt: args[0], buttons: 'OK' };
  if (args.length === 2 && typeof args[0] === 'string') {
    const buttons = buttonSetName(args[1]);
    if (buttons) return { title: null, prompt: args[0], buttons };
  }
  if (args.length === 3 && typeof args[0] === 'string' && typeof args[1] === 'string') {
    const buttons = buttonSetName(args[2]);
    if (buttons) return { title: args[0], prompt: args[1], buttons };
  }
  throw signatureError(method, args);
}

function toButtonName(value: EnumValue | ButtonName | undefined, fallback: ButtonName): ButtonName {
  if (value === undefined) return fallback;
  const name = enumName(value);
  if (!name || !(name in Button)) throw new Error(`Not a Ui.Button: ${String(value)}`);
  return name as ButtonName;
}

/** Recorded UI activity and scripted user answers, for tests. */
export class UiControls {
  readonly menus: MenuRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly prompts: PromptRecord[] = [];
  readonly sidebars: SidebarRecord[] = [];
  readonly dialogs: DialogRecord[] = [];
  private readonly alertAnswers: ButtonName[] = [];
  private readonly promptAnswers: { text: string; button: ButtonName }[] = [];
  /**
   * Called as each alert, prompt or dialog opens, before the user answers: a test acts "while it is open" (checks a
   * lock, starts a colleague's action). An alert suspends the script until the user closes it
   * (https://developers.google.com/apps-script/guides/dialogs), so whatever the script holds then stays held.
   */
  onShow: ((shown: ShownUi) => void) | null = null;

  /** The next alerts return these buttons, in order (default afterwards: OK). */
  queueAlertResponse(...buttons: (EnumValue | ButtonName)[]): void {
    for (const b of buttons) this.alertAnswers.push(toButtonName(b, 'OK'));
  }

  /** The next prompts return these answers, in order (default afterwards: '' with OK). */
  queuePromptResponse(...answers: ScriptedPrompt[]): void {
    for (const a of answers) this.promptAnswers.push({ text: a.text ?? '', button: toButtonName(a.button, 'OK') });
  }

  /** @internal */
  nextAlert(): ButtonName {
    return this.alertAnswers.shift() ?? 'OK';
  }

  /** @internal */
  nextPrompt(): { text: string; button: ButtonName } {
    return this.promptAnswers.shift() ?? { text: '', button: 'OK' };
  }

  /** @internal a menu with the same caption (and kind) replaces the earlier one, as re-running onOpen does. */
  addMenu(record: MenuRecord): void {
    const i = this.menus.findIndex((m) => m.caption === record.caption && m.addon === record.addon);
    if (i >= 0) this.menus[i] = record;
    else this.menus.push(record);
  }

  /** The function bound to a menu item reached by captions, e.g. ('ĐVHT', 'Đánh giá'); undefined if absent. */
  menuFunction(...captions: string[]): string | undefined {
    const [top, ...rest] = captions;
    let items: MenuEntry[] | undefined = this.menus.find((m) => m.caption === top)?.items;
    for (let i = 0; items && i < rest.length; i++) {
      const entry = items.find((e) => e.kind !== 'separator' && e.caption === rest[i]);
      if (!entry || entry.kind === 'separator') return undefined;
      if (i === rest.length - 1) return entry.kind === 'item' ? entry.functionName : undefined;
      items = entry.kind === 'submenu' ? entry.items : undefined;
    }
    return undefined;
  }

  /** Every menu item as "Menu > Sub > Item" → function name. */
  menuItems(): { path: string[]; functionName: string }[] {
    const out: { path: string[]; functionName: string }[] = [];
    const walk = (items: MenuEntry[], path: string[]) => {
      for (const e of items) {
        if (e.kind === 'item') out.push({ path: [...path, e.caption], functionName: e.functionName });
        else if (e.kind === 'submenu') walk(e.items, [...path, e.caption]);
      }
    };
    for (const m of this.menus) walk(m.items, [m.caption]);
    return out;
  }

  lastSidebar(): SidebarRecord | undefined {
    return this.sidebars[this.sidebars.length - 1];
  }

  /** Forgets recorded activity and scripted answers. */
  reset(): void {
    for (const list of [this.menus, this.alerts, this.prompts, this.sidebars, this.dialogs, this.alertAnswers, this.promptAnswers]) {
      list.length = 0;
    }
    this.onShow = null;
  }
}

export class Menu implements Pick<MenuApi, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  private readonly entries: (MenuEntry | Menu)[] = [];

  constructor(
    private readonly caption: string,
    private readonly addon: boolean,
    private readonly controls: UiControls,
    private readonly counter: CallCounter,
  ) {}

  private count(method: string): void {
    this.counter.count('Ui', `Menu.${method}`);
  }

  addItem(caption: string, functionName: string): MenuApi {
    this.count('addItem');
    if (typeof caption !== 'string' || typeof functionName !== 'string') throw signatureError('Menu.addItem', [caption, functionName]);
    this.entries.push({ kind: 'item', caption, functionName });
    return this as unknown as MenuApi;
  }

  addSeparator(): MenuApi {
    this.count('addSeparator');
    this.entries.push({ kind: 'separator' });
    return this as unknown as MenuApi;
  }

  addSubMenu(menu: MenuApi): MenuApi {
    this.count('addSubMenu');
    if (!(menu instanceof Menu)) throw signatureError('Menu.addSubMenu', [menu]);
    this.entries.push(menu);
    return this as unknown as MenuApi;
  }

  /** The menu as shown: captured now, so later additions need another addToUi, as in Apps Script. */
  addToUi(): void {
    this.count('addToUi');
    this.controls.addMenu({ caption: this.caption, addon: this.addon, items: this.snapshot() });
  }

  private snapshot(): MenuEntry[] {
    return this.entries.map((e) => (e instanceof Menu ? { kind: 'submenu', caption: e.caption, items: e.snapshot() } : { ...e }));
  }
}

class PromptResponse implements GoogleAppsScript.Base.PromptResponse {
  constructor(
    private readonly text: string,
    private readonly button: ButtonName,
    private readonly counter: CallCounter,
  ) {}

  getResponseText(): string {
    this.counter.count('Ui', 'PromptResponse.getResponseText');
    return this.text;
  }

  getSelectedButton(): GoogleAppsScript.Base.Button {
    this.counter.count('Ui', 'PromptResponse.getSelectedButton');
    return Button[this.button] as unknown as GoogleAppsScript.Base.Button;
  }
}

export class Ui
  implements
    Pick<UiApi, 'alert' | 'prompt' | 'createMenu' | 'createAddonMenu' | 'showSidebar' | 'showModalDialog' | 'showModelessDialog'>
{
  readonly Button = Button as unknown as typeof GoogleAppsScript.Base.Button;
  readonly ButtonSet = ButtonSet as unknown as typeof GoogleAppsScript.Base.ButtonSet;

  constructor(
    private readonly controls: UiControls,
    private readonly counter: CallCounter,
    private readonly clock: Clock,
    private readonly addonName: string,
  ) {}

  private count(method: string): void {
    this.counter.count('Ui', `Ui.${method}`);
  }

  alert(prompt: string): GoogleAppsScript.Base.Button;
  alert(prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button;
  alert(title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button;
  alert(...args: unknown[]): GoogleAppsScript.Base.Button {
    this.count('alert');
    const { title, prompt, buttons } = dialogArgs('Ui.alert', args);
    this.controls.onShow?.({ kind: 'alert', title });
    const response = this.controls.nextAlert();
    this.controls.alerts.push({ title, prompt, buttons, response, atMs: this.clock.now() });
    return Button[response] as unknown as GoogleAppsScript.Base.Button;
  }

  prompt(prompt: string): GoogleAppsScript.Base.PromptResponse;
  prompt(prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.PromptResponse;
  prompt(title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.PromptResponse;
  prompt(...args: unknown[]): GoogleAppsScript.Base.PromptResponse {
    this.count('prompt');
    const { title, prompt, buttons } = dialogArgs('Ui.prompt', args);
    this.controls.onShow?.({ kind: 'prompt', title });
    const answer = this.controls.nextPrompt();
    this.controls.prompts.push({ title, prompt, buttons, response: answer.button, responseText: answer.text, atMs: this.clock.now() });
    return new PromptResponse(answer.text, answer.button, this.counter);
  }

  createMenu(caption: string): MenuApi {
    this.count('createMenu');
    if (typeof caption !== 'string') throw signatureError('Ui.createMenu', [caption]);
    return new Menu(caption, false, this.controls, this.counter) as unknown as MenuApi;
  }

  /** The add-on's menu under Extensions, captioned with the add-on (or bound project) name. */
  createAddonMenu(): MenuApi {
    this.count('createAddonMenu');
    return new Menu(this.addonName, true, this.controls, this.counter) as unknown as MenuApi;
  }

  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.count('showSidebar');
    const html = snapshotHtml(userInterface);
    this.controls.sidebars.push({ content: html.content, title: html.title, width: html.width, atMs: this.clock.now() });
  }

  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.count('showModalDialog');
    this.dialog(true, userInterface, title);
  }

  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.count('showModelessDialog');
    this.dialog(false, userInterface, title);
  }

  private dialog(modal: boolean, userInterface: unknown, title: string): void {
    const html = snapshotHtml(userInterface);
    this.controls.onShow?.({ kind: 'dialog', title: String(title) });
    this.controls.dialogs.push({
      modal,
      title: String(title),
      content: html.content,
      width: html.width,
      height: html.height,
      atMs: this.clock.now(),
    });
  }
}

export function createUi(deps: ServiceDeps & { addonName?: string }): { ui: Ui; controls: UiControls } {
  const controls = new UiControls();
  return { ui: new Ui(controls, deps.counter, deps.clock, deps.addonName ?? 'ĐVHT'), controls };
}
