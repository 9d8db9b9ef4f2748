// The dialog that gives the user the links of a document just created — the Google Doc, its PDF, the .docx and the
// folder — with a few lines about it. Every text passes through escapeHtml: names and notes come from the sheets.
import { escapeHtml } from '../util/html';
import { SavedDocument } from './report/saveDocument';

const STYLE = 'font-family:Arial,sans-serif;font-size:13px';

const link = (url: string, text: string) => `<a href="${escapeHtml(url)}" target="_blank" rel="noopener">${escapeHtml(text)}</a>`;

/** The links of a saved document as HTML: "Mở: <name>", then PDF · Word (.docx) · the folder. */
export function documentLinksHtml(d: SavedDocument): string {
  const more = [link(d.pdfUrl, 'Tải PDF'), ...(d.docxUrl ? [link(d.docxUrl, 'Tệp Word (.docx)')] : []), ...(d.folder ? [link(d.folder.url, `Thư mục ${d.folder.name}`)] : [])];
  return `<p>${link(d.url, `Mở: ${d.name}`)}</p><p>${more.join(' · ')}</p>`;
}

/** The dialog's HTML: the lines (paragraphs), then the document's links. */
export function docLinkHtml(d: SavedDocument, lines: readonly string[] = []): string {
  const paragraphs = lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('');
  return `<div style="${STYLE}">${paragraphs}${documentLinksHtml(d)}</div>`;
}

/** A modal dialog (https://developers.google.com/apps-script/reference/base/ui#showModalDialog(Object,String)). */
export function showDialog(html: string, title: string, height = 160): void {
  SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput(html).setWidth(420).setHeight(height), title);
}

export function showDocLink(title: string, d: SavedDocument, lines: readonly string[] = []): void {
  showDialog(docLinkHtml(d, lines), title, 160 + 24 * lines.length);
}
