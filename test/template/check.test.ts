// "Kiểm tra dữ liệu" on a fixture made of the listed problems: each is found with its sheet and cell, in Vietnamese.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRuntime } from '../../local/runtime';
import { fillWorkbook } from '../../local/fillWorkbook';
import { inputValues } from '../../local/summaryCheck';
import { checkWorkbook } from '../../src/check/checkWorkbook';
import { readWorkbook } from '../../src/sheet/readWorkbook';
import { SchoolWorkbook } from '../../src/workbook/records';
import { describeProblem } from '../../src/check/describe';

const example = JSON.parse(readFileSync(join(__dirname, '../../examples/truong-thcs-binh-minh.json'), 'utf8')) as SchoolWorkbook;

function faulty(): SchoolWorkbook {
  const members = example.members.map((m) => ({ ...m }));
  members[4] = { ...members[4], kyLuat: 'tốt' }; // unknown mark → sheet row 6
  members[7] = { ...members[7], hoTen: members[6].hoTen }; // duplicate member → row 9
  members[10] = { ...members[10], hoTen: '' }; // marks but no name → row 12
  members[15] = { ...members[15], chuyenDoiSo: 'KAD', lyDo: '' }; // không áp dụng without reason → row 17
  const classes = example.classes.map((c) => ({ ...c }));
  classes[2] = { ...classes[2], soDatCdht: Number(classes[2].siSo) + 3 }; // CDHT above sĩ số: not read for a THCS (Điều 2.8)
  const chiTieu = { ...example.chiTieu };
  chiTieu['1.5'] = { ...chiTieu['1.5'], minhChung: '' }; // claimed Đạt without evidence
  chiTieu['1.4'] = { ...chiTieu['1.4'], minhChung: 'TC1-04-01; TC1-04-07' }; // TC1-04-07 not in the register
  chiTieu['3.5'] = { tuDanhGia: 'Đạt', minhChung: 'TC3-05-01' }; // data for a chỉ tiêu a THCS does not have
  return { ...example, members, classes, chiTieu, settings: { ...example.settings, diaDanh: '', thuTruong: '' } }; // missing settings
}

describe('Kiểm tra dữ liệu', () => {
  const rt = createRuntime();
  const ss = rt.newSpreadsheet('Lỗi');
  rt.run('dvhtThietLapMau');
  fillWorkbook(ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, faulty());
  rt.run('dvhtKiemTraDuLieu');
  const result = checkWorkbook(readWorkbook(inputValues(ss)));
  const at = (sheet: string, cell: string) => result.problems.filter((p) => p.sheet === sheet && p.cell === cell);

  test.each([
    ['an unknown mark', 'Thành viên', 'G6', /"tốt".*không hợp lệ cho chỉ tiêu 2.1/],
    ['a duplicate member', 'Thành viên', 'B9', /trùng họ tên với dòng 8/],
    ['a member with marks but no name', 'Thành viên', 'B12', /chưa có họ tên/],
    ['"không áp dụng" without a reason', 'Thành viên', 'M17', /"không áp dụng" ở chỉ tiêu 2.3 nhưng chưa ghi lý do/],
    // Điều 2.8: a THCS's pupils are not "Người học", so the sheet is not read (its CDHT above sĩ số is not an error).
    ['a Người học sheet filled for a THCS', 'Người học', 'A1', /^Đơn vị là trường trung học cơ sở: Thông tư 24 \(Điều 2\.8\) không tính người học ở chỉ tiêu 3\.1; sheet Người học không cần điền\.$/],
    ['a chỉ tiêu claimed without evidence', 'Chỉ tiêu', 'H6', /1.5 chưa có mã minh chứng nên được đánh giá Không đạt/],
    ['an evidence code missing from the register', 'Chỉ tiêu', 'H5', /TC1-04-07 chưa có trong sheet "Minh chứng"/],
    ['data for a chỉ tiêu the unit type excludes', 'Chỉ tiêu', 'C16', /3.5: không áp dụng đối với đơn vị/],
    ['a missing unit setting (địa danh)', 'Đơn vị', 'B10', /Chưa nhập "Địa danh"/],
    ['a missing unit setting (thủ trưởng)', 'Đơn vị', 'B11', /Chưa nhập "Thủ trưởng đơn vị"/],
  ])('finds %s at %s!%s', (_what, sheet, cell, message) => {
    const found = at(sheet, cell);
    expect(found.map((p) => p.message).join(' | ')).toMatch(message);
    expect(found.every((p) => p.fix.length > 10)).toBe(true);
  });

  test('problems are sorted errors first and described in Vietnamese with sheet, cell, value and fix', () => {
    expect(result.problems[0].severity).toBe('loi');
    expect(describeProblem(at('Thành viên', 'G6')[0])).toMatch(/^Lỗi – Thành viên!G6 \(giá trị "tốt"\): .* → Cách sửa: Hãy ghi: đạt: x, có/);
  });

  test('the bundle shows the summary in an alert and logs the check in Lịch sử', () => {
    const alert = rt.services.controls.alerts.at(-1)!;
    expect(alert.title).toBe('Kiểm tra dữ liệu');
    expect(alert.prompt).toMatch(new RegExp(`^${result.errors} lỗi, ${result.warnings} cảnh báo\\. Mức đạt hiện tại: Không đạt\\.`));
    expect(alert.prompt).toContain('Lỗi – ');
    const history = ss.getSheetByName('Lịch sử')!.getDataRange().getValues();
    expect(history.at(-1)).toEqual(expect.arrayContaining(['Kiểm tra dữ liệu', expect.stringContaining(`${result.errors} lỗi`)]));
  });
});
