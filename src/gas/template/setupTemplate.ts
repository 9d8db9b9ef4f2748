// "Thiết lập / nâng cấp mẫu": creates the template on an empty spreadsheet, upgrades an older one in place.
// Idempotent; never changes or moves a value the user typed.
import { profileFromSettings } from '../../assess/unitProfile';
import { UnitSettings } from '../../workbook/records';
import { rangeA1 } from '../../sheet/a1';
import { guideLines } from '../../sheet/guide';
import {
  CHI_TIEU, DON_VI, HOI_DONG, HUONG_DAN, KE_HOACH_CAI_TIEN, LICH_SU, MINH_CHUNG, NAMED_COLUMNS, NGUOI_HOC, OPTIONS_RANGE_NAME, SheetSpec, TEMPLATE, TEMPLATE_VERSION,
  THANH_VIEN, TONG_HOP,
} from '../../sheet/schema';
import { summaryRows } from '../../sheet/summaryFormulas';
import { locateForm, readForm } from '../../sheet/form';
import { locateTable } from '../../sheet/table';
import { Tier } from '../../rules/catalogue';
import { UnitProfile, hasNguoiHoc } from '../../rules/profile';
import { ensureChiTieuRows } from './chiTieuRows';
import { ensureForm } from './formSheet';
import { writeGuide, writeSummary } from './generatedSheets';
import { PlacedTable, ensureTable } from './tableSheet';
import { readTemplateVersion, stampFileIdOnce, stampTemplateVersion } from './version';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SetupReport {
  readonly fromVersion: number | null;
  readonly toVersion: number;
  readonly createdSheets: readonly string[];
  readonly addedColumns: readonly string[];
  readonly addedFields: readonly string[];
  readonly addedChiTieu: readonly string[];
}

function ensureSheet(ss: Spreadsheet, spec: SheetSpec, index: number, created: string[]): { sheet: GoogleAppsScript.Spreadsheet.Sheet; created: boolean } {
  const existing = ss.getSheetByName(spec.name);
  if (existing) return { sheet: existing, created: false };
  created.push(spec.name);
  return { sheet: ss.insertSheet(spec.name, Math.min(index, ss.getSheets().length)), created: true };
}

export function setUpTemplate(ss: Spreadsheet): SetupReport {
  const fromVersion = readTemplateVersion(ss);
  const createdSheets: string[] = [];
  const sheets = Object.fromEntries(TEMPLATE.map((spec, i) => [spec.name, ensureSheet(ss, spec, i, createdSheets)]));
  const at = (spec: SheetSpec) => sheets[spec.name];

  const form = ensureForm(at(DON_VI).sheet, DON_VI, at(DON_VI).created);
  // Settings problems are the data check's business; here only the tier matters.
  const profile = profileFromSettings(form.values as unknown as UnitSettings, []);
  const tables: Record<string, PlacedTable> = {};
  for (const spec of [THANH_VIEN, NGUOI_HOC, CHI_TIEU, MINH_CHUNG, HOI_DONG, KE_HOACH_CAI_TIEN, LICH_SU]) {
    tables[spec.name] = ensureTable(at(spec).sheet, spec, at(spec).created);
  }
  const chiTieu = ensureChiTieuRows(at(CHI_TIEU).sheet, tables[CHI_TIEU.name], profile.tier, profile.tierName);

  writeGuide(at(HUONG_DAN).sheet, guideLines(form.values, TEMPLATE_VERSION), at(HUONG_DAN).created);
  const options = ensureNamedRanges(ss, tables, at(DON_VI).sheet, form.rowOf);
  writeSummary(
    at(TONG_HOP).sheet,
    summaryFor(profile, tables, chiTieu.rowOf, options),
    at(TONG_HOP).created,
  );
  if (createdSheets.length === TEMPLATE.length) removeDefaultSheet(ss);
  ss.setActiveSheet(at(fromVersion === null ? HUONG_DAN : DON_VI).sheet);
  stampTemplateVersion(ss, TEMPLATE_VERSION);
  stampFileIdOnce(ss);
  return {
    fromVersion,
    toVersion: TEMPLATE_VERSION,
    createdSheets,
    addedColumns: Object.entries(tables).flatMap(([name, t]) => (createdSheets.includes(name) ? [] : t.addedColumns.map((c) => `${name}: ${c}`))),
    addedFields: createdSheets.includes(DON_VI.name) ? [] : form.addedFields,
    addedChiTieu: createdSheets.includes(CHI_TIEU.name) ? [] : chiTieu.added,
  };
}

/** The Tổng hợp rows for the unit's tier and type, over the tables where set-up found or made them. */
function summaryFor(profile: UnitProfile, tables: Record<string, PlacedTable>, rowOf: Record<string, number>, options: string[]): ReturnType<typeof summaryRows> {
  return summaryRows({ tier: profile.tier, learnerRow: hasNguoiHoc(profile) !== false, tables, chiTieu: { columns: tables[CHI_TIEU.name].columns, rowOf }, options });
}

