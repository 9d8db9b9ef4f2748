// The district's resumable consolidation: each call reads as many schools as its time budget allows (one batchGet per
// school, one more per missing optional sheet, read-only, paced under the read quota), recomputes them, and writes results in place, the log and the cursor in a few block writes.
import { Cursor, duplicateRowNote, listUnits, newCursor, parseCursor, readFailure, resultRow, unitSummary } from '../../district/batch';
import { UnitAssessment, readUnitWith, spreadsheetIdOf } from '../../district/readUnit';
import { CAI_DAT, DANH_SACH, KET_QUA, NHAT_KY } from '../../district/schema';
import { BAD_LINK } from '../../district/units';
import { setTextValues } from '../writeText';
import { cleanText } from '../../vocab/normalize';
import { toNumber } from '../../vocab/numbers';
import {
  afterQuotaError, estimatedEnd, groupDigits, paceState, progressLine, rateSetting, readsPerMinute, recentReads, waitBeforeRead,
  withRead,
} from '../../district/pacing';
import { SheetTable, ensureRows, formRecord, layoutRow, readTableSheet } from '../sheetAccess';
import { OverviewData, refreshOverviewAfterBatch } from './overview';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const CURSOR_KEY = 'dvht.district.cursor';
const PACE_KEY = 'dvht.district.pace';
/** Apps Script errors that are about this execution, not about the school being read: the batch stops there. */
const STOPS_BATCH = /Service invoked too many times|Exceeded maximum execution time|timed out/i;
/**
 * The Sheets API's 429 ("Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per
 * user'…", https://developers.google.com/workspace/sheets/api/limits): the batch waits and reads the same unit again.
 */
const QUOTA = /Quota exceeded|Rate Limit Exceeded|RESOURCE_EXHAUSTED|Too many requests/i;

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
  /** Reads per minute in this call (accepted Sheets API reads). */
  readonly readsPerMinute: number;
  /** Reads per rolling minute the job allows itself (Cài đặt, lowered after a 429). */
  readonly rate: number;
  /** When the run should end ("14:35", or "08:10 ngày 02/12" on another day); '' when finished. */
  readonly eta: string;
  /** Time this call spent waiting for the quota (ms). */
  readonly waitedMs: number;
  readonly message: string;
  /** After a batch, Tổng quan as just written (for the sidebar's chart); absent when it could not be refreshed. */
  readonly overview?: OverviewData;
}

type Table = SheetTable;
const table = (ss: Spreadsheet, spec: typeof DANH_SACH): Table => readTableSheet(ss, spec, 'chọn ĐVHT → Thiết lập sổ tổng hợp.');

/** The batch's time budget (ms) and the read rate per minute, from Cài đặt (one read). */
function jobSettings(ss: Spreadsheet): { budget: number; rate: number } {
  // A missing sheet reads as empty fields: 240 s and the default rate.
  const settings = formRecord(ss, CAI_DAT);
  const seconds = toNumber(settings.nganSachGiay);
  // Apps Script stops any run after 6 minutes: keep a margin for the final writes whatever the setting says.
  return { budget: Math.min(Math.max(seconds ?? 240, 5), 300) * 1000, rate: rateSetting(toNumber(settings.luotDocMoiPhut)) };
}

/** "14:35", or "08:10 ngày 02/12" when the time falls on another day than now. */
function etaText(etaMs: number | null, tz: string): string {
  if (etaMs === null) return '';
  const at = new Date(etaMs);
  const day = (d: Date) => Utilities.formatDate(d, tz, 'dd/MM');
  const time = Utilities.formatDate(at, tz, 'HH:mm');
  return day(at) === day(new Date(Date.now())) ? time : `${time} ngày ${day(at)}`;
}

