// Service calls do not grow with the data: reading costs one getValues per sheet, set-up writes in blocks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRuntime } from '../../local/runtime';
import { fillWorkbook } from '../../local/fillWorkbook';
import { INPUT_SHEETS } from '../../src/gas/readSheets';
import { SchoolWorkbook, MemberRow } from '../../src/workbook/records';

const example = JSON.parse(readFileSync(join(__dirname, '../../examples/truong-thcs-binh-minh.json'), 'utf8')) as SchoolWorkbook;

function workbookOf(members: number): SchoolWorkbook {
  const rows: MemberRow[] = Array.from({ length: members }, (_, i) => ({ ...example.members[i % example.members.length], hoTen: `Thành viên số ${i + 1}`, stt: i + 1 }));
  return { ...example, members: rows };
}

function measure(members: number) {
  const rt = createRuntime();
  const ss = rt.newSpreadsheet('Đo');
  rt.run('dvhtThietLapMau');
  fillWorkbook(ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, workbookOf(members));
  rt.counter.reset();
  rt.run('dvhtKiemTraDuLieu');
  const check = rt.counter.snapshot();
  rt.counter.reset();
  rt.run('dvhtThietLapMau');
  const upgrade = rt.counter.snapshot();
  return { check, upgrade };
}

describe('call counts', () => {
  const small = measure(50);
  const large = measure(2000);

  test('the data check reads each input sheet with exactly one call, whatever the number of members', () => {
    // getSheetValues(1, 1, -1, -1): one per input sheet, plus Lịch sử to append the log row; no other read of values
    expect(small.check['SpreadsheetApp.Sheet.getSheetValues']).toBe(INPUT_SHEETS.length + 1);
    expect(small.check['SpreadsheetApp.Range.getValues']).toBeUndefined();
    expect(large.check).toEqual(small.check);
  });

  test('set-up / upgrade of a filled workbook costs the same for 50 and 2,000 members', () => {
    // The only difference allowed: one call to grow the sheet past the formatted rows.
    const { ['SpreadsheetApp.Sheet.insertRowsAfter']: grown, ...rest } = large.upgrade;
    expect(grown).toBe(1);
    expect(rest).toEqual(small.upgrade);
    const writes = Object.entries(small.upgrade).filter(([k]) => /Range\.set(Values|DataValidation|NumberFormat|Notes)$/.test(k));
    const total = writes.reduce((n, [, v]) => n + v, 0);
    expect(total).toBeLessThan(120); // block writes: per column and per sheet, never per row
  });
});
