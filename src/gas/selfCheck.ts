// "Kiểm tra cài đặt" (menu ĐVHT): run once after `npm run deploy`, it makes every kind of Google call the add-in
// depends on — once each — and reports each as Đạt or Lỗi with the fix, in Vietnamese. Nothing of Google can be tested
// offline, so the product checks itself where it runs. Every call is in its own try/catch: one failing line never
// stops the others. It touches no user sheet: its writes go to a hidden sheet of its own, deleted at the end, a
// document property of its own, and a one-page Google Doc moved to the trash.
import { checkWorkbook } from '../check/checkWorkbook';
import { compareSummary, unfinishedCells, unfinishedValue } from '../check/summaryComparison';
import { CheckLine, TITLE, errorText, failed, passed, selfCheckReport, selfCheckSummary } from '../check/selfCheckReport';
import { DocumentModel, ND30_PAGE, body, bold, centered } from '../report/model';
import { SHEET_NAMES } from '../sheet/schema';
import { checkOptions } from './checkOptions';
import { appendHistory } from './history';
import { alertUser, runLocked } from './lockedAction';
import { readSchoolWorkbook } from './readSheets';
import { GOOGLE_DOC_MIME, docxBlob, driveService } from './report/saveDocument';
import { setTextValues } from './writeText';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The manifest the bundle was built with (scripts/build.mjs defines it): a script cannot read its own manifest. */
declare const __DVHT_MANIFEST__: string;

interface Manifest {
  readonly timeZone?: string;
  readonly dependencies?: { readonly enabledAdvancedServices?: readonly { userSymbol: string; serviceId: string; version?: string }[] };
  readonly oauthScopes?: readonly string[];
}

export function builtManifest(): Manifest {
  return typeof __DVHT_MANIFEST__ === 'string' ? (JSON.parse(__DVHT_MANIFEST__) as Manifest) : {};
}

export const SCRATCH_SHEET = '_dvht_kiem_tra';
export const SCRATCH_PROPERTY = 'dvht_kiem_tra_cai_dat';
/** Typed into a Vietnamese spreadsheet these become a date and a number; written as text they must stay text. */
export const SCRATCH_TEXT = ['15/01', '1,5'];
export const TEST_DOC_NAME = 'ĐVHT – Kiểm tra cài đặt (văn bản thử, đã bỏ vào thùng rác)';
const VN_ZONE = 'Asia/Ho_Chi_Minh';

const REDEPLOY = 'người phụ trách kỹ thuật chạy lại "npm run deploy" (đưa cả tệp appsscript.json lên dự án Apps Script)';

/** One check: `body` returns its line; anything it throws is the line's failure, with `fix`. */
function attempt(what: string, fix: string, body: () => CheckLine): CheckLine {
  try {
    return body();
  } catch (e) {
    return failed(what, errorText(e), fix);
  }
}

/** Advanced services: a service the manifest does not enable is simply not defined. */
const driveEnabled = () => {
  try {
    return !!driveService();
  } catch (e) {
    return false;
  }
};
const ADVANCED: Record<string, () => unknown> = {
  Drive: driveEnabled,
  Sheets: () => (typeof Sheets === 'undefined' ? undefined : Sheets),
};
/** The names the Apps Script editor lists them under (Dịch vụ → Thêm dịch vụ). */
const API_NAME: Record<string, string> = { drive: 'Drive API', sheets: 'Google Sheets API' };

function advancedServiceLines(manifest: Manifest): CheckLine[] {
  return (manifest.dependencies?.enabledAdvancedServices ?? []).map((s) => {
    const api = `${API_NAME[s.serviceId] ?? s.serviceId} ${s.version ?? ''}`.trim();
    const what = `Dịch vụ nâng cao ${s.userSymbol} (${api})`;
    const fix = `${REDEPLOY}, hoặc trong trình soạn thảo Apps Script chọn Dịch vụ (+), thêm ${api} với mã nhận dạng ${s.userSymbol}`;
    return attempt(what, fix, () => (ADVANCED[s.userSymbol]?.() ? passed(what, 'đã bật') : failed(what, 'chưa bật', fix)));
  });
}

