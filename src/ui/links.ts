// Links to what the server created (a Google Doc, its PDF, the .docx, a Drive folder), built with DOM calls only. Only
// Google's own document and Drive pages become links: a URL of any other shape is dropped, never followed.

export interface DocumentLinks {
  readonly url: string;
  readonly name: string;
  readonly pdfUrl: string;
  readonly docxUrl?: string;
  readonly folder?: { readonly name: string; readonly url: string };
}

export function safeGoogleUrl(url: string): string | null {
  return /^https:\/\/(docs|drive)\.google\.com\/[\w\-./?=&%]+$/.test(url) ? url : null;
}

function linkTo(url: string, text: string): HTMLAnchorElement | null {
  const safe = safeGoogleUrl(url);
  if (!safe) return null;
  const a = document.createElement('a');
  a.textContent = text;
  a.href = safe;
  a.target = '_blank';
  a.rel = 'noopener';
  return a;
}

/** "Mở: <name>" on a line of its own, then "Tải PDF · Tệp Word (.docx) · Thư mục …". */
export function documentLinks(d: DocumentLinks, openText = `Mở: ${d.name}`): HTMLElement[] {
  const open = document.createElement('p');
  const main = linkTo(d.url, openText);
  if (main) open.append(main);
  const line = document.createElement('p');
  line.className = 'links';
  const more = [linkTo(d.pdfUrl, 'Tải PDF'), d.docxUrl ? linkTo(d.docxUrl, 'Tệp Word (.docx)') : null, d.folder ? linkTo(d.folder.url, `Thư mục ${d.folder.name}`) : null];
  more.filter((a): a is HTMLAnchorElement => a !== null).forEach((a, i) => line.append(...(i ? [document.createTextNode(' · '), a] : [a])));
  return [open, line];
}
