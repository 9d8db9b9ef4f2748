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
