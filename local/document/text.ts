// The Text element (characters with per-character attributes) and the Text views that editAsText() returns.
import { gasError } from '../services/support';
import { checkRange, color, int, invalidArgument, isNumber, signatureError } from './args';
import type { DocContext } from './context';
import { DocElement } from './element';
import { TextAlignment, TextAlignmentName, memberOf } from './enums';
import {
  EMPTY_STYLE, TextPatch, TextStyle, attributeMap, fontName, hasKeys, parseAttributes, patchStyle, sameStyle,
  textAttributes, uniform, uniformStyle,
} from './style';

type GText = GoogleAppsScript.Document.Text;
type GElement = GoogleAppsScript.Document.Element;

/** A paragraph as a Text view sees it: its Text children and the style of its (empty) paragraph mark. */
export interface TextLine {
  _texts(): FakeText[];
  _mark(): TextStyle;
  _patchMark(patch: TextPatch): void;
  /** Appends a Text child holding `text` (view insertions into an empty paragraph). */
  _appendTextNode(node: FakeText): void;
  _dropText(node: FakeText): void;
}

/** What editAsText() was called on: one paragraph, or a section/cell/table with many. */
export interface TextOwner {
  _lines(): TextLine[];
  /** Replaces the whole content with `text` (Paragraph.setText / Body.setText semantics). */
  _setText(text: string): void;
  /** Appends paragraphs after the last one, each holding one string, styled like the last character. */
  _appendLines(parts: string[], style: TextStyle): void;
  /** True for a single paragraph: "\n" then becomes a line break ("\r") instead of a new paragraph. */
  readonly _singleParagraph: boolean;
}

/** Paragraph text cannot hold "\n": Apps Script converts it to a line break "\r" (Paragraph reference). */
export function paragraphText(text: string): string {
  return text.replace(/\r\n|\n/g, '\r');
}

