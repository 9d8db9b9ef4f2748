// The district workbook's menu, set-up and documents (the consolidation itself is in consolidate.ts).
import { DistrictSettings, districtDocuments } from '../../district/documents';
import { CAI_DAT, CONG_NHAN, DANH_SACH, DISTRICT_TABLES, HOI_DONG_THAM_DINH, KET_QUA } from '../../district/schema';
import { groupDigits } from '../../district/pacing';
import { reportToSoDue, upgradeFrom, validUntil } from '../../district/recognition';
import { DistrictUnits, districtUnits, isRecognised } from '../../district/units';
import { locateTable } from '../../sheet/table';
import { cleanText } from '../../vocab/normalize';
import { SavedDocument, documentNotes, saveDocument } from '../report/saveDocument';
import { folderYear } from '../../report/documentsFolderName';
import { ensureForm } from '../template/formSheet';
import { ensureTable } from '../template/tableSheet';
import { BatchProgress, appendLogLine, consolidateBatch, resetConsolidation } from './consolidate';
import { formRecord, sheetValues, tableRecords, today } from '../sheetAccess';
import { setTextValues } from '../writeText';
import { yearOf } from '../../vocab/dates';
import { parseTier } from '../../assess/unitProfile';
import { showDocLink } from '../docLink';
import { alertUser, runLocked, underLock } from '../lockedAction';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function onOpen(): void {
  SpreadsheetApp.getUi()
    .createMenu('ĐVHT')
    .addItem('Mở bảng tổng hợp', 'dvhtMoBangTongHop')
    .addItem('Tổng hợp một lượt', 'dvhtTongHopMenu')
    .addItem('Thiết lập sổ tổng hợp', 'dvhtThietLapSo')
    .addItem('Tạo văn bản công nhận', 'dvhtTaoVanBanMenu')
    .addSeparator()
    .addItem('Kiểm tra cài đặt', 'dvhtKiemTraCaiDat')
    .addToUi();
}

export function onInstall(): void {
  onOpen();
}

interface SetUpResult {
  readonly createdSheets: readonly string[];
  /** "Kết quả: CT 3.6" */
  readonly addedColumns: readonly string[];
  readonly addedFields: readonly string[];
}

/** Creates or upgrades the district workbook in place (same non-destructive code as the school template). */
function setUpDistrict(ss: Spreadsheet): SetUpResult {
  const createdSheets: string[] = [];
  const sheet = (name: string, index: number) => {
    const s = ss.getSheetByName(name);
    if (s) return { sheet: s, created: false };
    createdSheets.push(name);
    return { sheet: ss.insertSheet(name, Math.min(index, ss.getSheets().length)), created: true };
  };
  const form = sheet(CAI_DAT.name, 0);
  const addedFields = [...ensureForm(form.sheet, CAI_DAT, form.created).addedFields];
  const addedColumns: string[] = [];
  DISTRICT_TABLES.forEach((spec, i) => {
    const t = sheet(spec.name, i + 1);
    const placed = ensureTable(t.sheet, spec, t.created);
    if (!t.created && placed.addedColumns.length) addedColumns.push(`${spec.name}: ${placed.addedColumns.join(', ')}`);
  });
  return { createdSheets, addedColumns, addedFields: form.created ? [] : addedFields };
}

/** What the officer reads after Thiết lập sổ tổng hợp. */
export function setUpMessage(r: SetUpResult): string {
  const all = DISTRICT_TABLES.length + 1;
  return [
    r.createdSheets.length === all
      ? `Đã tạo sổ tổng hợp gồm ${all} sheet: ${r.createdSheets.join(', ')}.`
      : r.createdSheets.length ? `Đã thêm sheet: ${r.createdSheets.join(', ')}.` : 'Sổ tổng hợp đã đủ các sheet; đã kiểm tra tiêu đề, ghi chú và kiểm tra dữ liệu.',
    r.addedColumns.length ? `Cột mới: ${r.addedColumns.join('; ')}.` : '',
    r.addedFields.length ? `Thông tin mới ở sheet ${CAI_DAT.name}: ${r.addedFields.join(', ')}.` : '',
    r.createdSheets.length === all
      ? `Tiếp theo: điền sheet ${CAI_DAT.name}, dán tên và liên kết bảng tính của từng đơn vị vào sheet ${DANH_SACH.name}, rồi chọn ĐVHT → Mở bảng tổng hợp.`
      : 'Dữ liệu đã nhập được giữ nguyên.',
  ].filter(Boolean).join('\n');
}

