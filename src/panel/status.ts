// Everything the sidebar shows, as plain JSON from one check (no Date crosses google.script.run).
import { CheckResult } from '../check/checkWorkbook';
import { figuresOf } from '../assess/assessWorkbook';
import { PART_ORDER, defaultParts } from '../report/dossier';
import { ReportContext } from '../report/context';
import { gapSentence } from '../rules/gap';
import { Level, levelLabel } from '../rules/levels';
import { unitType } from '../rules/unitTypes';
import { formatCount, formatPercent } from '../rules/share';

/** 'kd' Không đạt, 'm1', 'm2', 'na' Không áp dụng, 'nd' Chưa có dữ liệu: the traffic lights. */
export type LevelKey = 'kd' | 'm1' | 'm2' | 'na' | 'nd';

export function levelKey(l: Level): LevelKey {
  return l === 0 ? 'kd' : l === 1 ? 'm1' : l === 2 ? 'm2' : l === 'na' ? 'na' : 'nd';
}

export interface PanelChiTieu {
  readonly id: string;
  readonly name: string;
  readonly level: string;
  readonly key: LevelKey;
  /** "42/45 thành viên, tỉ lệ 93,3%" for share chỉ tiêu. */
  readonly figures: string;
  /** "42/45 (93,3%)" for the one-line view; the level otherwise. */
  readonly short: string;
  readonly gap: string;
  readonly evidence: readonly string[];
  readonly missingEvidence: boolean;
  readonly reasons: readonly string[];
}

export interface PanelProblem {
  readonly sheet: string;
  readonly cell: string;
  readonly value: string;
  readonly message: string;
  readonly fix: string;
  readonly severity: 'loi' | 'canhBao';
}

export interface PanelStatus {
  readonly unit: { readonly name: string; readonly year: string; readonly tier: string; readonly type: string };
  readonly level: string;
  readonly key: LevelKey;
  readonly tieuChi: readonly { readonly id: string; readonly title: string; readonly level: string; readonly key: LevelKey; readonly chiTieu: readonly PanelChiTieu[] }[];
  readonly problems: readonly PanelProblem[];
  readonly errors: number;
  readonly warnings: number;
  readonly parts: readonly { readonly id: string; readonly title: string; readonly selected: boolean }[];
}

export function panelStatus(check: CheckResult, ctx: ReportContext): PanelStatus {
  const a = check.assessment;
  const chosen = new Set(defaultParts(ctx));
  return {
    unit: {
      name: ctx.unitName, year: ctx.year, tier: a.profile.tierName,
      type: a.profile.unitType ? unitType(a.profile.unitType).label : 'Chưa chọn loại đơn vị',
    },
    level: levelLabel(a.unit.level),
    key: levelKey(a.unit.level),
    tieuChi: a.unit.tieuChi.map((tc) => ({
      id: tc.tieuChi.id,
      title: `Tiêu chí ${tc.tieuChi.no}: ${tc.tieuChi.title}`,
      level: levelLabel(tc.level),
      key: levelKey(tc.level),
      chiTieu: tc.chiTieu.map((r) => {
        const c = a.chiTieu[r.chiTieu.id];
        return {
          id: r.chiTieu.id, name: r.chiTieu.shortName, level: levelLabel(r.level), key: levelKey(r.level),
          figures: c.members && r.level !== 'na' ? figuresOf(c.members.tally, c.learners) : '',
          short: c.members && r.level !== 'na' ? `${formatCount(c.members.tally)} (${formatPercent(c.members.tally)})` : levelLabel(r.level),
          gap: gapSentence(r), evidence: c.evidence.map((e) => e.code), missingEvidence: r.missingEvidence, reasons: r.reasons,
        };
      }),
    })),
    problems: check.problems.map((p) => ({
      sheet: p.sheet, cell: p.cell ?? '', value: p.value ?? '', message: p.message, fix: p.fix, severity: p.severity,
    })),
    errors: check.errors,
    warnings: check.warnings,
    parts: PART_ORDER.map((p) => ({ id: p.id, title: p.title, selected: chosen.has(p.id) })),
  };
}
