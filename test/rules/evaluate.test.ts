// TT24.md §2 and §8: chỉ tiêu → tiêu chí → unit, evidence, Không áp dụng, and the mistakes found in the seeds.
import fc from 'fast-check';
import { findChiTieu } from '../../src/rules/catalogue';
import { evaluateChiTieu, evaluateTieuChi, evaluateUnit, emptyInput } from '../../src/rules/evaluate';
import { gapSentence, shareGaps } from '../../src/rules/gap';
import { Level, levelLabel, lowestLevel } from '../../src/rules/levels';
import { makeProfile } from '../../src/rules/profile';
import { passingInputs, share } from '../support/fixtures';

const thpt = makeProfile({ tier: 'huyen', unitType: 'thpt' });
const ct = (id: string, tier: 'huyen' | 'tinh' = 'huyen') => findChiTieu(tier, id)!;

describe('§2 a chỉ tiêu level is the highest level whose rule holds', () => {
  test('42/45 (93,3%) is Đạt mức độ 1 for a 90/95 chỉ tiêu; 43/45 is mức độ 2', () => {
    expect(evaluateChiTieu(ct('2.2'), share(42, 45), thpt).level).toBe(1);
    expect(evaluateChiTieu(ct('2.2'), share(43, 45), thpt).level).toBe(2);
    expect(evaluateChiTieu(ct('2.2'), share(40, 45), thpt).level).toBe(0);
  });

  test('2.4 uses 50% and 70%', () => {
    expect(evaluateChiTieu(ct('2.4'), share(22, 45), thpt).level).toBe(0);
    expect(evaluateChiTieu(ct('2.4'), share(23, 45), thpt).level).toBe(1);
    expect(evaluateChiTieu(ct('2.4'), share(32, 45), thpt).level).toBe(2);
  });

  test('no members entered is "Chưa có dữ liệu", not a level', () => {
    expect(evaluateChiTieu(ct('2.1'), share(0, 0), thpt).level).toBe('nodata');
    expect(evaluateChiTieu(ct('2.1'), emptyInput(ct('2.1')), thpt).level).toBe('nodata');
  });

  test('tiêu chí 1: a passed condition with evidence is Đạt mức độ 2', () => {
    const r = evaluateChiTieu(ct('1.1'), { data: { kind: 'condition', claim: 'dat' }, evidence: ['TC1-01'] }, thpt);
    expect(levelLabel(r.level)).toBe('Đạt mức độ 2');
  });

  test('one more qualified member never lowers a level (monotonicity)', () => {
    fc.assert(
      fc.property(fc.constantFrom('2.1', '2.2', '2.3', '2.4', '2.5', '3.1'), fc.integer({ min: 1, max: 3000 }), fc.nat(), (id, t, qr) => {
        const q = qr % t;
        const before = evaluateChiTieu(ct(id), share(q, t, [900, 933]), thpt).level as number;
        const after = evaluateChiTieu(ct(id), share(q + 1, t, [900, 933]), thpt).level as number;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });
});

describe('§2 no evidence ⇒ Không đạt', () => {
  test('a condition claimed Đạt without evidence is Không đạt, and says why', () => {
    const r = evaluateChiTieu(ct('1.1'), { data: { kind: 'condition', claim: 'dat' }, evidence: [] }, thpt);
    expect(r.level).toBe(0);
    expect(r.dataLevel).toBe(2);
    expect(r.reasons.join(' ')).toContain('không có minh chứng phù hợp');
  });

  test('a share at 100% without evidence is Không đạt', () => {
    const r = evaluateChiTieu(ct('2.5'), { ...share(45, 45), evidence: [] }, thpt);
    expect(r.level).toBe(0);
    expect(gapSentence(r)).toContain('Cần bổ sung minh chứng (nhóm TC2-05)');
  });

  test('evidence null means "not assessed by this caller" and leaves the data level', () => {
    expect(evaluateChiTieu(ct('2.5'), { ...share(45, 45), evidence: null }, thpt).level).toBe(2);
  });
});

describe('§2 Không áp dụng is left out of every min() and count', () => {
  test('a THPT unit: 3.5 (GDNN) is Không áp dụng and does not lower tiêu chí 3', () => {
    const u = evaluateUnit(thpt, passingInputs());
    const tc3 = u.tieuChi[2];
    expect(tc3.chiTieu.find((c) => c.chiTieu.id === '3.5')!.level).toBe('na');
    expect(tc3.level).toBe(2);
    expect(tc3.counts).toMatchObject({ applicable: 4, notApplicable: 1, muc2: 4 });
    expect(u.counts).toMatchObject({ applicable: 14, notApplicable: 1 });
  });

  test('"15/15 chỉ tiêu đạt" with one not assessed is impossible: counts report 14 applicable (S001 mistake)', () => {
    const u = evaluateUnit(makeProfile({ unitType: 'tieu_hoc' }), passingInputs());
    expect(u.counts.applicable + u.counts.notApplicable).toBe(15);
    expect(u.counts.muc2).toBe(14);
  });

  test('data entered for an inapplicable chỉ tiêu does not count', () => {
    const inputs = passingInputs();
    inputs['3.5'] = { data: { kind: 'condition', claim: 'khongDat' }, evidence: [] };
    expect(evaluateUnit(thpt, inputs).level).toBe(2);
  });

  test('a tiêu chí whose chỉ tiêu are all Không áp dụng is an error', () => {
    const tc = { no: 3 as const, id: 'TC3', title: 'x', chiTieu: [] };
    const na = { chiTieu: ct('3.5'), level: 'na' as Level, dataLevel: 'na' as Level, reasons: [], missingEvidence: false };
    expect(() => evaluateTieuChi(tc, [na])).toThrow();
  });
});

describe('§2 tiêu chí = lowest applicable chỉ tiêu; unit = lowest tiêu chí', () => {
  test('one chỉ tiêu at mức 1 makes its tiêu chí and the unit mức 1', () => {
    const inputs = passingInputs();
    inputs['2.3'] = share(43, 46);
    const u = evaluateUnit(thpt, inputs);
    expect(u.tieuChi.map((t) => t.level)).toEqual([2, 1, 2]);
    expect(u.level).toBe(1);
  });

  test('one Không đạt anywhere makes the unit Không đạt', () => {
    const inputs = passingInputs();
    inputs['1.5'] = { data: { kind: 'condition', claim: 'khongDat' }, evidence: ['TC1-05'] };
    expect(evaluateUnit(thpt, inputs).level).toBe(0);
  });

  test('lowestLevel: Không đạt wins over missing data; missing data over levels; na ignored', () => {
    expect(lowestLevel([2, 'nodata', 0])).toBe(0);
    expect(lowestLevel([2, 'nodata', 1])).toBe('nodata');
    expect(lowestLevel([2, 'na', 1])).toBe(1);
    expect(lowestLevel(['na', 'na'])).toBe('na');
  });

  test('the unit level equals the minimum over applicable chỉ tiêu for random inputs', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 48 }), { minLength: 6, maxLength: 6 }), (qs) => {
        const inputs = passingInputs();
        ['2.1', '2.2', '2.3', '2.4', '2.5', '3.1'].forEach((id, i) => (inputs[id] = share(qs[i], 48, [930, 933])));
        const u = evaluateUnit(thpt, inputs);
        const all = u.tieuChi.flatMap((t) => t.chiTieu).filter((c) => c.level !== 'na').map((c) => c.level as number);
        expect(u.level).toBe(Math.min(...all));
      }),
    );
  });
});

