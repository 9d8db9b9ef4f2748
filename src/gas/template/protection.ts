// Warning-only protections, added once and recognised again by their description (set-up is idempotent).

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Ensures a warning-only protection with this description exists: of a range (`range` given) or of the whole sheet.
 * Warning-only, because a hard lock would stop a school's own staff from fixing a typo in a header.
 */
export function ensureProtection(sheet: Sheet, description: string, range: (() => GoogleAppsScript.Spreadsheet.Range) | null): void {
  const type = range ? SpreadsheetApp.ProtectionType.RANGE : SpreadsheetApp.ProtectionType.SHEET;
  const existing = sheet.getProtections(type).some((p) => p.getDescription() === description);
  if (existing) return;
  const protection = range ? range().protect() : sheet.protect();
  protection.setDescription(description).setWarningOnly(true);
}
