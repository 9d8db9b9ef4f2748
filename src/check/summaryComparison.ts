// Tổng hợp as the user sees it against the rules engine: the two must agree on every chỉ tiêu, tiêu chí and the unit,
// and on the members' (and learners') counts of each share chỉ tiêu. Pure: the caller reads the sheet (its values
// offline, its displayed values in Apps Script) and runs the check on the same workbook.
import { CheckResult } from './checkWorkbook';
import { FIX_RELAYOUT } from './layout';
import { levelLabel } from '../rules/levels';
import { formatCount } from '../rules/share';
import { columnLetter } from '../sheet/a1';
import { SHEET_NAMES } from '../sheet/schema';
import { isErrorValue } from '../sheet/table';

export interface SummaryDifference {
  readonly id: string;
  readonly shown: string | undefined;
  readonly engine: string;
  /** Where Tổng hợp shows it ("Tổng hợp!E7"); absent when the row is missing. */
  readonly cell?: string;
}

export interface SummaryComparison {
  /** [id, level] as the engine computes them: TC1, 1.1 … 1.5, TC2, …, ĐV; and "2.1 (số thành viên)" → "47/48"… */
  readonly expected: readonly [string, string][];
  /** What Tổng hợp shows, by id (empty when the workbook has no Tổng hợp sheet). */
  readonly shown: ReadonlyMap<string, string>;
  /** The cell of each shown value ("Tổng hợp!E7"), by id. */
  readonly cells: ReadonlyMap<string, string>;
  readonly differences: readonly SummaryDifference[];
  readonly check: CheckResult;
  /**
   * Set when Tổng hợp is laid out for another tier than Đơn vị names (the check's layout problem): the two cannot be
   * compared until "Thiết lập / nâng cấp mẫu" runs, and every Tổng hợp level formula says so. Then `differences` is empty.
   */
  readonly stale?: string;
}

const COUNT = '(số thành viên)';
const LEARNERS = '(số người học)';
/** Rows above the first summary line: the title and the header (src/sheet/summaryFormulas.ts). */
const FIRST_ROW = 3;
const ID_COLUMN = 1;
const COUNT_COLUMN = 3;
const LEVEL_COLUMN = 5;

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const at = (row: number, column: number) => `${SHEET_NAMES.tongHop}!${columnLetter(column)}${row}`;

/**
 * Compares `sheet` (Tổng hợp's grid from A1, values or displayed values) with `check` (the engine on the same
 * workbook's input sheets).
 */
export function compareSummary(sheet: readonly (readonly unknown[])[], check: CheckResult): SummaryComparison {
  const rows = sheet.slice(FIRST_ROW - 1);
  const shown = new Map<string, string>();
  const cells = new Map<string, string>();
  const put = (id: string, value: unknown, row: number, column: number) => {
    shown.set(id, text(value));
    cells.set(id, at(row, column));
  };
  rows.forEach((r, i) => {
    const id = text(r[ID_COLUMN - 1]);
    if (id === '') return;
    const row = FIRST_ROW + i;
    put(id, r[LEVEL_COLUMN - 1], row, LEVEL_COLUMN);
    if (text(r[COUNT_COLUMN - 1]) !== '') put(`${id} ${COUNT}`, r[COUNT_COLUMN - 1], row, COUNT_COLUMN);
    // The learners' row follows 3.1 without a code of its own.
    const next = rows[i + 1];
    if (next && text(next[ID_COLUMN - 1]) === '' && text(next[COUNT_COLUMN - 1]) !== '') put(`${id} ${LEARNERS}`, next[COUNT_COLUMN - 1], row + 1, COUNT_COLUMN);
  });
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
    .map(([id, engine]): SummaryDifference => ({ id, shown: shown.get(id), engine, ...(cells.has(id) ? { cell: cells.get(id) } : {}) }));
  return { expected, shown, cells, differences, check, ...(stale ? { stale: `${stale.message} ${stale.fix}` } : {}) };
}

/**
 * What Sheets shows instead of a value: "#ERROR!" (a formula that failed, a custom function that threw), "#NAME?" (a
 * function Sheets does not know: the add-in's DVHT_* functions are missing from the project), "#REF!", "#VALUE!",
 * "#N/A"…, and "Loading…" ("Đang tải…" in a Vietnamese spreadsheet) while a custom function is still computing
 * (custom functions run in Apps Script, https://developers.google.com/apps-script/guides/sheets/functions). The codes
 * are the ones Sheets displays (isErrorValue, src/sheet/table.ts), as the offline runtime writes them (local/spreadsheet/xlsx.ts).
 */
export function unfinishedValue(display: unknown): 'error' | 'loading' | undefined {
  const s = text(display).trim();
  if (/^(Loading|Đang tải)(…|\.\.\.)?$/i.test(s.normalize('NFC'))) return 'loading';
  return isErrorValue(s) ? 'error' : undefined;
}

/** Every cell of the grid whose displayed value is an error code or "Loading…", row by row: ["Tổng hợp!E7", "#ERROR!"]. */
export function unfinishedCells(sheet: readonly (readonly unknown[])[]): [string, string][] {
  const out: [string, string][] = [];
  sheet.forEach((r, i) => r.forEach((v, j) => {
    if (unfinishedValue(v)) out.push([at(i + 1, j + 1), text(v)]);
  }));
  return out;
}
