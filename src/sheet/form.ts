// Reads the "Đơn vị" form: labels in column A (found by text, so rows may move), values in column B.
import { cleanMultiline, foldKey } from '../vocab/normalize';
import { FieldSpec, FormSheetSpec } from './schema';
import { isErrorValue } from './table';

export const FORM_LABEL_COLUMN = 0;
export const FORM_VALUE_COLUMN = 1;
export const FORM_HELP_COLUMN = 2;

/** Row index (0-based) of each field found in column A. */
export function locateForm(values: readonly (readonly unknown[])[], spec: FormSheetSpec): Record<string, number> {
  const rows: Record<string, number> = {};
  values.forEach((r, i) => {
    const key = foldKey(r[FORM_LABEL_COLUMN]);
    if (!key) return;
    const field = spec.fields.find((f: FieldSpec) => [f.label, ...(f.aliases ?? [])].some((l) => foldKey(l) === key));
    if (field && rows[field.key] === undefined) rows[field.key] = i;
  });
  return rows;
}

/** The value of each field ('' when absent); strings cleaned, error values blanked. */
export function readForm(values: readonly (readonly unknown[])[], rows: Record<string, number>, spec: FormSheetSpec): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of spec.fields) {
    const i = rows[f.key];
    let v = i === undefined ? '' : values[i]?.[FORM_VALUE_COLUMN] ?? '';
    if (isErrorValue(v)) v = '';
    out[f.key] = typeof v === 'string' ? cleanMultiline(v) : v;
  }
  return out;
}
