// The sidebar chart's data: every share chỉ tiêu against the thresholds of the rules (TT 24 Điều 6–7 / 12–13: "Tối thiểu
// 90% / 95% Thành viên…", 2.4 "Tối thiểu 50% / 70%…", 3.1's learners "tối thiểu 95% / 97% Người học…"), the exact share,
// the level it reaches and the members still missing, in Vietnamese.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assessWorkbook } from '../../src/assess/assessWorkbook';
import { allChiTieu } from '../../src/rules/catalogue';
import { ChiTieuInput, evaluateUnit } from '../../src/rules/evaluate';
import { makeProfile } from '../../src/rules/profile';
import { UnitTypeId } from '../../src/rules/unitTypes';
import { ShareBar, shareChart } from '../../src/panel/shareChart';
import { SchoolWorkbook } from '../../src/workbook/records';
import { passingInputs, share } from '../support/fixtures';

const example = JSON.parse(readFileSync(join(__dirname, '../../examples/truong-thcs-binh-minh.json'), 'utf8')) as SchoolWorkbook;

function chart(inputs: Record<string, ChiTieuInput>, unitType?: UnitTypeId, tier: 'huyen' | 'tinh' = 'huyen') {
  return shareChart(evaluateUnit(makeProfile({ tier, unitType }), { ...passingInputs(tier), ...inputs }), 'Trường X');
}
const barOf = (bars: readonly ShareBar[], label: string) => bars.find((b) => b.label === label)!;
const shown = (b: ShareBar) => ({ value: b.value, key: b.key, notes: b.notes });

describe('the example workbook (THCS Bình Minh, 48 members)', () => {
  const c = shareChart(assessWorkbook(example).unit, 'Trường THCS Bình Minh');

  test('lists the six share chỉ tiêu with their exact shares and the thresholds of the rules', () => {
    expect(c.title).toBe('Tỉ lệ so với ngưỡng: Trường THCS Bình Minh');
    expect(c.bars.map((b) => [b.label, b.share, b.ticks.map((t) => t.percent)])).toEqual([
      ['2.1 Kỷ luật lao động', { numerator: 47, denominator: 48 }, [90, 95]],
      ['2.2 Hoàn thành học tập, bồi dưỡng', { numerator: 46, denominator: 47 }, [90, 95]],
      ['2.3 Bồi dưỡng, tham gia chuyển đổi số', { numerator: 45, denominator: 48 }, [90, 95]],
      ['2.4 Ngoại ngữ, tiếng dân tộc thiểu số', { numerator: 33, denominator: 48 }, [50, 70]],
      ['2.5 Danh hiệu Lao động tiên tiến', { numerator: 44, denominator: 48 }, [90, 95]],
      // Điều 2.8: a THCS has no "Người học" ("không bao gồm … trường trung học cơ sở …"), so no learners' bar.
      ['3.1 Công dân học tập', { numerator: 47, denominator: 48 }, [90, 95]],
    ]);
    expect(c.bars[0].ticks.map((t) => t.label)).toEqual(['MĐ1 90%', 'MĐ2 95%']);
    expect(c.bars[3].ticks.map((t) => t.label)).toEqual(['MĐ1 50%', 'MĐ2 70%']);
  });

  test('labels the level reached and the members missing: 2.5 is 44/48 = 91,6%, two short of 95% (46 of 48)', () => {
    expect(c.bars.map((b) => [b.value, b.key])).toEqual([
      ['97,9%', 'm2'], ['97,8%', 'm2'], ['93,7%', 'm1'], ['68,7%', 'm1'], ['91,6%', 'm1'], ['97,9%', 'm2'],
    ]);
    expect(c.bars[4].notes).toEqual(['44/48 thành viên · Đạt mức độ 1', 'Mức độ 2: còn thiếu 2 người']);
    expect(c.bars[4].gaps).toEqual([{ target: 2, count: 2 }]);
    // 2.4: 70% of 48 is 33,6, so 34 are needed.
    expect(c.bars[3].notes).toEqual(['33/48 thành viên · Đạt mức độ 1', 'Mức độ 2: còn thiếu 1 người']);
    expect(c.bars[0].notes).toEqual(['47/48 thành viên · Đạt mức độ 2']);
    expect(c.bars[4].summary).toBe(
      '2.5 Danh hiệu Lao động tiên tiến: 44/48 thành viên, tỉ lệ 91,6%; ngưỡng mức độ 1 là 90%, mức độ 2 là 95%; Đạt mức độ 1; mức độ 2: còn thiếu 2 người.',
    );
  });
});

