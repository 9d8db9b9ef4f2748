// The dialog that gives the user the link of a document just created, with a few lines about it. Every text passes
// through escapeHtml: names and notes come from the sheets.
import { escapeHtml } from '../util/html';

const STYLE = 'font-family:Arial,sans-serif;font-size:13px';

/** The dialog's HTML: the lines (paragraphs), then the link "Mở: <name>". */
export function docLinkHtml(r: { url: string; name: string }, lines: readonly string[] = []): string {
  const paragraphs = lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('');
  return `<div style="${STYLE}">${paragraphs}<p><a href="${escapeHtml(r.url)}" target="_blank" rel="noopener">Mở: ${escapeHtml(r.name)}</a></p></div>`;
}

/** A modal dialog (https://developers.google.com/apps-script/reference/base/ui#showModalDialog(Object,String)). */
export function showDialog(html: string, title: string, height = 140): void {
  SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput(html).setWidth(420).setHeight(height), title);
}

export function showDocLink(title: string, r: { url: string; name: string }, lines: readonly string[] = []): void {
  showDialog(docLinkHtml(r, lines), title, 140 + 24 * lines.length);
}
