// The dossier model: parts in the bound order of TT24.md §6, every chỉ tiêu quoted for the tier, figures from the one
// computation, visible gaps, claims above the data reported at the computed level.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assessWorkbook } from '../../src/assess/assessWorkbook';
import { reportContext } from '../../src/report/context';
import { PART_ORDER, buildDossier } from '../../src/report/dossier';
import { Block, Cell, Table, partText } from '../../src/report/model';
import { allChiTieu, renderWording } from '../../src/rules/catalogue';
import { levelLabel } from '../../src/rules/levels';
import { SchoolWorkbook } from '../../src/workbook/records';
import { documentNumber, vnDate } from '../../src/report/vnFormat';
import { usedAbbreviations } from '../../src/report/parts/otherParts';

const example = JSON.parse(readFileSync(join(__dirname, '../../examples/truong-thcs-binh-minh.json'), 'utf8')) as SchoolWorkbook;
const TODAY = { day: 23, month: 11, year: 2026 };

function dossier(wb: SchoolWorkbook = example) {
  const a = assessWorkbook(wb);
  const ctx = reportContext(wb, a, TODAY);
  return { a, ctx, model: buildDossier(ctx) };
}

const text = (blocks: readonly Block[]) => partText({ id: 'baoCao', title: '', blocks });
const cellText = (c: Cell) => c.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('\n');

/** The level each row of the Bản tổng hợp marks: the header of the column holding its "x", or the text over the three. */
function summaryMarks(blocks: readonly Block[]): { chiTieu: string[]; tieuChi: string[] } {
  const table = blocks.find((b): b is Table => b.kind === 'table' && b.borders)!;
  const labels = table.rows[1].slice(2, 5).map(cellText);
  const read = (cells: readonly Cell[]) => {
    const texts = cells.map(cellText);
    const x = texts.indexOf('x');
    return x >= 0 ? labels[x] : texts[0];
  };
  const body = table.rows.slice(table.headerRows);
  return {
    chiTieu: body.map((r) => read(r.slice(2, 5))),
    tieuChi: body.filter((r) => cellText(r[0]).startsWith('Tiêu chí')).map((r) => read(r.slice(5, 8))),
  };
}

describe('NĐ 30 formatting helpers', () => {
  test('dates: a day below 10 and months 1–2 take a leading zero', () => {
    expect(vnDate({ day: 6, month: 1, year: 2025 })).toBe('ngày 06 tháng 01 năm 2025');
    expect(vnDate({ day: 23, month: 11, year: 2026 })).toBe('ngày 23 tháng 11 năm 2026');
    expect(vnDate({ day: 5, month: 3, year: 2026 })).toBe('ngày 05 tháng 3 năm 2026');
  });
  test('document numbers below 10 take a leading zero', () => {
    expect(documentNumber('5/BC-THCSBM', 'BC')).toBe('Số: 05/BC-THCSBM');
    expect(documentNumber('', 'TTr-THCSBM')).toBe('Số:      /TTr-THCSBM');
  });
});

