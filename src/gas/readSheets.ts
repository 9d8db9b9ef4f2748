// Reads the school workbook from the spreadsheet: one batch read (getSheetValues) per input sheet, whatever its size.
import { ReadResult, SheetValues, readWorkbook } from '../sheet/readWorkbook';
import { sheetValues } from './sheetAccess';
import { CHI_TIEU, DON_VI, HOI_DONG, MINH_CHUNG, NGUOI_HOC, THANH_VIEN } from '../sheet/schema';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const INPUT_SHEETS = [DON_VI.name, THANH_VIEN.name, NGUOI_HOC.name, CHI_TIEU.name, MINH_CHUNG.name, HOI_DONG.name];

export function readSchoolWorkbook(ss: Spreadsheet): ReadResult {
  const values: Record<string, unknown[][] | undefined> = {};
  for (const name of INPUT_SHEETS) {
    const sheet = ss.getSheetByName(name);
    values[name] = sheet ? sheetValues(sheet) : undefined;
  }
  return readWorkbook(values as SheetValues);
}
