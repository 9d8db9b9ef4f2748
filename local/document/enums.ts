// DocumentApp enums: frozen values whose String() is the member name, so they work as attribute-map keys.
import { EnumValue, makeEnum } from '../services/support';

// Member lists from the Apps Script reference (developers.google.com/apps-script/reference/document/attribute,
// …/element-type, …/glyph-type, …/horizontal-alignment, …/paragraph-heading, …/text-alignment,
// …/vertical-alignment, …/font-family), in the order @types/google-apps-script declares them.
export const ATTRIBUTE_NAMES = [
  'BACKGROUND_COLOR', 'BOLD', 'BORDER_COLOR', 'BORDER_WIDTH', 'CODE', 'FONT_FAMILY', 'FONT_SIZE', 'FOREGROUND_COLOR',
  'HEADING', 'HEIGHT', 'HORIZONTAL_ALIGNMENT', 'INDENT_END', 'INDENT_FIRST_LINE', 'INDENT_START', 'ITALIC',
  'GLYPH_TYPE', 'LEFT_TO_RIGHT', 'LINE_SPACING', 'LINK_URL', 'LIST_ID', 'MARGIN_BOTTOM', 'MARGIN_LEFT',
  'MARGIN_RIGHT', 'MARGIN_TOP', 'NESTING_LEVEL', 'MINIMUM_HEIGHT', 'PADDING_BOTTOM', 'PADDING_LEFT', 'PADDING_RIGHT',
  'PADDING_TOP', 'PAGE_HEIGHT', 'PAGE_WIDTH', 'SPACING_AFTER', 'SPACING_BEFORE', 'STRIKETHROUGH', 'UNDERLINE',
  'VERTICAL_ALIGNMENT', 'WIDTH',
] as const;
export type AttributeName = (typeof ATTRIBUTE_NAMES)[number];
export const Attribute = makeEnum(ATTRIBUTE_NAMES);

export const ELEMENT_TYPE_NAMES = [
  'BODY_SECTION', 'COMMENT_SECTION', 'DATE', 'DOCUMENT', 'EQUATION', 'EQUATION_FUNCTION',
  'EQUATION_FUNCTION_ARGUMENT_SEPARATOR', 'EQUATION_SYMBOL', 'FOOTER_SECTION', 'FOOTNOTE', 'FOOTNOTE_SECTION',
  'HEADER_SECTION', 'HORIZONTAL_RULE', 'INLINE_DRAWING', 'INLINE_IMAGE', 'LIST_ITEM', 'PAGE_BREAK', 'PARAGRAPH',
  'PERSON', 'RICH_LINK', 'TABLE', 'TABLE_CELL', 'TABLE_OF_CONTENTS', 'TABLE_ROW', 'TEXT', 'UNSUPPORTED',
] as const;
export type ElementTypeName = (typeof ELEMENT_TYPE_NAMES)[number];
export const ElementType = makeEnum(ELEMENT_TYPE_NAMES);

export const GLYPH_TYPE_NAMES = [
  'BULLET', 'HOLLOW_BULLET', 'SQUARE_BULLET', 'NUMBER', 'LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_UPPER', 'ROMAN_LOWER',
] as const;
export type GlyphTypeName = (typeof GLYPH_TYPE_NAMES)[number];
export const GlyphType = makeEnum(GLYPH_TYPE_NAMES);

export const HORIZONTAL_ALIGNMENT_NAMES = ['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY'] as const;
export type HorizontalAlignmentName = (typeof HORIZONTAL_ALIGNMENT_NAMES)[number];
export const HorizontalAlignment = makeEnum(HORIZONTAL_ALIGNMENT_NAMES);

export const PARAGRAPH_HEADING_NAMES = [
  'NORMAL', 'HEADING1', 'HEADING2', 'HEADING3', 'HEADING4', 'HEADING5', 'HEADING6', 'TITLE', 'SUBTITLE',
] as const;
export type ParagraphHeadingName = (typeof PARAGRAPH_HEADING_NAMES)[number];
export const ParagraphHeading = makeEnum(PARAGRAPH_HEADING_NAMES);

export const TEXT_ALIGNMENT_NAMES = ['NORMAL', 'SUPERSCRIPT', 'SUBSCRIPT'] as const;
export type TextAlignmentName = (typeof TEXT_ALIGNMENT_NAMES)[number];
export const TextAlignment = makeEnum(TEXT_ALIGNMENT_NAMES);

export const VERTICAL_ALIGNMENT_NAMES = ['BOTTOM', 'CENTER', 'TOP'] as const;
export type VerticalAlignmentName = (typeof VERTICAL_ALIGNMENT_NAMES)[number];
export const VerticalAlignment = makeEnum(VERTICAL_ALIGNMENT_NAMES);

export const PositionedLayout = makeEnum(['ABOVE_TEXT', 'BREAK_BOTH', 'BREAK_LEFT', 'BREAK_RIGHT', 'WRAP_TEXT'] as const);

/** The deprecated FontFamily enum and the font name each member stands for (Apps Script now takes font names). */
export const FONT_FAMILY_NAMES: Readonly<Record<string, string>> = Object.freeze({
  AMARANTH: 'Amaranth', ARIAL: 'Arial', ARIAL_BLACK: 'Arial Black', ARIAL_NARROW: 'Arial Narrow', ARVO: 'Arvo',
  CALIBRI: 'Calibri', CAMBRIA: 'Cambria', COMIC_SANS_MS: 'Comic Sans MS', CONSOLAS: 'Consolas', CORSIVA: 'Corsiva',
  COURIER_NEW: 'Courier New', DANCING_SCRIPT: 'Dancing Script', DROID_SANS: 'Droid Sans', DROID_SERIF: 'Droid Serif',
  GARAMOND: 'Garamond', GEORGIA: 'Georgia', GLORIA_HALLELUJAH: 'Gloria Hallelujah', GREAT_VIBES: 'Great Vibes',
  LOBSTER: 'Lobster', MERRIWEATHER: 'Merriweather', PACIFICO: 'Pacifico', PHILOSOPHER: 'Philosopher',
  POIRET_ONE: 'Poiret One', QUATTROCENTO: 'Quattrocento', ROBOTO: 'Roboto', SHADOWS_INTO_LIGHT: 'Shadows Into Light',
  SYNCOPATE: 'Syncopate', TAHOMA: 'Tahoma', TIMES_NEW_ROMAN: 'Times New Roman', TREBUCHET_MS: 'Trebuchet MS',
  UBUNTU: 'Ubuntu', VERDANA: 'Verdana',
});
export const FontFamily = makeEnum(Object.keys(FONT_FAMILY_NAMES));

/** The member name if `value` is one of `enumObj`'s own values (identity, as Apps Script's typed parameters). */
export function memberOf<K extends string>(enumObj: { readonly [P in K]: EnumValue<P> }, value: unknown): K | undefined {
  for (const key of Object.keys(enumObj) as K[]) if (enumObj[key] === value) return key;
  return undefined;
}

/** Everything DocumentApp exposes as enum properties. */
export const DOCUMENT_ENUMS = {
  Attribute,
  ElementType,
  FontFamily,
  GlyphType,
  HorizontalAlignment,
  ParagraphHeading,
  PositionedLayout,
  TextAlignment,
  VerticalAlignment,
};
