// "Tạo báo cáo": reads the workbook once, builds the dossier from the one assessment, writes it as a new Google Doc
// (one Drive call, src/gas/report/saveDocument.ts), logs it in Lịch sử, and offers the Doc, its PDF and the .docx.
// Never overwrites an earlier report.
import { checkWorkbook } from '../../check/checkWorkbook';
import { checkOptions } from '../checkOptions';
import { reportContext } from '../../report/context';
import { PART_ORDER, buildDossier, defaultParts } from '../../report/dossier';
import { PartId } from '../../report/model';
import { levelLabel } from '../../rules/levels';
import { appendHistory } from '../history';
import { readSchoolWorkbook } from '../readSheets';
import { SavedDocument, documentNotes, saveDocument } from './saveDocument';
import { folderYear } from '../../report/documentsFolderName';
import { today } from '../sheetAccess';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Plain JSON for google.script.run (no Date crosses it). */
export interface ReportResult extends SavedDocument {
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

/** `inFolder`: put the Doc in the year's folder "ĐVHT – Hồ sơ <năm>" (the default), or in the user's My Drive. */
export function createReport(ss: Spreadsheet, requested?: readonly string[], inFolder = true): ReportResult {
  const read = readSchoolWorkbook(ss);
  const tz = ss.getSpreadsheetTimeZone();
  const when = today(ss, tz);
  const check = checkWorkbook(read, checkOptions(ss, tz, when.date));
  const ctx = reportContext(read.workbook, check.assessment, when.date);
  const parts = partsOf(requested, defaultParts(ctx));
  if (!parts.length) throw new Error('Chưa chọn phần nào của hồ sơ để tạo.');
  const model = buildDossier(ctx, parts);
  const name = `${model.name} - ${when.stamp}`;
  const doc = saveDocument(model, name, inFolder ? folderYear(ctx.year, when.date.year) : undefined);
  const level = levelLabel(check.assessment.unit.level);
  const notes: string[] = documentNotes(doc);
  if (check.errors) notes.push(`Còn ${check.errors} lỗi dữ liệu: hồ sơ được lập theo số liệu hiện có; hãy sửa các lỗi (Kiểm tra dữ liệu) rồi tạo lại.`);
  if (!requested?.length && parts.length === 1) notes.push('Đơn vị chưa đạt mức độ 1 nên chỉ tạo Báo cáo tự đánh giá (Thông tư 24: đơn vị không đạt chỉ gửi báo cáo).');
  appendHistory(ss, { action: 'Tạo báo cáo', result: `${parts.length} phần; mức tự đánh giá: ${level}`, link: doc.url }, tz);
  return {
    ...doc, level,
    parts: model.parts.map((p) => p.title), errors: check.errors, warnings: check.warnings, notes,
  };
}
