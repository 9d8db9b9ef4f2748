// TT24.md §3: every chỉ tiêu of both tiers, with wording, rule, evidence group and applicability, as data.
import { CATALOGUES, allChiTieu, renderWording } from '../../src/rules/catalogue';

describe('§3 the catalogue', () => {
  test('cấp huyện has 3 tiêu chí of 5 chỉ tiêu; cấp tỉnh has 5, 5 and 6', () => {
    expect(CATALOGUES.huyen.tieuChi.map((t) => t.chiTieu.length)).toEqual([5, 5, 5]);
    expect(CATALOGUES.tinh.tieuChi.map((t) => t.chiTieu.length)).toEqual([5, 5, 6]);
  });

  test('ids, numbering and evidence groups run TC1-01 … TC3-05 (TC3-06 at cấp tỉnh)', () => {
    for (const tier of ['huyen', 'tinh'] as const) {
      for (const ct of allChiTieu(tier)) {
        expect(ct.id).toBe(`${ct.tieuChi}.${ct.no}`);
        expect(ct.evidenceGroup).toBe(`TC${ct.tieuChi}-0${ct.no}`);
        expect(ct.suggestedEvidence.length).toBeGreaterThan(0);
      }
    }
    expect(allChiTieu('tinh').map((c) => c.evidenceGroup)).toContain('TC3-06');
  });

  test('all wording is NFC and the tier name is substituted, never left as "cấp huyện" for cấp tỉnh', () => {
    for (const tier of ['huyen', 'tinh'] as const) {
      for (const ct of allChiTieu(tier)) {
        for (const text of [ct.wording.muc1, ct.wording.muc2, ct.mamNonCongLapClause]) {
          if (!text) continue;
          expect(text).toBe(text.normalize('NFC'));
          expect(text).not.toMatch(/cấp huyện|cấp Quận/);
          if (tier === 'tinh') expect(renderWording(text, 'cấp tỉnh')).not.toContain('{cap}');
        }
      }
    }
    expect(renderWording(allChiTieu('huyen')[3].wording.muc1, 'cấp Quận')).toMatch(/^Đơn vị cấp Quận triển khai chuyển đổi số/);
  });

  test('tiêu chí 2 thresholds are 90/95 except 2.4 at 50/70; 3.1 adds learners at 95/97', () => {
    const rules = Object.fromEntries(allChiTieu('huyen').map((c) => [c.id, c.rule]));
    for (const id of ['2.1', '2.2', '2.3', '2.5']) expect(rules[id]).toMatchObject({ kind: 'memberShare', muc1: 90, muc2: 95 });
    expect(rules['2.4']).toMatchObject({ kind: 'memberShare', muc1: 50, muc2: 70, excludesToChucKinhTe: true });
    expect(rules['3.1']).toMatchObject({ kind: 'memberShare', muc1: 90, muc2: 95, learners: { muc1: 95, muc2: 97 } });
  });

  test('quoted wording matches the official text of TT 24 (see wording.test.ts for every chỉ tiêu)', () => {
    const ct = Object.fromEntries(allChiTieu('huyen').map((c) => [c.id, c]));
    expect(ct['2.1'].wording.muc1).toBe(
      'Tối thiểu 90% Thành viên trong đơn vị tuân thủ kỷ luật lao động, nội quy làm việc trong đơn vị, có tinh thần đoàn kết, hợp tác, chia sẻ và trao đổi.',
    );
    expect(ct['2.4'].wording.muc2).toContain('có trình độ ngoại ngữ hoặc tiếng dân tộc thiểu số');
    expect(ct['3.3'].wording.muc2).toContain('là cơ quan, đơn vị sự nghiệp công lập');
    expect(ct['3.4'].wording.muc1).toContain('“mức đáp ứng cơ bản”');
    expect(ct['3.4'].wording.muc2).toContain('“mức đáp ứng tốt”');
    expect(CATALOGUES.huyen.tieuChi[0].muc2Statement).toBe('Nội dung tiêu chí theo quy định tại khoản 1 Điều 6 Thông tư này.');
  });

  test('every entry of both tiers is verified against the official text, with no back-translation note', () => {
    for (const tier of ['huyen', 'tinh'] as const) {
      expect(allChiTieu(tier).filter((c) => !c.verified).map((c) => c.id)).toEqual([]);
      expect(allChiTieu(tier).filter((c) => c.note).map((c) => c.id)).toEqual([]);
    }
  });
});
