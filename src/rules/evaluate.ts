// Evaluation: chỉ tiêu level from its data and evidence, tiêu chí = lowest applicable chỉ tiêu, unit = lowest tiêu chí.
import { ChiTieu, TieuChi, allChiTieu, catalogue } from './catalogue';
import { Achieved, Level, lowestLevel } from './levels';
import { UnitProfile, hasNguoiHoc, notApplicableReason } from './profile';
import { Tally, meetsShare } from './share';
import { DigitalLevel } from '../vocab/digitalLevels';

/** What the unit reports for one chỉ tiêu, by kind of rule. `null` = not filled in yet. */
export type ChiTieuData =
  | { readonly kind: 'memberShare'; readonly members: Tally | null; readonly learners?: Tally | null }
  | { readonly kind: 'condition'; readonly claim: 'dat' | 'khongDat' | null }
  | { readonly kind: 'collectiveTitle'; readonly rank: number | null }
  | { readonly kind: 'digitalLevel'; readonly level: DigitalLevel | null };

export interface ChiTieuInput {
  readonly data: ChiTieuData;
  /**
   * Evidence codes cited for the chỉ tiêu. `null` means this caller does not assess evidence (a custom function given
   * bare counts); an empty list means "no evidence", which makes an achieved chỉ tiêu Không đạt.
   */
  readonly evidence: readonly string[] | null;
}

export interface ChiTieuResult {
  readonly chiTieu: ChiTieu;
  readonly level: Level;
  /** The level the data alone supports, before the evidence rule. */
  readonly dataLevel: Level;
  readonly members?: Tally;
  readonly learners?: Tally;
  /** Vietnamese sentences explaining the level (not applicable, no evidence, which share fell short…). */
  readonly reasons: readonly string[];
  readonly missingEvidence: boolean;
}

export interface TieuChiResult {
  readonly tieuChi: TieuChi;
  readonly level: Level;
  readonly chiTieu: readonly ChiTieuResult[];
  readonly counts: LevelCounts;
}

export interface LevelCounts {
  readonly applicable: number;
  readonly khongDat: number;
  readonly muc1: number;
  readonly muc2: number;
  readonly notApplicable: number;
  readonly noData: number;
}

export interface UnitResult {
  readonly profile: UnitProfile;
  readonly level: Level;
  readonly tieuChi: readonly TieuChiResult[];
  readonly counts: LevelCounts;
}

/** Thrown for inputs that do not fit the catalogue (a developer or data-mapping error, not user data). */
export class RuleError extends Error {}

function levelOfShare(t: Tally | null | undefined, muc1: number, muc2: number): Level {
  if (!t || t.total === 0) return 'nodata';
  if (meetsShare(t, muc2)) return 2;
  if (meetsShare(t, muc1)) return 1;
  return 0;
}

function dataLevel(ct: ChiTieu, data: ChiTieuData, profile: UnitProfile): { level: Level; members?: Tally; learners?: Tally } {
  const rule = ct.rule;
  if (rule.kind !== data.kind) throw new RuleError(`Chỉ tiêu ${ct.id} expects ${rule.kind} data, got ${data.kind}`);
  switch (rule.kind) {
    case 'condition': {
      const d = data as Extract<ChiTieuData, { kind: 'condition' }>;
      return { level: d.claim === null ? 'nodata' : d.claim === 'dat' ? 2 : 0 };
    }
    case 'memberShare': {
      const d = data as Extract<ChiTieuData, { kind: 'memberShare' }>;
      const members = d.members ?? undefined;
      const memberLevel = levelOfShare(members, rule.muc1, rule.muc2);
      if (!rule.learners) return { level: memberLevel, members };
      // Where the pupils are "Người học" (Điều 2.8) their share is a second, separate condition (never pooled with
      // staff); for the other units learner figures, even if given, are ignored: 3.1 is the members' share alone.
      const bindsLearners = hasNguoiHoc(profile) ?? d.learners != null;
      if (!bindsLearners) return { level: memberLevel, members };
      const learners = d.learners ?? undefined;
      const learnerLevel = levelOfShare(learners, rule.learners.muc1, rule.learners.muc2);
      return { level: lowestLevel([memberLevel, learnerLevel]), members, learners };
    }
    case 'collectiveTitle': {
      const d = data as Extract<ChiTieuData, { kind: 'collectiveTitle' }>;
      if (d.rank === null) return { level: 'nodata' };
      const muc2 = d.rank >= rule.muc2MinRank && (!rule.muc2RequiresCongLap || profile.congLap);
      return { level: muc2 ? 2 : d.rank >= rule.muc1MinRank ? 1 : 0 };
    }
    case 'digitalLevel': {
      const d = data as Extract<ChiTieuData, { kind: 'digitalLevel' }>;
      return { level: d.level === null ? 'nodata' : d.level };
    }
  }
}