/** Menu: sets up or upgrades the workbook, then says what it created. */
export function dvhtThietLapSo(): void {
  runLocked('Thiết lập sổ tổng hợp', () => {
    const message = setUpMessage(setUpDistrict(SpreadsheetApp.getActiveSpreadsheet()));
    return () => alertUser(message);
  });
}

export function dvhtMoBangTongHop(): void {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('DistrictSidebar').setTitle('ĐVHT – Tổng hợp đơn vị'));
}

/** For the sidebar: one batch of the resumable consolidation. */
export function dvhtTongHopLo(): BatchProgress {
  return underLock('Đang có một lượt tổng hợp khác chạy trên sổ này. Vui lòng chờ lượt đó xong.', () => consolidateBatch(SpreadsheetApp.getActiveSpreadsheet()), 1000);
}

/** What the officer reads after one batch from the menu: the counts, and what to do when units remain. */
export function batchMessage(p: Pick<BatchProgress, 'done' | 'total' | 'ok' | 'failed' | 'finished' | 'read'>): string {
  const n = groupDigits;
  const counts = `${n(p.ok)} đọc được, ${n(p.failed)} lỗi`;
  if (p.finished) return `Đã đọc xong ${n(p.total)} đơn vị: ${counts}.\nKết quả ở sheet ${KET_QUA.name}; lý do của từng lỗi ở sheet Nhật ký.`;
  return `Lượt này đã đọc ${n(p.read)} đơn vị; đã xong ${n(p.done)}/${n(p.total)} đơn vị (${counts}).\nCòn ${n(p.total - p.done)} đơn vị: chọn lại ĐVHT → Tổng hợp một lượt, hoặc ĐVHT → Mở bảng tổng hợp để đọc tiếp đến hết.`;
}

/** Menu: one batch, then its counts. */
export function dvhtTongHopMenu(): void {
  runLocked('Tổng hợp một lượt', () => {
    const p = consolidateBatch(SpreadsheetApp.getActiveSpreadsheet());
    return () => alertUser(batchMessage(p), 'Tổng hợp');
  });
}

/** For the sidebar: forget the cursor; the next batch starts a new run from the first unit. */
export function dvhtBatDauLai(): void {
  resetConsolidation();
}

function settingsOf(ss: Spreadsheet, date: DistrictSettings['date']): DistrictSettings {
  const s = formRecord(ss, CAI_DAT);
  const t = (k: string) => cleanText(s[k]);
  return {
    parent: t('coQuanCapTren'), authority: t('tenCoQuan') || 'Cơ quan tiếp nhận', approver: t('capPheDuyet') || 'Cơ quan có thẩm quyền',
    tier: parseTier(s.capCongNhan) ?? 'huyen',
    tierName: t('tenCap') || t('capCongNhan') || 'cấp huyện', year: String(yearOf(s.namDanhGia) ?? t('namDanhGia')), place: t('diaDanh'), head: t('thuTruong'),
    headTitle: t('chucVu') || 'Thủ trưởng', number: t('soToTrinh'), date,
    council: tableRecords(ss, HOI_DONG_THAM_DINH).map((r) => ({ name: cleanText(r.hoTen), title: cleanText(r.chucVu), role: cleanText(r.nhiemVu) })),
  };
}

/** The units of the list, once per spreadsheet id, with their results stored under that id. */
function unitsOf(ss: Spreadsheet): DistrictUnits {
  return districtUnits(tableRecords(ss, DANH_SACH), tableRecords(ss, KET_QUA));
}

/**
 * Fills the register's computed columns (valid until, upgrade possible from) in two block writes of plain text; returns the decisions
 * of `year` it lists ("45/QĐ-UBND ngày 10/02/2026"), for the report to the Sở.
 */
