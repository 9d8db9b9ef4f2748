// Keeps one row per chỉ tiêu of the chosen tier in "Chỉ tiêu", with the official wording (which the add-in owns).
import { Tier, allChiTieu } from '../../rules/catalogue';
import { chiTieuText } from '../../sheet/chiTieuText';
import { chiTieuIdOf } from '../../sheet/readWorkbook';
import { PlacedTable } from './tableSheet';
import { setTextValues } from '../writeText';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

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
    // Into plain-text cells, formatted before the write: in a vi_VN sheet "1.1" typed into an automatic cell is a date.
    const start = last + 1;
    setTextValues(sheet.getRange(start, maCol, missing.length, 1), missing.map((c) => [c.id]));
    missing.forEach((c, i) => (rowOf[c.id] = start + i));
  }
  const end = Math.max(last, ...Object.values(rowOf));
  const textRange = sheet.getRange(table.headerRow + 1, textCol, end - table.headerRow, 1);
  const texts = textRange.getValues();
  for (const ct of allChiTieu(tier)) texts[rowOf[ct.id] - table.headerRow - 1][0] = chiTieuText(ct, tierName);
  setTextValues(textRange, texts);
  textRange.setWrap(true).setVerticalAlignment('top');
  return { rowOf, added: missing.map((c) => c.id) };
}