/** Where the run stands, for the sidebar when it opens (no batch runs): null when no run is under way. */
export function savedProgress(ss: Spreadsheet): BatchProgress | null {
  const props = PropertiesService.getDocumentProperties();
  const cursor = parseCursor(props.getProperty(CURSOR_KEY));
  if (!cursor || !cursor.runId) return null;
  const { rate } = jobSettings(ss);
  const pace = paceState(props.getProperty(PACE_KEY), cursor.runId, rate);
  const now = Date.now();
  const remaining = cursor.total - cursor.index;
  const eta = cursor.finished ? '' : etaText(estimatedEnd({ units: 0, elapsedMs: 0, waitedMs: 0 }, remaining, now, pace.rate), ss.getSpreadsheetTimeZone());
  const perMinute = readsPerMinute(pace.reads, now);
  return {
    runId: cursor.runId, done: cursor.index, total: cursor.total, ok: cursor.ok, failed: cursor.failed, finished: cursor.finished, read: 0,
    readsPerMinute: perMinute, rate: pace.rate, eta, waitedMs: 0,
    message: cursor.finished ? finishedMessage(cursor.total, cursor.ok, cursor.failed) : progressLine(cursor.index, cursor.total, perMinute, eta),
  };
}

function finishedMessage(total: number, ok: number, failed: number): string {
  return `Đã đọc xong ${groupDigits(total)} đơn vị: ${groupDigits(ok)} đọc được, ${groupDigits(failed)} lỗi.`;
}

/** One batchGet for a school that has every sheet; one more per missing optional sheet (readUnitWith). */
function readUnit(id: string, onRequest: () => void = () => undefined): UnitAssessment {
  return readUnitWith((ranges) => {
    onRequest(); // the pacing counts every request (src/district/pacing.ts)
    const response = Sheets!.Spreadsheets!.Values!.batchGet(id, { ranges: [...ranges], valueRenderOption: 'UNFORMATTED_VALUE' });
    return (response.valueRanges ?? []).map((v) => (v.values ?? []) as unknown[][]);
  });
}

export function resetConsolidation(): void {
  PropertiesService.getDocumentProperties().deleteProperty(CURSOR_KEY);
}

