// The whole year: plan documents, the improvement plan (regenerating never deletes a user's line) and its follow-up
// report, and moving a copy to the next year while the old year stays exactly as it was.
import { join } from 'node:path';
import { createRuntime, Runtime } from '../../local/runtime';
import { ROOT } from '../../local/bundle';
import { lastDocText } from '../support/docs';
import { watchLock } from '../support/lock';
import { FakeSpreadsheet, dumpSheet } from '../../local/spreadsheet';
import { inputValues } from '../../local/summaryCheck';
import { checkWorkbook } from '../../src/check/checkWorkbook';
import { readWorkbook } from '../../src/sheet/readWorkbook';

const EXAMPLE = join(ROOT, 'examples', 'truong-thcs-binh-minh.xlsx');

async function example(): Promise<{ rt: Runtime; ss: FakeSpreadsheet }> {
  const rt = createRuntime();
  const ss = await rt.open(EXAMPLE);
  return { rt, ss };
}

function snapshot(ss: FakeSpreadsheet): string {
  return JSON.stringify({
    sheets: ss.getSheets().map((s) => dumpSheet(ss._sheetByName(s.getName())!)),
    names: ss.getNamedRanges().map((n) => [n.getName(), n.getRange().getA1Notation()]),
    metadata: ss.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()]),
  });
}

test('Kế hoạch tự đánh giá and Quyết định thành lập Tổ tự đánh giá, with the assignment table', async () => {
  const { rt } = await example();
  const r = rt.run('dvhtTaoKeHoach') as { url: string };
  const text = lastDocText(rt);
  expect(r.url).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
  for (const h of ['KẾ HOẠCH', 'I. MỤC ĐÍCH - YÊU CẦU', 'II. NỘI DUNG TỰ ĐÁNH GIÁ', 'III. QUY TRÌNH VÀ THỜI GIAN THỰC HIỆN', 'IV. HỒ SƠ LƯU TẠI ĐƠN VỊ', 'V. TỔ CHỨC THỰC HIỆN', 'QUYẾT ĐỊNH', 'Điều 1.', 'DANH SÁCH TỔ TỰ ĐÁNH GIÁ VÀ PHÂN CÔNG CHỈ TIÊU']) {
    expect(text).toContain(h);
  }
  expect(text).toContain('Nội dung tự đánh giá gồm 03 tiêu chí với 14 chỉ tiêu áp dụng đối với đơn vị');
  expect(text).toContain('Bước 1 (ngày 15/12/2025)');
  expect(text).toMatch(/Ngô Đức Quang\tGiáo viên\tỦy viên\t2\.3, 2\.4/);
});

describe('Kế hoạch cải tiến', () => {
  test('built from the tồn tại, one action per line; regenerating keeps the user\'s lines and edits', async () => {
    const { rt, ss } = await example();
    const first = rt.run('dvhtCapNhatKeHoachCaiTien') as { added: number; total: number };
    expect(first.added).toBe(12);
    const sheet = ss.getSheetByName('Kế hoạch cải tiến')!;
    sheet.getRange('C3').setValue('Nội dung đã sửa bởi người dùng');
    sheet.getRange('G3').setValue('Hoàn thành');
    sheet.getRange(first.total + 2, 3).setValue('Tổ chức ngày hội đọc sách (việc thêm tay)');
    const before = dumpSheet(ss._sheetByName('Kế hoạch cải tiến')!).values;
    const second = rt.run('dvhtCapNhatKeHoachCaiTien') as { added: number; total: number };
    expect(second.added).toBe(0);
    expect(dumpSheet(ss._sheetByName('Kế hoạch cải tiến')!).values).toEqual(before);
  });

  test('the follow-up report has the five sections of S004 and the progress of each action', async () => {
    const { rt, ss } = await example();
    rt.run('dvhtCapNhatKeHoachCaiTien');
    ss.getSheetByName('Kế hoạch cải tiến')!.getRange('G2:G3').setValues([['Hoàn thành'], ['Đang thực hiện']]);
    rt.run('dvhtBaoCaoCaiTien');
    const text = lastDocText(rt);
    for (const h of ['I. VIỆC THỰC HIỆN CHỈ ĐẠO CỦA CẤP TRÊN', 'II. VIỆC THỰC HIỆN CHỨC NĂNG, NHIỆM VỤ', 'III. KẾT QUẢ ĐẠT ĐƯỢC', 'IV. NHẬN XÉT, ĐÁNH GIÁ CHUNG', 'V. KIẾN NGHỊ, ĐỀ XUẤT']) expect(text).toContain(h);
    expect(text).toContain('1/12 nội dung đã hoàn thành, 1 đang thực hiện, 10 chưa thực hiện.');
  });
});

