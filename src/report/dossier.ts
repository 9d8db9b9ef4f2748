// Assembles the dossier (hồ sơ) in the bound order of TT24.md §6 from one assessment, for the parts the user picks.
import { levelLabel } from '../rules/levels';
import { ReportContext } from './context';
import { DocumentModel, ND30_PAGE, Part, PartId, partText } from './model';
import { abbreviations, councilList, coverPage, evidenceList, minutes, summaryTable, toTrinh, usedAbbreviations } from './parts/otherParts';
import { selfReport } from './parts/selfReport';

export const PART_ORDER: readonly { id: PartId; title: string }[] = [
  { id: 'trangBia', title: 'Trang bìa' },
  { id: 'toTrinh', title: 'Tờ trình đề nghị đánh giá, công nhận' },
  { id: 'hoiDong', title: 'Danh sách và chữ ký thành viên Hội đồng tự đánh giá' },
  { id: 'tongHop', title: 'Bản tổng hợp kết quả tự đánh giá các tiêu chí, chỉ tiêu' },
  { id: 'vietTat', title: 'Danh mục chữ viết tắt' },
  { id: 'bienBan', title: 'Biên bản tự đánh giá' },
  { id: 'baoCao', title: 'Báo cáo tự đánh giá' },
  { id: 'minhChung', title: 'Danh mục các minh chứng' },
];

/** A unit that does not reach mức độ 1 sends only the báo cáo (TT24.md §6). */
export function defaultParts(ctx: ReportContext): PartId[] {
  const level = ctx.a.unit.level;
  return level === 1 || level === 2 ? PART_ORDER.map((p) => p.id) : ['baoCao'];
}

export function buildDossier(ctx: ReportContext, selected: readonly PartId[] = defaultParts(ctx)): DocumentModel {
  const want = new Set(selected);
  const build: Record<Exclude<PartId, 'vietTat'>, () => Part['blocks']> = {
    trangBia: () => coverPage(ctx), toTrinh: () => toTrinh(ctx), hoiDong: () => councilList(ctx), tongHop: () => summaryTable(ctx),
    bienBan: () => minutes(ctx), baoCao: () => selfReport(ctx), minhChung: () => evidenceList(ctx),
  };
  const parts: Part[] = [];
  for (const p of PART_ORDER) {
    if (!want.has(p.id) || p.id === 'vietTat') continue;
    parts.push({ id: p.id, title: p.title, blocks: build[p.id]() });
  }
  if (want.has('vietTat')) {
    // Collected from the abbreviations the other parts actually use.
    const used = usedAbbreviations(parts.map(partText));
    const at = parts.findIndex((p) => PART_ORDER.findIndex((o) => o.id === p.id) > PART_ORDER.findIndex((o) => o.id === 'vietTat'));
    const part: Part = { id: 'vietTat', title: 'Danh mục chữ viết tắt', blocks: abbreviations(ctx, used) };
    parts.splice(at === -1 ? parts.length : at, 0, part);
  }
  const name = `Hồ sơ ĐVHT ${ctx.year} - ${ctx.unitName}`;
  return { name, page: ND30_PAGE, parts };
}

/** One line for the history and the sidebar. */
export function dossierSummary(ctx: ReportContext, model: DocumentModel): string {
  return `${model.parts.length} phần; mức tự đánh giá: ${levelLabel(ctx.a.unit.level)}`;
}
