// Turns the positional arguments of DVHT_LEVEL / DVHT_GAP for one chỉ tiêu into the rules engine's input.
import { ChiTieu } from '../rules/catalogue';
import { ChiTieuData, ChiTieuInput } from '../rules/evaluate';
import { UnitProfile, hasNguoiHoc, notApplicableReason } from '../rules/profile';
import { Tally, countProblem } from '../rules/share';
import { DIGITAL_LEVEL_HELP, DigitalLevel, digitalLevelOfScores, parseDigitalLevelName } from '../vocab/digitalLevels';
import { EVIDENCE_HELP, parseEvidenceCodes } from '../vocab/evidence';
import { MARK_HELP, parseMark } from '../vocab/marks';
import { oddCharactersSuffix } from '../vocab/characters';
import { parseClaim } from '../vocab/claims';
import { memberMarkHelp, parseMemberMark } from '../vocab/memberMark';
import { cleanText, isBlank } from '../vocab/normalize';
import { COLLECTIVE_TITLE_HELP, parseCollectiveTitle } from '../vocab/titles';
import { UserError, cells, column, isRange, leftoverOptionError, looksLikeOption, optionNotUnderstood, sumOf } from './args';
import { toNumber } from '../vocab/numbers';
import { NGUOI_HOC, THANH_VIEN } from '../sheet/schema';
import { MEMBER_COLUMN_OF } from '../workbook/records';
import { dropHeader, startsWithHeader } from './headerRow';

/** The input, or 'na' when the user marked a chỉ tiêu that may be inapplicable as "Không áp dụng". */
export type ParsedChiTieu = ChiTieuInput | 'na';

export interface MemberTally extends Tally {
  /** Members marked "không áp dụng" for this chỉ tiêu. */
  readonly notApplicable: number;
  /** Known values that do not count, with their row (1-based), e.g. HTXSNV for 2.5. */
  readonly warnings: readonly string[];
}

/**
 * Counts a column of marks against a roster column: rows whose roster cell is empty are ignored. Without a roster,
 * the non-blank marks are the members (a blank then cannot mean "no").
 */
export function tallyMarks(marksArg: unknown, rosterArg: unknown, chiTieuId: string | null, argNo: number, excludedArg?: unknown): MemberTally {
  // Rows are numbered as in the range given: with its header row, row n of the range is row n of the sheet.
  let first = 1;
  if (startsWithHeader(rosterArg, THANH_VIEN)) {
    first = 2;
    rosterArg = dropHeader(rosterArg, THANH_VIEN, ['hoTen']);
    marksArg = dropHeader(marksArg, THANH_VIEN, chiTieuId ? [MEMBER_COLUMN_OF[chiTieuId]] : Object.values(MEMBER_COLUMN_OF));
    if (excludedArg !== undefined) excludedArg = dropHeader(excludedArg, THANH_VIEN, ['thuocToChucKinhTe']);
  }
  const marks = column(marksArg, `Vùng kết quả (đối số thứ ${argNo})`);
  const roster = rosterArg === undefined ? null : column(rosterArg, `Vùng danh sách (đối số thứ ${argNo + 1})`);
  const excluded = excludedArg === undefined ? null : column(excludedArg, 'Vùng loại trừ');
  if (roster && roster.length !== marks.length) {
    throw new UserError(
      `Vùng kết quả có ${marks.length} dòng nhưng vùng danh sách có ${roster.length} dòng: hai vùng phải cùng số dòng (ví dụ H2:H60 và B2:B60).`,
    );
  }
  if (excluded && excluded.length !== marks.length) {
    throw new UserError(`Vùng loại trừ có ${excluded.length} dòng nhưng vùng kết quả có ${marks.length} dòng: hai vùng phải cùng số dòng.`);
  }
  let qualified = 0;
  let total = 0;
  let notApplicable = 0;
  const warnings: string[] = [];
  marks.forEach((raw, i) => {
    if (roster ? isBlank(roster[i]) : isBlank(raw)) return;
    const exclusion = excluded ? parseMark(excluded[i]) : 'no';
    if (exclusion === undefined) {
      // Same vocabulary as the marks: an unknown value ("ok") is never silently "no" (the data check names its cell).
      throw new UserError(`Giá trị "${cleanText(excluded![i])}" ở dòng thứ ${i + first} của vùng loại trừ không hợp lệ.${oddCharactersSuffix(cleanText(excluded![i]))} Hãy dùng: ${MARK_HELP}.`);
    }
    if (exclusion === 'yes') {
      notApplicable++;
      return;
    }
    const parsed = parseMemberMark(raw, chiTieuId);
    if (!parsed) {
      const where = chiTieuId ? ` cho chỉ tiêu ${chiTieuId}` : '';
      throw new UserError(
        `Giá trị "${cleanText(raw)}" ở dòng thứ ${i + first} của vùng kết quả không hợp lệ${where}.${oddCharactersSuffix(cleanText(raw))} Hãy dùng: ${memberMarkHelp(chiTieuId)}.`,
      );
    }
    if (parsed.warning) warnings.push(`dòng thứ ${i + first}: ${parsed.warning}`);
    if (parsed.mark === 'na') notApplicable++;
    else {
      total++;
      if (parsed.mark === 'yes') qualified++;
    }
  });
  return { qualified, total, notApplicable, warnings };
}