describe('the dossier of a unit at mức độ 1', () => {
  const { a, model } = dossier();

  test('has every part in the bound order of TT24.md §6', () => {
    expect(model.parts.map((p) => p.id)).toEqual(PART_ORDER.map((p) => p.id));
  });

  test('quotes every chỉ tiêu of the tier verbatim, both levels where they differ', () => {
    const report = partText(model.parts.find((p) => p.id === 'baoCao')!);
    for (const ct of allChiTieu('huyen')) {
      expect(report).toContain(renderWording(ct.wording.muc1, 'cấp huyện'));
      if (ct.wording.muc2) expect(report).toContain(renderWording(ct.wording.muc2, 'cấp huyện'));
    }
    expect(report).not.toContain('{cap}');
  });

  test('has the sections of the báo cáo in order', () => {
    const report = partText(model.parts.find((p) => p.id === 'baoCao')!);
    const order = ['I. ĐẶT VẤN ĐỀ', '1. Tình hình chung', '2. Mục đích tự đánh giá', '3. Tóm tắt quá trình', 'II. TỰ ĐÁNH GIÁ',
      '1. Tiêu chí 1', '1.1.1. Mô tả hiện trạng', '1.1.2. Điểm mạnh', '1.1.3. Tồn tại', '1.1.4. Giải pháp khắc phục', '1.1.5. Tự đánh giá',
      'Kết luận về Tiêu chí 1', '2. Tiêu chí 2', '3. Tiêu chí 3', 'III. KẾT LUẬN CHUNG', 'Mức tự đánh giá “Đơn vị học tập” năm 2025: Đạt mức độ 1.', 'HIỆU TRƯỞNG'];
    let at = 0;
    for (const s of order) {
      const i = report.indexOf(s, at);
      expect([s, i >= 0]).toEqual([s, true]);
      at = i;
    }
    expect(report).toMatch(/\.\/\.\n/);
  });

  test('states the computed figures, with who is not applicable and why', () => {
    const report = partText(model.parts.find((p) => p.id === 'baoCao')!);
    expect(report).toContain('Số liệu: 45/48 thành viên được đào tạo, bồi dưỡng và tham gia chuyển đổi số, tỉ lệ 93,7%.');
    // A THCS: 3.1 counts the members alone (Điều 2.8: its pupils are not "Người học").
    expect(report).toContain('Số liệu: 47/48 thành viên đạt danh hiệu Công dân học tập, tỉ lệ 97,9%.');
    expect(report).toContain(`Không thuộc diện tính (1 thành viên): ${example.members[12].hoTen} (Nghỉ thai sản từ 02/2024 đến 08/2024).`);
    expect(report).toContain('Tổng cộng\t24\t958');
  });

  test('a chỉ tiêu rated higher than the data is reported at the computed level', () => {
    expect(example.chiTieu['2.3'].tuDanhGia).toBe('Đạt mức độ 2');
    const report = partText(model.parts.find((p) => p.id === 'baoCao')!);
    expect(report).toContain('2.3.5. Tự đánh giá: Đạt mức độ 1');
    expect(a.problems.some((p) => p.message.startsWith('Chỉ tiêu 2.3: đơn vị tự đánh giá "Đạt mức độ 2"'))).toBe(true);
  });

  test('empty texts show as visible gaps, never dots', () => {
    const report = partText(model.parts.find((p) => p.id === 'baoCao')!);
    expect(report).toContain('[Cần bổ sung: điểm mạnh của chỉ tiêu 2.3]');
    expect(report).not.toMatch(/\.{6,}/);
  });

  test('Không áp dụng is listed apart and never counted (S001 "15/15" mistake)', () => {
    const report = partText(model.parts.find((p) => p.id === 'baoCao')!);
    expect(report).toContain('Số lượng các chỉ tiêu đạt: 14/14 (100,0%), trong đó đạt mức độ 2: 10/14 (71,4%)');
    expect(report).toContain('Chỉ tiêu không áp dụng đối với đơn vị (không tính vào các số trên): 3.5 (Kiểm định chất lượng GDNN).');
  });

  test('every table equals its text: the tiêu chí tables and the summary table come from the same levels', () => {
    const baoCao = model.parts.find((p) => p.id === 'baoCao')!;
    const tables = baoCao.blocks.filter((b): b is Table => b.kind === 'table' && b.rows[0]?.[0] && text([b]).startsWith('Số chỉ tiêu áp dụng'));
    expect(tables).toHaveLength(3);
    a.unit.tieuChi.forEach((tc, i) => {
      const row = text([tables[i]]).split('\n')[1].split('\t').map(Number);
      expect(row).toEqual([tc.counts.applicable, tc.counts.muc2, tc.counts.muc1, tc.counts.khongDat, tc.counts.notApplicable]);
      expect(text(baoCao.blocks)).toContain(`Tiêu chí ${i + 1} có ${tc.counts.applicable} chỉ tiêu áp dụng: ${tc.counts.muc2} chỉ tiêu đạt mức độ 2, ${tc.counts.muc1} chỉ tiêu đạt mức độ 1`);
    });
    const marks = summaryMarks(model.parts.find((p) => p.id === 'tongHop')!.blocks);
    expect(marks.chiTieu).toEqual(a.unit.tieuChi.flatMap((t) => t.chiTieu.map((c) => levelLabel(c.level))));
    expect(marks.tieuChi).toEqual(a.unit.tieuChi.map((t) => levelLabel(t.level)));
  });

  test('the abbreviations listed are exactly those used in the other parts', () => {
    const others = model.parts.filter((p) => p.id !== 'vietTat').map(partText);
    const listed = partText(model.parts.find((p) => p.id === 'vietTat')!).split('\n').filter((l) => /^\d+\t/.test(l)).map((l) => l.split('\t')[2]);
    expect(listed).toEqual(usedAbbreviations(others).map(([abbr]) => abbr));
    expect(listed).toContain('QĐ');
  });
});

