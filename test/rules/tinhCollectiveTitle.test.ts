// Cấp tỉnh 3.3. Điều 12.3.c (mức độ 1) and Điều 13.3.c (mức độ 2) say the same: "Chỉ tiêu 3: Đơn vị cấp tỉnh đạt danh
// hiệu thi đua từ “Tập thể lao động tiên tiến” (theo Luật Thi đua, Khen thưởng số 06/2022/QH15) trở lên." — no công lập
// limit, unlike cấp huyện mức độ 2 (Điều 7.3.c: "Đơn vị cấp huyện là cơ quan, đơn vị sự nghiệp công lập đạt …").
import { findChiTieu } from '../../src/rules/catalogue';
import { evaluateChiTieu } from '../../src/rules/evaluate';
import { gapSentence } from '../../src/rules/gap';
import { makeProfile } from '../../src/rules/profile';

const tinh33 = findChiTieu('tinh', '3.3')!;
const title = (rank: number | null) => ({ data: { kind: 'collectiveTitle' as const, rank }, evidence: ['TC3-03'] });

describe('Điều 12.3.c, 13.3.c: cấp tỉnh 3.3 is "Tập thể lao động tiên tiến" trở lên at both levels', () => {
  test('the rule is data: rank 1 for both levels, no công lập restriction', () => {
    expect(tinh33.rule).toEqual({ kind: 'collectiveTitle', muc1MinRank: 1, muc2MinRank: 1, muc2RequiresCongLap: false });
    expect(tinh33.wording.muc2).toBeUndefined();
  });

  test('a non-công-lập unit at cấp tỉnh with Tập thể lao động tiên tiến → Đạt mức độ 2', () => {
    const privateThpt = makeProfile({ tier: 'tinh', unitType: 'thpt', congLap: false });
    const r = evaluateChiTieu(tinh33, title(1), privateThpt);
    expect([r.level, gapSentence(r)]).toEqual([2, 'Đã đạt mức độ 2.']);
    expect(evaluateChiTieu(tinh33, title(1), makeProfile({ tier: 'tinh', unitType: 'doanh_nghiep' })).level).toBe(2);
  });

  test('a public unit: Tập thể lao động tiên tiến and above → Đạt mức độ 2; no title → Không đạt', () => {
    const p = makeProfile({ tier: 'tinh', unitType: 'cao_dang', congLap: true });
    expect([1, 2, 3, 4].map((rank) => evaluateChiTieu(tinh33, title(rank), p).level)).toEqual([2, 2, 2, 2]);
    const none = evaluateChiTieu(tinh33, title(0), p);
    expect([none.level, gapSentence(none)]).toEqual([0, 'Cần đạt danh hiệu “Tập thể lao động tiên tiến” trở lên để đạt mức độ 1.']);
  });

  test('cấp huyện keeps its công lập limit at mức độ 2 (Điều 7.3.c)', () => {
    const huyen33 = findChiTieu('huyen', '3.3')!;
    expect(evaluateChiTieu(huyen33, title(1), makeProfile({ tier: 'huyen', unitType: 'thcs', congLap: false })).level).toBe(1);
    expect(evaluateChiTieu(huyen33, title(1), makeProfile({ tier: 'huyen', unitType: 'thcs', congLap: true })).level).toBe(2);
  });
});
