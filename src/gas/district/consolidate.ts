// The district's resumable consolidation: each call reads as many schools as its time budget allows (one batchGet per
// school, read-only), recomputes them, and writes results in place, the log and the cursor in a few block writes.
import { Cursor, newCursor, parseCursor, readFailure, resultRow } from '../../district/batch';
import { UNIT_RANGES, UnitAssessment, assessUnitValues, spreadsheetIdOf } from '../../district/readUnit';
import { CAI_DAT, DANH_SACH, KET_QUA, NHAT_KY } from '../../district/schema';
import { locateForm, readForm } from '../../sheet/form';
import { setTextValues } from '../writeText';
import { cleanText } from '../../vocab/normalize';
import { toNumber } from '../../vocab/numbers';
import { TEMPLATE_VERSION } from '../../sheet/schema';
import { SheetTable, readTableSheet } from '../sheetAccess';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const CURSOR_KEY = 'dvht.district.cursor';
/** Apps Script errors that are about this execution, not about the school being read. */
const STOPS_BATCH = /Service invoked too many times|Exceeded maximum execution time|timed out|Rate Limit|quota/i;

/** Plain JSON for the sidebar. */
export interface BatchProgress {
  readonly runId: string;
  readonly done: number;
  readonly total: number;
  readonly ok: number;
  readonly failed: number;
  readonly finished: boolean;
  /** Units read in this call. */
  readonly read: number;
  readonly message: string;
}

type Table = SheetTable;
const table = (ss: Spreadsheet, spec: typeof DANH_SACH): Table => readTableSheet(ss, spec, 'chọn ĐVHT → Thiết lập sổ tổng hợp.');

function budgetMs(ss: Spreadsheet): number {
  const sheet = ss.getSheetByName(CAI_DAT.name);
  if (!sheet) return 240000;
  const values = sheet.getDataRange().getValues();
  const settings = readForm(values, locateForm(values, CAI_DAT), CAI_DAT);
  const seconds = toNumber(settings.nganSachGiay);
  // Apps Script stops any run after 6 minutes: keep a margin for the final writes whatever the setting says.
  return Math.min(Math.max(seconds ?? 240, 5), 300) * 1000;
}

function readUnit(id: string): UnitAssessment {
  const response = Sheets!.Spreadsheets!.Values!.batchGet(id, { ranges: UNIT_RANGES.map((r) => r.range), valueRenderOption: 'UNFORMATTED_VALUE' });
  const byRange = (response.valueRanges ?? []).map((v) => (v.values ?? []) as unknown[][]);
  return assessUnitValues(byRange);
}

export function resetConsolidation(): void {
  PropertiesService.getDocumentProperties().deleteProperty(CURSOR_KEY);
}

