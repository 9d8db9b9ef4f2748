// "Kiểm tra dữ liệu": every problem of the workbook with its sheet, cell, value and fix, plus the assessment itself.
import { Assessment, assessWorkbook } from '../assess/assessWorkbook';
import { Problem, SHEETS } from '../assess/problems';
import { hasNguoiHoc } from '../rules/profile';
import { unitType, unitTypeInSentence } from '../rules/unitTypes';
import { parseEvidenceCodes } from '../vocab/evidence';
import { cleanText, foldKey, isBlank } from '../vocab/normalize';
import { oddCharactersSuffix } from '../vocab/characters';
import { CalendarDate, DateOf } from '../vocab/dates';
import { ReadResult, problemCell } from '../sheet/readWorkbook';
import { DON_VI, NEEDS_CONFIRMATION } from '../sheet/schema';
import { textGaps } from '../report/textGaps';
import { dateSettingProblems } from './settings';
import { duplicateMembers, emptyRoster, nameProblems } from './members';
import { evidenceDateProblems } from './evidenceDates';
import { layoutProblems } from './layout';

export interface CheckResult {
  readonly assessment: Assessment;
  /** Errors first, then warnings; each with its A1 cell when known. */
  readonly problems: readonly Problem[];
  readonly errors: number;
  readonly warnings: number;
}

/** Fields whose absence the profile reader already reports (assessWorkbook). */
const PROFILE_FIELDS = new Set(['loaiDonVi', 'capCongNhan', 'congLap']);

function missingSettings(read: ReadResult): Problem[] {
  const s = read.workbook.settings as unknown as Record<string, unknown>;
  return DON_VI.fields
    .filter((f) => f.required && !PROFILE_FIELDS.has(f.key) && isBlank(s[f.key]))
    .map((f) => ({
      sheet: SHEETS.donVi, field: f.key, value: '', severity: 'loi' as const,
      message: `Chưa nhập "${f.label}".`, fix: f.help,
    }));
}

function registerProblems(read: ReadResult): Problem[] {
  const out: Problem[] = [];
  const seen = new Set<string>();
  for (const e of read.workbook.evidence) {
    const parsed = parseEvidenceCodes(e.ma);
    const code = parsed.codes[0];
    if (!code || parsed.invalid.length || parsed.codes.length > 1) {
      out.push({ sheet: SHEETS.minhChung, row: e.row, field: 'ma', value: cleanText(e.ma), severity: 'loi', message: `Mã minh chứng "${cleanText(e.ma)}" không đúng dạng.`, fix: 'Mỗi dòng một mã, dạng TC1-01-01 hoặc [M02.03.02].' });
      continue;
    }
    if (seen.has(code)) {
      out.push({ sheet: SHEETS.minhChung, row: e.row, field: 'ma', value: code, severity: 'loi', message: `Mã minh chứng ${code} bị trùng.`, fix: 'Mỗi minh chứng một mã riêng; đánh số tiếp theo cho minh chứng mới.' });
    }
    seen.add(code);
    if (isBlank(e.ten)) {
      out.push({ sheet: SHEETS.minhChung, row: e.row, field: 'ten', value: '', severity: 'loi', message: `Minh chứng ${code} chưa có tên.`, fix: 'Ghi tên văn bản, tài liệu minh chứng.' });
    }
    if (foldKey(e.xacNhanLai) === foldKey(NEEDS_CONFIRMATION)) {
      out.push({
        sheet: SHEETS.minhChung, row: e.row, field: 'xacNhanLai', value: NEEDS_CONFIRMATION, severity: 'canhBao',
        message: `Minh chứng ${code} chuyển từ năm trước, cần xác nhận lại cho năm đánh giá này.`,
        fix: `Kiểm tra minh chứng còn dùng được cho năm đánh giá này rồi xóa dấu "${NEEDS_CONFIRMATION}" ở cột "Xác nhận lại".`,
      });
    }
  }
  return out;
}

function evidenceGaps(a: Assessment): Problem[] {
  const out: Problem[] = [];
  for (const c of Object.values(a.chiTieu)) {
    const r = c.result;
    if (r.level === 'na' || !r.missingEvidence) continue;
    out.push({
      sheet: SHEETS.chiTieu, row: c.row.row, field: 'minhChung', value: '', severity: 'loi',
      message: `Chỉ tiêu ${r.chiTieu.id} chưa có mã minh chứng nên được đánh giá Không đạt.`,
      fix: `Ghi mã minh chứng (nhóm ${r.chiTieu.evidenceGroup}) và thêm minh chứng vào sheet "${SHEETS.minhChung}".`,
    });
  }
  return out;
}

