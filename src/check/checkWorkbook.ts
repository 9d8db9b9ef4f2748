// "Kiểm tra dữ liệu": every problem of the workbook with its sheet, cell, value and fix, plus the assessment itself.
import { Assessment, assessWorkbook } from '../assess/assessWorkbook';
import { Problem, SHEETS } from '../assess/problems';
import { isCoSoGiaoDuc } from '../rules/profile';
import { parseEvidenceCodes } from '../vocab/evidence';
import { cleanText, foldKey, isBlank } from '../vocab/normalize';
import { ReadResult, problemCell } from '../sheet/readWorkbook';
import { DON_VI } from '../sheet/schema';
import { textGaps } from '../report/textGaps';

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

function duplicateMembers(read: ReadResult): Problem[] {
  const seen = new Map<string, number | undefined>();
  const out: Problem[] = [];
  for (const m of read.workbook.members) {
    const key = foldKey(m.hoTen);
    if (!key) continue;
    if (seen.has(key)) {
      out.push({
        sheet: SHEETS.thanhVien, row: m.row, field: 'hoTen', value: cleanText(m.hoTen), severity: 'canhBao',
        message: `"${cleanText(m.hoTen)}" trùng họ tên với dòng ${seen.get(key) ?? '?'}: một người chỉ được ghi một lần.`,
        fix: 'Xóa dòng trùng; nếu là hai người cùng tên, ghi rõ ở cột Ghi chú hoặc Bộ phận.',
      });
    } else {
      seen.set(key, m.row);
    }
  }
  return out;
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

function learnerGaps(read: ReadResult, a: Assessment): Problem[] {
  if (isCoSoGiaoDuc(a.profile) !== true || read.workbook.classes.length > 0) return [];
  return [{
    sheet: SHEETS.nguoiHoc, severity: 'loi', message: 'Đơn vị là cơ sở giáo dục nhưng chưa nhập người học: chỉ tiêu 3.1 chưa tính được.',
    fix: 'Nhập mỗi lớp một dòng: lớp, sĩ số, số đạt Công dân học tập.',
  }];
}

export function checkWorkbook(read: ReadResult): CheckResult {
  const assessment = assessWorkbook(read.workbook);
  const all = [
    ...read.problems,
    ...missingSettings(read),
    ...assessment.problems,
    ...duplicateMembers(read),
    ...registerProblems(read),
    ...evidenceGaps(assessment),
    ...learnerGaps(read, assessment),
    ...textGaps(assessment),
  ];
  const problems = all
    .map((p) => ({ ...p, cell: problemCell(p, read.layout) }))
    .sort((x, y) => (x.severity === y.severity ? 0 : x.severity === 'loi' ? -1 : 1));
  const errors = problems.filter((p) => p.severity === 'loi').length;
  return { assessment, problems, errors, warnings: problems.length - errors };
}
