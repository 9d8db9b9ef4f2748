// The figures the dossier states, computed once from the assessment so that every table equals its text.
import { ChiTieuAssessment } from '../assess/assessWorkbook';
import { TieuChiResult } from '../rules/evaluate';
import { Level, levelLabel } from '../rules/levels';
import { Tally, formatCount, formatPercent } from '../rules/share';
import { cleanText, foldKey } from '../vocab/normalize';
import { toNumber } from '../vocab/numbers';
import { ClassRow, MemberRow } from '../workbook/records';
import { ReportContext } from './context';

export interface Counts {
  /** Applicable items. */
  readonly total: number;
  /** Items at mức 1 or 2. */
  readonly dat: number;
  readonly muc1: number;
  readonly muc2: number;
  readonly khongDat: number;
  readonly noData: number;
  readonly notApplicable: number;
}

function countLevels(levels: readonly Level[]): Counts {
  const n = (l: Level) => levels.filter((x) => x === l).length;
  const applicable = levels.filter((l) => l !== 'na');
  return {
    total: applicable.length, dat: n(1) + n(2), muc1: n(1), muc2: n(2), khongDat: n(0), noData: n('nodata'), notApplicable: n('na'),
  };
}

export function chiTieuCounts(ctx: ReportContext): Counts {
  return countLevels(ctx.a.unit.tieuChi.flatMap((t) => t.chiTieu.map((c) => c.level)));
}

export function tieuChiCounts(ctx: ReportContext): Counts {
  return countLevels(ctx.a.unit.tieuChi.map((t) => t.level));
}

export function tieuChiLevelCounts(tc: TieuChiResult): Counts {
  return countLevels(tc.chiTieu.map((c) => c.level));
}

/** "14/14 (100,0%)" */
export function ofTotal(n: number, total: number): string {
  return `${n}/${total} (${formatPercent({ qualified: n, total })})`;
}

/** "45/48 thành viên được đào tạo…, tỉ lệ 93,7%" with the chỉ tiêu's own phrase. */
export function shareSentence(c: ChiTieuAssessment): string | undefined {
  const rule = c.result.chiTieu.rule;
  if (rule.kind !== 'memberShare' || !c.members) return undefined;
  const m = c.members.tally;
  const parts = [`${formatCount(m)} thành viên ${rule.memberPhrase}, tỉ lệ ${formatPercent(m)}`];
  if (c.learners) parts.push(`${formatCount(c.learners)} người học ${rule.learnerPhrase ?? rule.memberPhrase}, tỉ lệ ${formatPercent(c.learners)}`);
  return parts.join('; ');
}

export function levelText(level: Level): string {
  return levelLabel(level);
}

export interface StaffFigures {
  readonly total: number;
  readonly byRole: readonly { readonly role: string; readonly label: string; readonly count: number }[];
}

const ROLES: readonly [string, string][] = [['cbql', 'cán bộ quản lý'], ['gv', 'giáo viên'], ['nv', 'nhân viên'], ['hd', 'lao động hợp đồng']];

/** Members by role (CBQL / GV / NV / HĐ), from the roster the rules engine counted. */
export function staffFigures(members: readonly MemberRow[]): StaffFigures {
  const named = members.filter((m) => cleanText(m.hoTen));
  const byRole = ROLES.map(([key, label]) => ({ role: key, label, count: named.filter((m) => foldKey(m.loai) === key).length }));
  const other = named.length - byRole.reduce((n, r) => n + r.count, 0);
  return { total: named.length, byRole: other > 0 ? [...byRole, { role: 'khac', label: 'chưa ghi loại', count: other }] : byRole };
}

export interface GradeFigures {
  readonly grade: string;
  readonly classes: number;
  readonly learners: number;
}

/** Classes and learners by khối (grade), in the order first met. */
export function gradeFigures(classes: readonly ClassRow[]): GradeFigures[] {
  const out = new Map<string, { classes: number; learners: number }>();
  for (const c of classes) {
    if (!cleanText(c.lop)) continue;
    const grade = cleanText(typeof c.khoi === 'number' ? String(c.khoi) : c.khoi) || 'Khác';
    const g = out.get(grade) ?? { classes: 0, learners: 0 };
    g.classes += 1;
    g.learners += toNumber(c.siSo) ?? 0;
    out.set(grade, g);
  }
  return [...out.entries()].map(([grade, g]) => ({ grade, ...g }));
}

export function tallyText(t: Tally): string {
  return `${formatCount(t)} (${formatPercent(t)})`;
}
