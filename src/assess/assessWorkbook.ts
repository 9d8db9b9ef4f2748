// Assesses a whole school workbook: records in, the rules engine's result plus every figure and problem out (pure).
import { ChiTieu, allChiTieu } from '../rules/catalogue';
import { ChiTieuData, ChiTieuInput, ChiTieuResult, UnitResult, evaluateUnit } from '../rules/evaluate';
import { Level, levelLabel } from '../rules/levels';
import { UnitProfile, hasNguoiHoc, notApplicableReason } from '../rules/profile';
import { Tally, formatCount, formatPercent } from '../rules/share';
import { parseClaim, parseClaimedLevel } from '../vocab/claims';
import { DIGITAL_LEVEL_HELP, DigitalLevel, digitalLevelOfScores, parseDigitalLevelName, DIGITAL_LEVEL_NAMES } from '../vocab/digitalLevels';
import { EVIDENCE_HELP, parseEvidenceCodes } from '../vocab/evidence';
import { cleanText, isBlank } from '../vocab/normalize';
import { toNumber } from '../vocab/numbers';
import { COLLECTIVE_TITLE_HELP, parseCollectiveTitle } from '../vocab/titles';
import { ChiTieuRow, EvidenceRow, MEMBER_COLUMN_OF, SchoolWorkbook } from '../workbook/records';
import { MemberShare, learnerTally, memberShare, rosterOf } from './memberShares';
import { Problem, SHEETS } from './problems';
import { CHI_TIEU, NGUOI_HOC, THANH_VIEN } from '../sheet/schema';
import { profileFromSettings } from './unitProfile';

/** The table sheets a chỉ tiêu's inputs come from, for naming an unreadable column by its header. */
const TABLE_SHEETS = [THANH_VIEN, NGUOI_HOC, CHI_TIEU];

export interface CitedEvidence {
  readonly code: string;
  /** The register entry whose code is this one, if any. */
  readonly entry?: EvidenceRow;
}

export interface ChiTieuAssessment {
  readonly result: ChiTieuResult;
  readonly row: ChiTieuRow;
  readonly members?: MemberShare;
  readonly learners?: Tally;
  readonly evidence: readonly CitedEvidence[];
  /** The level the unit gave itself, when it gave one. */
  readonly claimed?: Level;
  /** Inputs that could not be read ("Thành viên: kyLuat"): the chỉ tiêu is then "Chưa có dữ liệu" (header problems say why). */
  readonly unreadable: readonly string[];
}

export interface Assessment {
  readonly profile: UnitProfile;
  readonly unit: UnitResult;
  readonly chiTieu: Readonly<Record<string, ChiTieuAssessment>>;
  readonly memberCount: number;
  readonly learners: Tally | null;
  readonly problems: readonly Problem[];
}

const EMPTY_ROW: ChiTieuRow = {};

function problem(ct: ChiTieu, row: ChiTieuRow, field: keyof ChiTieuRow, message: string, fix: string, severity: Problem['severity'] = 'loi'): Problem {
  return { sheet: SHEETS.chiTieu, row: row.row, field, value: cleanText(row[field]), message: `Chỉ tiêu ${ct.id}: ${message}`, fix, severity };
}

function digitalLevelOf(ct: ChiTieu, row: ChiTieuRow, problems: Problem[]): DigitalLevel | null {
  const a = toNumber(row.diemDayHoc);
  const b = toNumber(row.diemQuanTri);
  const byName = isBlank(row.mucChuyenDoiSo) ? null : parseDigitalLevelName(row.mucChuyenDoiSo) ?? null;
  if (!isBlank(row.mucChuyenDoiSo) && byName === null) {
    problems.push(problem(ct, row, 'mucChuyenDoiSo', `mức chuyển đổi số "${cleanText(row.mucChuyenDoiSo)}" không hợp lệ.`,
      `Hãy ${DIGITAL_LEVEL_HELP}. "Mức độ 2" theo Quyết định 4725 là “Mức đáp ứng cơ bản”.`));
  }
  if (a !== undefined && b !== undefined) {
    const byScores = digitalLevelOfScores(a, b);
    if (byScores === undefined) {
      problems.push(problem(ct, row, 'diemDayHoc', 'điểm nhóm tiêu chí phải từ 0 đến 100.', 'Nhập lại hai điểm theo kết quả đánh giá.'));
      return byName;
    }
    if (byName !== null && byName !== byScores) {
      problems.push(problem(ct, row, 'mucChuyenDoiSo',
        `mức ghi là “${DIGITAL_LEVEL_NAMES[byName]}” nhưng hai điểm nhóm (${a}; ${b}) cho “${DIGITAL_LEVEL_NAMES[byScores]}”; kết quả tính theo điểm.`,
        'Sửa tên mức hoặc điểm cho khớp với văn bản đánh giá.'));
    }
    return byScores;
  }
  return byName;
}

