// "Tạo báo cáo": reads the workbook once, builds the dossier from the one assessment, writes it as a new Google Doc,
// logs it in Lịch sử, and offers the PDF. Never overwrites an earlier report.
import { checkWorkbook } from '../../check/checkWorkbook';
import { checkOptions } from '../checkOptions';
import { reportContext } from '../../report/context';
import { PART_ORDER, buildDossier, defaultParts } from '../../report/dossier';
import { PartId } from '../../report/model';
import { levelLabel } from '../../rules/levels';
import { appendHistory } from '../history';
import { readSchoolWorkbook } from '../readSheets';
import { renderDocument } from './renderDocument';
import { today } from '../sheetAccess';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Plain JSON for google.script.run (no Date crosses it). */
export interface ReportResult {
  readonly id: string;
  readonly url: string;
  readonly name: string;
  readonly level: string;
  readonly parts: readonly string[];
  readonly errors: number;
  readonly warnings: number;
  /** Vietnamese notes for the user (data problems, parts left out…). */
  readonly notes: readonly string[];
}

/** The parts asked for, in bound order; unknown ids are ignored; none given → the default for the unit's level. */
function partsOf(requested: readonly string[] | undefined, fallback: PartId[]): PartId[] {
  if (!requested || !requested.length) return fallback;
  return PART_ORDER.map((p) => p.id).filter((id) => requested.includes(id));
}

export function createReport(ss: Spreadsheet, requested?: readonly string[]): ReportResult {
  const read = readSchoolWorkbook(ss);
  const check = checkWorkbook(read, checkOptions(ss));
  const when = today(ss);
  const ctx = reportContext(read.workbook, check.assessment, when.date);
  const parts = partsOf(requested, defaultParts(ctx));
  if (!parts.length) throw new Error('Chưa chọn phần nào của hồ sơ để tạo.');
  const model = buildDossier(ctx, parts);
  const name = `${model.name} - ${when.stamp}`;
  const doc = renderDocument(model, name);
  const level = levelLabel(check.assessment.unit.level);
  const notes: string[] = [];
  if (check.errors) notes.push(`Còn ${check.errors} lỗi dữ liệu: hồ sơ được lập theo số liệu hiện có; hãy sửa các lỗi (Kiểm tra dữ liệu) rồi tạo lại.`);
  if (!requested?.length && parts.length === 1) notes.push('Đơn vị chưa đạt mức độ 1 nên chỉ tạo Báo cáo tự đánh giá (Thông tư 24: đơn vị không đạt chỉ gửi báo cáo).');
  appendHistory(ss, { action: 'Tạo báo cáo', result: `${parts.length} phần; mức tự đánh giá: ${level}`, link: doc.getUrl() });
  return {
    id: doc.getId(), url: doc.getUrl(), name, level,
    parts: model.parts.map((p) => p.title), errors: check.errors, warnings: check.warnings, notes,
  };
}

/** The PDF of a report, base64-encoded for a download link in the sidebar (no Drive scope needed). */
export function reportPdf(id: string): { name: string; base64: string } {
  const doc = DocumentApp.openById(id);
  const blob = doc.getAs('application/pdf');
  return { name: `${doc.getName()}.pdf`, base64: Utilities.base64Encode(blob.getBytes()) };
}
