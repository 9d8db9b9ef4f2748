// Paragraph and ListItem (a paragraph in a list), with the inline PageBreak and HorizontalRule elements they hold.
import { gasError } from '../services/support';
import { checkChildIndex, int, isNumber, signatureError } from './args';
import type { DocContext } from './context';
import { DocElement, InlineElement, ParentElement } from './element';
import {
  ElementTypeName, GlyphType, GlyphTypeName, HorizontalAlignment, HorizontalAlignmentName, ParagraphHeading,
  ParagraphHeadingName, TextAlignment, TextAlignmentName, memberOf,
} from './enums';
import {
  EMPTY_STYLE, ParagraphStyle, ParsedAttributes, TextPatch, TextStyle, attributeMap, hasKeys, paragraphAttributes, parseAttributes,
  patchParagraph, patchStyle, textAttributes, uniform, uniformStyle,
} from './style';
import { FakeText, TextLine, TextOwner, TextView } from './text';

type GParagraph = GoogleAppsScript.Document.Paragraph;
type GListItem = GoogleAppsScript.Document.ListItem;
type GText = GoogleAppsScript.Document.Text;

/**
 * What a NORMAL_TEXT paragraph reports for attributes it does not set: Google Docs' default "Normal text" style
 * (left, single-spaced at 1.15, no indents or spacing). Live Apps Script returns these computed values for normal
 * paragraphs and null for unset attributes of headings (observed by gas-fakes, src/services/documentapp/elementhelpers.js).
 */
export const NORMAL_PARAGRAPH: Readonly<Required<Omit<ParagraphStyle, 'heading'>>> = Object.freeze({
  alignment: 'LEFT',
  indentStart: 0,
  indentEnd: 0,
  indentFirstLine: 0,
  spacingBefore: 0,
  spacingAfter: 0,
  lineSpacing: 1.15,
  leftToRight: true,
});

export class FakePageBreak extends InlineElement {
  readonly cls = 'PageBreak';
  readonly typeName = 'PAGE_BREAK' as const;
  _clone(): FakePageBreak {
    return new FakePageBreak(this.ctx);
  }
}

export class FakeHorizontalRule extends InlineElement {
  readonly cls = 'HorizontalRule';
  readonly typeName = 'HORIZONTAL_RULE' as const;
  _clone(): FakeHorizontalRule {
    return new FakeHorizontalRule(this.ctx);
  }
}

type Inline = FakeText | FakePageBreak | FakeHorizontalRule;

