// The Sheets advanced service (Sheets.Spreadsheets.Values.batchGet) over the in-memory spreadsheets: one call reads
// several ranges of another spreadsheet, with the read-only scope. Shaped like the REST API's ValueRange responses.
import { CallCounter } from './counters';
import type { SpreadsheetAppControls } from './spreadsheet';
import { parseA1 } from './spreadsheet/a1';
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

export function createSheetsAdvanced(app: SpreadsheetAppControls, counter: CallCounter) {
  const batchGet = (spreadsheetId: string, opts: BatchGetOptions) => {
    counter.count('Sheets', 'Spreadsheets.Values.batchGet');
    if (app.context.denied.has(spreadsheetId)) throw new Error(`${FAILED} The caller does not have permission`);
    const ss = app.getById(spreadsheetId);
    if (!ss) throw new Error(`${FAILED} Requested entity was not found.`);
    const unformatted = opts.valueRenderOption === 'UNFORMATTED_VALUE';
    const valueRanges = opts.ranges.map((range) => {
      const p = parseA1(range);
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