describe('§2 for a cơ sở giáo dục, 3.1 needs both the member share and the learner share', () => {
  test('pooling staff and students is impossible: 50/51 staff and 796/882 learners is Không đạt (S000 mistake)', () => {
    // S000 pooled 846/933 = 90,68% and claimed Đạt; separately, learners are at 90,2% < 95%.
    const r = evaluateChiTieu(ct('3.1'), share(50, 51, [796, 882]), thpt);
    expect(r.level).toBe(0);
  });

  test('members at mức 2 and learners at mức 1 give mức 1', () => {
    expect(evaluateChiTieu(ct('3.1'), share(50, 51, [900, 933]), thpt).level).toBe(1);
  });

  test('a school without learner data has no level yet', () => {
    expect(evaluateChiTieu(ct('3.1'), share(50, 51), thpt).level).toBe('nodata');
  });

  test('a cơ quan hành chính is judged on members only', () => {
    const agency = makeProfile({ unitType: 'co_quan_hanh_chinh' });
    expect(evaluateChiTieu(ct('3.1'), share(50, 51), agency).level).toBe(2);
  });
});

describe('§2 the gap to the next level', () => {
  test('"Cần thêm 2 thành viên đạt danh hiệu LĐTT trở lên để đạt mức độ 2"', () => {
    const r = evaluateChiTieu(ct('2.5'), share(41, 45), thpt);
    expect(r.level).toBe(1);
    expect(shareGaps(r)).toEqual([{ target: 2, members: 2, learners: 0 }]);
    expect(gapSentence(r)).toBe('Cần thêm 2 thành viên đạt danh hiệu LĐTT trở lên để đạt mức độ 2.');
  });

  test('from Không đạt the sentence gives both levels', () => {
    const r = evaluateChiTieu(ct('2.1'), share(38, 45), thpt);
    expect(gapSentence(r)).toBe(
      'Cần thêm 3 thành viên tuân thủ kỷ luật lao động, nội quy làm việc để đạt mức độ 1 (cần thêm 5 thành viên tuân thủ kỷ luật lao động, nội quy làm việc để đạt mức độ 2).',
    );
  });

  test('3.1 counts members and learners separately', () => {
    const r = evaluateChiTieu(ct('3.1'), share(48, 51, [900, 933]), thpt);
    expect(shareGaps(r)).toEqual([{ target: 2, members: 1, learners: 6 }]);
    expect(gapSentence(r)).toBe('Cần thêm 1 thành viên và 6 người học đạt danh hiệu Công dân học tập để đạt mức độ 2.');
  });

  test('adding exactly the gap reaches the target level', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), fc.nat(), (t, qr) => {
        const q = qr % (t + 1);
        const r = evaluateChiTieu(ct('2.2'), share(q, t), thpt);
        for (const g of shareGaps(r)) {
          expect(evaluateChiTieu(ct('2.2'), share(q + g.members, t), thpt).level).toBeGreaterThanOrEqual(g.target);
          if (g.members > 0) expect(evaluateChiTieu(ct('2.2'), share(q + g.members - 1, t), thpt).level).toBeLessThan(g.target);
        }
      }),
    );
  });
});

