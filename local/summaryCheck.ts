// Compares the live "Tổng hợp" sheet (DVHT_* formulas evaluated by the bundle) with the rules engine run directly on
// the same workbook's values: the two must agree on every chỉ tiêu, tiêu chí and the unit.
import { CheckOptions, checkWorkbook, CheckResult } from '../src/check/checkWorkbook';
import { levelLabel } from '../src/rules/levels';
import { formatCount } from '../src/rules/share';
import { readWorkbook } from '../src/sheet/readWorkbook';
import { SHEET_NAMES } from '../src/sheet/schema';
import { INPUT_SHEETS } from '../src/gas/readSheets';
import { CalendarDate } from '../src/vocab/dates';
import { FIX_RELAYOUT } from '../src/check/layout';
import { FakeSpreadsheet, dumpSheet } from './spreadsheet';

export interface SummaryComparison {
  /** [id, level] as the engine computes them: TC1, 1.1 … 1.5, TC2, …, ĐV; and "2.1 (số thành viên)" → "47/48"… */
  readonly expected: readonly [string, string][];
  /** Level shown by Tổng hợp, by id (empty when the workbook has no Tổng hợp sheet). */
  readonly shown: ReadonlyMap<string, string>;
  readonly differences: readonly { id: string; shown: string | undefined; engine: string }[];
  readonly check: CheckResult;
  /**
   * Set when Tổng hợp is laid out for another tier than Đơn vị names (the check's layout problem): the two cannot be
   * compared until "Thiết lập / nâng cấp mẫu" runs, and every Tổng hợp level formula says so. Then `differences` is empty.
   */
  readonly stale?: string;
}

/** Every input sheet's values, read without counting (inspection), as the bundle's single getValues would see them. */
export function inputValues(ss: FakeSpreadsheet): Record<string, unknown[][] | undefined> {
  return Object.fromEntries(INPUT_SHEETS.map((n) => [n, ss._sheetByName(n) ? dumpSheet(ss._sheetByName(n)!).values : undefined]));
}

/** The options the bundle's check gets from Apps Script: today and date cells in the spreadsheet's time zone. */
export function localCheckOptions(ss: FakeSpreadsheet, now: Date = new Date()): CheckOptions {
  const format = new Intl.DateTimeFormat('en-GB', { timeZone: ss.timeZone, day: 'numeric', month: 'numeric', year: 'numeric' });
  const dateOf = (d: Date): CalendarDate | undefined => {
    if (!Number.isFinite(d.getTime())) return undefined;
    const part = (type: string) => Number(format.formatToParts(d).find((p) => p.type === type)?.value);
    return { day: part('day'), month: part('month'), year: part('year') };
  };
  return { today: dateOf(now), dateOf };
}

const COUNT = '(số thành viên)';
const LEARNERS = '(số người học)';

export function compareSummaryWithEngine(ss: FakeSpreadsheet): SummaryComparison {
  const sheet = ss._sheetByName(SHEET_NAMES.tongHop);
  const rows = sheet ? dumpSheet(sheet).values.slice(2) : [];
  const shown = new Map<string, string>();
  rows.forEach((r, i) => {
    if (r[0] === '') return;
    const id = String(r[0]);
    shown.set(id, String(r[4]));
    if (r[2] !== '') shown.set(`${id} ${COUNT}`, String(r[2]));
    // The learners' row follows 3.1 without a code of its own.
    if (rows[i + 1]?.[0] === '' && rows[i + 1]?.[2] !== '') shown.set(`${id} ${LEARNERS}`, String(rows[i + 1][2]));
  });
  const check = checkWorkbook(readWorkbook(inputValues(ss)), localCheckOptions(ss));
  const unit = check.assessment.unit;
  const undecidable = (id: string) => {
    const c = check.assessment.chiTieu[id];
    return !!c && (c.unreadable.length > 0 || (c.members?.undecided ?? 0) > 0);
  };
  // Figure for figure: each level, and the members' (and learners') counts of each share chỉ tiêu.
  const counts = (id: string): [string, string][] => {
    const c = check.assessment.chiTieu[id];
    const out: [string, string][] = [];
    if (undecidable(id)) return out;
    if (c?.members && c.result.level !== 'na') out.push([`${id} ${COUNT}`, formatCount(c.members.tally)]);
    if (c?.learners && c.result.level !== 'na') out.push([`${id} ${LEARNERS}`, formatCount(c.learners)]);
    return out;
  };
  const expected: [string, string][] = [
    ...unit.tieuChi.flatMap((tc) => [
      [tc.tieuChi.id, levelLabel(tc.level)] as [string, string],
      ...tc.chiTieu.flatMap((c) => [[c.chiTieu.id, levelLabel(c.level)] as [string, string], ...counts(c.chiTieu.id)]),
    ]),
    ['ĐV', levelLabel(unit.level)],
  ];
  // A chỉ tiêu whose column cannot be read, or with a value not understood: the engine has no data and the check says
  // why at the cell; its Tổng hợp formula fails with the same reason. Both saying why is agreement.
  const explained = (id: string, level: string) =>
    shown.get(id) === '#ERROR!' && level === levelLabel('nodata') && undecidable(id);
  const stale = check.problems.find((p) => p.fix === FIX_RELAYOUT);
  const differences = stale ? [] : expected
    .filter(([id, level]) => shown.get(id) !== level && !explained(id, level))
    .map(([id, engine]) => ({ id, shown: shown.get(id), engine }));
  return { expected, shown, differences, check, stale: stale && `${stale.message} ${stale.fix}` };
}