export class FakeParagraph extends ParentElement
  implements
    TextLine,
    TextOwner,
    Pick<
      GParagraph,
      | 'getNumChildren' | 'getText' | 'getIndentStart' | 'getIndentEnd' | 'getIndentFirstLine' | 'getSpacingBefore'
      | 'getSpacingAfter' | 'getLineSpacing' | 'isLeftToRight' | 'getLinkUrl'
    >
{
  readonly cls: string = 'Paragraph';
  readonly typeName: ElementTypeName = 'PARAGRAPH';
  readonly _singleParagraph = true;
  readonly style: ParagraphStyle = {};
  /** The style of the paragraph mark: what an empty paragraph shows and new text starts with. */
  private markStyle: TextStyle;

  constructor(ctx: DocContext, text = '', style: TextStyle = EMPTY_STYLE) {
    super(ctx);
    this.markStyle = style;
    if (text !== '') this._appendChild(new FakeText(ctx, text, style));
  }

  // --- TextLine / TextOwner --------------------------------------------------------------------------------

  _texts(): FakeText[] {
    return this._children.filter((c): c is FakeText => c instanceof FakeText);
  }

  _inline(): Inline[] {
    return this._children as Inline[];
  }

  _mark(): TextStyle {
    return this.markStyle;
  }

  _patchMark(patch: TextPatch): void {
    this.markStyle = patchStyle(this.markStyle, patch);
  }

  _appendTextNode(node: FakeText): void {
    this._appendChild(node);
  }

  _dropText(node: FakeText): void {
    this._removeChild(node);
  }

  _lines(): TextLine[] {
    return [this];
  }

  _setText(text: string): void {
    const texts = this._texts();
    const style = texts.length ? texts[0]._firstStyle() : this.markStyle;
    for (const c of [...this._children]) this._removeChild(c);
    this.markStyle = style;
    if (text !== '') this._appendChild(new FakeText(this.ctx, text, style));
  }

  _appendLines(): void {
    throw gasError('A paragraph cannot hold paragraph breaks.');
  }

  _text(): string {
    return this._texts().map((t) => t._str()).join('');
  }

  /** The style of the last character, or the paragraph mark: what appended text continues with. */
  _lastStyle(): TextStyle {
    const texts = this._texts().filter((t) => t._str() !== '');
    return texts.length ? texts[texts.length - 1]._lastStyle() : this.markStyle;
  }

  _charStyles(): TextStyle[] {
    const styles = this._texts().flatMap((t) => [...t._charStyles()]);
    return styles.length ? styles : [this.markStyle];
  }

  /** Applies a text patch to every character and to the paragraph mark. */
  _patchText(patch: TextPatch): void {
    for (const t of this._texts()) if (t._str().length) t._patch(0, t._str().length, patch);
    this._patchMark(patch);
  }

  /** An attribute's value as getters report it: set here, else the Normal style's for normal paragraphs. */
  _effective<K extends keyof typeof NORMAL_PARAGRAPH>(key: K): (typeof NORMAL_PARAGRAPH)[K] | null {
    const v = this.style[key];
    if (v !== undefined) return v as (typeof NORMAL_PARAGRAPH)[K];
    return (this.style.heading ?? 'NORMAL') === 'NORMAL' ? NORMAL_PARAGRAPH[key] : null;
  }

  _clone(): FakeParagraph {
    const p = new FakeParagraph(this.ctx, '', this.markStyle);
    this._copyInto(p);
    return p;
  }

  protected _copyInto(p: FakeParagraph): void {
    Object.assign(p.style, this.style);
    p.markStyle = this.markStyle;
    for (const c of this._children) p._appendChild(c._clone());
  }

  _getAttributes(): Record<string, unknown> {
    const effective: ParagraphStyle = { heading: this.style.heading };
    for (const k of Object.keys(NORMAL_PARAGRAPH) as (keyof typeof NORMAL_PARAGRAPH)[]) {
      const v = this._effective(k);
      if (v !== null) (effective as Record<string, unknown>)[k] = v;
    }
    return attributeMap({ ...textAttributes(uniformStyle(this._charStyles())), ...paragraphAttributes(effective) });
  }

  _setAttributes(attrs: unknown, args: ArrayLike<unknown>): void {
    const parsed = parseAttributes(attrs, `${this.cls}.setAttributes`, args);
    this._mut();
    if (hasKeys(parsed.text)) this._patchText(parsed.text);
    this._setAttributesParsed(parsed);
  }

  /** The paragraph (and, for list items, list) part of an attribute map. */
  _setAttributesParsed(parsed: ParsedAttributes): void {
    patchParagraph(this.style, parsed.paragraph);
  }

  private inCell(): boolean {
    for (let e = this.parent; e; e = e.parent) if (e.typeName === 'TABLE_CELL') return true;
    return false;
  }

  private insertInline(method: string, index: number, el: Inline): void {
    checkChildIndex(index, this._children.length, true);
    if (el.parent) throw gasError('Element must be detached.');
    if (el instanceof FakePageBreak && this.inCell()) {
      throw gasError(`${method}: PageBreak elements cannot be contained within a TableCell.`);
    }
    this._insertChild(index, el);
  }

  private paragraphSetter<K extends keyof ParagraphStyle>(method: string, key: K, value: ParagraphStyle[K] | null): this {
    this.c(method);
    this._mut();
    patchParagraph(this.style, { [key]: value } as never);
    return this;
  }

  private points(method: string, args: ArrayLike<unknown>, key: 'indentStart' | 'indentEnd' | 'indentFirstLine' | 'spacingBefore' | 'spacingAfter' | 'lineSpacing'): this {
    const v = args[0];
    if (v !== null && !isNumber(v)) {
      this.c(method);
      throw signatureError(`${this.cls}.${method}`, args);
    }
    return this.paragraphSetter(method, key, v as number | null);
  }

  // --- children ----------------------------------------------------------------------------------------------

  appendText(text: string | GText): GText {
    this.c('appendText');
    this._mut();
    const node = this.textArg(text, 'appendText', arguments);
    this.insertInline('appendText', this._children.length, node);
    return this.g(node);
  }

  insertText(childIndex: number, text: string | GText): GText {
    this.c('insertText');
    const i = int(childIndex, `${this.cls}.insertText`, arguments);
    this._mut();
    const node = this.textArg(text, 'insertText', arguments, i);
    this.insertInline('insertText', i, node);
    return this.g(node);
  }

  /** New text continues the style of the character before it (as typing in Docs does). */
  private textArg(text: unknown, method: string, args: ArrayLike<unknown>, index?: number): FakeText {
    if (text instanceof FakeText) return text;
    if (typeof text !== 'string') throw signatureError(`${this.cls}.${method}`, args);
    let style = this._lastStyle();
    if (index !== undefined) {
      const before = this._children.slice(0, index).filter((c): c is FakeText => c instanceof FakeText && c._str() !== '');
      style = before.length ? before[before.length - 1]._lastStyle() : (this._texts()[0]?._firstStyle() ?? this.markStyle);
    }
    return new FakeText(this.ctx, text, style);
  }

  appendPageBreak(pageBreak?: GoogleAppsScript.Document.PageBreak | null): GoogleAppsScript.Document.PageBreak {
    this.c('appendPageBreak');
    this._mut();
    const pb = pageBreak ? (pageBreak as unknown as FakePageBreak) : new FakePageBreak(this.ctx);
    if (!(pb instanceof FakePageBreak)) throw signatureError(`${this.cls}.appendPageBreak`, arguments);
    this.insertInline(`${this.cls}.appendPageBreak`, this._children.length, pb);
    return this.g(pb);
  }

  insertPageBreak(childIndex: number, pageBreak?: GoogleAppsScript.Document.PageBreak | null): GoogleAppsScript.Document.PageBreak {
    this.c('insertPageBreak');
    const i = int(childIndex, `${this.cls}.insertPageBreak`, arguments);
    this._mut();
    const pb = pageBreak ? (pageBreak as unknown as FakePageBreak) : new FakePageBreak(this.ctx);
    if (!(pb instanceof FakePageBreak)) throw signatureError(`${this.cls}.insertPageBreak`, arguments);
    this.insertInline(`${this.cls}.insertPageBreak`, i, pb);
    return this.g(pb);
  }

  appendHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    this.c('appendHorizontalRule');
    this._mut();
    const hr = new FakeHorizontalRule(this.ctx);
    this.insertInline('appendHorizontalRule', this._children.length, hr);
    return this.g(hr);
  }

  insertHorizontalRule(childIndex: number): GoogleAppsScript.Document.HorizontalRule {
    this.c('insertHorizontalRule');
    const i = int(childIndex, `${this.cls}.insertHorizontalRule`, arguments);
    this._mut();
    const hr = new FakeHorizontalRule(this.ctx);
    this.insertInline('insertHorizontalRule', i, hr);
    return this.g(hr);
  }

  clear(): this {
    this.c('clear');
    this._mut();
    for (const ch of [...this._children]) this._removeChild(ch);
    return this;
  }

  editAsText(): GText {
    this.c('editAsText');
    return this.g(new TextView(this.ctx, this));
  }

  /** Replaces the contents with one Text (existing text, breaks and rules are removed). Returns nothing, as in Apps Script. */
  setText(text: string): void {
    this.c('setText');
    if (typeof text !== 'string') throw signatureError(`${this.cls}.setText`, arguments);
    this._mut();
    this._setText(text);
  }

  replaceText(searchPattern: string, replacement: string): GoogleAppsScript.Document.Element {
    this.c('replaceText');
    if (typeof searchPattern !== 'string' || typeof replacement !== 'string') {
      throw signatureError(`${this.cls}.replaceText`, arguments);
    }
    this._mut();
    let re: RegExp;
    try {
      re = new RegExp(searchPattern, 'g');
    } catch {
      throw gasError('Invalid argument: searchPattern');
    }
    for (const t of this._texts()) t._replace(re, replacement);
    return this.g(this);
  }

  /** Moves this paragraph's contents to the end of the preceding sibling paragraph, which is returned. */
  merge(): GParagraph {
    this.c('merge');
    const prev = this.sibling(-1);
    if (!(prev instanceof FakeParagraph) || prev.typeName !== this.typeName) {
      throw gasError('Element does not have a previous sibling of the same type to merge with.');
    }
    this._mut();
    for (const ch of [...this._children]) {
      this._removeChild(ch);
      prev._appendChild(ch);
    }
    this.parent?._removeChild(this);
    return this.g(prev);
  }

  // --- paragraph attributes ------------------------------------------------------------------------------------

  getAlignment(): GoogleAppsScript.Document.HorizontalAlignment {
    this.c('getAlignment');
    const a = this._effective('alignment');
    return (a ? HorizontalAlignment[a] : null) as unknown as GoogleAppsScript.Document.HorizontalAlignment;
  }

  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment): this {
    const m = alignment === null ? null : memberOf<HorizontalAlignmentName>(HorizontalAlignment, alignment);
    if (m === undefined) {
      this.c('setAlignment');
      throw signatureError(`${this.cls}.setAlignment`, arguments);
    }
    return this.paragraphSetter('setAlignment', 'alignment', m);
  }

  getHeading(): GoogleAppsScript.Document.ParagraphHeading {
    this.c('getHeading');
    return ParagraphHeading[this.style.heading ?? 'NORMAL'] as unknown as GoogleAppsScript.Document.ParagraphHeading;
  }

  setHeading(heading: GoogleAppsScript.Document.ParagraphHeading): this {
    const m = memberOf<ParagraphHeadingName>(ParagraphHeading, heading);
    if (m === undefined) {
      this.c('setHeading');
      throw signatureError(`${this.cls}.setHeading`, arguments);
    }
    return this.paragraphSetter('setHeading', 'heading', m === 'NORMAL' ? null : m);
  }

  getIndentStart(): number { this.c('getIndentStart'); return this._effective('indentStart') as number; }
  getIndentEnd(): number { this.c('getIndentEnd'); return this._effective('indentEnd') as number; }
  getIndentFirstLine(): number { this.c('getIndentFirstLine'); return this._effective('indentFirstLine') as number; }
  getSpacingBefore(): number { this.c('getSpacingBefore'); return this._effective('spacingBefore') as number; }
  getSpacingAfter(): number { this.c('getSpacingAfter'); return this._effective('spacingAfter') as number; }
  /** A multiplier: 1 is single spacing. */
  getLineSpacing(): number { this.c('getLineSpacing'); return this._effective('lineSpacing') as number; }
  isLeftToRight(): boolean { this.c('isLeftToRight'); return this._effective('leftToRight') as boolean; }

  setIndentStart(_indentStart: number): this { return this.points('setIndentStart', arguments, 'indentStart'); }
  setIndentEnd(_indentEnd: number): this { return this.points('setIndentEnd', arguments, 'indentEnd'); }
  setIndentFirstLine(_indentFirstLine: number): this {
    return this.points('setIndentFirstLine', arguments, 'indentFirstLine');
  }
  setSpacingBefore(_spacingBefore: number): this { return this.points('setSpacingBefore', arguments, 'spacingBefore'); }
  setSpacingAfter(_spacingAfter: number): this { return this.points('setSpacingAfter', arguments, 'spacingAfter'); }
  setLineSpacing(_multiplier: number): this { return this.points('setLineSpacing', arguments, 'lineSpacing'); }

  setLeftToRight(leftToRight: boolean): this {
    if (typeof leftToRight !== 'boolean') {
      this.c('setLeftToRight');
      throw signatureError(`${this.cls}.setLeftToRight`, arguments);
    }
    return this.paragraphSetter('setLeftToRight', 'leftToRight', leftToRight);
  }

  getLinkUrl(): string {
    this.c('getLinkUrl');
    return uniform(this._charStyles(), 'linkUrl') as string;
  }

  setLinkUrl(url: string | null): this {
    this.c('setLinkUrl');
    if (url !== null && typeof url !== 'string') throw signatureError(`${this.cls}.setLinkUrl`, arguments);
    this._mut();
    this._patchText({ linkUrl: url === '' ? null : url });
    return this;
  }

  getTextAlignment(): GoogleAppsScript.Document.TextAlignment {
    this.c('getTextAlignment');
    const a = uniform(this._charStyles(), 'textAlignment');
    return (a ? TextAlignment[a] : null) as unknown as GoogleAppsScript.Document.TextAlignment;
  }

  setTextAlignment(textAlignment: GoogleAppsScript.Document.TextAlignment): this {
    this.c('setTextAlignment');
    const m = memberOf<TextAlignmentName>(TextAlignment, textAlignment);
    if (m === undefined) throw signatureError(`${this.cls}.setTextAlignment`, arguments);
    this._mut();
    this._patchText({ textAlignment: m === 'NORMAL' ? null : m });
    return this;
  }
}

