// Text and paragraph styles of the in-memory document, and Apps Script attribute maps (setAttributes/getAttributes).
import { invalidArgument, isInteger, isNumber, signatureError, color } from './args';
import {
  ATTRIBUTE_NAMES, AttributeName, FONT_FAMILY_NAMES, FontFamily, GlyphType, GlyphTypeName, HorizontalAlignment,
  HorizontalAlignmentName, ParagraphHeading, ParagraphHeadingName, TextAlignmentName, VerticalAlignment,
  VerticalAlignmentName, memberOf,
} from './enums';

/** Character attributes; a missing key means "not set here" (inherited: getters return null). */
export interface TextStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly strikethrough?: boolean;
  readonly fontFamily?: string;
  readonly fontSize?: number;
  readonly foregroundColor?: string;
  readonly backgroundColor?: string;
  readonly linkUrl?: string;
  readonly textAlignment?: TextAlignmentName;
}
/** A change to a TextStyle: a value sets the key, null clears it. */
export type TextPatch = { -readonly [K in keyof TextStyle]?: TextStyle[K] | null };

export const EMPTY_STYLE: TextStyle = Object.freeze({});

export const TEXT_KEYS = [
  'bold', 'italic', 'underline', 'strikethrough', 'fontFamily', 'fontSize', 'foregroundColor', 'backgroundColor',
  'linkUrl', 'textAlignment',
] as const satisfies readonly (keyof TextStyle)[];

export function patchStyle(style: TextStyle, patch: TextPatch): TextStyle {
  const out: Record<string, unknown> = { ...style };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) continue;
    if (v === null) delete out[k];
    else out[k] = v;
  }
  return Object.freeze(out) as TextStyle;
}

export function sameStyle(a: TextStyle, b: TextStyle): boolean {
  if (a === b) return true;
  for (const k of TEXT_KEYS) if (a[k] !== b[k]) return false;
  return true;
}

/** Paragraph attributes; missing keys are unset (the named style's value applies). */
export interface ParagraphStyle {
  alignment?: HorizontalAlignmentName;
  heading?: ParagraphHeadingName;
  indentStart?: number;
  indentEnd?: number;
  indentFirstLine?: number;
  spacingBefore?: number;
  spacingAfter?: number;
  lineSpacing?: number;
  leftToRight?: boolean;
}
export type ParagraphPatch = { [K in keyof ParagraphStyle]?: ParagraphStyle[K] | null };

export function patchParagraph(style: ParagraphStyle, patch: ParagraphPatch): void {
  const out = style as Record<string, unknown>;
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) continue;
    if (v === null) delete out[k];
    else out[k] = v;
  }
}

export interface CellStyle {
  width?: number;
  backgroundColor?: string;
  verticalAlignment?: VerticalAlignmentName;
  paddingTop?: number;
  paddingBottom?: number;
  paddingLeft?: number;
  paddingRight?: number;
}

/** Everything an attribute map can say, sorted by the kind of element it applies to. */
export interface ParsedAttributes {
  text: TextPatch;
  paragraph: ParagraphPatch;
  list: { listId?: string | null; nestingLevel?: number | null; glyphType?: GlyphTypeName | null };
  table: { borderWidth?: number | null; borderColor?: string | null };
  cell: { [K in keyof CellStyle]?: CellStyle[K] | null };
  row: { minimumHeight?: number | null };
  page: {
    marginTop?: number; marginBottom?: number; marginLeft?: number; marginRight?: number;
    pageWidth?: number; pageHeight?: number;
  };
}

/** A font name, or a member of the deprecated FontFamily enum (its font name). */
export function fontName(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  const member = memberOf(FontFamily, value);
  return member ? FONT_FAMILY_NAMES[member] : undefined;
}

function bool(name: AttributeName, v: unknown): boolean | null {
  if (v === null || typeof v === 'boolean') return v;
  throw invalidArgument(name);
}