/** The learners' columns (số đạt, sĩ số) without their header row, once the headers are the right ones. */
export function learnerColumns(dat: unknown, siSo: unknown): [unknown, unknown] {
  return [dropHeader(dat, NGUOI_HOC, ['soDatCdht']), dropHeader(siSo, NGUOI_HOC, ['siSo'])];
}

function counts(q: number, t: number, what: string): Tally {
  const problem = countProblem(q, t, what);
  if (problem) throw new UserError(problem);
  return { qualified: q, total: t };
}

function isNumberArg(v: unknown): boolean {
  return !isRange(v) && typeof v === 'number';
}

/** A number, or a range whose filled cells are all numbers (learners' figures by class). */
function isNumericArg(v: unknown): boolean {
  if (isRange(v)) return cells(v).every((c) => isBlank(c) || toNumber(c) !== undefined);
  return typeof v === 'number';
}

function evidenceOf(arg: unknown, ct: ChiTieu): string[] {
  const parsed = parseEvidenceCodes(cells(arg).filter((c) => !isBlank(c)).join('; '));
  // An option not understood (an unknown unit type after the data) is named as such, never read as evidence.
  if (!parsed.codes.length && !isRange(arg) && looksLikeOption(arg)) throw optionNotUnderstood(cleanText(arg));
  if (parsed.invalid.length) {
    throw new UserError(`Mã minh chứng không hợp lệ: "${parsed.invalid.join('", "')}" (chỉ tiêu ${ct.id}).${oddCharactersSuffix(parsed.invalid.join(', '))} Hãy ghi ${EVIDENCE_HELP}.`);
  }
  return [...parsed.codes];
}

/** "Không áp dụng" typed for a chỉ tiêu: allowed only where the catalogue lets it be inapplicable. */
function markedNotApplicable(ct: ChiTieu, profile: UnitProfile, hasUnitType: boolean): 'na' {
  const mayBeNa = ct.appliesTo !== 'all' || (ct.rule.kind === 'memberShare' && ct.rule.excludesToChucKinhTe);
  if (!mayBeNa || (hasUnitType && !notApplicableReason(ct, profile))) {
    throw new UserError(`Chỉ tiêu ${ct.id} áp dụng cho đơn vị này nên không thể ghi "Không áp dụng"; hãy ghi kết quả tự đánh giá.`);
  }
  return 'na';
}

/** Arguments left after the data: an option not understood is named; otherwise there are too many arguments. */
function tooManyArguments(ct: ChiTieu, leftover: readonly unknown[]): UserError {
  const isEvidence = (text: string) => parseEvidenceCodes(text).invalid.length === 0;
  return leftoverOptionError(leftover, isEvidence) ?? new UserError(`Quá nhiều đối số cho chỉ tiêu ${ct.id}. ${usage(ct)}`);
}

function isNaText(v: unknown): boolean {
  return typeof v === 'string' && parseMark(v) === 'na';
}

