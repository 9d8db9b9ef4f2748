// The template version stamped on the spreadsheet as developer metadata (invisible to users, kept by copies).
import { VERSION_METADATA_KEY } from '../../sheet/schema';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function readTemplateVersion(ss: Spreadsheet): number | null {
  const found = ss.getDeveloperMetadata().find((m) => m.getKey() === VERSION_METADATA_KEY);
  if (!found) return null;
  const v = Number(found.getValue());
  return Number.isFinite(v) ? v : null;
}

export function stampTemplateVersion(ss: Spreadsheet, version: number): void {
  const found = ss.getDeveloperMetadata().find((m) => m.getKey() === VERSION_METADATA_KEY);
  if (found) found.setValue(String(version));
  else ss.addDeveloperMetadata(VERSION_METADATA_KEY, String(version), SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
}

/** The id of the spreadsheet the template was set up in: a copy (Tệp → Tạo bản sao) has another id. */
export const FILE_ID_KEY = 'dvht.fileId';

/** Stamps the file id once (set-up of a new workbook); a copy keeps the original's stamp until the new-year action. */
export function stampFileIdOnce(ss: Spreadsheet): void {
  if (ss.getDeveloperMetadata().some((m) => m.getKey() === FILE_ID_KEY)) return;
  ss.addDeveloperMetadata(FILE_ID_KEY, ss.getId(), SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
}