describe('the dossier of a unit below mức độ 1', () => {
  test('contains only the báo cáo, which says the unit cannot be proposed', () => {
    const wb = { ...example, chiTieu: { ...example.chiTieu, '1.1': { ...example.chiTieu['1.1'], minhChung: '' } } };
    const { model } = dossier(wb);
    expect(model.parts.map((p) => p.id)).toEqual(['baoCao']);
    expect(partText(model.parts[0])).toContain('chưa đủ điều kiện đề nghị công nhận');
  });
});

describe('a cấp tỉnh dossier', () => {
  test('uses the cấp tỉnh wording and has 16 chỉ tiêu, never "cấp huyện" (S000 mistake)', () => {
    const wb = { ...example, settings: { ...example.settings, capCongNhan: 'cấp tỉnh', tenCap: 'cấp tỉnh', loaiDonVi: 'Trường trung học phổ thông' } };
    const { model } = dossier(wb);
    const report = partText(model.parts.find((p) => p.id === 'baoCao')!);
    expect(report).toContain('e) Chỉ tiêu 6:'); // a, b, c, d, đ, e
    expect(report).not.toMatch(/Đơn vị cấp huyện/);
    expect(report).toContain('Đơn vị cấp tỉnh triển khai chuyển đổi số');
  });
});

const TINH = { ...example, settings: { ...example.settings, capCongNhan: 'cấp tỉnh', tenCap: 'cấp tỉnh', loaiDonVi: 'Trường trung học phổ thông' } };
const partOf = (wb: SchoolWorkbook, id: string) => {
  const ctx = reportContext(wb, assessWorkbook(wb), TODAY);
  return buildDossier(ctx, [id as 'tongHop']).parts[0];
};
const formTable = (blocks: readonly Block[]) => blocks.find((b): b is Table => b.kind === 'table' && b.borders)!;
const paragraphs = (blocks: readonly Block[]) => blocks.filter((b) => b.kind === 'paragraph').map((b) => text([b]));

