// A menu action of the school or district workbook: its work runs under the document lock, and what it tells the user
// (an alert, a dialog with a link) is shown only after the lock is released. An alert suspends the script while it is
// open ("Alerts suspend the server-side script while the dialog is open",
// https://developers.google.com/apps-script/guides/dialogs), so a lock held then would make a colleague's action wait
// and fail for as long as the user leaves the alert unanswered.
import { ForeignSheetError } from './template/tableSheet';

/** What to show once the lock is free; nothing when the action has nothing to say. */
export type Show = (() => void) | void;

const MENU = 'ĐVHT';
/** How long an action waits for a colleague's action to finish (LockService: tryLock's timeout, ms). */
const WAIT_MS = 10000;

export function alertUser(message: string, title = MENU): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, message, ui.ButtonSet.OK);
}

/** The Vietnamese message for an action that failed. */
export function failureMessage(action: string, e: unknown): string {
  if (e instanceof ForeignSheetError) return e.message;
  return `Không thực hiện được "${action}": ${e instanceof Error ? e.message : String(e)}`;
}

/**
 * Runs `work` under the document lock, releases it, then runs what `work` returned (its alert or dialog). A busy
 * workbook and a failure are also told only after the release.
 */
export function runLocked(action: string, work: () => Show): void {
  const lock = LockService.getDocumentLock();
  let show: Show;
  if (lock && !lock.tryLock(WAIT_MS)) {
    show = () => alertUser(`Đang có người khác thực hiện thao tác trên bảng tính này. Vui lòng thử lại "${action}" sau ít phút.`);
  } else {
    try {
      show = work();
    } catch (e) {
      show = () => alertUser(failureMessage(action, e));
    } finally {
      if (lock) lock.releaseLock();
    }
  }
  if (show) show();
}

/** For google.script.run calls (the sidebars): `body` under the document lock; busy, it throws `busy` to the caller. */
export function underLock<T>(busy: string, body: () => T, waitMs = WAIT_MS): T {
  const lock = LockService.getDocumentLock();
  if (lock && !lock.tryLock(waitMs)) throw new Error(busy);
  try {
    return body();
  } finally {
    if (lock) lock.releaseLock();
  }
}
