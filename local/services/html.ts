// In-memory HtmlService: HtmlOutput, files given to the factory, and HtmlTemplate with <?= ?>, <?!= ?> and <? ?> scriptlets.
import { CallCounter } from '../counters';
import { Blob, newBlob } from './blob';
import { gasError, makeEnum, ServiceDeps } from './support';

type HtmlOutputApi = GoogleAppsScript.HTML.HtmlOutput;
type HtmlTemplateApi = GoogleAppsScript.HTML.HtmlTemplate;

export const SandboxMode = makeEnum(['EMULATED', 'IFRAME', 'NATIVE'] as const);
export const XFrameOptionsMode = makeEnum(['ALLOWALL', 'DEFAULT'] as const);

/** HtmlOutput.addMetaTag reference: only these meta tags are allowed (our error wording). */
const ALLOWED_META_TAGS = ['apple-mobile-web-app-capable', 'google-site-verification', 'mobile-web-app-capable', 'viewport'];

/** HTML-escapes text the way appendUntrusted and <?= ?> must at least do in an HTML context. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** What a sidebar or dialog shows, read without counting calls. */
export interface HtmlSnapshot {
  content: string;
  title: string;
  width: number | null;
  height: number | null;
}

const outputState = new WeakMap<object, HtmlSnapshot & { metaTags: { name: string; content: string }[]; xFrameOptionsMode: unknown; sandboxMode: unknown; faviconUrl: string | null }>();

/** The content and title of an HtmlOutput (ours without counting; any other object through its getters). */
export function snapshotHtml(output: unknown): HtmlSnapshot {
  const state = typeof output === 'object' && output !== null ? outputState.get(output) : undefined;
  if (state) return { content: state.content, title: state.title, width: state.width, height: state.height };
  const o = output as Partial<HtmlOutputApi> | null | undefined;
  if (!o || typeof o.getContent !== 'function') throw gasError('Invalid argument: userInterface');
  return { content: o.getContent(), title: o.getTitle?.() ?? '', width: o.getWidth?.() ?? null, height: o.getHeight?.() ?? null };
}

class MetaTag {
  constructor(
    private readonly name: string,
    private readonly content: string,
    private readonly counter: CallCounter,
  ) {}

  getName(): string {
    this.counter.count('HtmlService', 'HtmlOutputMetaTag.getName');
    return this.name;
  }

  getContent(): string {
    this.counter.count('HtmlService', 'HtmlOutputMetaTag.getContent');
    return this.content;
  }
}

