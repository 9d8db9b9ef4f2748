// No silent column loss: a renamed, emptied (merged), shadowed or doubled header is found, or an error at its header
// cell; what the column feeds is then "Chưa có dữ liệu", never "everyone no". Tổng hợp says the same, and covers every
// row however long the roster grows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRuntime } from '../../local/runtime';
import { fillWorkbook } from '../../local/fillWorkbook';
import { compareSummaryWithEngine, inputValues } from '../../local/summaryCheck';
import { dumpSheet, formulaError } from '../../local/spreadsheet';
import { checkWorkbook } from '../../src/check/checkWorkbook';
import { readWorkbook } from '../../src/sheet/readWorkbook';
import { levelLabel } from '../../src/rules/levels';
import { SchoolWorkbook } from '../../src/workbook/records';
import { reportContext } from '../../src/report/context';
import { buildDossier } from '../../src/report/dossier';
import { partText } from '../../src/report/model';

const example = JSON.parse(readFileSync(join(__dirname, '../../examples/truong-thcs-binh-minh.json'), 'utf8')) as SchoolWorkbook;

/** The example set up and filled in the offline runtime; `edit` then acts on it as a user would. */
function workbook(edit: (ss: GoogleAppsScript.Spreadsheet.Spreadsheet) => void, wb: SchoolWorkbook = example) {
  const rt = createRuntime();
  const ss = rt.newSpreadsheet('Tiêu đề');
  rt.run('dvhtThietLapMau');
  fillWorkbook(ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, wb);
  edit(ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet);
  const check = checkWorkbook(readWorkbook(inputValues(ss)));
  const summary = dumpSheet(ss._sheetByName('Tổng hợp')!).values;
  const row = (id: string) => summary.find((r) => r[0] === id)!;
  const rowNo = (id: string) => summary.findIndex((r) => r[0] === id) + 1;
  /** The chỉ tiêu is left unread by the check and by Tổng hợp alike; returns the message of its Tổng hợp error. */
  const unread = (id: string): string | null => {
    expect(level(check, id)).toBe('Chưa có dữ liệu');
    expect(row(id)[4]).toBe('#ERROR!');
    return formulaError(ss, `'Tổng hợp'!E${rowNo(id)}`);
  };
  return { ss, check, row, unread, compare: () => compareSummaryWithEngine(ss) };
}

const members = () => (wb: GoogleAppsScript.Spreadsheet.Spreadsheet) => wb.getSheetByName('Thành viên')!;
const level = (check: ReturnType<typeof checkWorkbook>, id: string) =>
  levelLabel(check.assessment.chiTieu[id]?.result.level ?? check.assessment.unit.tieuChi.find((t) => t.tieuChi.id === id)!.level);

