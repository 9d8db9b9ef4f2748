// The latency model used for the district job's scale runs and benchmarks. Assumptions, not measurements: Google
// publishes no per-call figures; a Sheets API batchGet of ~7 ranges of another spreadsheet is taken as 0.9 s, a block
// write as 150 ms, a block read as 100 ms and any other service call as 40 ms (the order of magnitude reported for
// Apps Script service round trips).
import { LatencyModel } from './counters';

export const LATENCY: LatencyModel = {
  perMethod: { 'Sheets.Spreadsheets.Values.batchGet': 900, 'SpreadsheetApp.Range.setValues': 150, 'SpreadsheetApp.Range.getValues': 100 },
  defaultMs: 40,
};
