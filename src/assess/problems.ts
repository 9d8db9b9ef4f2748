// A data problem found while reading the workbook: where (sheet, row, field), the value, what is wrong, how to fix it.

export type Severity = 'loi' | 'canhBao';

export interface Problem {
  /** Vietnamese sheet name, e.g. "Thành viên". */
  readonly sheet: string;
  /** Sheet row (1-based), when known. */
  readonly row?: number;
  /** Record field, mapped to a column by the sheet layer. */
  readonly field?: string;
  /** A1 reference of the cell ("G12"), when the sheet layer knows it. */
  readonly cell?: string;
  readonly value?: string;
  /** What is wrong, in Vietnamese. */
  readonly message: string;
  /** How to fix it, in Vietnamese. */
  readonly fix: string;
  /** 'loi' blocks a correct result; 'canhBao' is worth a look. */
  readonly severity: Severity;
}

/** Sheet names, as the template names them. */
export { SHEET_NAMES as SHEETS } from '../sheet/schema';
