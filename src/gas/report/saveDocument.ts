// Every document the add-in writes (the dossier, the plan, the improvement report, the district's documents) goes
// the same way: the pure renderer's .docx package, zipped in memory by Utilities, then one Drive call that uploads it
// and converts it into a new Google Doc, and one that keeps the .docx itself next to it (Vietnamese offices exchange
// and print Word files). Nothing is ever overwritten: each run creates new files.
//
// Google's behaviour this relies on:
// - Utilities.zip(blobs, name) "Creates a new Blob object that is a zip file containing the data from the Blobs passed
//   in" (https://developers.google.com/apps-script/reference/utilities/utilities#zip(BlobSource,String)); an entry's
//   path is its blob's name, so blobs named "word/document.xml"… make the .docx package.
// - Drive API v3 files resource, mimeType: "If a file is created with a Google Doc MIME type, the uploaded content will
//   be imported if possible" (https://developers.google.com/drive/api/v3/reference/files); the advanced service takes
//   (resource, mediaData, optionalArgs) and names its methods after the REST ones
//   (https://developers.google.com/apps-script/advanced/drive); only the default fields come back unless `fields`
//   asks for more.
// - Scope https://www.googleapis.com/auth/drive.file: "Create new Drive files, or modify existing files, that you open
//   with an app or that the user shares with an app…", Recommended, Non-sensitive
//   (https://developers.google.com/drive/api/guides/about-auth). The add-in only touches files it created.
import { DocumentModel } from '../../report/model';
import { DOCX_MIME, docxFiles } from '../../report/docx/package';
import { DocumentsFolder, documentsFolder } from './documentsFolder';
import { driveFailure } from './driveFailure';

export const GOOGLE_DOC_MIME = 'application/vnd.google-apps.document';

/** What the user is given for a document just written: the Doc, its PDF and the .docx itself. */
export interface SavedDocument {
  readonly id: string;
  readonly name: string;
  /** The Google Doc (webViewLink). */
  readonly url: string;
  /**
   * The PDF: the Doc's own export link (files.exportLinks["application/pdf"], "Links for exporting Docs Editors files
   * to specific formats", https://developers.google.com/workspace/drive/api/reference/rest/v3/files). The browser
   * follows it with the user's own Google session, so the PDF costs the script no call and no scope, and has none of
   * the 10 MB limit of files.export (https://developers.google.com/workspace/drive/api/reference/rest/v3/files/export).
   */
  readonly pdfUrl: string;
  /**
   * The .docx converted, the same bytes, kept as a Drive file: its link opens Drive's viewer, which downloads it. A
   * link rather than a download started by the sidebar, which runs in a sandboxed iframe. Absent when Drive created
   * the Doc but not the .docx (the Doc is what counts; the user is told).
   */
  readonly docxUrl?: string;
  /** The folder holding the Doc ("ĐVHT – Hồ sơ 2025"), when one was used. */
  readonly folder?: { readonly name: string; readonly url: string };
}

/** Told when Drive made the Doc but not the .docx beside it. */
export const DOCX_NOT_KEPT = 'Google Drive chưa lưu được tệp Word (.docx) kèm theo; văn bản Google Docs đã đầy đủ và tải được dạng Word: Tệp → Tải xuống → Microsoft Word (.docx).';

/** What the user is told about a saved document besides its links (each action shows these lines once). */
export function documentNotes(d: SavedDocument): string[] {
  return d.docxUrl ? [] : [DOCX_NOT_KEPT];
}

/** A file name safe in every system the .docx may be saved on: "/" and ":" of the time stamp become "-" and "h". */
export function fileName(name: string): string {
  return name.replace(/\//g, '-').replace(/(\d\d):(\d\d)/g, '$1h$2').replace(/[\\?%*|"<>]/g, '-');
}

/** The Drive advanced service, or a Vietnamese error for the IT person when the manifest does not enable it. */
export function driveService(): GoogleAppsScript.Drive {
  if (typeof Drive === 'undefined' || !Drive) {
    throw new Error('Chưa bật dịch vụ nâng cao Drive (Drive API v3) cho dự án Apps Script: người phụ trách kỹ thuật cần triển khai lại bằng "npm run deploy" (tệp appsscript.json có mục Drive).');
  }
  return Drive;
}

/**
 * The .docx of a model as one Blob (one Utilities.newBlob per package file, one Utilities.zip). A blob made from a
 * string holds it in UTF-8, Blob's default encoding ("setDataFromString(string): Sets the data of this blob from a
 * string with default encoding (UTF-8)", https://developers.google.com/apps-script/reference/base/blob), which is
 * what the XML declaration of every part says.
 */
export function docxBlob(model: DocumentModel, fileName: string): GoogleAppsScript.Base.Blob {
  const blobs = docxFiles(model).map((f) => Utilities.newBlob(f.text, 'application/xml', f.path));
  return Utilities.zip(blobs, fileName).setContentType(DOCX_MIME);
}

/**
 * Writes the model as a new Google Doc named `name` and keeps the .docx beside it, in the year's folder when
 * `folderYear` is given (found with 1 Drive call, created with 1 more the first time): 2 Drive calls, 3 with the
 * folder. Returns the links.
 */
export function saveDocument(model: DocumentModel, name: string, folderYear?: string): SavedDocument {
  const drive = driveService();
  const docxName = `${fileName(name)}.docx`;
  const blob = docxBlob(model, docxName);
  let folder: DocumentsFolder | undefined;
  let doc: GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
  try {
    folder = folderYear ? documentsFolder(drive, folderYear) : undefined;
    doc = drive.Files!.create({ name, mimeType: GOOGLE_DOC_MIME, ...parentsOf(folder) }, blob, { fields: 'id,webViewLink,exportLinks' });
  } catch (e) {
    throw new Error(driveFailure(e));
  }
  const id = String(doc.id);
  return {
    id,
    name,
    url: doc.webViewLink ?? `https://docs.google.com/document/d/${id}/edit`,
    pdfUrl: doc.exportLinks?.['application/pdf'] ?? `https://docs.google.com/document/d/${id}/export?format=pdf`,
    ...keptDocx(drive, docxName, blob, folder),
    ...(folder ? { folder: { name: folder.name, url: folder.url } } : {}),
  };
}

const parentsOf = (folder?: DocumentsFolder) => (folder ? { parents: [folder.id] } : {});

/** The .docx kept beside the Doc; a failure here loses nothing the user needs, so it is not one of the action. */
function keptDocx(drive: GoogleAppsScript.Drive, name: string, blob: GoogleAppsScript.Base.Blob, folder?: DocumentsFolder): { docxUrl?: string } {
  try {
    const f = drive.Files!.create({ name, mimeType: DOCX_MIME, ...parentsOf(folder) }, blob, { fields: 'id,webViewLink' });
    return { docxUrl: f.webViewLink ?? `https://drive.google.com/file/d/${String(f.id)}/view` };
  } catch (e) {
    return {};
  }
}
