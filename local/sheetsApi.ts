// The Sheets advanced service (Sheets.Spreadsheets.Values.batchGet) over the in-memory spreadsheets: one call reads
// several ranges of another spreadsheet, with the read-only scope. Shaped like the REST API's ValueRange responses.
import { CallCounter } from './counters';
import type { SpreadsheetAppControls } from './spreadsheet';
import { parseA1, unquoteSheetName } from './spreadsheet/a1';
import { dateToSerial } from './spreadsheet/numberFormat';

export interface BatchGetOptions {
  ranges: string[];
  /** 'FORMATTED_VALUE' (default in the API), 'UNFORMATTED_VALUE' or 'FORMULA'. */
  valueRenderOption?: string;
  /** 'SERIAL_NUMBER' (default) or 'FORMATTED_STRING'. */
  dateTimeRenderOption?: string;
}

/** Error texts of the REST API as Apps Script surfaces them ("API call to sheets.spreadsheets.values.batchGet failed…"). */
const FAILED = 'API call to sheets.spreadsheets.values.batchGet failed with error:';

/**
 * Google's per-user read quota: "Read requests — Per minute per user per project: 60" (and 300 per project), and
 * "Sheets API has per-minute quotas, and they're refilled every minute … the additional … requests exceed the quota
 * and generates a 429: Too many requests" — https://developers.google.com/workspace/sheets/api/limits
 */
export const READS_PER_MINUTE_PER_USER = 60;
/**
 * The 429 as the advanced service throws it (a GoogleJsonResponseException whose message is this text); the quota
 * metric and limit names are those Google returns, e.g. https://github.com/AutomaApp/automa/issues/1844 and
 * https://github.com/google/garf/issues/299. The project number is the script's default Cloud project.
 */
export const READ_QUOTA_EXCEEDED = `${FAILED} Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'sheets.googleapis.com' for consumer 'project_number:000000000000'.`;

export interface SheetsQuotaOptions {
  /** The simulated clock (epoch ms). */
  readonly now: () => number;
  /** Read requests allowed per minute for this user (Google: 60). */
  readonly readsPerMinute: number;
}

/**
 * "Refilled every minute": a fixed window per clock minute (requests in 14:05:00–14:05:59.999 share one allowance).
 * A rejected request uses no allowance. A job that keeps under the limit in every rolling minute (src/district/pacing.ts)
 * is under it in every fixed minute too.
 */
export function createReadQuota(opts: SheetsQuotaOptions) {
  let minute = NaN;
  let used = 0;
  return {
    /** Throws Google's 429 text when this minute's allowance is spent; otherwise takes one request from it. */
    take(at: number = opts.now()): void {
      const m = Math.floor(at / 60000);
      if (m !== minute) {
        minute = m;
        used = 0;
      }
      if (used >= opts.readsPerMinute) throw new Error(READ_QUOTA_EXCEEDED);
      used++;
    },
  };
}

export function createSheetsAdvanced(app: SpreadsheetAppControls, counter: CallCounter, quota?: SheetsQuotaOptions) {
  const readQuota = quota ? createReadQuota(quota) : undefined;
  const batchGet = (spreadsheetId: string, opts: BatchGetOptions) => {
    // The quota sees the request when it is sent; the call (a 429 too) then costs its round trip. A denied or missing
    // spreadsheet is still a request that counts.
    const sent = quota?.now();
    counter.count('Sheets', 'Spreadsheets.Values.batchGet');
    readQuota?.take(sent);
    if (app.context.denied.has(spreadsheetId)) throw new Error(`${FAILED} The caller does not have permission`);
    const ss = app.getById(spreadsheetId);
    if (!ss) throw new Error(`${FAILED} Requested entity was not found.`);
    const unformatted = opts.valueRenderOption === 'UNFORMATTED_VALUE';
    const valueRanges = opts.ranges.map((range) => {
      // A sheet name alone ("'Thành viên'") is all the cells of that sheet (https://developers.google.com/sheets/api/guides/concepts).
      const p = parseA1(range) ?? { sheetName: unquoteSheetName(range.trim()), r1: null, c1: null, r2: null, c2: null };
      const sheet = p?.sheetName ? ss._sheetByName(p.sheetName) : ss.sheets[0];
      if (!p || !sheet) throw new Error(`${FAILED} Unable to parse range: ${range}`);
      const r1 = p.r1 ?? 1;
      const c1 = p.c1 ?? 1;
      const r2 = Math.min(p.r2 ?? sheet._lastRow(), sheet._lastRow());
      const c2 = Math.min(p.c2 ?? sheet._lastColumn(), sheet._lastColumn());
      const values: unknown[][] = [];
      for (let r = r1; r <= r2; r++) {
        const row: unknown[] = [];
        for (let c = c1; c <= c2; c++) {
          const v = sheet._value(r, c);
          row.push(v instanceof Date || (v && typeof v === 'object' && typeof (v as Date).getTime === 'function')
            ? (unformatted ? dateToSerial(v as Date, ss.timeZone) : String(v))
            : unformatted || typeof v === 'string' ? v : String(v));
        }
        // The API omits trailing empty cells of a row, and trailing empty rows.
        while (row.length && row[row.length - 1] === '') row.pop();
        values.push(row);
      }
      while (values.length && values[values.length - 1].length === 0) values.pop();
      return { range, majorDimension: 'ROWS', ...(values.length ? { values } : {}) };
    });
    return { spreadsheetId, valueRanges };
  };
  return { Spreadsheets: { Values: { batchGet } } };
}
