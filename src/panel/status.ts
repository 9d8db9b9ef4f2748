// Everything the sidebar shows, as plain JSON from one check (no Date crosses google.script.run).
import { CheckResult } from '../check/checkWorkbook';
import { figuresOf } from '../assess/assessWorkbook';
import { PART_ORDER, defaultParts } from '../report/dossier';
import { ReportContext } from '../report/context';
import { gapSentence } from '../rules/gap';
import { levelLabel } from '../rules/levels';
import { unitType } from '../rules/unitTypes';
import { formatCount, formatPercent } from '../rules/share';
import { deadlineDate } from '../sheet/guide';
import { formatDate } from '../vocab/dates';
import { validUntil } from '../district/recognition';
import { cleanText, foldKey } from '../vocab/normalize';
import { ShareChart, shareChart } from './shareChart';
import { LevelKey, levelKey } from './levelKey';
import { folderName, folderYear } from '../report/documentsFolderName';

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

export interface PanelMember {
  readonly name: string;
  readonly role: string;
  readonly chiTieu: readonly string[];
  /** What is still missing in this member's chỉ tiêu ("2.3: chưa có điểm mạnh"). */
  readonly missing: readonly string[];
}

export interface PanelStatus {
  /** Next deadline, e.g. "Hồ sơ gửi … trước ngày 15/01/2026 (còn 53 ngày)". */
  readonly deadline: string;
  /** Recognition status from the settings. */
  readonly recognition: string;
  readonly team: readonly PanelMember[];
  readonly unit: { readonly name: string; readonly year: string; readonly tier: string; readonly type: string };
  /** The Drive folder Tạo báo cáo files the dossier in ("ĐVHT – Hồ sơ 2025"). */
  readonly folder: string;
  readonly level: string;
  readonly key: LevelKey;
  readonly tieuChi: readonly { readonly id: string; readonly title: string; readonly level: string; readonly key: LevelKey; readonly chiTieu: readonly PanelChiTieu[] }[];
  readonly problems: readonly PanelProblem[];
  readonly errors: number;
  readonly warnings: number;
  readonly parts: readonly { readonly id: string; readonly title: string; readonly selected: boolean }[];
  /** Every share chỉ tiêu against its two thresholds, for the chart. */
  readonly shares: ShareChart;
}

const DAY = 86400000;

function deadlineLine(ctx: ReportContext): string {
  const s = ctx.wb.settings;
  const due = deadlineDate(s.hanNopHoSo, ctx.year);
  if (!due) return 'Chưa có thời hạn nộp hồ sơ (ghi ở sheet Đơn vị).';
  const when = formatDate(due);
  const days = Math.round((Date.UTC(due.year, due.month - 1, due.day) - Date.UTC(ctx.date.year, ctx.date.month - 1, ctx.date.day)) / DAY);
  const left = days > 0 ? `còn ${days} ngày` : days === 0 ? 'hạn là hôm nay' : `đã quá hạn ${-days} ngày`;
  return `Hồ sơ gửi ${ctx.authority} trước ngày ${when} (${left}).`;
}

function recognitionLine(ctx: ReportContext): string {
  const level = cleanText(ctx.wb.settings.mucDaCongNhan);
  const year = cleanText(ctx.wb.settings.namCongNhan);
  if (!/mức độ [12]/i.test(level) || !validUntil(year)) return 'Chưa được công nhận “Đơn vị học tập”.';
  const upgrade = /1$/.test(level) ? ' Có thể đề nghị công nhận mức độ 2 sau ít nhất 12 tháng kể từ ngày quyết định công nhận.' : '';
  return `Đã công nhận ${level.toLowerCase()} năm ${year}: bảo lưu đến ${validUntil(year)}.${upgrade}`;
}

/** Per member of the self-assessment team: the chỉ tiêu they own and what is still missing there. */
function team(check: CheckResult, ctx: ReportContext): PanelMember[] {
  const a = check.assessment;
  return ctx.wb.council.filter((m) => cleanText(m.hoTen)).map((m) => {
    const name = cleanText(m.hoTen);
    const listed = cleanText(m.chiTieuPhuTrach).match(/[1-3]\.[1-6]/g) ?? [];
    const owned = Object.values(a.chiTieu).filter((c) => foldKey(c.row.nguoiPhuTrach) === foldKey(name)).map((c) => c.result.chiTieu.id);
    const ids = [...new Set([...listed, ...owned])].filter((id) => a.chiTieu[id] && a.chiTieu[id].result.level !== 'na').sort();
    const missing: string[] = [];
    for (const id of ids) {
      const row = a.chiTieu[id].row.row;
      for (const p of check.problems) {
        if (p.sheet !== 'Chỉ tiêu' || p.row !== row) continue;
        missing.push(p.message.replace(/^Chỉ tiêu \d\.\d:? ?/, `${id}: `).replace(/; báo cáo sẽ ghi.*$/, ''));
      }
    }
    return { name, role: cleanText(m.nhiemVu), chiTieu: ids, missing };
  });
}

export function panelStatus(check: CheckResult, ctx: ReportContext): PanelStatus {
  const a = check.assessment;
  const chosen = new Set(defaultParts(ctx));
  return {
    folder: folderName(folderYear(ctx.year, ctx.date.year)),
    deadline: deadlineLine(ctx),
    recognition: recognitionLine(ctx),
    team: team(check, ctx),
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
    shares: shareChart(a.unit, ctx.unitName),
  };
}
