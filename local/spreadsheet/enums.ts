// SpreadsheetApp enums as plain objects whose members are their own names (compare with ==, print with String()).

export function enumOf<K extends string>(...names: K[]): Readonly<Record<K, K>> {
  const out = {} as Record<K, K>;
  for (const n of names) out[n] = n;
  return Object.freeze(out);
}

export const DataValidationCriteria = enumOf(
  'DATE_AFTER', 'DATE_BEFORE', 'DATE_BETWEEN', 'DATE_EQUAL_TO', 'DATE_IS_VALID_DATE', 'DATE_NOT_BETWEEN', 'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN', 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN', 'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_IS_VALID_EMAIL', 'TEXT_IS_VALID_URL', 'VALUE_IN_LIST', 'VALUE_IN_RANGE',
  'CUSTOM_FORMULA', 'CHECKBOX',
);
export type DataValidationCriteriaName = keyof typeof DataValidationCriteria;

export const BooleanCriteria = enumOf(
  'CELL_EMPTY', 'CELL_NOT_EMPTY', 'DATE_AFTER', 'DATE_BEFORE', 'DATE_EQUAL_TO', 'DATE_AFTER_RELATIVE', 'DATE_BEFORE_RELATIVE',
  'DATE_EQUAL_TO_RELATIVE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN', 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN', 'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_STARTS_WITH', 'TEXT_ENDS_WITH', 'CUSTOM_FORMULA',
);
export type BooleanCriteriaName = keyof typeof BooleanCriteria;

export const ProtectionType = enumOf('RANGE', 'SHEET');
export type ProtectionTypeName = keyof typeof ProtectionType;

export const DeveloperMetadataVisibility = enumOf('DOCUMENT', 'PROJECT');
export type VisibilityName = keyof typeof DeveloperMetadataVisibility;

export const DeveloperMetadataLocationType = enumOf('SPREADSHEET', 'SHEET', 'ROW', 'COLUMN');

export const WrapStrategy = enumOf('WRAP', 'OVERFLOW', 'CLIP');
export type WrapStrategyName = keyof typeof WrapStrategy;

export const BorderStyle = enumOf('DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE');
export type BorderStyleName = keyof typeof BorderStyle;

export const Dimension = enumOf('COLUMNS', 'ROWS');
export const SheetType = enumOf('GRID', 'OBJECT', 'DATASOURCE');
export const CopyPasteType = enumOf('PASTE_NORMAL', 'PASTE_NO_BORDERS', 'PASTE_FORMAT', 'PASTE_FORMULA', 'PASTE_DATA_VALIDATION', 'PASTE_VALUES', 'PASTE_CONDITIONAL_FORMATTING', 'PASTE_COLUMN_WIDTHS');
export const Direction = enumOf('UP', 'DOWN', 'PREVIOUS', 'NEXT');
export const AutoFillSeries = enumOf('DEFAULT_SERIES', 'ALTERNATE_SERIES');