/** The whole Text surface, over abstract character storage. */
export abstract class TextBase extends DocElement
  implements
    Pick<
      GText,
      | 'getText' | 'getTextAttributeIndices' | 'isBold' | 'isItalic' | 'isStrikethrough' | 'isUnderline' | 'getFontFamily'
      | 'getFontSize' | 'getForegroundColor' | 'getBackgroundColor' | 'getLinkUrl'
    >
{
  readonly cls = 'Text';
  readonly typeName = 'TEXT' as const;

  abstract _str(): string;
  /** The style at each offset (view separators report their paragraph mark). */
  abstract _styleAt(offset: number): TextStyle;
  /** Styles of the real characters, or the paragraph marks when there are none (for whole-text getters). */
  abstract _uniformStyles(): TextStyle[];
  abstract _patch(start: number, endExclusive: number, patch: TextPatch): void;
  abstract _patchEmpty(patch: TextPatch): void;
  abstract _insert(offset: number, text: string): void;
  abstract _delete(start: number, endExclusive: number): void;
  abstract _setAll(text: string): void;
  /** The Text elements this text spans. */
  abstract _nodes(): FakeText[];

  _text(): string {
    return this._str();
  }

  _getAttributes(): Record<string, unknown> {
    return attributeMap(textAttributes(uniformStyle(this._uniformStyles())));
  }

  _setAttributes(attrs: unknown, args: ArrayLike<unknown>): void {
    const parsed = parseAttributes(attrs, 'Text.setAttributes', args);
    this._mut();
    if (hasKeys(parsed.text)) this.applyPatch(parsed.text);
  }

  private applyPatch(patch: TextPatch, start?: number, endInclusive?: number): void {
    const len = this._str().length;
    if (start === undefined || endInclusive === undefined) {
      if (len === 0) this._patchEmpty(patch);
      else this._patch(0, len, patch);
    } else {
      checkRange(start, endInclusive, len);
      this._patch(start, endInclusive + 1, patch);
    }
  }

  /** setBold(bold) / setBold(start, endInclusive, bold) and the other attribute setters. */
  private setter<K extends keyof TextStyle>(
    method: string,
    args: ArrayLike<unknown>,
    key: K,
    check: (value: unknown, full: string, args: ArrayLike<unknown>) => TextStyle[K] | null,
  ): this {
    this.c(method);
    const full = `Text.${method}`;
    let start: number | undefined;
    let end: number | undefined;
    let value: unknown;
    if (args.length === 1) value = args[0];
    else if (args.length === 3) {
      start = int(args[0], full, args);
      end = int(args[1], full, args);
      value = args[2];
    } else throw signatureError(full, args);
    const v = check(value, full, args);
    this._mut();
    this.applyPatch({ [key]: v } as TextPatch, start, end);
    return this;
  }

  private getter<K extends keyof TextStyle>(method: string, args: ArrayLike<unknown>, key: K): TextStyle[K] | null {
    this.c(method);
    const offset = args[0];
    if (offset !== undefined && offset !== null) {
      const o = int(offset, `Text.${method}`, args);
      const len = this._str().length;
      if (o < 0 || o >= len) throw gasError(`Index (${o}) must be less than the content length (${len}).`);
      return this._styleAt(o)[key] ?? null;
    }
    return uniform(this._uniformStyles(), key);
  }

  // --- content ---------------------------------------------------------------------------------------------

  getText(): string {
    this.c('getText');
    return this._str();
  }

  setText(text: string): GText {
    this.c('setText');
    if (typeof text !== 'string') throw signatureError('Text.setText', arguments);
    this._mut();
    this._setAll(text);
    return this.g(this);
  }

  appendText(text: string): GText {
    this.c('appendText');
    if (typeof text !== 'string') throw signatureError('Text.appendText', arguments);
    this._mut();
    this._insert(this._str().length, text);
    return this.g(this);
  }

  insertText(offset: number, text: string): GText {
    this.c('insertText');
    const o = int(offset, 'Text.insertText', arguments);
    if (typeof text !== 'string') throw signatureError('Text.insertText', arguments);
    const len = this._str().length;
    if (o < 0 || o > len) throw gasError(`Index (${o}) must be less than or equal to the content length (${len}).`);
    this._mut();
    this._insert(o, text);
    return this.g(this);
  }

  deleteText(startOffset: number, endOffsetInclusive: number): GText {
    this.c('deleteText');
    const s = int(startOffset, 'Text.deleteText', arguments);
    const e = int(endOffsetInclusive, 'Text.deleteText', arguments);
    checkRange(s, e, this._str().length);
    this._mut();
    this._delete(s, e + 1);
    return this.g(this);
  }

  editAsText(): GText {
    this.c('editAsText');
    return this.g(this);
  }

  /**
   * Replaces every match of a regular expression (Apps Script takes a Java regex string; JavaScript syntax is used
   * here, which covers the common subset) with literal text styled like the match's first character.
   */
  replaceText(searchPattern: string, replacement: string): GElement {
    this.c('replaceText');
    if (typeof searchPattern !== 'string' || typeof replacement !== 'string') {
      throw signatureError('Text.replaceText', arguments);
    }
    this._mut();
    const re = compilePattern(searchPattern);
    for (const node of this._nodes()) node._replace(re, replacement);
    return this.g(this);
  }

  getTextAttributeIndices(): number[] {
    this.c('getTextAttributeIndices');
    const len = this._str().length;
    const out: number[] = [];
    for (let i = 0; i < len; i++) if (i === 0 || !sameStyle(this._styleAt(i - 1), this._styleAt(i))) out.push(i);
    return this.ctx.list(out);
  }

  // --- attributes ------------------------------------------------------------------------------------------

  getAttributes(offset?: number): Record<string, unknown> {
    this.c('getAttributes');
    if (offset !== undefined && offset !== null) {
      const o = int(offset, 'Text.getAttributes', arguments);
      const len = this._str().length;
      if (o < 0 || o >= len) throw gasError(`Index (${o}) must be less than the content length (${len}).`);
      return attributeMap(textAttributes(this._styleAt(o)));
    }
    return this._getAttributes();
  }

  setAttributes(...args: unknown[]): this {
    this.c('setAttributes');
    if (args.length === 1) {
      this._setAttributes(args[0], args);
      return this;
    }
    if (args.length !== 3) throw signatureError('Text.setAttributes', args);
    const s = int(args[0], 'Text.setAttributes', args);
    const e = int(args[1], 'Text.setAttributes', args);
    const parsed = parseAttributes(args[2], 'Text.setAttributes', args);
    this._mut();
    if (hasKeys(parsed.text)) this.applyPatch(parsed.text, s, e);
    return this;
  }

  setBold(...args: unknown[]): GText { return this.g(this.setter('setBold', args, 'bold', boolArg)); }
  setItalic(...args: unknown[]): GText { return this.g(this.setter('setItalic', args, 'italic', boolArg)); }
  setUnderline(...args: unknown[]): GText { return this.g(this.setter('setUnderline', args, 'underline', boolArg)); }
  setStrikethrough(...args: unknown[]): GText {
    return this.g(this.setter('setStrikethrough', args, 'strikethrough', boolArg));
  }
  setFontFamily(...args: unknown[]): GText {
    return this.g(this.setter('setFontFamily', args, 'fontFamily', (v, full) => {
      if (v === null) return null;
      const f = fontName(v);
      if (f === undefined) throw signatureError(full, args);
      if (f.trim() === '') throw invalidArgument('fontFamilyName');
      return f;
    }));
  }
  setFontSize(...args: unknown[]): GText {
    return this.g(this.setter('setFontSize', args, 'fontSize', (v, full) => {
      if (v === null) return null;
      if (typeof v !== 'number') throw signatureError(full, args);
      if (!isNumber(v) || v <= 0) throw invalidArgument('size');
      return v;
    }));
  }
  setForegroundColor(...args: unknown[]): GText {
    return this.g(this.setter('setForegroundColor', args, 'foregroundColor', (v, full) => colorArg(v, full, args)));
  }
  setBackgroundColor(...args: unknown[]): GText {
    return this.g(this.setter('setBackgroundColor', args, 'backgroundColor', (v, full) => colorArg(v, full, args)));
  }
  setLinkUrl(...args: unknown[]): GText {
    return this.g(this.setter('setLinkUrl', args, 'linkUrl', (v, full) => {
      if (v === null || v === '') return null;
      if (typeof v !== 'string') throw signatureError(full, args);
      return v;
    }));
  }
  setTextAlignment(...args: unknown[]): GText {
    return this.g(this.setter('setTextAlignment', args, 'textAlignment', (v, full) => {
      if (v === null) return null;
      const m = memberOf<TextAlignmentName>(TextAlignment, v);
      if (m === undefined) throw signatureError(full, args);
      return m === 'NORMAL' ? null : m;
    }));
  }

  isBold(_offset?: number): boolean { return this.getter('isBold', arguments, 'bold') as boolean; }
  isItalic(_offset?: number): boolean { return this.getter('isItalic', arguments, 'italic') as boolean; }
  isUnderline(_offset?: number): boolean { return this.getter('isUnderline', arguments, 'underline') as boolean; }
  isStrikethrough(_offset?: number): boolean {
    return this.getter('isStrikethrough', arguments, 'strikethrough') as boolean;
  }
  getFontFamily(_offset?: number): string { return this.getter('getFontFamily', arguments, 'fontFamily') as string; }
  getFontSize(_offset?: number): number { return this.getter('getFontSize', arguments, 'fontSize') as number; }
  getForegroundColor(_offset?: number): string {
    return this.getter('getForegroundColor', arguments, 'foregroundColor') as string;
  }
  getBackgroundColor(_offset?: number): string {
    return this.getter('getBackgroundColor', arguments, 'backgroundColor') as string;
  }
  getLinkUrl(_offset?: number): string { return this.getter('getLinkUrl', arguments, 'linkUrl') as string; }
  getTextAlignment(_offset?: number): GoogleAppsScript.Document.TextAlignment {
    const name = this.getter('getTextAlignment', arguments, 'textAlignment');
    return (name ? TextAlignment[name] : null) as unknown as GoogleAppsScript.Document.TextAlignment;
  }
}