/**
 * The problems met while reading; those of the Người học sheet are only warnings for a unit whose pupils are not
 * "Người học" (Điều 2.8): the rules do not read that sheet for it.
 */
function readingProblems(read: ReadResult, a: Assessment): Problem[] {
  if (hasNguoiHoc(a.profile) !== false) return [...read.problems];
  return read.problems.map((p) => (p.sheet === SHEETS.nguoiHoc && p.severity === 'loi' ? { ...p, severity: 'canhBao' as const } : p));
}

/**
 * 3.1 counts learners only where the pupils are "Người học" (Điều 2.8): there an empty Người học sheet is an error;
 * for the other units a filled one is a warning at Người học!A1 saying it is not needed.
 */
function learnerGaps(read: ReadResult, a: Assessment): Problem[] {
  const learners = hasNguoiHoc(a.profile);
  const filled = read.workbook.classes.length > 0;
  if (learners === true && !filled) {
    return [{
      sheet: SHEETS.nguoiHoc, severity: 'loi', message: 'Đơn vị là cơ sở giáo dục có người học (Thông tư 24, Điều 2.8) nhưng chưa nhập người học: chỉ tiêu 3.1 chưa tính được.',
      fix: 'Nhập mỗi lớp một dòng: lớp, sĩ số, số đạt Công dân học tập.',
    }];
  }
  if (learners !== false || !filled || !a.profile.unitType) return [];
  const school = unitType(a.profile.unitType).traits.coSoGiaoDuc;
  return [{
    sheet: SHEETS.nguoiHoc, cell: 'A1', severity: 'canhBao',
    message: `Đơn vị là ${unitTypeInSentence(a.profile.unitType)}: Thông tư 24 (Điều 2.8) không tính người học ở chỉ tiêu 3.1; sheet ${SHEETS.nguoiHoc} không cần điền.`,
    fix: school
      ? `Chỉ tiêu 3.1 chỉ tính Thành viên trong đơn vị. Số liệu sheet ${SHEETS.nguoiHoc} không được tính; nếu giữ lại, số lớp và sĩ số chỉ dùng để mô tả tình hình chung trong báo cáo.`
      : `Chỉ tiêu 3.1 chỉ tính Thành viên trong đơn vị. Số liệu sheet ${SHEETS.nguoiHoc} không được tính; có thể xóa.`,
  }];
}

export interface CheckOptions {
  /** Today in the spreadsheet's time zone, from the runtime's clock (pure code never reads the clock itself). */
  readonly today?: CalendarDate;
  /** Date cells → calendar days in the spreadsheet's time zone (default: calendarOfDate). */
  readonly dateOf?: DateOf;
}

/** A value holding look-alike or invisible characters gets them named by code point in its message. */
function withCharacterNote(p: Problem): Problem {
  const note = oddCharactersSuffix(p.value);
  return note ? { ...p, message: `${p.message}${note}` } : p;
}

export function checkWorkbook(read: ReadResult, options: CheckOptions = {}): CheckResult {
  const assessment = assessWorkbook(read.workbook);
  const { settings, members, evidence } = read.workbook;
  const dates = dateSettingProblems(settings, options);
  const nameReported = new Set(assessment.problems.filter((p) => p.sheet === SHEETS.thanhVien && p.field === 'hoTen').map((p) => p.row));
  const all = [
    ...readingProblems(read, assessment),
    ...missingSettings(read),
    ...dates.problems,
    ...assessment.problems,
    ...emptyRoster(assessment.memberCount, read.layout.tables[SHEETS.thanhVien], assessment.profile.tier),
    ...nameProblems(members, nameReported),
    ...duplicateMembers(members),
    ...registerProblems(read),
    ...(dates.year !== undefined ? evidenceDateProblems(evidence, dates.year, options.dateOf) : []),
    ...evidenceGaps(assessment),
    ...learnerGaps(read, assessment),
    ...layoutProblems(read, assessment.profile),
    ...textGaps(assessment),
  ];
  const problems = all
    .map((p) => withCharacterNote({ ...p, cell: problemCell(p, read.layout) }))
    .sort((x, y) => (x.severity === y.severity ? 0 : x.severity === 'loi' ? -1 : 1));
  const errors = problems.filter((p) => p.severity === 'loi').length;
  return { assessment, problems, errors, warnings: problems.length - errors };
}