/** Google Docs' default bullets cycle ● ○ ■ by nesting level. */
const DEFAULT_GLYPHS: GlyphTypeName[] = ['BULLET', 'HOLLOW_BULLET', 'SQUARE_BULLET'];

export class FakeListItem extends FakeParagraph
  implements Pick<GListItem, 'getListId' | 'getNestingLevel'>
{
  readonly cls: string = 'ListItem';
  readonly typeName: ElementTypeName = 'LIST_ITEM';
  nestingLevel = 0;
  /** null: the list's default glyph for the level. */
  glyphType: GlyphTypeName | null = null;

  constructor(ctx: DocContext, public listId: string, text = '', style: TextStyle = EMPTY_STYLE) {
    super(ctx, text, style);
  }

  _glyph(): GlyphTypeName {
    return this.glyphType ?? DEFAULT_GLYPHS[this.nestingLevel % 3];
  }

  /** List items default to Google's list indents: first line at 18 pt + 36 pt per level, text at 36 pt + 36 pt per level. */
  _effective<K extends keyof typeof NORMAL_PARAGRAPH>(key: K): (typeof NORMAL_PARAGRAPH)[K] | null {
    if (this.style[key] === undefined) {
      if (key === 'indentStart') return (36 + 36 * this.nestingLevel) as (typeof NORMAL_PARAGRAPH)[K];
      if (key === 'indentFirstLine') return (18 + 36 * this.nestingLevel) as (typeof NORMAL_PARAGRAPH)[K];
    }
    return super._effective(key);
  }

  _clone(): FakeListItem {
    const p = new FakeListItem(this.ctx, this.listId);
    this._copyInto(p);
    p.nestingLevel = this.nestingLevel;
    p.glyphType = this.glyphType;
    return p;
  }

  _getAttributes(): Record<string, unknown> {
    const out = super._getAttributes();
    out.LIST_ID = this.listId;
    out.NESTING_LEVEL = this.nestingLevel;
    out.GLYPH_TYPE = GlyphType[this._glyph()];
    return out;
  }

  _setAttributesParsed(parsed: ParsedAttributes): void {
    super._setAttributesParsed(parsed);
    const { list } = parsed;
    if (list.listId) this.listId = list.listId;
    if (list.nestingLevel !== undefined) this.nestingLevel = list.nestingLevel ?? 0;
    if (list.glyphType !== undefined) this.glyphType = list.glyphType;
  }

  getListId(): string {
    this.c('getListId');
    return this.listId;
  }

  /** Puts this item in the same list as `listItem`. */
  setListId(listItem: GListItem): this {
    this.c('setListId');
    const other = listItem as unknown as DocElement;
    if (!(other instanceof FakeListItem)) throw signatureError('ListItem.setListId', arguments);
    this._mut();
    this.listId = other.listId;
    return this;
  }

  getNestingLevel(): number {
    this.c('getNestingLevel');
    return this.nestingLevel;
  }

  setNestingLevel(nestingLevel: number): this {
    this.c('setNestingLevel');
    const n = int(nestingLevel, 'ListItem.setNestingLevel', arguments);
    if (n < 0 || n > 8) throw gasError('Invalid argument: nestingLevel');
    this._mut();
    this.nestingLevel = n;
    return this;
  }

  getGlyphType(): GoogleAppsScript.Document.GlyphType {
    this.c('getGlyphType');
    return GlyphType[this._glyph()] as unknown as GoogleAppsScript.Document.GlyphType;
  }

  setGlyphType(glyphType: GoogleAppsScript.Document.GlyphType): this {
    this.c('setGlyphType');
    const m = memberOf<GlyphTypeName>(GlyphType, glyphType);
    if (m === undefined) throw signatureError('ListItem.setGlyphType', arguments);
    this._mut();
    this.glyphType = m;
    return this;
  }
}
