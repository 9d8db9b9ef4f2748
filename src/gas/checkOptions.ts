// What the pure data check needs from the runtime: today from the clock, and date cells read in the spreadsheet's
// time zone. A date cell comes back as midnight in the spreadsheet's zone (https://pastebin.com/UKwQEiAd), so its day
// is read with Utilities.formatDate in that zone (https://developers.google.com/apps-script/reference/utilities/utilities).
import { CheckOptions } from '../check/checkWorkbook';
import { CalendarDate } from '../vocab/dates';
import { today } from './sheetAccess';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** `tz` and `todayDate`: the spreadsheet's time zone and today's date when the caller has them already. */
export function checkOptions(ss: Spreadsheet, tz = ss.getSpreadsheetTimeZone(), todayDate = today(ss, tz).date): CheckOptions {
  const seen = new Map<number, CalendarDate>();
  const dateOf = (d: Date): CalendarDate | undefined => {
    const t = d.getTime();
    if (!Number.isFinite(t)) return undefined;
    let c = seen.get(t);
    if (!c) {
      const [day, month, year] = Utilities.formatDate(d, tz, 'd/M/yyyy').split('/').map(Number);
      c = { day, month, year };
      seen.set(t, c);
    }
    return c;
  };
  return { today: todayDate, dateOf };
}