describe('a header the rules need', () => {
  test('the example reads every column (no header problem)', () => {
    const { check } = workbook(() => {});
    expect(check.problems.filter((p) => p.sheet === 'Thành viên' && p.cell?.endsWith('1'))).toEqual([]);
    expect(level(check, '2.1')).toBe('Đạt mức độ 2');
  });

  test('renamed without its code ("Kỷ luật lao động") is still the 2.1 column, in the check and in Tổng hợp', () => {
    const { check, compare } = workbook((ss) => members()(ss).getRange('G1').setValue('Kỷ luật lao động'));
    expect(check.problems.filter((p) => p.cell === 'G1')).toEqual([]);
    expect(level(check, '2.1')).toBe('Đạt mức độ 2');
    expect(compare().differences).toEqual([]);
  });

  test('renamed beyond recognition: an error at G1, 2.1 is "Chưa có dữ liệu" (not Không đạt), and Tổng hợp says why', () => {
    const { ss, check, row, unread, compare } = workbook((s) => members()(s).getRange('G1').setValue('Chấp hành nội quy'));
    const p = check.problems.find((x) => x.sheet === 'Thành viên' && x.cell === 'G1')!;
    expect(p.severity).toBe('loi');
    expect(p.message).toBe('Không tìm thấy cột "2.1 Kỷ luật lao động" ở dòng tiêu đề 1 (ô G1 ghi "Chấp hành nội quy"); phần dữ liệu của cột này chưa được tính.');
    expect(p.fix).toMatch(/^Ghi lại đúng tiêu đề "2.1 Kỷ luật lao động" ở ô G1/);
    expect(level(check, 'TC2')).toBe('Chưa có dữ liệu');
    expect(unread('2.1')).toBe(
      'Cột dữ liệu ở sheet "Thành viên" có tiêu đề "Chấp hành nội quy", không phải cột "2.1 Kỷ luật lao động": chưa tính được. Ghi lại đúng tiêu đề (bỏ gộp ô nếu có), hoặc chọn ĐVHT → Thiết lập / nâng cấp mẫu.',
    );
    // The dossier says it too, at 2.1's figures, instead of a "Không đạt" nobody decided.
    const wb = readWorkbook(inputValues(ss)).workbook;
    const baoCao = buildDossier(reportContext(wb, check.assessment, { day: 6, month: 1, year: 2026 })).parts.find((x) => x.id === 'baoCao')!;
    expect(partText(baoCao)).toContain(
      '[Cần bổ sung: số liệu của chỉ tiêu 2.1: chưa đọc được cột "2.1 Kỷ luật lao động" (sheet "Thành viên") (xem ĐVHT → Kiểm tra dữ liệu)]',
    );
    // The other chỉ tiêu are untouched; where Tổng hợp shows an error, the check names the same column.
    expect(row('2.2')[4]).toBe(level(check, '2.2'));
    expect(compare().differences).toEqual([]);
  });

  test('merged with its neighbour (G1:H1): the emptied H1 is an error naming 2.2, never "everyone no"', () => {
    const { check, row } = workbook((s) => members()(s).getRange('G1:H1').merge());
    const p = check.problems.find((x) => x.sheet === 'Thành viên' && x.cell === 'H1')!;
    expect(p.message).toBe('Không tìm thấy cột "2.2 Hoàn thành bồi dưỡng" ở dòng tiêu đề 1 (ô H1 để trống (có thể do gộp ô hoặc xóa tiêu đề)); phần dữ liệu của cột này chưa được tính.');
    expect(level(check, '2.2')).toBe('Chưa có dữ liệu');
    expect(level(check, '2.1')).toBe('Đạt mức độ 2');
    expect(row('2.2')[4]).toBe('#ERROR!');
  });

  test('a user column "Kỷ luật" inserted before 2.1 is not taken for it: 2.1 is read from its own column, with a warning', () => {
    const { check, compare } = workbook((s) => {
      const sheet = members()(s);
      sheet.insertColumnBefore(4);
      sheet.getRange('D1').setValue('Kỷ luật');
      sheet.getRange('D2').setValue('Khiển trách');
    });
    const p = check.problems.find((x) => x.sheet === 'Thành viên' && x.cell === 'D1')!;
    expect(p.severity).toBe('canhBao');
    expect(p.message).toBe('Cột D1 ("Kỷ luật") có tên giống cột "2.1 Kỷ luật lao động"; ĐVHT dùng cột H1 ("2.1 Kỷ luật lao động").');
    expect(level(check, '2.1')).toBe('Đạt mức độ 2');
    expect(compare().differences).toEqual([]);
  });

  test('two columns headed "2.1 Kỷ luật lao động": an error, the column is not guessed', () => {
    const { check, unread, compare } = workbook((s) => {
      const sheet = members()(s);
      sheet.getRange(1, sheet.getLastColumn() + 1).setValue('2.1 Kỷ luật lao động');
    });
    const p = check.problems.find((x) => x.sheet === 'Thành viên' && x.severity === 'loi' && /Có 2 cột/.test(x.message))!;
    expect(p.message).toBe('Có 2 cột cùng có thể là cột "2.1 Kỷ luật lao động": G1 ("2.1 Kỷ luật lao động"), O1 ("2.1 Kỷ luật lao động"). ĐVHT không đoán cột nào đúng nên chưa đọc cột này.');
    expect(p.cell).toBe("O1");
    // Tổng hợp cannot tell either, and says so in the same words.
    expect(unread('2.1')).toBe(
      'Có 2 cột cùng có thể là cột "2.1 Kỷ luật lao động": cột G ("2.1 Kỷ luật lao động"), cột O ("2.1 Kỷ luật lao động"). ĐVHT không đoán cột nào đúng nên chưa đọc cột này. Xem sheet "Thành viên", dòng tiêu đề.',
    );
    expect(compare().differences).toEqual([]);
  });
});

