// A workbook's records as the sheets' values (header row first, in the template's column order), as readWorkbook
// receives them from the bundle: for pure tests of the data check without the Apps Script runtime.
import { CHI_TIEU, DON_VI, HOI_DONG, MINH_CHUNG, NGUOI_HOC, TableSheetSpec, THANH_VIEN } from '../../src/sheet/schema';
import { SchoolWorkbook } from '../../src/workbook/records';

/** The workbook as the sheets' values, header row first, as readWorkbook receives them from the bundle. */
export function sheetValues(wb: SchoolWorkbook): Record<string, unknown[][]> {
  const table = (spec: TableSheetSpec, records: readonly object[]) => [
    spec.columns.map((c) => c.header),
    ...records.map((r) => spec.columns.map((c) => (r as Record<string, unknown>)[c.key] ?? '')),
  ];
  const settings = wb.settings as unknown as Record<string, unknown>;
  return {
    [DON_VI.name]: [['Thông tin', 'Giá trị'], ...DON_VI.fields.map((f) => [f.label, settings[f.key] ?? ''])],
    [THANH_VIEN.name]: table(THANH_VIEN, wb.members),
    [NGUOI_HOC.name]: table(NGUOI_HOC, wb.classes),
    [CHI_TIEU.name]: table(CHI_TIEU, Object.entries(wb.chiTieu).map(([ma, r]) => ({ ma, ...r }))),
    [MINH_CHUNG.name]: table(MINH_CHUNG, wb.evidence),
    [HOI_DONG.name]: table(HOI_DONG, wb.council),
  };
}
