// What the district reads of a school, through the real district bundle: whole sheets (a Thành viên 30 columns wider
// than the template is recomputed like its narrow twin), a missing optional sheet is a note, a missing input sheet one
// clear Nhật ký line; one batchGet for a school that has every sheet.
import { createRuntime } from '../../local/runtime';
import { consolidateAll, logLines, recordReads, resultsOf, setUpDistrict } from '../../local/district';
import { syntheticSchool } from '../../local/syntheticSchools';
import { LEVEL_IDS } from '../../src/district/schema';
import { UNIT_RANGES, unparsableRange } from '../../src/district/readUnit';

describe('reading what the school has', () => {
  const rt = createRuntime({ target: 'district' });
  // Same seed: the same members and marks; the wide one has 30 columns typed between "Họ và tên" and 2.1.
  const narrow = syntheticSchool(rt.sheets, 1, { name: 'Trường THCS Hẹp' }, 7);
  const wide = syntheticSchool(rt.sheets, 2, { name: 'Trường THCS Rộng', extraMemberColumns: 30 }, 7);
  const noSummary = syntheticSchool(rt.sheets, 3, { name: 'Trường THCS Không Tổng hợp', without: ['Tổng hợp', 'Hướng dẫn'] }, 7);
  const noLearners = syntheticSchool(rt.sheets, 4, { name: 'Trường THCS Không Người học', without: ['Người học'] }, 7);
  const noMembers = syntheticSchool(rt.sheets, 5, { name: 'Trường THCS Thiếu Thành viên', without: ['Thành viên'] }, 7);
  const other = syntheticSchool(rt.sheets, 6, { name: 'Trường THCS Gửi nhầm tệp', fault: 'notTemplate' });
  const ss = setUpDistrict(rt, [narrow, wide, noSummary, noLearners, noMembers, other]);
  const reads = recordReads(rt);
  consolidateAll(rt);
  const results = resultsOf(ss);
  const log = logLines(ss);
  const readsOf = (id: string) => reads.filter((r) => r === id).length;
  const levels = (id: string) => Object.fromEntries(LEVEL_IDS.map((l) => [l, results.get(id)![`muc_${l}`]]));
  const missing = (sheet: string) => `Bảng tính thiếu sheet "${sheet}" mà ĐVHT cần để tính lại (không phải mẫu ĐVHT, hoặc sheet đã bị xóa hay đổi tên): đề nghị đơn vị chạy ĐVHT → Thiết lập / nâng cấp mẫu, hoặc kiểm tra liên kết.`;

  test('a Thành viên with 30 extra columns (rule columns beyond Z) is recomputed exactly like its narrow twin', () => {
    const members = rt.sheets.getById(wide.id)!.getSheetByName('Thành viên')!;
    expect(members.getRange('AG1').getValue()).toBe('2.1 Kỷ luật lao động'); // column 33: out of the old A1:Z range
    expect(levels(wide.id)).toEqual(levels(narrow.id));
    // Mixed levels, so that a column read in the wrong place would show.
    const r = results.get(wide.id)!;
    expect([r.mucTinhLai, ...['2.1', '2.2', '2.3', '2.4', '2.5', '3.1'].map((k) => r[`muc_${k}`])])
      .toEqual(['Không đạt', 'Không đạt', 'Không đạt', 'Đạt mức độ 1', 'Đạt mức độ 2', 'Đạt mức độ 1', 'Đạt mức độ 2']);
    expect([results.get(wide.id)!.soLoi, results.get(wide.id)!.soCanhBao]).toEqual([results.get(narrow.id)!.soLoi, results.get(narrow.id)!.soCanhBao]);
    expect(readsOf(wide.id)).toBe(1);
    expect(readsOf(narrow.id)).toBe(1);
  });

  test('no Tổng hợp and no Hướng dẫn: read and recomputed, both missing sheets noted (one more call for each)', () => {
    const r = results.get(noSummary.id)!;
    expect(levels(noSummary.id)).toEqual(levels(narrow.id));
    expect([r.mucTuNhan, r.phienBanMau]).toEqual(['(không có)', '']);
    const note = 'Không có sheet "Tổng hợp": không có mức tự nhận để đối chiếu; Không có sheet "Hướng dẫn": không rõ phiên bản mẫu';
    expect(r.ghiChu).toBe(note);
    expect(log.find((l) => l[0] === noSummary.name)).toEqual([noSummary.name, 'Đọc được', `Không đạt; ${r.soLoi} lỗi, ${r.soCanhBao} cảnh báo; 2 chênh lệch; ${note}`]);
    // The school's own claims are still compared where they are (its Chỉ tiêu sheet), only Tổng hợp's are missing.
    expect(r.chenhLech).toBe('2.1: tự đánh giá "Đạt mức độ 1", số liệu cho "Không đạt"; 2.2: tự đánh giá "Đạt mức độ 1", số liệu cho "Không đạt"');
    expect(readsOf(noSummary.id)).toBe(3);
  });

  test('no Người học in a THCS: read, recomputed, noted — Điều 2.8 counts no learners for a THCS', () => {
    // Điều 2.8: "Người học là học sinh, sinh viên, học viên trong các Cơ sở giáo dục … (không bao gồm … trường trung học
    // cơ sở …)": the rules do not need the sheet for a THCS, so its absence is a note, not a rejection.
    const r = results.get(noLearners.id)!;
    expect(levels(noLearners.id)).toEqual(levels(narrow.id));
    expect(r.ghiChu).toBe('Không có sheet "Người học"');
    expect(readsOf(noLearners.id)).toBe(2);
  });

  test('a missing input sheet, or a workbook of another program, is one Nhật ký line naming the sheet (one call)', () => {
    expect(log.filter((l) => l[0] === noMembers.name)).toEqual([[noMembers.name, 'Lỗi', missing('Thành viên')]]);
    expect(log.filter((l) => l[0] === other.name)).toEqual([[other.name, 'Lỗi', missing('Đơn vị')]]);
    expect(results.has(noMembers.id)).toBe(false);
    expect(results.has(other.id)).toBe(false);
    expect(readsOf(noMembers.id)).toBe(1);
    expect(readsOf(other.id)).toBe(1);
  });
});

describe('which range the API could not parse', () => {
  test('matched by the range as sent or by its sheet name, quoted or not', () => {
    const sheetOf = (message: string) => unparsableRange(message, UNIT_RANGES)?.sheet;
    // As Apps Script raises it from the advanced service.
    expect(sheetOf("GoogleJsonResponseException: API call to sheets.spreadsheets.values.batchGet failed with error: Unable to parse range: 'Tổng hợp'!A:F")).toBe('Tổng hợp');
    expect(sheetOf("Unable to parse range: 'Thành viên'")).toBe('Thành viên');
    expect(sheetOf('Unable to parse range: Hướng dẫn!A1:A5')).toBe('Hướng dẫn');
    expect(sheetOf('Unable to parse range: Sheet1!A1')).toBeUndefined();
    expect(sheetOf('Requested entity was not found.')).toBeUndefined();
  });
});