/** One batch. Starts a new run when none is under way (or the last one finished). */
export function consolidateBatch(ss: Spreadsheet): BatchProgress {
  const started = Date.now();
  const budget = budgetMs(ss);
  const props = PropertiesService.getDocumentProperties();
  const list = table(ss, DANH_SACH);
  const results = table(ss, KET_QUA);
  const log = table(ss, NHAT_KY);
  const tz = ss.getSpreadsheetTimeZone();
  const units = list.values.slice(list.layout.headerIndex + 1)
    .map((r, i) => ({ row: list.layout.headerIndex + 1 + i, name: cleanText(r[list.layout.columns.tenDonVi]), link: r[list.layout.columns.lienKet] }))
    .filter((u) => u.name || cleanText(u.link));

  let cursor: Cursor = parseCursor(props.getProperty(CURSOR_KEY)) ?? newCursor('', 0);
  if (cursor.finished || !cursor.runId || cursor.total !== units.length) {
    cursor = newCursor(Utilities.formatDate(new Date(), tz, 'yyyyMMdd-HHmmss'), units.length);
  }

  const idColumn = results.layout.columns.ma;
  const rowOfId = new Map<string, number>();
  results.values.forEach((r, i) => {
    if (i > results.layout.headerIndex && cleanText(r[idColumn])) rowOfId.set(cleanText(r[idColumn]), i);
  });
  const newResults: unknown[][] = [];
  const logRows: unknown[][] = [];
  const status = new Map<number, [string, string]>();
  let read = 0;
  let { index, ok, failed } = cursor;
  const time = Utilities.formatDate(new Date(), tz, 'dd/MM/yyyy HH:mm');

  try {
    while (index < units.length && Date.now() - started < budget) {
      const unit = units[index];
      const id = spreadsheetIdOf(unit.link);
      let outcome: [string, string];
      if (!id) {
        outcome = ['Lỗi', 'Liên kết bảng tính không hợp lệ: dán đường dẫn https://docs.google.com/spreadsheets/d/… của đơn vị.'];
      } else {
        try {
          const a = readUnit(id);
          read++;
          const row = resultRow(id, a, time, results.layout.columns, results.layout.width);
          const at = rowOfId.get(id);
          if (at !== undefined) results.values[at] = row;
          else {
            rowOfId.set(id, -1);
            newResults.push(row);
          }
          const old = a.templateVersion && Number(a.templateVersion) < TEMPLATE_VERSION ? `; mẫu phiên bản ${a.templateVersion} (cũ)` : '';
          outcome = ['Đọc được', `${a.recomputed}; ${a.errors} lỗi, ${a.warnings} cảnh báo${a.mismatches.length ? `; ${a.mismatches.length} chênh lệch` : ''}${old}`];
        } catch (e) {
          const message = e instanceof Error ? e.message : String(e);
          // A quota or time limit stops the batch; the unit is read again by the next batch (the finally keeps the rest).
          if (STOPS_BATCH.test(message)) throw e;
          read++;
          outcome = ['Lỗi', readFailure(message)];
        }
      }
      if (outcome[0] === 'Lỗi') failed++;
      else ok++;
      logRows.push([time, cursor.runId, unit.name, ...outcome]);
      status.set(unit.row, [outcome[0] === 'Lỗi' ? `Lỗi: ${outcome[1]}` : outcome[1], time]);
      index++;
    }
  } finally {
    // Flushed even when a call fails mid-batch, so nothing read is lost and the cursor stays true.
    flush(results, newResults, log, logRows, list, status);
    cursor = { ...cursor, index, ok, failed, finished: index >= units.length };
    props.setProperty(CURSOR_KEY, JSON.stringify(cursor));
  }
  return {
    runId: cursor.runId, done: index, total: units.length, ok, failed, finished: cursor.finished, read,
    message: cursor.finished ? `Đã đọc xong ${units.length} đơn vị: ${ok} đọc được, ${failed} lỗi.` : `Đã đọc ${index}/${units.length} đơn vị; đang tiếp tục…`,
  };
}

function layoutRow(t: Table, values: Record<string, unknown>): unknown[] {
  const row: unknown[] = Array(t.layout.width).fill('');
  for (const [k, v] of Object.entries(values)) if (t.layout.columns[k] !== undefined) row[t.layout.columns[k]] = v;
  return row;
}

/** Grows a sheet so that `lastRow` exists (one call to read the size, one to grow when needed). */
function ensureRows(sheet: Sheet, lastRow: number): void {
  const max = sheet.getMaxRows();
  if (lastRow > max) sheet.insertRowsAfter(max, lastRow - max);
}

function flush(results: Table, newResults: unknown[][], log: Table, logRows: unknown[][], list: Table, status: Map<number, [string, string]>): void {
  // Text goes into plain-text cells (setTextValues): times "dd/MM/yyyy HH:mm", counts "47/48" and names stay text.
  const body = [...results.values.slice(results.layout.headerIndex + 1), ...newResults];
  if (newResults.length) ensureRows(results.sheet, results.layout.headerIndex + 1 + body.length);
  if (body.length) setTextValues(results.sheet.getRange(results.layout.headerIndex + 2, 1, body.length, results.layout.width), body);
  if (logRows.length) {
    const rows = logRows.map(([thoiGian, luot, donVi, ketQua, chiTiet]) => layoutRow(log, { thoiGian, luot, donVi, ketQua, chiTiet }));
    ensureRows(log.sheet, log.values.length + rows.length);
    setTextValues(log.sheet.getRange(log.values.length + 1, 1, rows.length, log.layout.width), rows);
  }
  if (status.size) {
    const first = list.layout.headerIndex + 1;
    const n = list.values.length - first;
    for (const [field, k] of [['trangThai', 0], ['lanDocCuoi', 1]] as const) {
      const c = list.layout.columns[field];
      if (c === undefined) continue;
      const column = list.values.slice(first).map((r, i) => [status.get(first + i)?.[k] ?? r[c]]);
      setTextValues(list.sheet.getRange(first + 1, c + 1, n, 1), column);
    }
  }
}
