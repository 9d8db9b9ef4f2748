// The sidebar's chart data (pure): every share chỉ tiêu of the unit against its two thresholds, as plain JSON.
import { ChiTieuResult, UnitResult } from '../rules/evaluate';
import { Achieved, levelLabel } from '../rules/levels';
import { hasNguoiHoc, notApplicableReason } from '../rules/profile';
import { Tally, formatCount, formatPercent, meetsShare, shortfall } from '../rules/share';
import { LevelKey, levelKey } from './levelKey';

/** A threshold tick: where it sits (whole percent, from the rules) and its label under the bar. */
export interface ChartTick {
  readonly percent: number;
  /** "MĐ1 90%" */
  readonly label: string;
  /** "mức độ 1", for the text alternative. */
  readonly name: string;
}

/** One bar; generic enough for the district sidebar (a share of units against thresholds). */
export interface ChartBar {
  readonly id: string;
  /** "2.1 Kỷ luật lao động"; "3.1 Công dân học tập (người học)" for the learners' share. */
  readonly label: string;
  /** The exact share drawn, or null when there is nothing to draw (no data, not applicable). */
  readonly share: { readonly numerator: number; readonly denominator: number } | null;
  /** "93,7%" beside the bar; "—" without a share. */
  readonly value: string;
  readonly ticks: readonly ChartTick[];
  readonly key: LevelKey;
  /** Lines under the bar: "45/48 thành viên · Đạt mức độ 1", "Mức độ 2: còn thiếu 1 người", "Không áp dụng: …". */
  readonly notes: readonly string[];
  /** One sentence with every figure of the bar, for the text alternative. */
  readonly summary: string;
}

export interface ShareBar extends ChartBar {
  readonly who: 'thanhVien' | 'nguoiHoc';
  /** More who must qualify for each level not reached yet (from the rules' minimum count). */
  readonly gaps: readonly { readonly target: 1 | 2; readonly count: number }[];
}

export interface ShareChart {
  readonly title: string;
  readonly bars: readonly ShareBar[];
}

const WHO = {
  thanhVien: { count: 'thành viên', gap: 'người', suffix: '' },
  nguoiHoc: { count: 'người học', gap: 'người học', suffix: ' (người học)' },
} as const;

function ticksOf(muc1: number, muc2: number): ChartTick[] {
  return [
    { percent: muc1, label: `MĐ1 ${muc1}%`, name: 'mức độ 1' },
    { percent: muc2, label: `MĐ2 ${muc2}%`, name: 'mức độ 2' },
  ];
}

function bar(r: ChiTieuResult, who: keyof typeof WHO, t: Tally | undefined, muc1: number, muc2: number, naReason?: string): ShareBar {
  const w = WHO[who];
  const id = r.chiTieu.id;
  const label = `${id} ${r.chiTieu.shortName}${w.suffix}`;
  const ticks = ticksOf(muc1, muc2);
  const thresholds = `ngưỡng mức độ 1 là ${muc1}%, mức độ 2 là ${muc2}%`;
  const base = { id, label, ticks, who };
  if (naReason !== undefined) {
    const note = `Không áp dụng: ${naReason}`;
    return { ...base, share: null, value: '—', key: 'na', notes: [note], gaps: [], summary: `${label}: ${note}.` };
  }
  if (!t || t.total === 0) {
    const note = levelLabel('nodata');
    return { ...base, share: null, value: '—', key: 'nd', notes: [note], gaps: [], summary: `${label}: ${note}; ${thresholds}.` };
  }
  // The same integer comparisons as the engine: never a rounded percentage.
  const level: Achieved = meetsShare(t, muc2) ? 2 : meetsShare(t, muc1) ? 1 : 0;
  const gaps = ([1, 2] as const).filter((target) => target > level).map((target) => ({ target, count: shortfall(t, target === 1 ? muc1 : muc2) }));
  const figures = `${formatCount(t)} ${w.count}`;
  const reached = level === 0 ? [] : [levelLabel(level)];
  const gapLines = gaps.map((g) => `Mức độ ${g.target}: còn thiếu ${g.count} ${w.gap}`);
  // Without evidence the chỉ tiêu is Không đạt whatever the share (the sidebar's own wording for it).
  const evidence = who === 'thanhVien' && r.missingEvidence && level > 0 ? ['Chưa có minh chứng: chỉ tiêu sẽ Không đạt'] : [];
  const said = [levelLabel(level), ...gapLines.map((g) => g.replace(/^M/, 'm')), ...evidence.map((e) => e.replace(/^C/, 'c'))];
  const summary = `${label}: ${figures}, tỉ lệ ${formatPercent(t)}; ${thresholds}; ${said.join('; ')}.`;
  return {
    ...base, share: { numerator: t.qualified, denominator: t.total }, value: formatPercent(t), key: levelKey(level),
    notes: [[figures, ...reached].join(' · '), ...gapLines, ...evidence], gaps, summary,
  };
}

/** The bars of every share chỉ tiêu of the unit, in catalogue order; the learners' share where it binds (Điều 2.8). */
export function shareChart(unit: UnitResult, unitName: string): ShareChart {
  const bars: ShareBar[] = [];
  for (const tc of unit.tieuChi) {
    for (const r of tc.chiTieu) {
      const rule = r.chiTieu.rule;
      if (rule.kind !== 'memberShare') continue;
      const na = notApplicableReason(r.chiTieu, unit.profile);
      bars.push(bar(r, 'thanhVien', r.members, rule.muc1, rule.muc2, na));
      // The engine binds learners by the unit type, or by learner figures given when the type is unknown.
      const bindsLearners = rule.learners && (hasNguoiHoc(unit.profile) ?? r.learners !== undefined);
      if (rule.learners && bindsLearners) bars.push(bar(r, 'nguoiHoc', r.learners, rule.learners.muc1, rule.learners.muc2, na));
    }
  }
  return { title: `Tỉ lệ so với ngưỡng: ${unitName}`, bars };
}