function updateRecognition(ss: Spreadsheet, year: string): string[] {
  const sheet = ss.getSheetByName(CONG_NHAN.name);
  if (!sheet) return [];
  const values = sheetValues(sheet);
  const layout = locateTable(values, CONG_NHAN);
  if (!layout || values.length <= layout.headerIndex + 1) return [];
  const body = values.slice(layout.headerIndex + 1);
  const c = layout.columns;
  const write = (field: string, f: (r: unknown[]) => string) => {
    if (c[field] === undefined) return;
    setTextValues(sheet.getRange(layout.headerIndex + 2, c[field] + 1, body.length, 1), body.map((r) => [f(r)]));
  };
  write('hieuLucDen', (r) => validUntil(r[c.nam]));
  write('nangMucTu', (r) => upgradeFrom(r[c.muc], r[c.ngayQuyetDinh]));
  const decisions = body
    .filter((r) => String(yearOf(r[c.nam])) === year && cleanText(r[c.soQuyetDinh]))
    .map((r) => [cleanText(r[c.soQuyetDinh]), cleanText(r[c.ngayQuyetDinh])].filter(Boolean).join(' ngày '));
  return [...new Set(decisions)];
}

export interface DocumentsResult extends SavedDocument {
  /** What the officer is told with the link. */
  readonly summary: readonly string[];
}

function createDocuments(ss: Spreadsheet): DocumentsResult {
  const tz = ss.getSpreadsheetTimeZone(); // read once: today and the Nhật ký line both need it
  const when = today(ss, tz);
  const read = settingsOf(ss, when.date);
  const settings = { ...read, decisions: updateRecognition(ss, read.year) };
  const { units, duplicates } = unitsOf(ss);
  const model = districtDocuments(settings, units);
  const name = `${model.name} - ${when.stamp}`;
  const doc = saveDocument(model, name, folderYear(settings.year, when.date.year));
  const recognised = units.filter(isRecognised);
  const level = (l: string) => recognised.filter((u) => u.level === l).length;
  const unread = units.filter((u) => u.readError).length;
  const due = reportToSoDue(settings.year);
  const summary = [
    `Đã tạo ${model.parts.length} văn bản: ${model.parts.map((p) => p.title).join('; ')}.`,
    `${units.length} đơn vị, mỗi đơn vị một lần theo liên kết bảng tính: ${recognised.length} đủ điều kiện công nhận (${level('Đạt mức độ 2')} mức độ 2, ${level('Đạt mức độ 1')} mức độ 1), ${units.length - recognised.length - unread} chưa đạt, ${unread} chưa đọc được.`,
    ...duplicates.map((d) => `Dòng "${d.name}" ở sheet ${DANH_SACH.name} trùng liên kết bảng tính với "${d.sameAs}": chỉ tính một lần.`),
    ...documentNotes(doc),
    ...(settings.tier === 'huyen' && due ? [`Báo cáo kết quả gửi Sở Giáo dục và Đào tạo trước ngày ${due} (khoản 3 Điều 20 Thông tư số 24/2023/TT-BGDĐT).`] : []),
  ];
  appendLogLine(ss, { luot: 'Tạo văn bản công nhận', donVi: `${units.length} đơn vị`, ketQua: 'Đã tạo', chiTiet: `${name}: ${doc.url}` }, tz);
  return { ...doc, summary };
}

/** For the sidebar (google.script.run): writes the documents into one new Google Doc and returns its link. */
export function dvhtTaoVanBan(): DocumentsResult {
  return underLock('Đang có người khác thao tác trên sổ này. Vui lòng thử lại sau ít phút.', () => createDocuments(SpreadsheetApp.getActiveSpreadsheet()));
}

/** Menu: the same, then a dialog with the link and what the documents hold. */
export function dvhtTaoVanBanMenu(): void {
  runLocked('Tạo văn bản công nhận', () => {
    const r = createDocuments(SpreadsheetApp.getActiveSpreadsheet());
    return () => showDocLink('Đã tạo văn bản công nhận', r, r.summary);
  });
}