/**
 * The scopes the user granted, of those the manifest asks for. With granular consent a user may leave some unticked;
 * ScriptApp.getAuthorizationInfo(authMode, oAuthScopes).getAuthorizedScopes() returns those of the listed scopes that
 * are authorized (https://developers.google.com/apps-script/reference/script/authorization-info, getAuthorizedScopes();
 * https://developers.google.com/apps-script/concepts/scopes: "Granular OAuth permissions allow users to authorize
 * specific scopes, and scripts should be designed to handle these permissions using requireScopes or
 * getAuthorizationInfo"). Null (no answer) counts as granted: the calls below would fail on a missing scope anyway.
 */
function scopesLine(manifest: Manifest): CheckLine {
  const what = 'Quyền truy cập (OAuth) trong appsscript.json';
  const fix = 'mở lại bảng tính, chọn lại một mục của menu ĐVHT và đánh dấu cho phép mọi quyền được hỏi (hoặc gỡ quyền của dự án tại https://myaccount.google.com/permissions rồi cấp lại)';
  const scopes = [...(manifest.oauthScopes ?? [])];
  const short = (s: string) => s.replace('https://www.googleapis.com/auth/', '');
  return attempt(what, fix, () => {
    const getInfo = ScriptApp.getAuthorizationInfo as unknown as (mode: GoogleAppsScript.Script.AuthMode, scopes: string[]) => { getAuthorizedScopes(): string[] | null };
    const granted = getInfo.call(ScriptApp, ScriptApp.AuthMode.FULL, scopes).getAuthorizedScopes();
    const missing = granted ? scopes.filter((s) => !granted.includes(s)) : [];
    return missing.length
      ? failed(what, `chưa được cấp ${missing.map(short).join(', ')}`, fix)
      : passed(what, `đã được cấp đủ ${scopes.length} quyền: ${scopes.map(short).join(', ')}`);
  });
}

/** The spreadsheet's and the script's zones are Vietnam's (UTC+7): deadlines, dates and Lịch sử times depend on it. */
function timeZoneLine(ss: Spreadsheet, manifest: Manifest): { line: CheckLine; tz?: string } {
  const what = 'Múi giờ (Utilities.formatDate)';
  let tz: string | undefined;
  const line = attempt(what, 'Tệp → Cài đặt → Múi giờ: chọn múi giờ GMT+07:00 (Việt Nam)', () => {
    tz = ss.getSpreadsheetTimeZone();
    // 00:00 UTC is 07:00 in Vietnam (no daylight saving time).
    const seven = Utilities.formatDate(new Date(Date.UTC(2025, 0, 15, 0, 0, 0)), tz, 'HH:mm');
    if (seven !== '07:00') return failed(what, `bảng tính dùng múi giờ ${tz} (00:00 UTC là ${seven} ở đó, ở Việt Nam là 07:00)`, 'Tệp → Cài đặt → Múi giờ: chọn múi giờ GMT+07:00 (Việt Nam)');
    const script = Session.getScriptTimeZone();
    const wanted = manifest.timeZone ?? VN_ZONE;
    if (script !== wanted) return failed(what, `dự án Apps Script dùng múi giờ ${script}, appsscript.json ghi ${wanted}`, REDEPLOY);
    return passed(what, `bảng tính ${tz}, dự án Apps Script ${script} (UTC+7)`);
  });
  return { line, tz };
}

const described = (v: unknown) =>
  Object.prototype.toString.call(v) === '[object Date]' ? 'một ngày tháng' : typeof v === 'number' ? `số ${String(v)}` : `"${String(v)}"`;

/**
 * A write and a read on a hidden sheet of the add-in's own: text written as the add-in writes it (src/gas/writeText.ts)
 * must come back exactly, not as the date and number a Vietnamese spreadsheet makes of "15/01" and "1,5". The sheet
 * is deleted and the user's active sheet restored whatever happens.
 */
function scratchSheetLine(ss: Spreadsheet): CheckLine {
  const what = `Ghi và đọc bảng tính (sheet ẩn ${SCRATCH_SHEET})`;
  const fix = 'bảng tính phải cho phép người dùng này chỉnh sửa; dự án Apps Script phải gắn với chính bảng tính này (mở từ Tiện ích mở rộng → Apps Script)';
  return attempt(what, fix, () => {
    const active = ss.getActiveSheet();
    const left = ss.getSheetByName(SCRATCH_SHEET);
    if (left) ss.deleteSheet(left); // left by an interrupted check
    const sheet = ss.insertSheet(SCRATCH_SHEET);
    let line: CheckLine;
    try {
      sheet.hideSheet();
      const range = sheet.getRange(1, 1, 1, SCRATCH_TEXT.length);
      setTextValues(range, [SCRATCH_TEXT]);
      const back = range.getValues()[0];
      const wrong = SCRATCH_TEXT.map((t, i) => [t, back[i]] as const).filter(([t, v]) => v !== t);
      line = wrong.length
        ? failed(what, `ghi chữ ${wrong.map(([t, v]) => `"${t}" nhưng đọc lại ${described(v)}`).join(', ')}`, 'báo cho người phụ trách kỹ thuật: ô định dạng văn bản thuần (@) không giữ nguyên chữ đã ghi')
        : passed(what, `ghi chữ ${SCRATCH_TEXT.map((t) => `"${t}"`).join(' và ')} vào ô văn bản, đọc lại đúng như vậy; sheet tạm đã xóa`);
    } finally {
      ss.deleteSheet(sheet);
      if (active) ss.setActiveSheet(active);
    }
    return line;
  });
}