/** The level of one chỉ tiêu for this unit. */
export function evaluateChiTieu(ct: ChiTieu, input: ChiTieuInput, profile: UnitProfile): ChiTieuResult {
  const naReason = notApplicableReason(ct, profile);
  if (naReason) {
    return { chiTieu: ct, level: 'na', dataLevel: 'na', reasons: [`Không áp dụng: ${naReason}.`], missingEvidence: false };
  }
  const { level, members, learners } = dataLevel(ct, input.data, profile);
  const reasons: string[] = [];
  const missingEvidence = input.evidence !== null && input.evidence.length === 0;
  let final: Level = level;
  if (missingEvidence && typeof level === 'number' && level > 0) {
    final = 0;
    reasons.push(`Không có minh chứng (nhóm ${ct.evidenceGroup}): chỉ tiêu không có minh chứng phù hợp được đánh giá là không đạt.`);
  }
  return { chiTieu: ct, level: final, dataLevel: level, members, learners, reasons, missingEvidence };
}

function countLevels(levels: readonly Level[]): LevelCounts {
  const n = (l: Level) => levels.filter((x) => x === l).length;
  return {
    applicable: levels.filter((l) => l !== 'na').length,
    khongDat: n(0),
    muc1: n(1),
    muc2: n(2),
    notApplicable: n('na'),
    noData: n('nodata'),
  };
}

/** A tiêu chí reaches a level only when all its applicable chỉ tiêu do: its level is their lowest. */
export function evaluateTieuChi(tc: TieuChi, results: readonly ChiTieuResult[]): TieuChiResult {
  const levels = results.map((r) => r.level);
  const level = lowestLevel(levels);
  if (level === 'na') throw new RuleError(`Every chỉ tiêu of ${tc.id} is not applicable: the catalogue or profile is wrong`);
  return { tieuChi: tc, level, chiTieu: results, counts: countLevels(levels) };
}

/**
 * The whole unit. `inputs` maps chỉ tiêu id → input; a missing entry is treated as not filled in (Chưa có dữ liệu),
 * except for chỉ tiêu that do not apply.
 */
export function evaluateUnit(profile: UnitProfile, inputs: Readonly<Record<string, ChiTieuInput>>): UnitResult {
  const cat = catalogue(profile.tier);
  const known = new Set(allChiTieu(profile.tier).map((c) => c.id));
  for (const id of Object.keys(inputs)) {
    if (!known.has(id)) throw new RuleError(`No chỉ tiêu ${id} at tier ${profile.tier}`);
  }
  const tieuChi = cat.tieuChi.map((tc) =>
    evaluateTieuChi(tc, tc.chiTieu.map((ct) => evaluateChiTieu(ct, inputs[ct.id] ?? emptyInput(ct), profile))),
  );
  const allLevels = tieuChi.flatMap((t) => t.chiTieu.map((c) => c.level));
  return { profile, level: lowestLevel(tieuChi.map((t) => t.level)), tieuChi, counts: countLevels(allLevels) };
}

/** The input of a chỉ tiêu nobody has filled in. */
export function emptyInput(ct: ChiTieu): ChiTieuInput {
  switch (ct.rule.kind) {
    case 'memberShare': return { data: { kind: 'memberShare', members: null, learners: null }, evidence: [] };
    case 'condition': return { data: { kind: 'condition', claim: null }, evidence: [] };
    case 'collectiveTitle': return { data: { kind: 'collectiveTitle', rank: null }, evidence: [] };
    case 'digitalLevel': return { data: { kind: 'digitalLevel', level: null }, evidence: [] };
  }
}

export function isAchieved(level: Level): level is 1 | 2 {
  return level === 1 || level === 2;
}

export type { Achieved };