describe('the Bản tổng hợp in the form of S002 (Phụ lục)', () => {
  const part = partOf(example, 'tongHop');
  const table = formTable(part.blocks);
  const body = table.rows.slice(2);

  test('title and unit as in S002, TT 24 Điều 10.1.c naming it "Bản tổng hợp kết quả tự đánh giá các tiêu chí, chỉ tiêu"', () => {
    // S002: "BẢNG TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ CÁC TIÊU CHÍ, CHỈ TIÊU" / "Đơn vị:………"; TT 24 spells it "Bản".
    expect(paragraphs(part.blocks).slice(0, 3)).toEqual([
      'BẢN TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ CÁC TIÊU CHÍ, CHỈ TIÊU', '“Đơn vị học tập” cấp huyện năm 2025', 'Đơn vị: Trường THCS Bình Minh',
    ]);
  });

  test('eight columns under two header rows: Tiêu chí and Chỉ tiêu merged down, each Xếp loại over three', () => {
    expect(table.widths).toHaveLength(8);
    expect(table.headerRows).toBe(2);
    expect(table.rows[0].map(cellText)).toEqual(['Tiêu chí', 'Chỉ tiêu', 'Xếp loại chỉ tiêu', '', '', 'Xếp loại tiêu chí', '', '']);
    expect(table.rows[0].map((c) => [c.span ?? 1, c.rowSpan ?? 1])).toEqual([[1, 2], [1, 2], [3, 1], [1, 1], [1, 1], [3, 1], [1, 1], [1, 1]]);
    expect(table.rows[1].map(cellText)).toEqual(['', '', 'Không đạt', 'Đạt mức độ 1', 'Đạt mức độ 2', 'Không đạt', 'Đạt mức độ 1', 'Đạt mức độ 2']);
  });

  test('one row per chỉ tiêu numbered as in S002, the tiêu chí written once and merged over its rows', () => {
    expect(body.map((r) => cellText(r[1]))).toEqual(['1', '2', '3', '4', '5', '1', '2', '3', '4', '5', '1', '2', '3', '4', '5']);
    expect(body.map((r) => cellText(r[0])).filter(Boolean)).toEqual(['Tiêu chí 1', 'Tiêu chí 2', 'Tiêu chí 3']);
    expect(body.filter((r) => r[0].rowSpan).map((r) => [r[0].rowSpan, r[5].rowSpan, r[6].rowSpan, r[7].rowSpan])).toEqual([[5, 5, 5, 5], [5, 5, 5, 5], [5, 5, 5, 5]]);
  });

  test('an x in the one column of each level; Không áp dụng written over the three columns, never an x', () => {
    // TT24.md §2: a chỉ tiêu that does not apply is shown as "Không áp dụng" and left out of every count (S001 counted
    // it as đạt, "15/15"); an x under Không đạt or Đạt would rate it.
    const m = summaryMarks(part.blocks);
    expect(m.chiTieu).toEqual([
      'Đạt mức độ 2', 'Đạt mức độ 2', 'Đạt mức độ 2', 'Đạt mức độ 2', 'Đạt mức độ 2',
      'Đạt mức độ 2', 'Đạt mức độ 2', 'Đạt mức độ 1', 'Đạt mức độ 1', 'Đạt mức độ 1',
      'Đạt mức độ 2', 'Đạt mức độ 2', 'Đạt mức độ 2', 'Đạt mức độ 1', 'Không áp dụng',
    ]);
    expect(m.tieuChi).toEqual(['Đạt mức độ 2', 'Đạt mức độ 1', 'Đạt mức độ 1']);
    expect(body.map((r) => r.slice(2, 8).filter((c) => cellText(c) === 'x').length)).toEqual([2, 1, 1, 1, 1, 2, 1, 1, 1, 1, 2, 1, 1, 1, 0]);
    const na = body[14].slice(2, 5);
    expect(na.map((c) => [cellText(c), c.span ?? 1])).toEqual([['Không áp dụng', 3], ['', 1], ['', 1]]);
  });

  test('closes with S002\'s "Đánh giá mức độ đạt được" and the counts of the assessment', () => {
    const lines = paragraphs(part.blocks);
    const at = lines.indexOf('Đánh giá mức độ đạt được: Đạt mức độ 1');
    expect(lines.slice(at, at + 4)).toEqual([
      'Đánh giá mức độ đạt được: Đạt mức độ 1',
      '- Số lượng các chỉ tiêu đạt: 14/14 (100,0%); số lượng các tiêu chí đạt: 3/3 (100,0%).',
      '- Số lượng các chỉ tiêu không đạt: 0/14 (0,0%); số lượng các tiêu chí không đạt: 0/3 (0,0%).',
      '- Chỉ tiêu không áp dụng đối với đơn vị (không tính vào các số trên): 3.5.',
    ]);
  });

  test('a chỉ tiêu without evidence is marked under Không đạt, and so is its tiêu chí; counts stay integer-exact', () => {
    // TT 24 Điều 9.3: "Các tiêu chí, chỉ tiêu không có minh chứng phù hợp được đánh giá là không đạt."
    const wb = { ...example, chiTieu: { ...example.chiTieu, '1.1': { ...example.chiTieu['1.1'], minhChung: '' } } };
    const p = partOf(wb, 'tongHop');
    const m = summaryMarks(p.blocks);
    expect(m.chiTieu.slice(0, 5)).toEqual(['Không đạt', 'Đạt mức độ 2', 'Đạt mức độ 2', 'Đạt mức độ 2', 'Đạt mức độ 2']);
    expect(m.tieuChi).toEqual(['Không đạt', 'Đạt mức độ 1', 'Đạt mức độ 1']);
    const lines = paragraphs(p.blocks);
    // 13/14 = 92,857…% shown rounded down; 2/3 = 66,66…%.
    expect(lines).toContain('Đánh giá mức độ đạt được: Không đạt');
    expect(lines).toContain('- Số lượng các chỉ tiêu đạt: 13/14 (92,8%); số lượng các tiêu chí đạt: 2/3 (66,6%).');
    expect(lines).toContain('- Số lượng các chỉ tiêu không đạt: 1/14 (7,1%); số lượng các tiêu chí không đạt: 1/3 (33,3%).');
  });

  test('cấp tỉnh: tiêu chí 3 has a sixth chỉ tiêu row, merged over six rows', () => {
    // TT 24 Điều 12.3 (cấp tỉnh): "đ) Chỉ tiêu 5: Đơn vị cấp tỉnh là cơ sở giáo dục đại học …"; "e) Chỉ tiêu 6: Đơn vị
    // cấp tỉnh là cơ sở giáo dục nghề nghiệp đạt kiểm định chất lượng giáo dục nghề nghiệp …" — neither applies to a THPT.
    const p = partOf(TINH, 'tongHop');
    const rows = formTable(p.blocks).rows.slice(2);
    expect(rows.map((r) => cellText(r[1]))).toEqual(['1', '2', '3', '4', '5', '1', '2', '3', '4', '5', '1', '2', '3', '4', '5', '6']);
    expect(rows.filter((r) => r[0].rowSpan).map((r) => r[0].rowSpan)).toEqual([5, 5, 6]);
    expect(rows[10][5].rowSpan).toBe(6);
    expect(summaryMarks(p.blocks).chiTieu.slice(10)).toEqual(['Đạt mức độ 1', 'Đạt mức độ 2', 'Đạt mức độ 2', 'Đạt mức độ 1', 'Không áp dụng', 'Không áp dụng']);
    expect(paragraphs(p.blocks)).toContain('- Chỉ tiêu không áp dụng đối với đơn vị (không tính vào các số trên): 3.5; 3.6.');
    expect(paragraphs(p.blocks)[1]).toBe('“Đơn vị học tập” cấp tỉnh năm 2025');
  });
});