function propertiesLine(): CheckLine {
  const what = 'Thuộc tính tài liệu (PropertiesService)';
  return attempt(what, 'thử lại sau ít phút; nếu vẫn lỗi, báo cho người phụ trách kỹ thuật kèm dòng lỗi này', () => {
    const props = PropertiesService.getDocumentProperties();
    const value = `Kiểm tra ${new Date().getTime()}`;
    props.setProperty(SCRATCH_PROPERTY, value);
    const back = props.getProperty(SCRATCH_PROPERTY);
    props.deleteProperty(SCRATCH_PROPERTY);
    return back === value
      ? passed(what, 'ghi, đọc lại và xóa một giá trị thử')
      : failed(what, `ghi "${value}" nhưng đọc lại ${back === null ? 'không có gì' : `"${back}"`}`, 'báo cho người phụ trách kỹ thuật kèm dòng lỗi này');
  });
}

/**
 * The check itself runs under runLocked, whose getDocumentLock + tryLock got the lock (else this never runs) and
 * whose releaseLock frees it before the report is shown. Here only that the document lock exists: a script that is not
 * bound to the spreadsheet gets null ("null if called from a standalone script",
 * https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()) and would run unlocked.
 */
function lockLine(): CheckLine {
  const what = 'Khóa tài liệu (LockService)';
  const fix = 'dự án Apps Script phải gắn với chính bảng tính này (mở từ Tiện ích mở rộng → Apps Script), không phải một dự án độc lập';
  return attempt(what, fix, () =>
    LockService.getDocumentLock()
      ? passed(what, 'kiểm tra này chạy trong khóa tài liệu (getDocumentLock, tryLock) và nhả khóa khi xong')
      : failed(what, 'không có khóa tài liệu', fix));
}

/** One page, no page number: enough for Drive to convert. */
export function testDocument(): DocumentModel {
  return {
    name: TEST_DOC_NAME,
    page: ND30_PAGE,
    parts: [{
      id: 'baoCao',
      title: TITLE,
      pageNumbers: 'none',
      blocks: [
        centered([bold('KIỂM TRA CÀI ĐẶT ĐVHT')]),
        body('Văn bản thử do mục "Kiểm tra cài đặt" của menu ĐVHT tạo ra để kiểm tra việc chuyển tệp .docx thành Google Docs. Văn bản đã được bỏ vào thùng rác; có thể xóa hẳn.'),
      ],
    }],
  };
}

/**
 * The .docx (Utilities.newBlob per package file, Utilities.zip), converted by Drive into a Doc outside the year's
 * folder, then moved to the trash rather than deleted (a user can still look at it, and Drive empties the trash by
 * itself): files.update with the File resource's `trashed` set
 * (https://developers.google.com/workspace/drive/api/reference/rest/v3/files: "trashed — Whether the file has been
 * trashed"; `Drive.Files.update({ trashed: true }, id)` in the advanced service's argument order,
 * https://developers.google.com/apps-script/guides/services/advanced).
 */
