// For the district sidebar when it opens: where the consolidation run stands (done/total, reads per minute, expected
// end), without reading any school.
import { BatchProgress, savedProgress } from './consolidate';

/** null when no run was started on this workbook. */
export function dvhtTienDo(): BatchProgress | null {
  return savedProgress(SpreadsheetApp.getActiveSpreadsheet());
}