describe('the member list in the form of S002 (Phụ lục)', () => {
  const part = partOf(example, 'hoiDong');
  const table = formTable(part.blocks);

  test('S002\'s title and unit, then TT | Họ và tên | Chức vụ | Nhiệm vụ | ĐT liên lạc | Chữ ký with room to sign', () => {
    expect(paragraphs(part.blocks).slice(0, 3)).toEqual([
      'DANH SÁCH VÀ CHỮ KÝ THÀNH VIÊN HỘI ĐỒNG TỰ ĐÁNH GIÁ', '“Đơn vị học tập” cấp huyện năm 2025', 'Đơn vị: Trường THCS Bình Minh',
    ]);
    expect(table.rows[0].map(cellText)).toEqual(['TT', 'Họ và tên', 'Chức vụ', 'Nhiệm vụ', 'ĐT liên lạc', 'Chữ ký']);
    expect(table.rows[1].map(cellText)).toEqual(['1', 'Trương Quốc Hiếu', 'Hiệu trưởng', 'Chủ tịch', '0913 245 678', '']);
    expect(table.rows.slice(1).map((r) => cellText(r[5]))).toEqual(Array(example.council.length).fill(''));
    expect(table.minRowHeight).toBe(28);
    // An annex form of the dossier: no Quốc hiệu block of its own (S002), one table only.
    expect(part.blocks.filter((b) => b.kind === 'table')).toHaveLength(1);
  });
});

