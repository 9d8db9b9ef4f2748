// Counts members (and learners) for the share chỉ tiêu from the roster rows, naming who is excluded and why.
import { ChiTieu } from '../rules/catalogue';
import { Tally } from '../rules/share';
import { MARK_HELP, parseMark } from '../vocab/marks';
import { memberMarkHelp, parseMemberMark } from '../vocab/memberMark';
import { cleanText, isBlank, isFilled } from '../vocab/normalize';
import { ClassRow, MEMBER_COLUMN_OF, MemberRow } from '../workbook/records';
import { Problem, SHEETS } from './problems';
import { toNumber } from '../vocab/numbers';

export interface ExcludedMember {
  readonly name: string;
  readonly reason: string;
}

export interface MemberShare {
  readonly chiTieuId: string;
  readonly tally: Tally;
  readonly excluded: readonly ExcludedMember[];
  /** Names of members who do not qualify. */
  readonly notQualified: readonly string[];
  /**
   * Members whose mark (or Thuộc tổ chức kinh tế) is not understood: the share cannot be known, so the chỉ tiêu is
   * "Chưa có dữ liệu" until they are fixed — as Tổng hợp, whose formula refuses the value, says too.
   */
  readonly undecided: number;
}

/** The members: rows with a name. A row with marks but no name is reported and left out. */
export function rosterOf(members: readonly MemberRow[], problems: Problem[]): MemberRow[] {
  const named: MemberRow[] = [];
  for (const m of members) {
    if (!isBlank(m.hoTen)) {
      named.push(m);
      continue;
    }
    const filled = Object.values(MEMBER_COLUMN_OF).some((f) => isFilled(m[f]));
    if (filled) {
      problems.push({
        sheet: SHEETS.thanhVien, row: m.row, field: 'hoTen', value: '',
        message: 'Dòng có kết quả nhưng chưa có họ tên nên không được tính.',
        fix: 'Nhập họ tên thành viên, hoặc xóa các ô kết quả của dòng này.', severity: 'loi',
      });
    }
  }
  return named;
}

/** Tally of one share chỉ tiêu over the roster; unknown marks are reported and not counted. */
export function memberShare(ct: ChiTieu, roster: readonly MemberRow[], problems: Problem[]): MemberShare {
  const field = MEMBER_COLUMN_OF[ct.id];
  const excludesTckt = ct.rule.kind === 'memberShare' && ct.rule.excludesToChucKinhTe;
  let qualified = 0;
  let total = 0;
  const excluded: ExcludedMember[] = [];
  const notQualified: string[] = [];
  let undecided = 0;
  for (const m of roster) {
    const name = cleanText(m.hoTen);
    const tckt = excludesTckt ? parseMark(m.thuocToChucKinhTe) : 'no';
    if (tckt === 'yes') {
      excluded.push({ name, reason: 'thành viên thuộc tổ chức kinh tế' });
      continue;
    }
    if (tckt === undefined) {
      // Same vocabulary as the marks: an unknown value ("ok") is an error, never silently "no".
      problems.push({
        sheet: SHEETS.thanhVien, row: m.row, field: 'thuocToChucKinhTe', value: cleanText(m.thuocToChucKinhTe),
        message: `Giá trị "${cleanText(m.thuocToChucKinhTe)}" ở cột "Thuộc tổ chức kinh tế" của ${name} không hợp lệ nên chưa biết có tính ${name} ở chỉ tiêu ${ct.id} hay không; chỉ tiêu ${ct.id} chưa tính được.`,
        fix: `Đánh dấu "x" nếu thành viên thuộc tổ chức kinh tế (không tính ở chỉ tiêu ${ct.id}), để trống nếu không. Giá trị được chấp nhận: ${MARK_HELP}.`, severity: 'loi',
      });
      undecided++;
      continue;
    }
    const raw = m[field];
    const parsed = parseMemberMark(raw, ct.id);
    if (!parsed) {
      problems.push({
        sheet: SHEETS.thanhVien, row: m.row, field, value: cleanText(raw),
        message: `Giá trị "${cleanText(raw)}" của ${name} không hợp lệ cho chỉ tiêu ${ct.id}; chỉ tiêu ${ct.id} chưa tính được.`,
        fix: `Hãy ghi: ${memberMarkHelp(ct.id)}.`, severity: 'loi',
      });
      undecided++;
      continue;
    }
    if (parsed.warning) {
      problems.push({
        sheet: SHEETS.thanhVien, row: m.row, field, value: cleanText(raw),
        message: `${name}: ${parsed.warning}; không được tính là đạt chỉ tiêu ${ct.id}.`,
        fix: 'Ghi danh hiệu thi đua thực tế (Lao động tiên tiến trở lên), hoặc để trống nếu không có.', severity: 'canhBao',
      });
    }
    if (parsed.mark === 'na') {
      const reason = cleanText(m.lyDo);
      excluded.push({ name, reason: reason || 'chưa ghi lý do' });
      if (!reason) {
        problems.push({
          sheet: SHEETS.thanhVien, row: m.row, field: 'lyDo', value: '',
          message: `${name} được đánh dấu "không áp dụng" ở chỉ tiêu ${ct.id} nhưng chưa ghi lý do.`,
          fix: 'Ghi lý do không thuộc diện (ví dụ: nghỉ thai sản, mới tuyển dụng sau tháng 9) vào cột lý do.', severity: 'loi',
        });
      }
      continue;
    }
    total++;
    if (parsed.mark === 'yes') qualified++;
    else notQualified.push(name);
  }
  return { chiTieuId: ct.id, tally: { qualified, total }, excluded, notQualified, undecided };
}

/** Learners with CDHT over all classes; impossible rows are reported and left out. */
export function learnerTally(classes: readonly ClassRow[], problems: Problem[]): Tally {
  let qualified = 0;
  let total = 0;
  for (const c of classes) {
    if (isBlank(c.lop) && isBlank(c.siSo) && isBlank(c.soDatCdht)) continue;
    const siSo = toNumber(c.siSo);
    const dat = isBlank(c.soDatCdht) ? 0 : toNumber(c.soDatCdht);
    const lop = cleanText(c.lop) || `dòng ${c.row ?? '?'}`;
    const bad = (field: keyof ClassRow, message: string, fix: string) =>
      problems.push({ sheet: SHEETS.nguoiHoc, row: c.row, field, value: cleanText(c[field]), message, fix, severity: 'loi' });
    if (siSo === undefined || !Number.isInteger(siSo) || siSo < 0) {
      bad('siSo', `Sĩ số lớp ${lop} không phải số nguyên không âm.`, 'Nhập sĩ số là số nguyên, ví dụ 42.');
      continue;
    }
    if (dat === undefined || !Number.isInteger(dat) || dat < 0) {
      bad('soDatCdht', `Số học sinh đạt Công dân học tập của lớp ${lop} không phải số nguyên không âm.`, 'Nhập số nguyên, ví dụ 40.');
      continue;
    }
    if (dat > siSo) {
      bad('soDatCdht', `Lớp ${lop}: số đạt Công dân học tập (${dat}) lớn hơn sĩ số (${siSo}).`, 'Kiểm tra lại số đạt hoặc sĩ số của lớp.');
      continue;
    }
    qualified += dat;
    total += siSo;
  }
  return { qualified, total };
}