/** Parses the positional arguments (after the indicator id) for one chỉ tiêu. */
export function parseChiTieuArgs(ct: ChiTieu, args: readonly unknown[], profile: UnitProfile, hasUnitType: boolean): ParsedChiTieu {
  const rule = ct.rule;
  if (args.length === 0) throw new UserError(`Thiếu dữ liệu cho chỉ tiêu ${ct.id}. ${usage(ct)}`);
  switch (rule.kind) {
    case 'memberShare': {
      const [a, b] = args;
      let members: Tally;
      let rest: unknown[];
      if (isNumberArg(a) && isNumberArg(b)) {
        members = counts(a as number, b as number, 'Thành viên');
        rest = args.slice(2);
      } else {
        // Range form: the roster is the next argument when it has the marks' shape (a single cell: a scalar).
        const hasRoster = isRange(a) ? isRange(b) : b !== undefined && !isRange(b);
        rest = args.slice(hasRoster ? 2 : 1);
        // 2.4 only: a column flagging members of a tổ chức kinh tế, who are left out.
        let excluded: unknown;
        if (rule.excludesToChucKinhTe && isRange(rest[0]) && isRange(a) && rest[0].length === a.length) {
          excluded = rest[0];
          rest = rest.slice(1);
        }
        members = tallyMarks(a, hasRoster ? b : undefined, ct.id, 2, excluded);
      }
      let learners: Tally | null = null;
      if (rule.learners && rest.length >= 2 && (startsWithHeader(rest[0], NGUOI_HOC) || startsWithHeader(rest[1], NGUOI_HOC))) {
        // Người học columns as Tổng hợp passes them: checked only where the learner rule binds the unit (Điều 2.8),
        // so a THCS whose Người học sheet is unused or renamed is not held to it, as in the workbook assessment.
        rest = hasNguoiHoc(profile) === false ? rest.slice(2) : [...learnerColumns(rest[0], rest[1]), ...rest.slice(2)];
      }
      if (rule.learners && rest.length >= 2 && isNumericArg(rest[0]) && isNumericArg(rest[1])) {
        learners = counts(sumOf(rest[0], 'Số người học đạt'), sumOf(rest[1], 'Tổng số người học'), 'Người học');
        rest = rest.slice(2);
      }
      if (rest.length > 1) throw tooManyArguments(ct, rest);
      // An evidence argument after the figures is checked (blank = no evidence); without it evidence is not assessed.
      const evidence = rest.length ? evidenceOf(rest[0], ct) : null;
      const data: ChiTieuData = { kind: 'memberShare', members, learners };
      return { data, evidence };
    }
    case 'condition': {
      const [claimArg, evidenceArg, ...rest] = args;
      if (rest.length) throw tooManyArguments(ct, [evidenceArg, ...rest]);
      if (parseClaim(claimArg) === 'na') return markedNotApplicable(ct, profile, hasUnitType);
      return { data: { kind: 'condition', claim: claimOf(claimArg, ct) }, evidence: evidenceOf(evidenceArg, ct) };
    }
    case 'collectiveTitle': {
      const [titleArg, evidenceArg, ...rest] = args;
      if (rest.length) throw tooManyArguments(ct, [evidenceArg, ...rest]);
      let rank: number | null = null;
      if (!isBlank(titleArg)) {
        const parsed = parseCollectiveTitle(titleArg);
        if (parsed === undefined) {
          throw new UserError(`Danh hiệu "${cleanText(titleArg)}" không hợp lệ cho chỉ tiêu ${ct.id}.${oddCharactersSuffix(cleanText(titleArg))} Hãy ghi: ${COLLECTIVE_TITLE_HELP}.`);
        }
        rank = parsed;
      }
      return { data: { kind: 'collectiveTitle', rank }, evidence: evidenceOf(evidenceArg, ct) };
    }
    case 'digitalLevel': {
      if (isNaText(args[0])) return markedNotApplicable(ct, profile, hasUnitType);
      let level: DigitalLevel | null;
      let rest: unknown[];
      const scoresAt = (i: number) => {
        const a = toNumber(args[i]);
        const b = toNumber(args[i + 1]);
        return a !== undefined && b !== undefined ? digitalScores(a, b) : undefined;
      };
      if (toNumber(args[0]) !== undefined) {
        // (score dạy-học; score quản trị; [evidence])
        level = scoresAt(0) ?? null;
        if (level === null) throw new UserError(`Cần hai điểm nhóm tiêu chí cho chỉ tiêu ${ct.id}. ${usage(ct)}`);
        rest = args.slice(2);
      } else if (args.length >= 3 && isBlankOrNumber(args[1]) && isBlankOrNumber(args[2])) {
        // (level name; score; score; [evidence]) as the Tổng hợp sheet passes them: the scores win when both are given.
        level = scoresAt(1) ?? digitalName(args[0], ct);
        rest = args.slice(3);
      } else {
        level = digitalName(args[0], ct);
        rest = args.slice(1);
      }
      if (rest.length > 1) throw tooManyArguments(ct, rest);
      // Evidence is optional in this form: when given it is checked, when omitted it is not assessed here.
      const evidence = rest.length ? evidenceOf(rest[0], ct) : null;
      return { data: { kind: 'digitalLevel', level }, evidence };
    }
  }
}