describe('Tạo năm đánh giá mới', () => {
  test('refuses to touch the original workbook', async () => {
    const { rt, ss } = await example();
    const before = snapshot(ss);
    rt.run('dvhtNamMoi');
    expect(rt.services.controls.alerts.at(-1)?.prompt).toContain('Đây là bảng tính gốc');
    expect(snapshot(ss)).toBe(before);
  });

  test('the work runs under the document lock, the question and the final alert with the lock free; busy, nothing changes', async () => {
    const { rt, ss } = await example();
    const copy = rt.sheets.getById(ss.copy('Trường THCS Bình Minh - năm 2026').getId())!;
    rt.sheets.setActive(copy);
    const before = snapshot(copy);
    rt.services.controls.holdLock('document', Infinity);
    rt.services.controls.queueAlertResponse('YES');
    const locked = watchLock(rt);
    rt.run('dvhtNamMoi');
    expect(rt.services.controls.alerts.at(-1)?.prompt).toBe('Đang có người khác thực hiện thao tác trên bảng tính này. Vui lòng thử lại "Tạo năm đánh giá mới" sau ít phút.');
    expect(snapshot(copy)).toBe(before);
    expect(locked).toEqual([true, true]); // held by the colleague, not by us
    // Free again: the work is done, and neither the question nor the final alert holds the lock.
    rt.services.controls.releaseHeldLock('document');
    rt.services.controls.queueAlertResponse('YES');
    const free = watchLock(rt);
    rt.run('dvhtNamMoi');
    expect(rt.services.controls.alerts.at(-1)?.prompt).toMatch(/^Đã chuyển bản sao sang năm 2026\./);
    expect(free).toEqual([false, false]);
  });

  test('turns a copy into next year\'s workbook; the old year is unchanged, the copy has only "to fill" items', async () => {
    const { rt, ss } = await example();
    const before = snapshot(ss);
    const copy = rt.sheets.getById(ss.copy('Trường THCS Bình Minh - năm 2026').getId())!;
    rt.sheets.setActive(copy);
    rt.services.controls.queueAlertResponse('YES');
    rt.run('dvhtNamMoi');
    expect(snapshot(ss)).toBe(before); // the old year, exactly as it was

    const values = inputValues(copy);
    const check = checkWorkbook(readWorkbook(values));
    const wb = readWorkbook(values).workbook;
    expect(wb.settings.namDanhGia).toBe(2026);
    expect(wb.members).toHaveLength(48);
    expect(wb.members.every((m) => !m.kyLuat && !m.danhHieu && !m.cdht)).toBe(true);
    // The mark goes in a column of its own; the user's Ghi chú of every evidence row is the old year's, unchanged.
    const oldEvidence = readWorkbook(inputValues(ss)).workbook.evidence;
    expect(wb.evidence.every((e) => e.xacNhanLai === 'Cần xác nhận lại')).toBe(true);
    expect(wb.evidence.map((e) => [e.ma, e.ghiChu ?? ''])).toEqual(oldEvidence.map((e) => [e.ma, e.ghiChu ?? '']));
    expect(Object.values(wb.chiTieu).every((c) => !c.minhChung && !c.moTa && !c.tuDanhGia)).toBe(true);
    // The data check lists every evidence row still to confirm, at its cell in the new column.
    const header = copy.getSheetByName('Minh chứng')!.getRange(1, 1, 1, copy.getSheetByName('Minh chứng')!.getLastColumn()).getValues()[0];
    const markColumn = String.fromCharCode(65 + header.indexOf('Xác nhận lại'));
    const toConfirm = check.problems.filter((p) => p.message.includes('cần xác nhận lại'));
    expect(toConfirm.map((p) => [p.sheet, p.cell, p.severity])).toEqual(wb.evidence.map((e) => ['Minh chứng', `${markColumn}${e.row}`, 'canhBao']));
    expect(toConfirm[0].message).toBe(`Minh chứng ${wb.evidence[0].ma} chuyển từ năm trước, cần xác nhận lại cho năm đánh giá này.`);
    const toFill = /chưa có mã minh chứng|chưa có (mô tả hiện trạng|điểm mạnh|tồn tại|giải pháp khắc phục)|Chưa nhập "Ngày|cần xác nhận lại|ngoài năm đánh giá 2026|sheet Người học không cần điền/;
    expect(check.problems.filter((p) => !toFill.test(p.message)).map((p) => p.message)).toEqual([]);
    expect(rt.services.controls.alerts.at(-1)?.prompt).toContain('Đã chuyển bản sao sang năm 2026');
    expect(dumpSheet(copy._sheetByName('Hướng dẫn')!).values.flat().join(' ')).toContain('trước ngày 15/01/2027');
  });
});

test('carry-over also works from a workbook of template version 1 (it is upgraded first)', async () => {
  const rt = createRuntime();
  const ss = await rt.open(join(__dirname, '../fixtures/truong-thcs-binh-minh-v1.xlsx'));
  const before = snapshot(ss);
  const copy = rt.sheets.getById(ss.copy('Năm 2026').getId())!;
  rt.sheets.setActive(copy);
  rt.services.controls.queueAlertResponse('YES');
  rt.run('dvhtNamMoi');
  expect(snapshot(ss)).toBe(before);
  const wb = readWorkbook(inputValues(copy)).workbook;
  expect(wb.settings.namDanhGia).toBe(2026);
  expect(wb.members.length).toBe(48);
  expect(copy.getSheetByName('Kế hoạch cải tiến')).not.toBeNull();
});