/**
 * Re-lays out only what follows Cấp công nhận and Tên cấp — the Chỉ tiêu rows and wording, and Tổng hợp — on a
 * workbook already set up: the few calls the onEdit simple trigger can afford (30 s limit). Returns the tier laid out,
 * or null when a sheet or column it needs is missing (then the full set-up is the way, and the data check says so).
 */
export function relayoutForSettings(ss: Spreadsheet): Tier | null {
  const donVi = ss.getSheetByName(DON_VI.name);
  const summary = ss.getSheetByName(TONG_HOP.name);
  if (!donVi || !summary) return null;
  const formValues = donVi.getRange(1, 1, Math.max(donVi.getLastRow(), 1), 3).getValues();
  const rowIndex = locateForm(formValues, DON_VI);
  const rowOf = Object.fromEntries(Object.entries(rowIndex).map(([k, i]) => [k, i + 1]));
  const profile = profileFromSettings(readForm(formValues, rowIndex, DON_VI) as unknown as UnitSettings, []);
  const tables: Record<string, PlacedTable> = {};
  let chiTieuSheet: GoogleAppsScript.Spreadsheet.Sheet | undefined;
  for (const spec of [THANH_VIEN, NGUOI_HOC, CHI_TIEU]) {
    const sheet = ss.getSheetByName(spec.name);
    if (spec === CHI_TIEU && sheet) chiTieuSheet = sheet;
    const lastColumn = sheet?.getLastColumn() ?? 0;
    const top = sheet && lastColumn > 0 ? sheet.getRange(1, 1, Math.min(10, sheet.getMaxRows()), lastColumn).getValues() : [];
    const layout = locateTable(top, spec);
    if (!sheet || !layout || spec.columns.some((c) => (c.rules || c.required) && layout.columns[c.key] === undefined)) return null;
    const columns = Object.fromEntries(Object.entries(layout.columns).map(([k, i]) => [k, i + 1]));
    tables[spec.name] = { headerRow: layout.headerIndex + 1, columns, lastRow: sheet.getMaxRows(), addedColumns: [] };
  }
  if (!['loaiDonVi', 'congLap', 'capCongNhan'].every((k) => rowOf[k] !== undefined)) return null;
  const chiTieu = ensureChiTieuRows(chiTieuSheet!, tables[CHI_TIEU.name], profile.tier, profile.tierName);
  const options = ensureNamedRanges(ss, tables, donVi, rowOf);
  writeSummary(summary, summaryFor(profile, tables, chiTieu.rowOf, options), false);
  return profile.tier;
}

/**
 * Points every named range at its column's current place (names follow moved columns in Sheets; this also repairs
 * them after an upgrade). Returns the options as the summary formulas read them: one block of the three settings
 * (a blank setting is then simply unset): the named range when the rows are adjacent, else an array literal.
 */
function ensureNamedRanges(ss: Spreadsheet, tables: Record<string, PlacedTable>, donVi: GoogleAppsScript.Spreadsheet.Sheet, rowOf: Readonly<Record<string, number>>): string[] {
  const existing = new Map(ss.getNamedRanges().map((n) => [n.getName(), n]));
  const name = (n: string, range: GoogleAppsScript.Spreadsheet.Range) => {
    const found = existing.get(n);
    if (found) found.setRange(range);
    else ss.setNamedRange(n, range);
  };
  for (const c of NAMED_COLUMNS) {
    const t = tables[c.sheet.name];
    const sheet = ss.getSheetByName(c.sheet.name)!;
    name(c.name, sheet.getRange(t.headerRow + 1, t.columns[c.field], t.lastRow - t.headerRow, 1));
  }
  const rows = ['loaiDonVi', 'congLap', 'capCongNhan'].map((k) => rowOf[k]).sort((a, b) => a - b);
  // Not adjacent (the user moved rows): an array literal still passes them as one block, blanks allowed.
  if (rows[2] - rows[0] !== 2) return [`{${rows.map((r) => rangeA1(DON_VI.name, r, 2, 1, 1, true)).join(';')}}`];
  name(OPTIONS_RANGE_NAME, donVi.getRange(rows[0], 2, 3, 1));
  return [OPTIONS_RANGE_NAME];
}

/** A new spreadsheet comes with "Sheet1" / "Trang tính1": remove it once the template exists, if it is empty. */
function removeDefaultSheet(ss: Spreadsheet): void {
  const names = new Set(TEMPLATE.map((s) => s.name));
  for (const sheet of ss.getSheets()) {
    if (!names.has(sheet.getName()) && sheet.getLastRow() === 0 && sheet.getLastColumn() === 0) ss.deleteSheet(sheet);
  }
}