export class HtmlOutput
  implements
    Pick<
      HtmlOutputApi,
      | 'addMetaTag'
      | 'append'
      | 'appendUntrusted'
      | 'asTemplate'
      | 'clear'
      | 'getAs'
      | 'getBlob'
      | 'getContent'
      | 'getFaviconUrl'
      | 'getHeight'
      | 'getMetaTags'
      | 'getTitle'
      | 'getWidth'
      | 'setContent'
      | 'setFaviconUrl'
      | 'setHeight'
      | 'setSandboxMode'
      | 'setTitle'
      | 'setWidth'
      | 'setXFrameOptionsMode'
    >
{
  constructor(
    private readonly service: HtmlService,
    private readonly counter: CallCounter,
    content = '',
  ) {
    outputState.set(this, {
      content,
      title: '',
      width: null,
      height: null,
      metaTags: [],
      xFrameOptionsMode: XFrameOptionsMode.DEFAULT,
      sandboxMode: SandboxMode.IFRAME,
      faviconUrl: null,
    });
  }

  private get s() {
    return outputState.get(this)!;
  }

  private count(method: string): void {
    this.counter.count('HtmlService', `HtmlOutput.${method}`);
  }

  private self(): HtmlOutputApi {
    return this as unknown as HtmlOutputApi;
  }

  /** @internal append without counting (template evaluation). */
  appendRaw(text: string): void {
    this.s.content += text;
  }

  addMetaTag(name: string, content: string): HtmlOutputApi {
    this.count('addMetaTag');
    if (!ALLOWED_META_TAGS.includes(String(name))) throw gasError(`Meta tag "${name}" is not allowed.`);
    this.s.metaTags.push({ name: String(name), content: String(content) });
    return this.self();
  }

  append(addedContent: string): HtmlOutputApi {
    this.count('append');
    this.s.content += String(addedContent);
    return this.self();
  }

  appendUntrusted(addedContent: string): HtmlOutputApi {
    this.count('appendUntrusted');
    this.s.content += escapeHtml(String(addedContent));
    return this.self();
  }

  asTemplate(): HtmlTemplateApi {
    this.count('asTemplate');
    return this.service.templateFrom(this.s.content);
  }

  clear(): HtmlOutputApi {
    this.count('clear');
    this.s.content = '';
    return this.self();
  }

  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    this.count('getAs');
    return (this.blob() as unknown as GoogleAppsScript.Base.Blob).getAs(contentType);
  }

  getBlob(): GoogleAppsScript.Base.Blob {
    this.count('getBlob');
    return this.blob() as unknown as GoogleAppsScript.Base.Blob;
  }

  private blob(): Blob {
    return newBlob(this.counter, this.s.content, 'text/html', this.s.title || null, 'HtmlService');
  }

  getContent(): string {
    this.count('getContent');
    return this.s.content;
  }

  getFaviconUrl(): string {
    this.count('getFaviconUrl');
    return this.s.faviconUrl as string;
  }

  getHeight(): number {
    this.count('getHeight');
    return this.s.height as number;
  }

  getMetaTags(): GoogleAppsScript.HTML.HtmlOutputMetaTag[] {
    this.count('getMetaTags');
    return this.s.metaTags.map((t) => new MetaTag(t.name, t.content, this.counter));
  }

  getTitle(): string {
    this.count('getTitle');
    return this.s.title;
  }

  getWidth(): number {
    this.count('getWidth');
    return this.s.width as number;
  }

  setContent(content: string): HtmlOutputApi {
    this.count('setContent');
    this.s.content = String(content);
    return this.self();
  }

  setFaviconUrl(iconUrl: string): HtmlOutputApi {
    this.count('setFaviconUrl');
    this.s.faviconUrl = String(iconUrl);
    return this.self();
  }

  setHeight(height: number): HtmlOutputApi {
    this.count('setHeight');
    this.s.height = Math.trunc(Number(height));
    return this.self();
  }

  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): HtmlOutputApi {
    this.count('setSandboxMode');
    this.s.sandboxMode = mode;
    return this.self();
  }

  setTitle(title: string): HtmlOutputApi {
    this.count('setTitle');
    this.s.title = String(title);
    return this.self();
  }

  setWidth(width: number): HtmlOutputApi {
    this.count('setWidth');
    this.s.width = Math.trunc(Number(width));
    return this.self();
  }

  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): HtmlOutputApi {
    this.count('setXFrameOptionsMode');
    this.s.xFrameOptionsMode = mode;
    return this.self();
  }
}

/**
 * Compiles a template to the body of a function: text and <?!= ?> are appended raw, <?= ?> escaped, <? ?> runs as
 * code (HTML service templates guide: "printing scriptlets" escape, "force-printing scriptlets" do not). Only the
 * template's own scriptlets become code; its text is embedded as JSON string literals.
 */
export function compileTemplate(source: string): string {
  const lines: string[] = [];
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf('<?', i);
    if (open < 0) {
      lines.push(`__text(${JSON.stringify(source.slice(i))});`);
      break;
    }
    if (open > i) lines.push(`__text(${JSON.stringify(source.slice(i, open))});`);
    const close = source.indexOf('?>', open + 2);
    if (close < 0) throw gasError('Unterminated scriptlet: a "<?" has no matching "?>".');
    const inner = source.slice(open + 2, close);
    if (inner.startsWith('!=')) lines.push(`__raw((${trimExpression(inner.slice(2))}));`);
    else if (inner.startsWith('=')) lines.push(`__escaped((${trimExpression(inner.slice(1))}));`);
    else lines.push(inner);
    i = close + 2;
  }
  return lines.join('\n');
}

function trimExpression(expression: string): string {
  return expression.trim().replace(/;+\s*$/, '');
}

/** Template internals live outside the object, so template properties (any name) cannot clash with them. */
const templateState = new WeakMap<object, { service: HtmlService; source: string; code: string }>();

function templateOf(template: object, method: string): { service: HtmlService; source: string; code: string } {
  const state = templateState.get(template)!;
  state.service.counter.count('HtmlService', `HtmlTemplate.${method}`);
  return state;
}

export class HtmlTemplate implements Pick<HtmlTemplateApi, 'evaluate' | 'getCode' | 'getCodeWithComments' | 'getRawContent'> {
  /** Template properties: `t.data = …` before evaluate() makes `data` visible to the scriptlets. */
  [property: string]: unknown;

  constructor(service: HtmlService, source: string) {
    templateState.set(this, { service, source, code: compileTemplate(source) });
  }