describe('the biên bản in the form of S002 (Phụ lục)', () => {
  const part = partOf(example, 'bienBan');
  const lines = paragraphs(part.blocks);

  test('NĐ 30 header, the title, and S002\'s Thời gian / Địa điểm / Thành phần', () => {
    expect(text([part.blocks[0]])).toBe(
      'ỦY BAN NHÂN DÂN XÃ BÌNH MINH\nTRƯỜNG THCS BÌNH MINH\n──────────\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n────────────────────\nBình Minh, ngày 06 tháng 01 năm 2026',
    );
    expect(lines.slice(0, 2)).toEqual(['BIÊN BẢN', 'Tự đánh giá, công nhận “Đơn vị học tập” cấp huyện năm 2025']);
    const at = lines.indexOf('* Thời gian: …… giờ ……, ngày 06 tháng 01 năm 2026.');
    expect(lines.slice(at, at + 7)).toEqual([
      '* Thời gian: …… giờ ……, ngày 06 tháng 01 năm 2026.',
      '* Địa điểm: Phòng họp Trường THCS Bình Minh.',
      '* Thành phần:',
      '1. Chủ trì: Trương Quốc Hiếu. Chức vụ: Hiệu trưởng, Chủ tịch Hội đồng tự đánh giá.',
      '2. Thư ký: Hoàng Hữu Sơn. Chức vụ: Kế toán.',
      '3. Thành phần khác: các thành viên Hội đồng tự đánh giá (Quyết định số 45/QĐ-THCSBM): Bùi Thu Oanh, Đặng Ngọc Long, Trương Đức Tài, Ngô Đức Quang, Lý Mỹ Hà, Võ Bích Hạnh.',
      'Kết quả tự đánh giá, xếp loại như sau:',
    ]);
  });

  test('the table TT | Nội dung tiêu chí | Minh chứng | Tự đánh giá, xếp loại, both levels\' wording where they differ', () => {
    const table = formTable(part.blocks);
    expect(table.rows[0].map(cellText)).toEqual(['TT', 'Nội dung tiêu chí', 'Minh chứng', 'Tự đánh giá, xếp loại']);
    expect(table.rows[1].map(cellText)).toEqual(['Tiêu chí 1', 'Về điều kiện xây dựng “Đơn vị học tập”', '', 'Đạt mức độ 2']);
    const row21 = table.rows.find((r) => cellText(r[0]) === 'Chỉ tiêu 1' && cellText(r[1]).startsWith('- Mức độ 1: Tối thiểu 90%'))!;
    expect(row21[1].paragraphs.map((p) => text([p]))).toEqual([
      '- Mức độ 1: Tối thiểu 90% Thành viên trong đơn vị tuân thủ kỷ luật lao động, nội quy làm việc trong đơn vị, có tinh thần đoàn kết, hợp tác, chia sẻ và trao đổi.',
      '- Mức độ 2: Tối thiểu 95% Thành viên trong đơn vị tuân thủ kỷ luật lao động, nội quy làm việc trong đơn vị, có tinh thần đoàn kết, hợp tác, chia sẻ và trao đổi.',
    ]);
    expect(row21.slice(2).map(cellText)).toEqual(['TC2-01-01; TC2-01-02', 'Đạt mức độ 2']);
    const last = table.rows[table.rows.length - 1];
    expect([cellText(last[0]), cellText(last[2]), cellText(last[3])]).toEqual(['Chỉ tiêu 5', '', 'Không áp dụng']);
    expect(table.keepRows).toBe(true);
  });

  test('S002\'s Tự nhận xét, đánh giá with the counts, the level, the closing sentences and the three signatures', () => {
    const at = lines.indexOf('- Kết quả tự đánh giá:');
    expect(lines.slice(at, at + 7)).toEqual([
      '- Kết quả tự đánh giá:',
      '+ Số lượng các chỉ tiêu đạt: 14/14 (100,0%); số lượng các tiêu chí đạt: 3/3 (100,0%).',
      '+ Số lượng các chỉ tiêu không đạt: 0/14 (0,0%); số lượng các tiêu chí không đạt: 0/3 (0,0%).',
      '+ Chỉ tiêu không áp dụng đối với đơn vị (không tính vào các số trên): 3.5.',
      '- Mức tự đánh giá “Đơn vị học tập” năm 2025: Đạt mức độ 1.',
      'Kết quả đánh giá, xếp loại trên đã được tất cả các thành viên của Hội đồng tự đánh giá nhất trí và ký tên vào biên bản.',
      'Buổi tự đánh giá kết thúc vào hồi …… giờ …… ngày 06/01/2026./.',
    ]);
    expect(lines).toContain('* Tự nhận xét, đánh giá:');
    expect(lines.some((l) => l.startsWith('- Tồn tại, hạn chế: '))).toBe(true);
    const signatures = part.blocks[part.blocks.length - 1] as Table;
    expect(signatures.rows[0].map((c) => cellText(c).split('\n').filter(Boolean))).toEqual([
      ['THƯ KÝ', '(Ký, ghi rõ họ tên)', 'Hoàng Hữu Sơn'],
      ['CÁC THÀNH VIÊN KHÁC', '(Ký, ghi rõ họ tên)'],
      ['LÃNH ĐẠO ĐƠN VỊ', '(Ký, đóng dấu ghi rõ họ tên)', 'Trương Quốc Hiếu'],
    ]);
  });
});
