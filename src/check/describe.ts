// Vietnamese one-line descriptions of problems and of a check, for alerts, the history and the terminal.
import { Problem } from '../assess/problems';
import { levelLabel } from '../rules/levels';
import { CheckResult } from './checkWorkbook';

/** "Thành viên!G12 (giá trị "tốt"): … → Cách sửa: …" */
export function describeProblem(p: Problem): string {
  const where = p.cell ? `${p.sheet}!${p.cell}` : p.sheet;
  const value = p.value ? ` (giá trị "${p.value}")` : '';
  const tag = p.severity === 'loi' ? 'Lỗi' : 'Cảnh báo';
  return `${tag} – ${where}${value}: ${p.message} → Cách sửa: ${p.fix}`;
}

export function checkSummary(r: CheckResult): string {
  const level = levelLabel(r.assessment.unit.level);
  if (r.problems.length === 0) return `Không có lỗi. Mức đạt hiện tại: ${level}.`;
  return `${r.errors} lỗi, ${r.warnings} cảnh báo. Mức đạt hiện tại: ${level}.`;
}

/** The alert text: summary and the first problems. */
export function checkReport(r: CheckResult, max = 12): string {
  const lines = r.problems.slice(0, max).map(describeProblem);
  const more = r.problems.length > max ? [`… và ${r.problems.length - max} vấn đề khác.`] : [];
  return [checkSummary(r), '', ...lines, ...more].join('\n');
}
