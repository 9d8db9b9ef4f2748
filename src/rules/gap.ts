// What is missing for the next level: counts for share rules, and one Vietnamese sentence for any chỉ tiêu.
import { ChiTieuResult } from './evaluate';
import { shortfall } from './share';
import { COLLECTIVE_TITLES } from '../vocab/titles';
import { DIGITAL_LEVEL_NAMES } from '../vocab/digitalLevels';

export interface ShareGap {
  readonly target: 1 | 2;
  /** More members who must qualify. */
  readonly members: number;
  /** More learners who must qualify (3.1 at a cơ sở giáo dục); 0 otherwise. */
  readonly learners: number;
}

/** For a share chỉ tiêu with data: the gap to each level not yet reached by the data. */
export function shareGaps(r: ChiTieuResult): ShareGap[] {
  const rule = r.chiTieu.rule;
  if (rule.kind !== 'memberShare' || !r.members || typeof r.dataLevel !== 'number') return [];
  const targets = ([1, 2] as const).filter((t) => t > (r.dataLevel as number));
  return targets.map((target) => ({
    target,
    members: shortfall(r.members!, target === 1 ? rule.muc1 : rule.muc2),
    learners: r.learners && rule.learners ? shortfall(r.learners, target === 1 ? rule.learners.muc1 : rule.learners.muc2) : 0,
  }));
}

function shareGapSentence(r: ChiTieuResult, gap: ShareGap): string {
  const rule = r.chiTieu.rule;
  if (rule.kind !== 'memberShare') return '';
  const parts: string[] = [];
  if (gap.members > 0) parts.push(`${gap.members} thành viên`);
  if (gap.learners > 0) parts.push(`${gap.learners} người học`);
  return `Cần thêm ${parts.join(' và ')} ${rule.memberPhrase} để đạt mức độ ${gap.target}`;
}

/**
 * One sentence saying what the chỉ tiêu needs next, e.g. "Cần thêm 2 thành viên đạt danh hiệu LĐTT trở lên để đạt
 * mức độ 2." Based on the data; a missing evidence adds its own sentence.
 */
export function gapSentence(r: ChiTieuResult): string {
  const ct = r.chiTieu;
  const rule = ct.rule;
  if (r.level === 'na') return 'Không áp dụng đối với đơn vị.';
  const evidence = r.missingEvidence ? ` Cần bổ sung minh chứng (nhóm ${ct.evidenceGroup}).` : '';
  if (r.dataLevel === 'nodata') return `Chưa có dữ liệu: ${missingDataHint(r)}.${evidence}`;
  if (r.dataLevel === 2) return `Đã đạt mức độ 2.${evidence}`;
  switch (rule.kind) {
    case 'memberShare': {
      const gaps = shareGaps(r);
      const [first, second] = gaps;
      let sentence = shareGapSentence(r, first);
      if (second) sentence += ` (${shareGapSentence(r, second).replace('Cần thêm ', 'cần thêm ')})`;
      return `${sentence}.${evidence}`;
    }
    case 'collectiveTitle': {
      if (r.dataLevel === 1 && rule.muc2RequiresCongLap && rule.muc2MinRank <= 1) {
        return `Mức độ 2 của chỉ tiêu này chỉ dành cho cơ quan, đơn vị sự nghiệp công lập.${evidence}`;
      }
      const rank = r.dataLevel === 0 ? rule.muc1MinRank : rule.muc2MinRank;
      const title = COLLECTIVE_TITLES.find((t) => t.rank === rank)?.name ?? '';
      return `Cần đạt danh hiệu “${title}” trở lên để đạt mức độ ${(r.dataLevel as number) + 1}.${evidence}`;
    }
    case 'digitalLevel': {
      const needed = DIGITAL_LEVEL_NAMES[((r.dataLevel as number) + 1) as 1 | 2];
      return `Cần đạt “${needed}” theo Quyết định số ${rule.decision} để đạt mức độ ${(r.dataLevel as number) + 1}.${evidence}`;
    }
    case 'condition':
      return `Cần thực hiện đầy đủ nội dung chỉ tiêu và có minh chứng để đạt.${evidence}`;
  }
}

function missingDataHint(r: ChiTieuResult): string {
  const rule = r.chiTieu.rule;
  switch (rule.kind) {
    case 'memberShare':
      if (!r.members || r.members.total === 0) return 'cần nhập danh sách thành viên và kết quả của từng người';
      return 'cần nhập sĩ số và số người học đạt danh hiệu Công dân học tập của từng lớp';
    case 'condition': return 'cần ghi kết quả tự đánh giá (Đạt / Không đạt)';
    case 'collectiveTitle': return 'cần ghi danh hiệu thi đua tập thể của đơn vị';
    case 'digitalLevel': return `cần ghi mức chuyển đổi số theo Quyết định số ${rule.decision} hoặc hai điểm nhóm tiêu chí`;
  }
}