describe('edge cases', () => {
  test('exactly at a threshold reaches it: 45/50 = 90% is mức độ 1, and 19/20 = 95% is mức độ 2', () => {
    expect(shown(barOf(chart({ '2.1': share(45, 50) }).bars, '2.1 Kỷ luật lao động'))).toEqual({
      value: '90,0%', key: 'm1', notes: ['45/50 thành viên · Đạt mức độ 1', 'Mức độ 2: còn thiếu 3 người'],
    });
    expect(shown(barOf(chart({ '2.1': share(19, 20) }).bars, '2.1 Kỷ luật lao động'))).toEqual({
      value: '95,0%', key: 'm2', notes: ['19/20 thành viên · Đạt mức độ 2'],
    });
  });

  test('one short: 44/50 = 88% is Không đạt, one member from mức độ 1 and four from mức độ 2 (48 of 50)', () => {
    const b = barOf(chart({ '2.1': share(44, 50) }).bars, '2.1 Kỷ luật lao động');
    expect(shown(b)).toEqual({ value: '88,0%', key: 'kd', notes: ['44/50 thành viên', 'Mức độ 1: còn thiếu 1 người', 'Mức độ 2: còn thiếu 4 người'] });
    expect(b.gaps).toEqual([{ target: 1, count: 1 }, { target: 2, count: 4 }]);
    expect(b.summary).toBe('2.1 Kỷ luật lao động: 44/50 thành viên, tỉ lệ 88,0%; ngưỡng mức độ 1 là 90%, mức độ 2 là 95%; Không đạt; mức độ 1: còn thiếu 1 người; mức độ 2: còn thiếu 4 người.');
  });

  test('never rounds up: 1.899/2.000 = 94,95% shows "94,9%", mức độ 1, one member short of 95%', () => {
    expect(shown(barOf(chart({ '2.2': share(1899, 2000) }).bars, '2.2 Hoàn thành học tập, bồi dưỡng'))).toEqual({
      value: '94,9%', key: 'm1', notes: ['1899/2000 thành viên · Đạt mức độ 1', 'Mức độ 2: còn thiếu 1 người'],
    });
  });

  test('denominator 0 or nothing entered is "Chưa có dữ liệu", never 0%', () => {
    const none: ChiTieuInput = { data: { kind: 'memberShare', members: null }, evidence: ['TC2-01'] };
    for (const input of [share(0, 0), none]) {
      const b = barOf(chart({ '2.1': input }).bars, '2.1 Kỷ luật lao động');
      expect({ share: b.share, gaps: b.gaps, ...shown(b) }).toEqual({ share: null, gaps: [], value: '—', key: 'nd', notes: ['Chưa có dữ liệu'] });
      expect(b.summary).toBe('2.1 Kỷ luật lao động: Chưa có dữ liệu; ngưỡng mức độ 1 là 90%, mức độ 2 là 95%.');
    }
  });

  test('a chỉ tiêu that does not apply is listed as such, with the reason of the rules (2.4 at a doanh nghiệp)', () => {
    // 2.4: "… (không bao gồm thành viên trong đơn vị là tổ chức kinh tế)".
    const b = barOf(chart({}, 'doanh_nghiep').bars, '2.4 Ngoại ngữ, tiếng dân tộc thiểu số');
    expect({ share: b.share, ...shown(b) }).toEqual({
      share: null, value: '—', key: 'na', notes: ['Không áp dụng: không bao gồm thành viên trong đơn vị là tổ chức kinh tế'],
    });
    expect(b.summary).toBe('2.4 Ngoại ngữ, tiếng dân tộc thiểu số: Không áp dụng: không bao gồm thành viên trong đơn vị là tổ chức kinh tế.');
  });

  test('where learners bind (a THPT, Điều 2.8) 3.1 has a learners\' bar at 95/97%, its gap counted in người học', () => {
    // 97% of 933 is 905,01, so 906 learners are needed: 6 more than 900.
    const bars = chart({ '3.1': share(48, 48, [900, 933]) }, 'thpt').bars;
    const b = barOf(bars, '3.1 Công dân học tập (người học)');
    expect(b.ticks.map((t) => t.label)).toEqual(['MĐ1 95%', 'MĐ2 97%']);
    expect(b.share).toEqual({ numerator: 900, denominator: 933 });
    expect(shown(b)).toEqual({ value: '96,4%', key: 'm1', notes: ['900/933 người học · Đạt mức độ 1', 'Mức độ 2: còn thiếu 6 người học'] });
    expect(shown(barOf(bars, '3.1 Công dân học tập'))).toEqual({ value: '100,0%', key: 'm2', notes: ['48/48 thành viên · Đạt mức độ 2'] });
    // Learners not entered at a THPT: their bar says so.
    const missing = barOf(chart({ '3.1': share(48, 48) }, 'thpt').bars, '3.1 Công dân học tập (người học)');
    expect(shown(missing)).toEqual({ value: '—', key: 'nd', notes: ['Chưa có dữ liệu'] });
  });

  test('no learners\' bar at a THCS even with learner figures; with the unit type unknown, only when figures are given', () => {
    const labels = (c: ReturnType<typeof chart>) => c.bars.map((b) => b.label).filter((l) => l.startsWith('3.1'));
    expect(labels(chart({ '3.1': share(48, 48, [0, 900]) }, 'thcs'))).toEqual(['3.1 Công dân học tập']);
    expect(labels(chart({ '3.1': share(48, 48, [900, 933]) }))).toEqual(['3.1 Công dân học tập', '3.1 Công dân học tập (người học)']);
    expect(labels(chart({ '3.1': share(48, 48) }))).toEqual(['3.1 Công dân học tập']);
  });

  test('a share reached without evidence says the chỉ tiêu will be Không đạt', () => {
    // Điều 9.3: "Các tiêu chí, chỉ tiêu không có minh chứng phù hợp được đánh giá là không đạt."
    const b = barOf(chart({ '2.1': { ...share(48, 48), evidence: [] } }).bars, '2.1 Kỷ luật lao động');
    expect(b.notes).toEqual(['48/48 thành viên · Đạt mức độ 2', 'Chưa có minh chứng: chỉ tiêu sẽ Không đạt']);
  });

  test('every tier: one bar per share chỉ tiêu of the catalogue, thresholds taken from its rule', () => {
    for (const tier of ['huyen', 'tinh'] as const) {
      const bars = chart({}, 'thpt', tier).bars.filter((b) => b.who === 'thanhVien');
      const shares = allChiTieu(tier).filter((c) => c.rule.kind === 'memberShare');
      expect(bars.map((b) => b.id)).toEqual(shares.map((c) => c.id));
      expect(bars.map((b) => b.ticks.map((t) => t.percent))).toEqual(
        shares.map((c) => (c.rule.kind === 'memberShare' ? [c.rule.muc1, c.rule.muc2] : [])),
      );
    }
  });
});