function points(name: AttributeName, v: unknown, min = 0, exclusive = false): number | null {
  if (v === null) return null;
  if (!isNumber(v) || v < min || (exclusive && v === min)) throw invalidArgument(name);
  return v;
}

function member<K extends string>(name: AttributeName, enumObj: Parameters<typeof memberOf<K>>[0], v: unknown): K | null {
  if (v === null) return null;
  const m = memberOf<K>(enumObj, v);
  if (m === undefined) throw invalidArgument(name);
  return m;
}

/**
 * Reads an Apps Script attribute map: keys are Attribute names (what `String(DocumentApp.Attribute.BOLD)` gives,
 * so `s[DocumentApp.Attribute.BOLD] = true` works), values must fit the attribute or "Invalid argument: NAME" is
 * thrown. A null value clears the attribute. Keys that are not attributes are ignored.
 */
export function parseAttributes(map: unknown, method: string, args: ArrayLike<unknown>): ParsedAttributes {
  if (map === null || typeof map !== 'object' || Array.isArray(map)) throw signatureError(method, args);
  const out: ParsedAttributes = { text: {}, paragraph: {}, list: {}, table: {}, cell: {}, row: {}, page: {} };
  const entries = map as Record<string, unknown>;
  for (const key of Object.keys(entries)) {
    if (!(ATTRIBUTE_NAMES as readonly string[]).includes(key)) continue;
    const name = key as AttributeName;
    const v = entries[key];
    if (v === undefined) continue;
    switch (name) {
      case 'BOLD': out.text.bold = bool(name, v); break;
      case 'ITALIC': out.text.italic = bool(name, v); break;
      case 'UNDERLINE': out.text.underline = bool(name, v); break;
      case 'STRIKETHROUGH': out.text.strikethrough = bool(name, v); break;
      case 'CODE': bool(name, v); break;
      case 'FONT_FAMILY': {
        if (v === null) out.text.fontFamily = null;
        else {
          const f = fontName(v);
          if (f === undefined || f.trim() === '') throw invalidArgument(name);
          out.text.fontFamily = f;
        }
        break;
      }
      case 'FONT_SIZE': out.text.fontSize = points(name, v, 0, true); break;
      case 'FOREGROUND_COLOR': out.text.foregroundColor = color(v, name); break;
      case 'BACKGROUND_COLOR': {
        const c = color(v, name);
        out.text.backgroundColor = c;
        out.cell.backgroundColor = c;
        break;
      }
      case 'LINK_URL': {
        if (v !== null && typeof v !== 'string') throw invalidArgument(name);
        out.text.linkUrl = v === '' ? null : (v as string | null);
        break;
      }
      case 'HORIZONTAL_ALIGNMENT': out.paragraph.alignment = member<HorizontalAlignmentName>(name, HorizontalAlignment, v); break;
      case 'HEADING': out.paragraph.heading = member<ParagraphHeadingName>(name, ParagraphHeading, v); break;
      case 'INDENT_START': out.paragraph.indentStart = points(name, v); break;
      case 'INDENT_END': out.paragraph.indentEnd = points(name, v); break;
      case 'INDENT_FIRST_LINE': out.paragraph.indentFirstLine = points(name, v); break;
      case 'SPACING_BEFORE': out.paragraph.spacingBefore = points(name, v); break;
      case 'SPACING_AFTER': out.paragraph.spacingAfter = points(name, v); break;
      case 'LINE_SPACING': out.paragraph.lineSpacing = points(name, v, 0, true); break;
      case 'LEFT_TO_RIGHT': out.paragraph.leftToRight = bool(name, v); break;
      case 'LIST_ID': {
        if (v !== null && typeof v !== 'string') throw invalidArgument(name);
        out.list.listId = v as string | null;
        break;
      }
      case 'NESTING_LEVEL': {
        if (v !== null && (!isInteger(v) || v < 0 || v > 8)) throw invalidArgument(name);
        out.list.nestingLevel = v as number | null;
        break;
      }
      case 'GLYPH_TYPE': out.list.glyphType = member<GlyphTypeName>(name, GlyphType, v); break;
      case 'BORDER_WIDTH': out.table.borderWidth = points(name, v); break;
      case 'BORDER_COLOR': out.table.borderColor = color(v, name); break;
      case 'WIDTH': out.cell.width = points(name, v); break;
      case 'HEIGHT': points(name, v); break;
      case 'VERTICAL_ALIGNMENT': out.cell.verticalAlignment = member<VerticalAlignmentName>(name, VerticalAlignment, v); break;
      case 'PADDING_TOP': out.cell.paddingTop = points(name, v); break;
      case 'PADDING_BOTTOM': out.cell.paddingBottom = points(name, v); break;
      case 'PADDING_LEFT': out.cell.paddingLeft = points(name, v); break;
      case 'PADDING_RIGHT': out.cell.paddingRight = points(name, v); break;
      case 'MINIMUM_HEIGHT': out.row.minimumHeight = points(name, v); break;
      case 'MARGIN_TOP': case 'MARGIN_BOTTOM': case 'MARGIN_LEFT': case 'MARGIN_RIGHT': {
        const p = points(name, v);
        if (p === null) throw invalidArgument(name);
        const field = ({ MARGIN_TOP: 'marginTop', MARGIN_BOTTOM: 'marginBottom', MARGIN_LEFT: 'marginLeft', MARGIN_RIGHT: 'marginRight' } as const)[name];
        out.page[field] = p;
        break;
      }
      case 'PAGE_WIDTH': case 'PAGE_HEIGHT': {
        const p = points(name, v, 0, true);
        if (p === null) throw invalidArgument(name);
        out.page[name === 'PAGE_WIDTH' ? 'pageWidth' : 'pageHeight'] = p;
        break;
      }
    }
  }
  return out;
}

