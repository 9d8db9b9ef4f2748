// The Google Docs a test's run created in the offline Drive, and their text (local/services/drive.ts).
import type { Runtime } from '../../local/runtime';
import { googleDocs } from '../../scripts/cli';

/** The last Google Doc created (the one an action just wrote); throws when there is none. */
export function lastDoc(rt: Runtime) {
  const doc = googleDocs(rt).at(-1);
  if (!doc) throw new Error('No Google Doc was created');
  return doc;
}

/** The text of the last Google Doc created: one line per paragraph, a table row's cells separated by tabs. */
export function lastDocText(rt: Runtime): string {
  return rt.drive.text(lastDoc(rt).id);
}
