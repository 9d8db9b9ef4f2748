// Nothing the user typed is changed: "Cập nhật kế hoạch cải tiến" copies each tồn tại exactly (no apostrophe, never a
// formula, no date or number made of it), and "Tạo năm đánh giá mới" keeps every cell the user typed in Minh chứng.
import { join } from 'node:path';
import { createRuntime, Runtime } from '../../local/runtime';
import { ROOT } from '../../local/bundle';
import { FakeSpreadsheet } from '../../local/spreadsheet';

const EXAMPLE = join(ROOT, 'examples', 'truong-thcs-binh-minh.xlsx');

async function example(): Promise<{ rt: Runtime; ss: FakeSpreadsheet }> {
  const rt = createRuntime();
  const ss = await rt.open(EXAMPLE);
  return { rt, ss };
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function columnOf(sheet: Sheet, header: string): number {
  const c = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].indexOf(header);
  if (c < 0) throw new Error(`no column ${header}`);
  return c + 1;
}

function rowOf(sheet: Sheet, column: number, value: string): number {
  const r = sheet.getRange(1, column, sheet.getLastRow(), 1).getValues().findIndex((x) => x[0] === value);
  if (r < 0) throw new Error(`no row ${value}`);
  return r + 1;
}

describe('Cập nhật kế hoạch cải tiến copies the tồn tại exactly', () => {
  const typed: [string, string][] = [
    ['1.1', '- Một số giáo viên chưa tham gia đầy đủ các buổi sinh hoạt chuyên môn.'],
    ['1.2', '+ Còn hạn chế'],
    ['2.1', '=HYPERLINK("x")'],
    ['2.2', "'quoted"],
    ['2.3', '15/01'],
    ['2.5', '1.1'],
  ];

  test('read back with getValues and getDisplayValues, as the user typed it; no formula; codes and deadlines stay text', async () => {
    const { rt, ss } = await example();
    const chiTieu = ss.getSheetByName('Chỉ tiêu')!;
    const tonTaiColumn = columnOf(chiTieu, 'Tồn tại');
    // The user types into the template's plain-text Tồn tại cells.
    for (const [id, text] of typed) chiTieu.getRange(rowOf(chiTieu, 1, id), tonTaiColumn).setValue(text);
    for (const [id, text] of typed) expect(chiTieu.getRange(rowOf(chiTieu, 1, id), tonTaiColumn).getDisplayValue()).toBe(text);

    rt.run('dvhtCapNhatKeHoachCaiTien');
    const plan = ss.getSheetByName('Kế hoạch cải tiến')!;
    const width = plan.getLastColumn();
    for (const [id, text] of typed) {
      const row = plan.getRange(rowOf(plan, 1, id), 1, 1, width);
      const [values] = row.getValues();
      const [shown] = row.getDisplayValues();
      const tonTai = columnOf(plan, 'Tồn tại') - 1;
      const thoiHan = columnOf(plan, 'Thời hạn') - 1;
      expect([values[0], values[tonTai], values[thoiHan]]).toEqual([id, text, '31/12/2026']);
      expect([shown[0], shown[tonTai], shown[thoiHan]]).toEqual([id, text, '31/12/2026']);
      expect(row.getFormulas()[0].every((f) => f === '')).toBe(true);
    }
  });
});

/** Every cell of Minh chứng but the column "Xác nhận lại" (values and what the user sees). */
function userCells(sheet: Sheet, rows: number): { values: unknown[][]; shown: string[][] } {
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  const keep = header.map((h, i) => (h === 'Xác nhận lại' ? -1 : i)).filter((i) => i >= 0);
  const range = sheet.getRange(1, 1, rows, header.length);
  return { values: range.getValues().map((r) => keep.map((i) => r[i])), shown: range.getDisplayValues().map((r) => keep.map((i) => r[i])) };
}

describe('Tạo năm đánh giá mới keeps every user cell', () => {
  test.each([
    ['the example workbook', EXAMPLE],
    ['a workbook of template version 1 (the column is added after the used ones)', join(__dirname, '../fixtures/truong-thcs-binh-minh-v1.xlsx')],
  ])('%s: a Ghi chú typed by the user survives unchanged; the mark is in the column "Xác nhận lại"', async (_what, file) => {
    const rt = createRuntime();
    const ss = await rt.open(file);
    const copy = rt.sheets.getById(ss.copy('Năm 2026').getId())!;
    rt.sheets.setActive(copy);
    const evidence = copy.getSheetByName('Minh chứng')!;
    const ghiChu = columnOf(evidence, 'Ghi chú');
    evidence.getRange(2, ghiChu, 3, 1).setValues([['Bản gốc lưu tại văn thư'], ['15/01'], ['- còn thiếu chữ ký']]);
    const rows = evidence.getLastRow();
    const hadMark = evidence.getRange(1, 1, 1, evidence.getLastColumn()).getValues()[0].includes('Xác nhận lại');
    const lastColumn = evidence.getLastColumn();
    const before = userCells(evidence, rows);

    rt.services.controls.queueAlertResponse('YES');
    rt.run('dvhtNamMoi');

    expect(userCells(evidence, rows)).toEqual(before);
    expect(evidence.getRange(2, ghiChu, 3, 1).getDisplayValues()).toEqual([['Bản gốc lưu tại văn thư'], ['15/01'], ['- còn thiếu chữ ký']]);
    const mark = columnOf(evidence, 'Xác nhận lại');
    if (!hadMark) expect(mark).toBe(lastColumn + 1);
    expect(mark).toBeGreaterThan(ghiChu);
    const marks = evidence.getRange(2, mark, rows - 1, 1).getValues().map((r) => r[0]);
    expect(marks.every((m) => m === 'Cần xác nhận lại')).toBe(true);
  });
});
