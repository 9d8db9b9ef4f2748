// The year's folder of documents, "ĐVHT – Hồ sơ 2025", created by the add-in on first use. With the drive.file scope
// Drive lists only the files this add-in created (https://developers.google.com/drive/api/guides/about-auth: "files
// that you open with an app"), so one files.list by name finds it — a folder the user deleted or moved to the trash
// is simply not found, and a new one is made (the documents already in the old one stay where they are). Nothing is
// kept in the workbook, and the user's other workbooks of the same year share the folder.
// Folders are files of MIME type application/vnd.google-apps.folder, searched with `q`
// (https://developers.google.com/drive/api/guides/search-files: name = '…', mimeType = '…', trashed = false).

import { folderName } from '../../report/documentsFolderName';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';

export interface DocumentsFolder {
  readonly id: string;
  readonly name: string;
  readonly url: string;
}

const folderUrl = (id: string) => `https://drive.google.com/drive/folders/${id}`;
/** A string literal of the Drive query language: backslash and single quote escaped. */
const quoted = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** The year's folder: the add-in's one of that name not in the trash (1 Drive call), else a new one (1 more). */
export function documentsFolder(drive: GoogleAppsScript.Drive, year: string): DocumentsFolder {
  const name = folderName(year);
  const found = drive.Files!.list({
    q: `name = ${quoted(name)} and mimeType = '${FOLDER_MIME}' and trashed = false`,
    fields: 'files(id,name)',
    pageSize: 1,
  }).files?.[0];
  const id = String(found?.id ?? drive.Files!.create({ name, mimeType: FOLDER_MIME }).id);
  return { id, name, url: folderUrl(id) };
}
