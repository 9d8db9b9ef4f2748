// The pure data check run from sheet values built from the example's records, edited per test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CheckOptions, CheckResult, checkWorkbook } from '../../src/check/checkWorkbook';
import { Problem } from '../../src/assess/problems';
import { readWorkbook } from '../../src/sheet/readWorkbook';
import { SchoolWorkbook } from '../../src/workbook/records';
import { sheetValues } from '../support/sheetValues';

/** The clock of these tests: 01/12/2026, so the evaluation year may be 2024…2027. */
export const TODAY = { day: 1, month: 12, year: 2026 };

const EXAMPLE = readFileSync(join(__dirname, '../../examples/truong-thcs-binh-minh.json'), 'utf8');

/** A fresh copy of the example workbook's records (THCS Bình Minh, 2025). */
export function example(): SchoolWorkbook {
  return JSON.parse(EXAMPLE) as SchoolWorkbook;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The example with some settings changed. */
export function withSettings(settings: Record<string, unknown>, wb: SchoolWorkbook = example()): SchoolWorkbook {
  return { ...wb, settings: { ...wb.settings, ...settings } as SchoolWorkbook['settings'] };
}

/** The example with member `index` (0-based; sheet row index + 2) changed. */
export function withMember(index: number, fields: Record<string, unknown>, wb: SchoolWorkbook = example()): SchoolWorkbook {
  const members = wb.members.map((m) => ({ ...m })) as Mutable<SchoolWorkbook['members'][number]>[];
  members[index] = { ...members[index], ...fields } as (typeof members)[number];
  return { ...wb, members };
}

export function check(wb: SchoolWorkbook, options: CheckOptions = { today: TODAY }): CheckResult {
  return checkWorkbook(readWorkbook(sheetValues(wb)), options);
}

/** The problems at "Sheet!A1". */
export function at(r: CheckResult, ref: string): Problem[] {
  return r.problems.filter((p) => `${p.sheet}!${p.cell}` === ref);
}

/** The problems of a check as "Sheet!A1 severity: message" lines, for exact comparisons. */
export function lines(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.sheet}!${p.cell} ${p.severity}: ${p.message}`);
}