function isBlankOrNumber(v: unknown): boolean {
  return !isRange(v) && (isBlank(v) || toNumber(v) !== undefined);
}

function digitalScores(a: number, b: number): DigitalLevel {
  const l = digitalLevelOfScores(a, b);
  if (l === undefined) throw new UserError(`Điểm nhóm tiêu chí phải từ 0 đến 100 (đang là ${String(a).replace('.', ',')} và ${String(b).replace('.', ',')}).`);
  return l;
}

function digitalName(raw: unknown, ct: ChiTieu): DigitalLevel | null {
  if (isBlank(raw)) return null;
  const level = parseDigitalLevelName(raw);
  if (level === undefined) {
    throw new UserError(`Mức chuyển đổi số "${cleanText(raw)}" không hợp lệ cho chỉ tiêu ${ct.id}.${oddCharactersSuffix(cleanText(raw))} Hãy ${DIGITAL_LEVEL_HELP}. Lưu ý: "mức độ 2" của Quyết định 4725 là “Mức đáp ứng cơ bản”, chỉ tương ứng Đạt mức độ 1 của Thông tư 24.`);
  }
  return level;
}

function claimOf(raw: unknown, ct: ChiTieu): 'dat' | 'khongDat' | null {
  const claim = parseClaim(raw);
  if (claim === undefined || claim === 'na') {
    throw new UserError(`Kết quả tự đánh giá "${cleanText(raw)}" của chỉ tiêu ${ct.id} không hợp lệ.${oddCharactersSuffix(cleanText(raw))} Hãy ghi "Đạt" hoặc "Không đạt".`);
  }
  return claim;
}

/** A one-line usage reminder in vi_VN notation. */
export function usage(ct: ChiTieu): string {
  switch (ct.rule.kind) {
    case 'memberShare':
      return ct.rule.learners
        ? `Cách dùng: DVHT_LEVEL("${ct.id}"; số thành viên đạt; tổng số thành viên; số người học đạt; tổng số người học; [mã minh chứng]) hoặc DVHT_LEVEL("${ct.id}"; vùng kết quả; vùng họ tên; vùng số đạt; vùng sĩ số; [mã minh chứng]).`
        : ct.rule.excludesToChucKinhTe
          ? `Cách dùng: DVHT_LEVEL("${ct.id}"; số đạt; tổng số; [mã minh chứng]) hoặc DVHT_LEVEL("${ct.id}"; vùng kết quả; vùng họ tên; [vùng đánh dấu thuộc tổ chức kinh tế]; [mã minh chứng]).`
          : `Cách dùng: DVHT_LEVEL("${ct.id}"; số đạt; tổng số; [mã minh chứng]) hoặc DVHT_LEVEL("${ct.id}"; vùng kết quả; vùng họ tên; [mã minh chứng]).`;
    case 'condition':
      return `Cách dùng: DVHT_LEVEL("${ct.id}"; "Đạt"; "${ct.evidenceGroup}").`;
    case 'collectiveTitle':
      return `Cách dùng: DVHT_LEVEL("${ct.id}"; "Tập thể lao động tiên tiến"; "${ct.evidenceGroup}").`;
    case 'digitalLevel':
      return `Cách dùng: DVHT_LEVEL("${ct.id}"; "Mức đáp ứng tốt") hoặc DVHT_LEVEL("${ct.id}"; điểm nhóm dạy - học; điểm nhóm quản trị).`;
  }
}
