// For the district sidebar when it opens: where the consolidation run stands (done/total, reads per minute, expected
// end), without reading any school.
import { BatchProgress, savedProgress } from './consolidate';
import { OverviewData, overviewData, readOverview } from './overview';

/** null when no run was started on this workbook. */
export function dvhtTienDo(): BatchProgress | null {
  return savedProgress(SpreadsheetApp.getActiveSpreadsheet());
}

/** For the district sidebar's chart: the overview of Tổng quan, computed from Kết quả and Danh sách đơn vị (plain JSON). */
export function dvhtTongQuan(): OverviewData {
  return overviewData(readOverview(SpreadsheetApp.getActiveSpreadsheet()));
}
