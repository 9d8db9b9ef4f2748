// The dossier model: parts in the bound order of TT24.md §6, every chỉ tiêu quoted for the tier, figures from the one
// computation, visible gaps, claims above the data reported at the computed level.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assessWorkbook } from '../../src/assess/assessWorkbook';
import { reportContext } from '../../src/report/context';
import { PART_ORDER, buildDossier } from '../../src/report/dossier';
import { Block, Table, partText } from '../../src/report/model';
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
    const summary = partText(model.parts.find((p) => p.id === 'tongHop')!).split('\n');
    const shown = summary.filter((l) => /\tChỉ tiêu \d/.test(l)).map((l) => l.split('\t')[2]);
    expect(shown).toEqual(a.unit.tieuChi.flatMap((t) => t.chiTieu.map((c) => levelLabel(c.level))));
    const tieuChiShown = summary.filter((l) => /^Tiêu chí \d\t/.test(l)).map((l) => l.split('\t')[3]);
    expect(tieuChiShown).toEqual(a.unit.tieuChi.map((t) => levelLabel(t.level)));
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