function driveLines(): CheckLine[] {
  const zipWhat = 'Tạo tệp .docx trong bộ nhớ (Utilities.newBlob, Utilities.zip)';
  const convertWhat = 'Chuyển .docx thành Google Docs (Drive.Files.create)';
  const trashWhat = 'Bỏ văn bản thử vào thùng rác (Drive.Files.update)';
  let blob: GoogleAppsScript.Base.Blob | undefined;
  const zip = attempt(zipWhat, 'báo cho người phụ trách kỹ thuật kèm dòng lỗi này', () => {
    blob = docxBlob(testDocument(), `${TITLE}.docx`);
    const bytes = blob.getBytes();
    // A zip archive starts with "PK" (0x50 0x4B).
    return bytes.length > 2 && bytes[0] === 0x50 && bytes[1] === 0x4b
      ? passed(zipWhat, 'đã nén các phần của tệp .docx')
      : failed(zipWhat, 'kết quả không phải một tệp nén', 'báo cho người phụ trách kỹ thuật kèm dòng lỗi này');
  });
  let id: string | undefined;
  const v3 = `dịch vụ nâng cao Drive phải là phiên bản v3: ${REDEPLOY}`;
  const convert = attempt(convertWhat, `bật dịch vụ nâng cao Drive (xem dòng trên) và cấp quyền drive.file; ${v3}`, () => {
    if (!driveEnabled()) return failed(convertWhat, 'chưa thử được vì dịch vụ nâng cao Drive chưa bật', 'bật dịch vụ Drive (dòng đầu)');
    if (!blob) return failed(convertWhat, 'chưa thử được vì chưa tạo được tệp .docx', 'sửa dòng Utilities.zip ở trên trước');
    const file = driveService().Files!.create({ name: TEST_DOC_NAME, mimeType: GOOGLE_DOC_MIME }, blob, { fields: 'id,mimeType' });
    id = file.id ? String(file.id) : undefined;
    return file.mimeType === GOOGLE_DOC_MIME
      ? passed(convertWhat, 'Drive đã chuyển một văn bản thử một trang thành Google Docs')
      : failed(convertWhat, `Drive trả về loại tệp ${String(file.mimeType)}, không phải Google Docs (${GOOGLE_DOC_MIME})`, v3);
  });
  const trash = attempt(trashWhat, `xóa tay văn bản "${TEST_DOC_NAME}" trong Google Drive`, () => {
    if (!id) return failed(trashWhat, 'không có văn bản thử để bỏ vào thùng rác', 'sửa dòng Drive.Files.create ở trên trước');
    // null: no new content ("Drive.Files.update({ trashed: true }, id, null, …)" is the usual form in published scripts).
    const r = driveService().Files!.update({ trashed: true }, id, null as unknown as GoogleAppsScript.Base.Blob, { fields: 'id,trashed' });
    return r.trashed === true
      ? passed(trashWhat, `văn bản "${TEST_DOC_NAME}" đã ở thùng rác của Google Drive`)
      : failed(trashWhat, 'Drive không xác nhận đã bỏ vào thùng rác', `xóa tay văn bản "${TEST_DOC_NAME}" trong Google Drive`);
  });
  return [zip, convert, trash];
}

/** Up to `max` cells and how many more: "Tổng hợp!E7 ("#ERROR!"), Tổng hợp!F7 ("#ERROR!") và 3 ô khác". */
function cellList(cells: readonly (readonly [string, string])[], max = 3): string {
  const shown = cells.slice(0, max).map(([c, v]) => `${c} ("${v}")`).join(', ');
  return cells.length > max ? `${shown} và ${cells.length - max} ô khác` : shown;
}

/** Tổng hợp's displayed values (one read) against the engine run here on the input sheets. */
function summaryLine(ss: Spreadsheet, tz: string | undefined): CheckLine {
  const what = `Sheet ${SHEET_NAMES.tongHop} so với cách tính của ĐVHT`;
  const setUp = 'chọn ĐVHT → Thiết lập / nâng cấp mẫu (viết lại công thức, giữ nguyên dữ liệu)';
  return attempt(what, 'chọn ĐVHT → Kiểm tra dữ liệu; nếu không có lỗi dữ liệu, báo cho người phụ trách kỹ thuật kèm dòng lỗi này', () => {
    const sheet = ss.getSheetByName(SHEET_NAMES.tongHop);
    if (!sheet) return failed(what, `chưa có sheet ${SHEET_NAMES.tongHop}`, setUp);
    const shown = sheet.getDataRange().getDisplayValues();
    const bad = unfinishedCells(shown);
    const loading = bad.filter(([, v]) => unfinishedValue(v) === 'loading');
    if (loading.length) return failed(what, `${cellList(loading)} chưa tính xong`, 'chờ đến khi sheet Tổng hợp hết "Loading…"/"Đang tải…" rồi chạy lại Kiểm tra cài đặt');
    const names = bad.filter(([, v]) => v.trim() === '#NAME?');
    if (names.length) return failed(what, `${cellList(names)}: bảng tính không biết các hàm DVHT_*`, `${REDEPLOY}; sau đó mở lại bảng tính`);
    if (bad.length) return failed(what, `${cellList(bad)}`, `di chuột lên ô để xem lý do; chọn ĐVHT → Kiểm tra dữ liệu và sửa các lỗi được nêu; nếu vẫn còn, ${setUp}`);
    const c = compareSummary(shown, checkWorkbook(readSchoolWorkbook(ss), checkOptions(ss, tz)));
    if (c.stale) return failed(what, c.stale.replace(/\.\s.*$/, ''), setUp);
    if (c.differences.length) {
      const first = c.differences.slice(0, 3).map((d) => `${d.cell ?? d.id} ghi ${d.shown === undefined ? 'không có dòng' : `"${d.shown}"`}, ĐVHT tính "${d.engine}"`).join('; ');
      const more = c.differences.length > 3 ? ` và ${c.differences.length - 3} chỗ khác` : '';
      return failed(what, `${first}${more}`, `${setUp}; nếu vẫn khác, báo cho người phụ trách kỹ thuật kèm dòng lỗi này`);
    }
    return passed(what, `${c.expected.length} mục (mức đạt và số liệu) khớp, không ô nào báo lỗi`);
  });
}