function boolArg(v: unknown, full: string, args: ArrayLike<unknown>): boolean | null {
  if (v === null || typeof v === 'boolean') return v;
  throw signatureError(full, args);
}

function colorArg(v: unknown, full: string, args: ArrayLike<unknown>): string | null {
  if (v !== null && typeof v !== 'string') throw signatureError(full, args);
  return color(v, 'color');
}

function compilePattern(pattern: string): RegExp {
  try {
    return new RegExp(pattern, 'g');
  } catch {
    throw invalidArgument('searchPattern');
  }
}

/** A Text element: a run of characters inside a paragraph (or detached), each with its own style. */
export class FakeText extends TextBase {
  private chars: string;
  private styles: TextStyle[];
  /** Style given to text inserted while this element is empty. */
  private fallback: TextStyle;

  constructor(ctx: DocContext, text = '', style: TextStyle = EMPTY_STYLE) {
    super(ctx);
    this.chars = paragraphText(text);
    this.styles = Array.from({ length: this.chars.length }, () => style);
    this.fallback = style;
  }

  _str(): string {
    return this.chars;
  }

  _styleAt(offset: number): TextStyle {
    return this.styles[offset] ?? this.fallback;
  }

  _uniformStyles(): TextStyle[] {
    return this.styles.length ? this.styles : [this.fallback];
  }