describe('3.3 collective title and 3.4 digital level', () => {
  const title = (rank: number) => ({ data: { kind: 'collectiveTitle' as const, rank }, evidence: ['TC3-03'] });
  test('cấp huyện: Tập thể lao động tiên tiến is mức 2 for a public unit, mức 1 for a private one', () => {
    expect(evaluateChiTieu(ct('3.3'), title(1), thpt).level).toBe(2);
    const privateSchool = makeProfile({ unitType: 'thpt', congLap: false });
    const r = evaluateChiTieu(ct('3.3'), title(1), privateSchool);
    expect(r.level).toBe(1);
    expect(gapSentence(r)).toContain('chỉ dành cho cơ quan, đơn vị sự nghiệp công lập');
    expect(evaluateChiTieu(ct('3.3'), title(0), thpt).level).toBe(0);
  });

  test('cấp tỉnh: Tập thể lao động tiên tiến trở lên is mức 2 (Điều 13.3.c; see tinhCollectiveTitle.test.ts)', () => {
    const p = makeProfile({ tier: 'tinh', unitType: 'thpt' });
    expect(evaluateChiTieu(ct('3.3', 'tinh'), title(1), p).level).toBe(2);
    expect(evaluateChiTieu(ct('3.3', 'tinh'), title(2), p).level).toBe(2);
  });

  test('QĐ 4725 "mức đáp ứng cơ bản" is TT 24 mức độ 1, never mức độ 2 (S001 mistake)', () => {
    const dx = (level: 0 | 1 | 2) => ({ data: { kind: 'digitalLevel' as const, level }, evidence: ['TC3-04'] });
    expect(evaluateChiTieu(ct('3.4'), dx(1), thpt).level).toBe(1);
    expect(evaluateChiTieu(ct('3.4'), dx(2), thpt).level).toBe(2);
    expect(evaluateChiTieu(ct('3.4'), dx(0), thpt).level).toBe(0);
  });
});
