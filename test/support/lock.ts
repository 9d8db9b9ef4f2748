// Whether anyone holds the document lock as each alert or dialog opens (an open alert must never hold it).
import type { Runtime } from '../../local/runtime';

/** Records, as each alert or dialog opens, whether anyone holds the document lock; optionally acts then. */
export function watchLock(rt: Runtime, during?: (n: number) => void): boolean[] {
  const lockedWhileShown: boolean[] = [];
  rt.services.controls.ui.onShow = () => {
    lockedWhileShown.push(rt.services.controls.locks.isLocked('document'));
    during?.(lockedWhileShown.length);
  };
  return lockedWhileShown;
}