function dataOf(ct: ChiTieu, row: ChiTieuRow, members: MemberShare | undefined, learners: Tally | null, problems: Problem[]): ChiTieuData {
  switch (ct.rule.kind) {
    case 'memberShare':
      return { kind: 'memberShare', members: members!.tally, learners: ct.rule.learners ? learners : null };
    case 'condition': {
      const claim = parseClaim(row.tuDanhGia);
      if (claim === undefined) {
        problems.push(problem(ct, row, 'tuDanhGia', `kết quả tự đánh giá "${cleanText(row.tuDanhGia)}" không hợp lệ.`, 'Chọn "Đạt" hoặc "Không đạt".'));
      } else if (claim === 'na') {
        problems.push(problem(ct, row, 'tuDanhGia', 'chỉ tiêu áp dụng cho đơn vị nên không thể ghi "Không áp dụng".', 'Chọn "Đạt" hoặc "Không đạt".'));
      }
      return { kind: 'condition', claim: claim === 'dat' || claim === 'khongDat' ? claim : null };
    }
    case 'collectiveTitle': {
      const rank = isBlank(row.danhHieuTapThe) ? null : parseCollectiveTitle(row.danhHieuTapThe) ?? null;
      if (!isBlank(row.danhHieuTapThe) && rank === null) {
        problems.push(problem(ct, row, 'danhHieuTapThe', `danh hiệu "${cleanText(row.danhHieuTapThe)}" không có trong danh mục.`, `Chọn: ${COLLECTIVE_TITLE_HELP}.`));
      }
      return { kind: 'collectiveTitle', rank };
    }
    case 'digitalLevel':
      return { kind: 'digitalLevel', level: digitalLevelOf(ct, row, problems) };
  }
}

function evidenceOf(ct: ChiTieu, row: ChiTieuRow, register: readonly EvidenceRow[], problems: Problem[]): CitedEvidence[] {
  const parsed = parseEvidenceCodes(row.minhChung);
  if (parsed.invalid.length) {
    problems.push(problem(ct, row, 'minhChung', `mã minh chứng không hợp lệ: "${parsed.invalid.join('", "')}".`, `Ghi ${EVIDENCE_HELP}.`));
  }
  return parsed.codes.map((code) => {
    const entry = register.find((e) => parseEvidenceCodes(e.ma).codes[0] === code);
    if (!entry) {
      problems.push(problem(ct, row, 'minhChung', `mã minh chứng ${code} chưa có trong sheet "${SHEETS.minhChung}".`,
        `Thêm minh chứng ${code} (tên, số/ngày ban hành, nơi ban hành) vào sheet "${SHEETS.minhChung}", hoặc sửa mã.`));
    }
    return { code, entry };
  });
}

/** Reads, counts and evaluates the whole workbook. Never throws on user data: problems are returned. */
export function assessWorkbook(wb: SchoolWorkbook): Assessment {
  const problems: Problem[] = [];
  const profile = profileFromSettings(wb.settings, problems);
  const roster = rosterOf(wb.members, problems);
  // Learners count only where the pupils are "Người học" (Điều 2.8); elsewhere the Người học sheet is not read.
  const learners = hasNguoiHoc(profile) === true ? learnerTally(wb.classes, problems) : null;

  const inputs: Record<string, ChiTieuInput> = {};
  const parts: Record<string, Omit<ChiTieuAssessment, 'result'>> = {};
  for (const ct of allChiTieu(profile.tier)) {
    const row = wb.chiTieu[ct.id] ?? EMPTY_ROW;
    const applies = !notApplicableReason(ct, profile);
    // Problems are only reported for chỉ tiêu that apply; data entered for the others is flagged once.
    const sink: Problem[] = applies ? problems : [];
    const lost = unreadableInputs(ct, wb, learners !== null);
    const members = ct.rule.kind === 'memberShare' && !lost.length ? memberShare(ct, roster, sink) : undefined;
    // A column that cannot be read leaves the chỉ tiêu without data: never counted as "no" (its header problem says why).
    const data = lost.length || members?.undecided ? noData(ct) : dataOf(ct, row, members, learners, sink);
    const evidence = evidenceOf(ct, row, wb.evidence, sink);
    inputs[ct.id] = { data, evidence: evidence.map((e) => e.code) };
    // A bare "Đạt" claims mức 2 for a pass/fail chỉ tiêu, and only "at least mức 1" for the others.
    const claimed = isBlank(row.tuDanhGia) ? undefined : parseClaimedLevel(row.tuDanhGia, ct.rule.kind === 'condition' ? 2 : 1);
    parts[ct.id] = { row, members, unreadable: lost, learners: ct.rule.kind === 'memberShare' && ct.rule.learners && learners ? learners : undefined, evidence, claimed };
    if (!applies && hasEntries(row)) {
      problems.push(problem(ct, row, 'tuDanhGia', `không áp dụng đối với đơn vị (${notApplicableReason(ct, profile)}) nhưng đã có dữ liệu; dữ liệu này không được tính.`,
        'Kiểm tra lại loại đơn vị ở sheet "Đơn vị", hoặc xóa dữ liệu của chỉ tiêu này.', 'canhBao'));
    }
  }
  const unit = evaluateUnit(profile, inputs);
  const chiTieu: Record<string, ChiTieuAssessment> = {};
  for (const tc of unit.tieuChi) {
    for (const result of tc.chiTieu) {
      const part = parts[result.chiTieu.id];
      chiTieu[result.chiTieu.id] = { ...part, result };
      const claimedTooHigh = typeof part.claimed === 'number' && typeof result.level === 'number' && part.claimed > result.level;
      if (claimedTooHigh) {
        const figures = part.members ? ` (${figuresOf(part.members.tally, part.learners)})` : '';
        problems.push(problem(result.chiTieu, part.row, 'tuDanhGia',
          `đơn vị tự đánh giá "${levelLabel(part.claimed as Level)}" nhưng số liệu và minh chứng chỉ cho "${levelLabel(result.level)}"${figures}; báo cáo ghi theo kết quả tính.`,
          'Bổ sung số liệu, minh chứng, hoặc sửa mức tự đánh giá cho đúng.', 'canhBao'));
      }
    }
  }
  return { profile, unit, chiTieu, memberCount: roster.length, learners, problems };
}