  /**
   * Runs the compiled template. Identifiers resolve to template properties first, then to the script's globals
   * (the `globals` the factory was given, e.g. the vm context, so `<?!= include('Styles') ?>` reaches the bundle),
   * then to this process's globals. `output` is the HtmlOutput being built, as in Apps Script.
   */
  evaluate(): HtmlOutputApi {
    const { service, code } = templateOf(this, 'evaluate');
    const output = new HtmlOutput(service, service.counter);
    const scope: Record<string, unknown> = {};
    for (const key of Object.keys(this)) scope[key] = this[key];
    // The innermost scope holds `output` and the emitters, so no global or template property can shadow them.
    const locals = {
      output,
      __text: (text: string) => output.appendRaw(text),
      __raw: (value: unknown) => output.appendRaw(String(value)),
      __escaped: (value: unknown) => output.appendRaw(escapeHtml(String(value))),
    };
    const run = new Function('__globals', '__scope', '__locals', `with (__globals) { with (__scope) { with (__locals) {\n${code}\n} } }`);
    run(service.templateGlobals(), scope, locals);
    return output as unknown as HtmlOutputApi;
  }

  getCode(): string {
    return templateOf(this, 'getCode').code;
  }

  getCodeWithComments(): string {
    return templateOf(this, 'getCodeWithComments').code;
  }

  getRawContent(): string {
    return templateOf(this, 'getRawContent').source;
  }
}

export interface HtmlServiceOptions {
  /** Project HTML files by name without ".html": { Sidebar: '<!DOCTYPE html>…' }. */
  files?: Record<string, string>;
  /** The script's global object for template scriptlets (an object or a getter, e.g. the vm context). */
  globals?: object | (() => object);
}

export class HtmlService
  implements
    Pick<
      GoogleAppsScript.HTML.HtmlService,
      'createHtmlOutput' | 'createHtmlOutputFromFile' | 'createTemplate' | 'createTemplateFromFile' | 'getUserAgent'
    >
{
  readonly SandboxMode = SandboxMode as unknown as typeof GoogleAppsScript.HTML.SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode as unknown as typeof GoogleAppsScript.HTML.XFrameOptionsMode;

  constructor(
    /** @internal */ readonly counter: CallCounter,
    private readonly options: HtmlServiceOptions = {},
  ) {
    Object.defineProperty(this, 'options', { enumerable: false });
  }

  private count(method: string): void {
    this.counter.count('HtmlService', `HtmlService.${method}`);
  }

  /** @internal */
  templateGlobals(): object {
    const g = this.options.globals;
    return (typeof g === 'function' ? g() : g) ?? {};
  }

  /** @internal */
  templateFrom(source: string): HtmlTemplateApi {
    return new HtmlTemplate(this, source) as unknown as HtmlTemplateApi;
  }

  private file(filename: string): string {
    const name = String(filename).replace(/\.html$/, '');
    const text = this.options.files?.[name];
    if (text === undefined) throw gasError(`No HTML file named ${name} was found.`);
    return text;
  }

  private text(source: unknown): string {
    if (source === undefined || source === null) return '';
    if (typeof source === 'object' && typeof (source as GoogleAppsScript.Base.BlobSource).getBlob === 'function') {
      return (source as GoogleAppsScript.Base.BlobSource).getBlob().getDataAsString();
    }
    return String(source);
  }

  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): HtmlOutputApi {
    this.count('createHtmlOutput');
    return new HtmlOutput(this, this.counter, this.text(html)) as unknown as HtmlOutputApi;
  }

  createHtmlOutputFromFile(filename: string): HtmlOutputApi {
    this.count('createHtmlOutputFromFile');
    return new HtmlOutput(this, this.counter, this.file(filename)) as unknown as HtmlOutputApi;
  }

  createTemplate(html: string | GoogleAppsScript.Base.BlobSource): HtmlTemplateApi {
    this.count('createTemplate');
    return this.templateFrom(this.text(html));
  }

  createTemplateFromFile(filename: string): HtmlTemplateApi {
    this.count('createTemplateFromFile');
    return this.templateFrom(this.file(filename));
  }

  getUserAgent(): string {
    this.count('getUserAgent');
    return 'Mozilla/5.0 (offline Apps Script runtime)';
  }
}

export function createHtmlService(deps: ServiceDeps & HtmlServiceOptions): HtmlService {
  return new HtmlService(deps.counter, { files: deps.files, globals: deps.globals });
}
