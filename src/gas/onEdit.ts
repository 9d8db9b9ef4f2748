// The onEdit simple trigger: when the user changes Cấp công nhận, Tên cấp or Loại đơn vị in "Đơn vị", the Chỉ tiêu
// rows and Tổng hợp follow at once (the unit type decides whether 3.1 has a learners' row, Điều 2.8). Simple triggers may modify the file they are bound to and must finish within 30 s
// (https://developers.google.com/apps-script/guides/triggers#restrictions), so only the light re-layout runs here,
// and every other edit returns after two calls. Script writes do not fire onEdit (same page), so this cannot loop.
import { foldKey } from '../vocab/normalize';
import { DON_VI, SHEET_NAMES } from '../sheet/schema';
import { FORM_LABEL_COLUMN, FORM_VALUE_COLUMN } from '../sheet/form';
import { relayoutForSettings } from './template/setupTemplate';
import { FIX_RELAYOUT } from '../check/layout';
import { TIER_LABEL } from '../rules/profile';

/** The Đơn vị labels whose value decides the layout. */
const LAYOUT_LABELS = new Set(DON_VI.fields.filter((f) => ['capCongNhan', 'tenCap', 'loaiDonVi'].includes(f.key)).flatMap((f) => [f.label, ...(f.aliases ?? [])]).map(foldKey));

export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = e?.range;
  if (!range) return;
  const sheet = range.getSheet();
  if (sheet.getName() !== SHEET_NAMES.donVi || range.getColumn() > FORM_VALUE_COLUMN + 1 || range.getLastColumn() < FORM_VALUE_COLUMN + 1) return;
  const labels = sheet.getRange(range.getRow(), FORM_LABEL_COLUMN + 1, range.getNumRows(), 1).getValues();
  if (!labels.some((r) => LAYOUT_LABELS.has(foldKey(r[0])))) return;
  const ss = e.source ?? SpreadsheetApp.getActiveSpreadsheet();
  try {
    const tier = relayoutForSettings(ss);
    ss.toast(
      tier ? `Đã sắp lại sheet Chỉ tiêu và Tổng hợp theo ${TIER_LABEL[tier]}.` : `Chưa sắp lại được sheet Chỉ tiêu và Tổng hợp. ${FIX_RELAYOUT}`,
      'ĐVHT', 10,
    );
  } catch (err) {
    ss.toast(`Chưa sắp lại được sheet Chỉ tiêu và Tổng hợp (${err instanceof Error ? err.message : String(err)}). ${FIX_RELAYOUT}`, 'ĐVHT', 15);
  }
}