/** The columns a chỉ tiêu reads, by sheet (the learners' only where 3.1's learner rule binds the unit). */
function inputsOf(ct: ChiTieu, withLearners: boolean): [string, string][] {
  const chiTieu = (f: string): [string, string] => [SHEETS.chiTieu, f];
  switch (ct.rule.kind) {
    case 'memberShare': {
      const own: [string, string][] = [[SHEETS.thanhVien, 'hoTen'], [SHEETS.thanhVien, MEMBER_COLUMN_OF[ct.id]], chiTieu('minhChung')];
      if (ct.rule.excludesToChucKinhTe) own.push([SHEETS.thanhVien, 'thuocToChucKinhTe']);
      if (ct.rule.learners && withLearners) own.push([SHEETS.nguoiHoc, 'siSo'], [SHEETS.nguoiHoc, 'soDatCdht']);
      return own;
    }
    case 'condition': return [chiTieu('ma'), chiTieu('tuDanhGia'), chiTieu('minhChung')];
    case 'collectiveTitle': return [chiTieu('ma'), chiTieu('danhHieuTapThe'), chiTieu('minhChung')];
    case 'digitalLevel': return [chiTieu('ma'), chiTieu('mucChuyenDoiSo'), chiTieu('minhChung')];
  }
}

/** The inputs of a chỉ tiêu that could not be read, as the user sees them: 'cột "2.1 Kỷ luật lao động" (sheet "Thành viên")'. */
function unreadableInputs(ct: ChiTieu, wb: SchoolWorkbook, withLearners: boolean): string[] {
  const lost = wb.unreadableColumns ?? {};
  const header = (sheet: string, f: string) => TABLE_SHEETS.find((t) => t.name === sheet)?.columns.find((c) => c.key === f)?.header ?? f;
  return inputsOf(ct, withLearners).filter(([sheet, f]) => lost[sheet]?.includes(f)).map(([sheet, f]) => `cột "${header(sheet, f)}" (sheet "${sheet}")`);
}

function noData(ct: ChiTieu): ChiTieuData {
  switch (ct.rule.kind) {
    case 'memberShare': return { kind: 'memberShare', members: null, learners: null };
    case 'condition': return { kind: 'condition', claim: null };
    case 'collectiveTitle': return { kind: 'collectiveTitle', rank: null };
    case 'digitalLevel': return { kind: 'digitalLevel', level: null };
  }
}

function hasEntries(row: ChiTieuRow): boolean {
  const fields: (keyof ChiTieuRow)[] = ['tuDanhGia', 'danhHieuTapThe', 'mucChuyenDoiSo', 'diemDayHoc', 'diemQuanTri', 'minhChung'];
  return fields.some((f) => !isBlank(row[f]) && !(f === 'tuDanhGia' && parseClaim(row[f]) === 'na'));
}

/** "42/45 thành viên, tỉ lệ 93,3%; 900/933 người học, tỉ lệ 96,4%" */
export function figuresOf(members: Tally, learners?: Tally): string {
  const m = `${formatCount(members)} thành viên, tỉ lệ ${formatPercent(members)}`;
  return learners ? `${m}; ${formatCount(learners)} người học, tỉ lệ ${formatPercent(learners)}` : m;
}
