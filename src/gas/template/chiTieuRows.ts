// Keeps one row per chỉ tiêu of the chosen tier in "Chỉ tiêu", with the official wording (which the add-in owns).
import { ChiTieu, Tier, allChiTieu, renderWording } from '../../rules/catalogue';
import { chiTieuIdOf } from '../../sheet/readWorkbook';
import { plainText } from '../../sheet/safeText';
import { PlacedTable } from './tableSheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The text shown in the "Nội dung chỉ tiêu" column: both levels' wording where they differ. */
export function chiTieuText(ct: ChiTieu, tierName: string): string {
  const r = (t: string) => renderWording(t, tierName);
  const extra = ct.mamNonCongLapClause ? ` ${r(ct.mamNonCongLapClause)}` : '';
  if (!ct.wording.muc2) return r(ct.wording.muc1) + extra;
  return `Mức độ 1: ${r(ct.wording.muc1)}${extra}\nMức độ 2: ${r(ct.wording.muc2)}`;
}

/** Ensures the rows; returns the row of each chỉ tiêu and the ids added. */
export function ensureChiTieuRows(sheet: Sheet, table: PlacedTable, tier: Tier, tierName: string): { rowOf: Record<string, number>; added: string[] } {
  const maCol = table.columns.ma;
  const textCol = table.columns.noiDung;
  const last = Math.max(sheet.getLastRow(), table.headerRow);
  const count = last - table.headerRow;
  const ids = count > 0 ? sheet.getRange(table.headerRow + 1, maCol, count, 1).getValues().map((r) => chiTieuIdOf(r[0])) : [];
  const rowOf: Record<string, number> = {};
  ids.forEach((id, i) => {
    if (id && rowOf[id] === undefined) rowOf[id] = table.headerRow + 1 + i;
  });
  const missing = allChiTieu(tier).filter((c) => rowOf[c.id] === undefined);
  if (missing.length) {
    // The column is formatted as plain text (set-up does it first), so "1.1" stays text and is not read as 1,1.
    const start = last + 1;
    sheet.getRange(start, maCol, missing.length, 1).setValues(missing.map((c) => [c.id]));
    missing.forEach((c, i) => (rowOf[c.id] = start + i));
  }
  const end = Math.max(last, ...Object.values(rowOf));
  const textRange = sheet.getRange(table.headerRow + 1, textCol, end - table.headerRow, 1);
  const texts = textRange.getValues();
  for (const ct of allChiTieu(tier)) texts[rowOf[ct.id] - table.headerRow - 1][0] = plainText(chiTieuText(ct, tierName));
  textRange.setValues(texts);
  textRange.setWrap(true).setVerticalAlignment('top');
  return { rowOf, added: missing.map((c) => c.id) };
}