  /** The characters' styles (read only). */
  _charStyles(): readonly TextStyle[] {
    return this.styles;
  }

  _lastStyle(): TextStyle {
    return this.styles[this.styles.length - 1] ?? this.fallback;
  }

  _firstStyle(): TextStyle {
    return this.styles[0] ?? this.fallback;
  }

  _nodes(): FakeText[] {
    return [this];
  }

  _patch(start: number, endExclusive: number, patch: TextPatch): void {
    const cache = new Map<TextStyle, TextStyle>();
    for (let i = start; i < endExclusive; i++) {
      const old = this.styles[i];
      let next = cache.get(old);
      if (!next) {
        next = patchStyle(old, patch);
        cache.set(old, next);
      }
      this.styles[i] = next;
    }
  }

  _patchEmpty(patch: TextPatch): void {
    this.fallback = patchStyle(this.fallback, patch);
  }

  /** Inserted text takes the style of the character before it (or the first one), as typing does in Docs. */
  _insert(offset: number, text: string, style?: TextStyle): void {
    const t = paragraphText(text);
    const s = style ?? (offset > 0 ? this.styles[offset - 1] : (this.styles[0] ?? this.fallback));
    this.chars = this.chars.slice(0, offset) + t + this.chars.slice(offset);
    this.styles.splice(offset, 0, ...Array.from({ length: t.length }, () => s));
  }

  _delete(start: number, endExclusive: number): void {
    if (start === 0 && endExclusive >= this.chars.length && this.styles.length) this.fallback = this.styles[0];
    this.chars = this.chars.slice(0, start) + this.chars.slice(endExclusive);
    this.styles.splice(start, endExclusive - start);
  }

  _setAll(text: string): void {
    const s = this._firstStyle();
    this.fallback = s;
    this.chars = '';
    this.styles = [];
    this._insert(0, text, s);
  }

  /** Appends another element's characters with their styles (Text.merge, Paragraph.appendText(Text)). */
  _appendFrom(other: FakeText): void {
    this.chars += other.chars;
    this.styles.push(...other.styles);
  }

  _replace(re: RegExp, replacement: string): void {
    const matches = [...this.chars.matchAll(re)].filter((m) => m[0].length > 0);
    for (let k = matches.length - 1; k >= 0; k--) {
      const m = matches[k];
      const start = m.index ?? 0;
      const style = this.styles[start];
      this._delete(start, start + m[0].length);
      this._insert(start, replacement, style);
    }
  }

  _clone(): FakeText {
    const t = new FakeText(this.ctx, '', this.fallback);
    t.chars = this.chars;
    t.styles = [...this.styles];
    return t;
  }

  /** Joins this Text to the preceding sibling Text (Element.merge), which is returned. */
  merge(): GText {
    this.c('merge');
    const prev = this.sibling(-1);
    if (!(prev instanceof FakeText)) throw gasError('Element does not have a previous sibling of the same type to merge with.');
    this._mut();
    prev._appendFrom(this);
    this.parent?._removeChild(this);
    return this.g(prev);
  }
}

/**
 * The Text returned by editAsText() on a paragraph or a section: one string over all its Text elements, paragraphs
 * separated by "\n" (a paragraph's own view has no separators). Edits land in the underlying Text elements.
 */
export class TextView extends TextBase {
  constructor(ctx: DocContext, private readonly owner: TextOwner & DocElement) {
    super(ctx);
    this.parent = null;
  }

  /** Offsets of every line and of every Text element in it. */
  private layout(): { line: TextLine; start: number; end: number; nodes: { node: FakeText; start: number; end: number }[] }[] {
    let pos = 0;
    return this.owner._lines().map((line, i) => {
      if (i > 0) pos += 1;
      const start = pos;
      const nodes = line._texts().map((node) => {
        const s = pos;
        pos += node._str().length;
        return { node, start: s, end: pos };
      });
      return { line, start, end: pos, nodes };
    });
  }

