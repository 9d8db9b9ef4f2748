// The name of the year's Drive folder of documents, shared by the adapter that makes it and the sidebar that names it.

/** The folder's year: the assessment year, or — not yet typed, or not a year — the current one. */
export function folderYear(assessmentYear: string, currentYear: number): string {
  return /^\d{4}$/.test(assessmentYear) ? assessmentYear : String(currentYear);
}

/** "ĐVHT – Hồ sơ 2025" (an en dash). */
export function folderName(year: string): string {
  return `ĐVHT – Hồ sơ ${year}`;
}
