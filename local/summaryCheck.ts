// Compares the live "Tổng hợp" sheet (DVHT_* formulas evaluated by the bundle) with the rules engine run directly on
// the same workbook's values: the two must agree on every chỉ tiêu, tiêu chí and the unit.
import { checkWorkbook, CheckResult } from '../src/check/checkWorkbook';
import { levelLabel } from '../src/rules/levels';
import { readWorkbook } from '../src/sheet/readWorkbook';
import { SHEET_NAMES } from '../src/sheet/schema';
import { INPUT_SHEETS } from '../src/gas/readSheets';
import { FakeSpreadsheet, dumpSheet } from './spreadsheet';

export interface SummaryComparison {
  /** [id, level] as the engine computes them: TC1, 1.1 … 1.5, TC2, …, ĐV. */
  readonly expected: readonly [string, string][];
  /** Level shown by Tổng hợp, by id. */
  readonly shown: ReadonlyMap<string, string>;
  readonly differences: readonly { id: string; shown: string | undefined; engine: string }[];
  readonly check: CheckResult;
}

/** Every input sheet's values, read without counting (inspection), as the bundle's single getValues would see them. */
export function inputValues(ss: FakeSpreadsheet): Record<string, unknown[][] | undefined> {
  return Object.fromEntries(INPUT_SHEETS.map((n) => [n, ss._sheetByName(n) ? dumpSheet(ss._sheetByName(n)!).values : undefined]));
}

export function compareSummaryWithEngine(ss: FakeSpreadsheet): SummaryComparison {
  const summary = dumpSheet(ss._sheetByName(SHEET_NAMES.tongHop)!);
  const shown = new Map(summary.values.slice(2).filter((r) => r[0] !== '').map((r) => [String(r[0]), String(r[4])]));
  const check = checkWorkbook(readWorkbook(inputValues(ss)));
  const unit = check.assessment.unit;
  const expected: [string, string][] = [
    ...unit.tieuChi.flatMap((tc) => [
      [tc.tieuChi.id, levelLabel(tc.level)] as [string, string],
      ...tc.chiTieu.map((c) => [c.chiTieu.id, levelLabel(c.level)] as [string, string]),
    ]),
    ['ĐV', levelLabel(unit.level)],
  ];
  const differences = expected.filter(([id, level]) => shown.get(id) !== level).map(([id, engine]) => ({ id, shown: shown.get(id), engine }));
  return { expected, shown, differences, check };
}