/** The Lịch sử line, like every action's; a line of the report only when it fails (the log cannot count itself). */
function historyFailure(ss: Spreadsheet, lines: readonly CheckLine[], tz: string | undefined): CheckLine[] {
  const what = `Ghi sheet ${SHEET_NAMES.lichSu}`;
  const line = attempt(what, 'chọn ĐVHT → Thiết lập / nâng cấp mẫu (tạo lại sheet Lịch sử, giữ nguyên dữ liệu)', () => {
    appendHistory(ss, { action: TITLE, result: selfCheckSummary(lines) }, tz);
    return passed(what, 'đã ghi');
  });
  return line.ok ? [] : [line];
}

/** The checks both workbooks share, in the report's order. */
function commonLines(ss: Spreadsheet, manifest: Manifest): { lines: CheckLine[]; tz?: string } {
  const zone = timeZoneLine(ss, manifest);
  return {
    lines: [...advancedServiceLines(manifest), scopesLine(manifest), zone.line, scratchSheetLine(ss), propertiesLine(), lockLine(), ...driveLines()],
    tz: zone.tz,
  };
}

/** Menu (school workbook): every Google call once, the displayed Tổng hợp against the engine, one Lịch sử line. */
export function dvhtKiemTraCaiDat(): void {
  runLocked(TITLE, () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const { lines, tz } = commonLines(ss, builtManifest());
    lines.push(summaryLine(ss, tz));
    lines.push(...historyFailure(ss, lines, tz));
    return () => alertUser(selfCheckReport(lines), TITLE);
  });
}

/**
 * The district's Sheets call, on its own workbook: the same read-only batchGet (spreadsheets.readonly) that reads each
 * school (src/gas/district/consolidate.ts).
 */
function sheetsApiLine(ss: Spreadsheet): CheckLine {
  const what = 'Đọc bảng tính qua Sheets API (Sheets.Spreadsheets.Values.batchGet)';
  return attempt(what, `bật dịch vụ nâng cao Sheets (xem dòng trên) và cấp quyền spreadsheets.readonly; ${REDEPLOY}`, () => {
    if (typeof Sheets === 'undefined' || !Sheets) return failed(what, 'chưa thử được vì dịch vụ Sheets chưa bật', `${REDEPLOY}`);
    const r = Sheets.Spreadsheets!.Values!.batchGet(ss.getId(), { ranges: ['A1'], valueRenderOption: 'UNFORMATTED_VALUE' });
    return Array.isArray(r.valueRanges) && r.valueRanges.length === 1
      ? passed(what, 'đọc được sổ tổng hợp này ở chế độ chỉ đọc, như khi đọc bảng tính các đơn vị')
      : failed(what, 'Sheets API không trả về vùng đã đọc', 'báo cho người phụ trách kỹ thuật kèm dòng lỗi này');
  });
}

/** Menu (district workbook): every Google call once, the Sheets API read instead of the Tổng hợp comparison. */
export function dvhtKiemTraCaiDatSo(): void {
  runLocked(TITLE, () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const { lines } = commonLines(ss, builtManifest());
    lines.push(sheetsApiLine(ss));
    return () => alertUser(selfCheckReport(lines), TITLE);
  });
}
