// The district workbook's menu, set-up and documents (the consolidation itself is in consolidate.ts).
import { DistrictSettings, DistrictUnit, districtDocuments } from '../../district/documents';
import { CAI_DAT, CONG_NHAN, DANH_SACH, DISTRICT_TABLES, HOI_DONG_THAM_DINH, KET_QUA, LEVEL_IDS } from '../../district/schema';
import { upgradeFrom, validUntil } from '../../district/recognition';
import { locateForm, readForm } from '../../sheet/form';
import { locateTable, readTableRows } from '../../sheet/table';
import { cleanText } from '../../vocab/normalize';
import { renderDocument } from '../report/renderDocument';
import { ensureForm } from '../template/formSheet';
import { ensureTable } from '../template/tableSheet';
import { BatchProgress, consolidateBatch, resetConsolidation } from './consolidate';
import { today } from '../sheetAccess';
import { setTextValues } from '../writeText';
import { yearOf } from '../../vocab/dates';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function onOpen(): void {
  SpreadsheetApp.getUi()
    .createMenu('ĐVHT')
    .addItem('Mở bảng tổng hợp', 'dvhtMoBangTongHop')
    .addItem('Thiết lập sổ tổng hợp', 'dvhtThietLapSo')
    .addItem('Tạo văn bản công nhận', 'dvhtTaoVanBan')
    .addToUi();
}

export function onInstall(): void {
  onOpen();
}

/** Creates or upgrades the district workbook in place (same non-destructive code as the school template). */
export function dvhtThietLapSo(): string[] {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const created: string[] = [];
  const sheet = (name: string, index: number) => {
    const s = ss.getSheetByName(name);
    if (s) return { sheet: s, created: false };
    created.push(name);
    return { sheet: ss.insertSheet(name, Math.min(index, ss.getSheets().length)), created: true };
  };
  const form = sheet(CAI_DAT.name, 0);
  ensureForm(form.sheet, CAI_DAT, form.created);
  DISTRICT_TABLES.forEach((spec, i) => {
    const t = sheet(spec.name, i + 1);
    ensureTable(t.sheet, spec, t.created);
  });
  return created;
}

export function dvhtMoBangTongHop(): void {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('DistrictSidebar').setTitle('ĐVHT – Tổng hợp đơn vị'));
}

/** For the sidebar: one batch of the resumable consolidation. */
export function dvhtTongHopLo(): BatchProgress {
  const lock = LockService.getDocumentLock();
  if (lock && !lock.tryLock(1000)) throw new Error('Đang có một lượt tổng hợp khác chạy trên sổ này. Vui lòng chờ lượt đó xong.');
  try {
    return consolidateBatch(SpreadsheetApp.getActiveSpreadsheet());
  } finally {
    if (lock) lock.releaseLock();
  }
}

/** For the sidebar: forget the cursor; the next batch starts a new run from the first unit. */
export function dvhtBatDauLai(): void {
  resetConsolidation();
}

function rows(ss: Spreadsheet, spec: typeof DANH_SACH): Record<string, unknown>[] {
  const sheet = ss.getSheetByName(spec.name);
  if (!sheet) return [];
  const values = sheet.getDataRange().getValues();
  const layout = locateTable(values, spec);
  return layout ? readTableRows(values, layout).map((r) => r.record) : [];
}

function settingsOf(ss: Spreadsheet): DistrictSettings {
  const sheet = ss.getSheetByName(CAI_DAT.name);
  const values = sheet ? sheet.getDataRange().getValues() : [];
  const s = readForm(values, locateForm(values, CAI_DAT), CAI_DAT);
  const t = (k: string) => cleanText(s[k]);
  return {
    parent: t('coQuanCapTren'), authority: t('tenCoQuan') || 'Cơ quan tiếp nhận', approver: t('capPheDuyet') || 'Cơ quan có thẩm quyền',
    tierName: t('tenCap') || t('capCongNhan') || 'cấp huyện', year: String(yearOf(s.namDanhGia) ?? t('namDanhGia')), place: t('diaDanh'), head: t('thuTruong'),
    headTitle: t('chucVu') || 'Thủ trưởng', number: t('soToTrinh'), date: today(ss).date,
    council: rows(ss, HOI_DONG_THAM_DINH).map((r) => ({ name: cleanText(r.hoTen), title: cleanText(r.chucVu), role: cleanText(r.nhiemVu) })),
  };
}

/** The units in list order with their recomputed results; a unit never read well carries its log reason. */
function unitsOf(ss: Spreadsheet): DistrictUnit[] {
  const results = rows(ss, KET_QUA);
  const byName = new Map(results.map((r) => [cleanText(r.tenDonVi), r]));
  return rows(ss, DANH_SACH).map((u) => {
    const status = cleanText(u.trangThai);
    const r = byName.get(cleanText(u.tenDonVi));
    const readError = status.startsWith('Lỗi') ? status.replace(/^Lỗi:\s*/, '') : !r ? 'Chưa đọc được bảng tính (chưa tổng hợp)' : '';
    if (readError || !r) return { name: cleanText(u.tenDonVi), tc: ['', '', ''], level: '', claimed: '', mismatches: '', errors: 0, failing: [], readError };
    const failing = LEVEL_IDS.filter((id) => !id.startsWith('TC') && /Không đạt|Chưa có dữ liệu/.test(cleanText(r[`muc_${id}`])));
    return {
      name: cleanText(u.tenDonVi), tc: ['TC1', 'TC2', 'TC3'].map((id) => cleanText(r[`muc_${id}`])), level: cleanText(r.mucTinhLai),
      claimed: cleanText(r.mucTuNhan), mismatches: cleanText(r.chenhLech), errors: Number(r.soLoi) || 0, failing, readError: '',
    };
  });
}

/** Fills the register's computed columns (valid until, upgrade possible from) in two block writes. */
function updateRecognition(ss: Spreadsheet): void {
  const sheet = ss.getSheetByName(CONG_NHAN.name);
  if (!sheet) return;
  const values = sheet.getDataRange().getValues();
  const layout = locateTable(values, CONG_NHAN);
  if (!layout || values.length <= layout.headerIndex + 1) return;
  const body = values.slice(layout.headerIndex + 1);
  const c = layout.columns;
  const write = (field: string, f: (r: unknown[]) => string) => {
    if (c[field] === undefined) return;
    setTextValues(sheet.getRange(layout.headerIndex + 2, c[field] + 1, body.length, 1), body.map((r) => [f(r)]));
  };
  write('hieuLucDen', (r) => validUntil(r[c.nam]));
  write('nangMucTu', (r) => upgradeFrom(r[c.muc], r[c.ngayQuyetDinh]));
}

/** Menu / sidebar: writes the four documents into one new Google Doc and returns its link. */
export function dvhtTaoVanBan(): { url: string; name: string } {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  updateRecognition(ss);
  const model = districtDocuments(settingsOf(ss), unitsOf(ss));
  const name = `${model.name} - ${today(ss).stamp}`;
  const doc = renderDocument(model, name);
  return { url: doc.getUrl(), name };
}