  _document() {
    return this.owner._document();
  }

  getParent(): GoogleAppsScript.Document.ContainerElement {
    this.c('getParent');
    return this.owner.parent as unknown as GoogleAppsScript.Document.ContainerElement;
  }

  _str(): string {
    return this.owner._lines().map((l) => l._texts().map((t) => t._str()).join('')).join('\n');
  }

  _nodes(): FakeText[] {
    return this.owner._lines().flatMap((l) => l._texts());
  }

  _styleAt(offset: number): TextStyle {
    for (const l of this.layout()) {
      for (const n of l.nodes) if (offset >= n.start && offset < n.end) return n.node._styleAt(offset - n.start);
      if (offset === l.end) return l.line._mark();
    }
    return EMPTY_STYLE;
  }

  _uniformStyles(): TextStyle[] {
    const lines = this.owner._lines();
    const chars = lines.flatMap((l) => l._texts().flatMap((t) => [...t._charStyles()]));
    return chars.length ? chars : lines.map((l) => l._mark());
  }

  _patch(start: number, endExclusive: number, patch: TextPatch): void {
    for (const l of this.layout()) {
      if (l.start === l.end && start <= l.start && l.start < endExclusive) l.line._patchMark(patch);
      for (const n of l.nodes) {
        const s = Math.max(start, n.start);
        const e = Math.min(endExclusive, n.end);
        if (s < e) n.node._patch(s - n.start, e - n.start, patch);
      }
    }
  }

  _patchEmpty(patch: TextPatch): void {
    for (const l of this.owner._lines()) l._patchMark(patch);
  }

  _insert(offset: number, text: string): void {
    const layout = this.layout();
    if (!this.owner._singleParagraph && /\r\n|\n/.test(text)) {
      const total = layout.length ? layout[layout.length - 1].end : 0;
      if (offset !== total || layout.length === 0) {
        throw gasError('Inserting paragraph breaks inside a section is not supported by the offline DocumentApp.');
      }
      const parts = text.split(/\r\n|\n/);
      const last = layout[layout.length - 1];
      const style = last.nodes.length ? last.nodes[last.nodes.length - 1].node._lastStyle() : last.line._mark();
      if (parts[0]) this.insertInLine(last, offset, parts[0]);
      this.owner._appendLines(parts.slice(1), style);
      return;
    }
    const line = layout.find((l) => offset >= l.start && offset <= l.end);
    if (!line) throw gasError(`Index (${offset}) must be less than or equal to the content length.`);
    this.insertInLine(line, offset, text);
  }

  private insertInLine(
    l: { line: TextLine; start: number; nodes: { node: FakeText; start: number; end: number }[] },
    offset: number,
    text: string,
  ): void {
    if (l.nodes.length === 0) {
      l.line._appendTextNode(new FakeText(this.ctx, text, l.line._mark()));
      return;
    }
    // Prefer the Text element the offset falls inside; at a boundary, the one before it (its style continues).
    const n = l.nodes.find((x) => offset > x.start && offset <= x.end) ?? l.nodes[0];
    n.node._insert(offset - n.start, text);
  }

  _delete(start: number, endExclusive: number): void {
    for (const l of this.layout()) {
      const inside = start >= l.start && endExclusive <= l.end;
      const overlaps = start < l.end + 1 && endExclusive > l.start;
      if (!inside && overlaps) {
        throw gasError('Deleting text across paragraphs is not supported by the offline DocumentApp.');
      }
      if (!inside) continue;
      for (const n of [...l.nodes].reverse()) {
        const s = Math.max(start, n.start);
        const e = Math.min(endExclusive, n.end);
        if (s >= e) continue;
        n.node._delete(s - n.start, e - n.start);
        if (n.node._str() === '') l.line._dropText(n.node);
      }
      return;
    }
  }

  _setAll(text: string): void {
    this.owner._setText(text);
  }

  _clone(): FakeText {
    const nodes = this._nodes();
    const t = new FakeText(this.ctx, '', nodes[0]?._firstStyle() ?? EMPTY_STYLE);
    for (const n of nodes) t._appendFrom(n);
    return t;
  }

  merge(): GText {
    this.c('merge');
    throw gasError('merge() is not supported on the Text returned by editAsText() in the offline DocumentApp.');
  }
}