/** One batch. Starts a new run when none is under way (or the last one finished). */
export function consolidateBatch(ss: Spreadsheet): BatchProgress {
  const started = Date.now();
  const settings = jobSettings(ss);
  const deadline = started + settings.budget;
  const props = PropertiesService.getDocumentProperties();
  const list = table(ss, DANH_SACH);
  const results = table(ss, KET_QUA);
  const log = table(ss, NHAT_KY);
  const tz = ss.getSpreadsheetTimeZone();
  // One unit per spreadsheet id: a second row with the same link is logged with the first, never read twice.
  const units = listUnits(list.values.slice(list.layout.headerIndex + 1)
    .map((r, i) => ({ row: list.layout.headerIndex + 1 + i, name: cleanText(r[list.layout.columns.tenDonVi]), link: r[list.layout.columns.lienKet] }))
    .filter((u) => u.name || cleanText(u.link)));

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
  // Reads are paced under the quota across batches of the run (src/district/pacing.ts); waits stay inside the budget.
  const first = index;
  let pace = paceState(props.getProperty(PACE_KEY), cursor.runId, settings.rate);
  let quotaErrors = 0;
  let waitedMs = 0;
  const sleep = (ms: number) => {
    if (ms <= 0) return;
    Utilities.sleep(ms);
    waitedMs += ms;
  };

  try {
    while (index < units.length && Date.now() < deadline) {
      const unit = units[index];
      const id = spreadsheetIdOf(unit.link);
      let outcome: [string, string];
      if (!id) {
        outcome = ['Lỗi', BAD_LINK];
      } else {
        const wait = waitBeforeRead(pace, Date.now());
        if (Date.now() + wait >= deadline) {
          sleep(deadline - Date.now()); // this batch waits what fits; the next one waits the rest
          break;
        }
        sleep(wait);
        let sent = false;
        try {
          const a = readUnit(id, () => {
            pace = withRead(pace, Date.now());
            sent = true;
          });
          quotaErrors = 0;
          read++;
          const row = resultRow(id, a, time, results.layout.columns, results.layout.width, unit.name);
          const at = rowOfId.get(id);
          if (at !== undefined) results.values[at] = row;
          else {
            rowOfId.set(id, -1);
            newResults.push(row);
          }
          outcome = ['Đọc được', unitSummary(a, unit.name)];
        } catch (e) {
          const message = e instanceof Error ? e.message : String(e);
          // A request refused for the quota, or stopped by Apps Script before it reached Sheets, uses no allowance.
          if (sent && (QUOTA.test(message) || STOPS_BATCH.test(message))) pace = { ...pace, reads: pace.reads.slice(0, -1) };
          if (QUOTA.test(message)) {
            // Over Google's quota anyway (other scripts of the same user share it): wait, then read the same unit again;
            // when the wait does not fit the budget the next batch reads it. A unit never fails because of the quota.
            const next = afterQuotaError(pace, Date.now(), quotaErrors++);
            pace = next.state;
            if (Date.now() + next.waitMs >= deadline) {
              sleep(deadline - Date.now());
              break;
            }
            sleep(next.waitMs);
            continue;
          }
          // A time limit stops the batch; the unit is read again by the next batch (the finally keeps the rest).
          if (STOPS_BATCH.test(message)) throw e;
          read++;
          outcome = ['Lỗi', readFailure(message)];
        }
      }
      if (outcome[0] === 'Lỗi') failed++;
      else ok++;
      logRows.push([time, cursor.runId, unit.name, ...outcome]);
      status.set(unit.row, [outcome[0] === 'Lỗi' ? `Lỗi: ${outcome[1]}` : outcome[1], time]);
      for (const d of unit.sameAs) {
        logRows.push([time, cursor.runId, d.name, 'Trùng', duplicateRowNote(unit, d)]);
        status.set(d.row, [`Trùng: ${duplicateRowNote(unit, d)}`, time]);
      }
      index++;
    }
  } finally {
    // Flushed even when a call fails mid-batch, so nothing read is lost and the cursor stays true.
    flush(results, newResults, log, logRows, list, status);
    cursor = { ...cursor, index, ok, failed, finished: index >= units.length };
    props.setProperties({ [CURSOR_KEY]: JSON.stringify(cursor), [PACE_KEY]: JSON.stringify({ ...pace, reads: recentReads(pace.reads, Date.now()) }) });
  }
  // Tổng quan follows every batch (a fixed number of calls); a failure there never loses the batch.
  const refreshed = refreshOverviewAfterBatch(ss, tz);
  const now = Date.now();
  const eta = etaText(estimatedEnd({ units: index - first, elapsedMs: now - started, waitedMs }, units.length - index, now, pace.rate), tz);
  const perMinute = readsPerMinute(pace.reads, now);
  return {
    runId: cursor.runId, done: index, total: units.length, ok, failed, finished: cursor.finished, read,
    readsPerMinute: perMinute, rate: pace.rate, eta, waitedMs,
    message: (cursor.finished ? finishedMessage(units.length, ok, failed) : progressLine(index, units.length, perMinute, eta)) + refreshed.note,
    ...(refreshed.overview ? { overview: refreshed.overview } : {}),
  };
}

/**
 * One line at the end of Nhật ký for an action other than a read (the documents created, with their link), in the
 * same columns as the reads: time, what (in Lượt tổng hợp), the units concerned, the result, the details.
 */
export function appendLogLine(ss: Spreadsheet, entry: { luot: string; donVi: string; ketQua: string; chiTiet: string }, tz = ss.getSpreadsheetTimeZone()): void {
  const log = table(ss, NHAT_KY);
  const row = layoutRow(log.layout, { thoiGian: Utilities.formatDate(new Date(), tz, 'dd/MM/yyyy HH:mm'), ...entry });
  ensureRows(log.sheet, log.values.length + 1);
  setTextValues(log.sheet.getRange(log.values.length + 1, 1, 1, log.layout.width), [row]);
}

function flush(results: Table, newResults: unknown[][], log: Table, logRows: unknown[][], list: Table, status: Map<number, [string, string]>): void {
  // Text goes into plain-text cells (setTextValues): times "dd/MM/yyyy HH:mm", counts "47/48" and names stay text.
  const body = [...results.values.slice(results.layout.headerIndex + 1), ...newResults];
  if (newResults.length) ensureRows(results.sheet, results.layout.headerIndex + 1 + body.length);
  if (body.length) setTextValues(results.sheet.getRange(results.layout.headerIndex + 2, 1, body.length, results.layout.width), body);
  if (logRows.length) {
    const rows = logRows.map(([thoiGian, luot, donVi, ketQua, chiTiet]) => layoutRow(log.layout, { thoiGian, luot, donVi, ketQua, chiTiet }));
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