describe('the Người học sheet', () => {
  // Điều 2.8: "Người học là học sinh, sinh viên, học viên … (không bao gồm … trường trung học cơ sở …)".
  test('a THCS with a renamed "Sĩ số" header: only a warning (the rules do not read it), Tổng hợp 3.1 unaffected', () => {
    const { check, row, compare } = workbook((s) => s.getSheetByName('Người học')!.getRange('C1').setValue('Số học sinh'));
    const p = check.problems.find((x) => x.sheet === 'Người học' && x.cell === 'C1')!;
    expect(p.severity).toBe('canhBao');
    expect(level(check, '3.1')).toBe('Đạt mức độ 2');
    expect(row('3.1')[4]).toBe('Đạt mức độ 2');
    expect(compare().differences).toEqual([]);
  });

  test('a THPT with the same header: an error at C1, 3.1 "Chưa có dữ liệu", and Tổng hợp says why', () => {
    // Kept at cấp huyện so that the template's layout still fits (a THPT there is only a warning, Điều 2.2).
    const thpt = { ...example, settings: { ...example.settings, loaiDonVi: 'Trường trung học phổ thông' } };
    const { check, unread, compare } = workbook((s) => s.getSheetByName('Người học')!.getRange('C1').setValue('Số học sinh'), thpt);
    const p = check.problems.find((x) => x.sheet === 'Người học' && x.cell === 'C1')!;
    expect(p.severity).toBe('loi');
    expect(p.message).toBe('Không tìm thấy cột "Sĩ số" ở dòng tiêu đề 1 (ô C1 ghi "Số học sinh"); phần dữ liệu của cột này chưa được tính.');
    expect(unread('3.1')).toBe(
      'Cột dữ liệu ở sheet "Người học" có tiêu đề "Số học sinh", không phải cột "Sĩ số": chưa tính được. Ghi lại đúng tiêu đề (bỏ gộp ô nếu có), hoặc chọn ĐVHT → Thiết lập / nâng cấp mẫu.',
    );
    expect(compare().differences).toEqual([]);
  });
});

describe('Tổng hợp covers the whole roster', () => {
  test('1,100 members: Tổng hợp counts all of them, figure for figure with the engine', () => {
    const many = Array.from({ length: 1100 }, (_, i) => ({
      ...example.members[i % example.members.length],
      hoTen: `Thành viên số ${i + 1}`,
      kyLuat: i === 5 ? '' : 'x',
    }));
    const { check, row, compare } = workbook(() => {}, { ...example, members: many });
    expect(check.assessment.memberCount).toBe(1100);
    expect(row('2.1')[2]).toBe('1099/1100');
    expect(compare().differences).toEqual([]);
  });
});

describe('a value the add-in does not understand', () => {
  test('"tốt" as a 2.1 mark: the check names Thành viên!G6, 2.1 is "Chưa có dữ liệu" (not a share of the others), Tổng hợp refuses it too', () => {
    const { check, unread, compare } = workbook((s) => members()(s).getRange('G6').setValue('tốt'));
    const p = check.problems.find((x) => x.cell === 'G6')!;
    expect(p.message).toBe('Giá trị "tốt" của Châu Thu Linh không hợp lệ cho chỉ tiêu 2.1; chỉ tiêu 2.1 chưa tính được.');
    expect(unread('2.1')).toMatch(/^Giá trị "tốt" ở dòng thứ 6 của vùng kết quả không hợp lệ cho chỉ tiêu 2\.1\./);
    expect(compare().differences).toEqual([]);
  });
});

describe('a chỉ tiêu code a vi_VN Sheet read as a date', () => {
  test('"1.1" typed into a cell that is not plain text becomes 1 January: still chỉ tiêu 1.1, with a warning at its cell', () => {
    const { check, compare } = workbook((s) => {
      const cell = s.getSheetByName('Chỉ tiêu')!.getRange('A2');
      cell.setNumberFormat('General');
      cell.setValue('1.1'); // as a user retyping the code
    });
    const p = check.problems.find((x) => x.sheet === 'Chỉ tiêu' && x.cell === 'A2')!;
    expect(p.severity).toBe('canhBao');
    expect(p.message).toMatch(/^Mã chỉ tiêu ở ô này đã bị Google Sheets đọc thành ngày 01\/01\/\d{4}; ĐVHT hiểu là chỉ tiêu 1\.1\.$/);
    expect(level(check, '1.1')).toBe('Đạt mức độ 2');
    expect(compare().differences).toEqual([]);
  });
});