export function hasKeys(o: object): boolean {
  return Object.values(o).some((v) => v !== undefined);
}

/** An attribute map as getAttributes returns it: every Attribute key, null where the element does not set it. */
export function attributeMap(values: Partial<Record<AttributeName, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of ATTRIBUTE_NAMES) out[name] = values[name] ?? null;
  return out;
}

/** The TextStyle fields as attribute-map entries. */
export function textAttributes(style: TextPatch): Partial<Record<AttributeName, unknown>> {
  return {
    BOLD: style.bold, ITALIC: style.italic, UNDERLINE: style.underline, STRIKETHROUGH: style.strikethrough,
    FONT_FAMILY: style.fontFamily, FONT_SIZE: style.fontSize, FOREGROUND_COLOR: style.foregroundColor,
    BACKGROUND_COLOR: style.backgroundColor, LINK_URL: style.linkUrl,
  };
}

export function paragraphAttributes(style: ParagraphStyle): Partial<Record<AttributeName, unknown>> {
  return {
    HORIZONTAL_ALIGNMENT: style.alignment ? HorizontalAlignment[style.alignment] : null,
    HEADING: ParagraphHeading[style.heading ?? 'NORMAL'],
    INDENT_START: style.indentStart, INDENT_END: style.indentEnd, INDENT_FIRST_LINE: style.indentFirstLine,
    SPACING_BEFORE: style.spacingBefore, SPACING_AFTER: style.spacingAfter, LINE_SPACING: style.lineSpacing,
    LEFT_TO_RIGHT: style.leftToRight,
  };
}

/** The value shared by every style in `styles` for `key`, or null when they differ or none sets it. */
export function uniform<K extends keyof TextStyle>(styles: readonly TextStyle[], key: K): TextStyle[K] | null {
  if (styles.length === 0) return null;
  const first = styles[0][key];
  for (const s of styles) if (s[key] !== first) return null;
  return first ?? null;
}

/** The uniform TextPatch of a list of character styles (null where mixed or unset). */
export function uniformStyle(styles: readonly TextStyle[]): TextPatch {
  const out: TextPatch = {};
  for (const k of TEXT_KEYS) (out as Record<string, unknown>)[k] = uniform(styles, k);
  return out;
}
