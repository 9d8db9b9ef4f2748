// The Document: name, id, URL, body, header and footer sections, saveAndClose, and getAs (PDF or .docx bytes).
import { gasError } from '../services/support';
import { signatureError } from './args';
import type { DocContext } from './context';
import { DOCX_MIME, buildDocx } from './docx';
import { CLOSED_MESSAGE } from './element';
import { PDF_MIME, docxToPdf } from './pdf';
import { FakeBody, FakeFooterSection, FakeHeaderSection } from './sections';

type GDocument = GoogleAppsScript.Document.Document;
type GBlob = GoogleAppsScript.Base.Blob;

export const GOOGLE_DOC_MIME = 'application/vnd.google-apps.document';

export class FakeDocument implements Pick<GDocument, 'getId' | 'getName' | 'getUrl' | 'saveAndClose'> {
  readonly cls = 'Document';
  /** Set by saveAndClose(): edits through this handle then throw (DocumentApp.openById reopens it). */
  closed = false;
  readonly body: FakeBody;
  header: FakeHeaderSection | null = null;
  footer: FakeFooterSection | null = null;
  /** Soffice executable used by getAs('application/pdf') (tests may point it elsewhere). */
  sofficePath?: string;

  constructor(private readonly ctx: DocContext, readonly id: string, public name: string) {
    this.body = new FakeBody(ctx, this);
  }

  private c(method: string): void {
    this.ctx.count(`Document.${method}`);
  }

  private mut(): void {
    if (this.closed) throw gasError(CLOSED_MESSAGE);
  }

  getId(): string {
    this.c('getId');
    return this.id;
  }

  getName(): string {
    this.c('getName');
    return this.name;
  }

  setName(name: string): GDocument {
    this.c('setName');
    if (typeof name !== 'string') throw signatureError('Document.setName', arguments);
    this.mut();
    this.name = name;
    return this as unknown as GDocument;
  }

  getUrl(): string {
    this.c('getUrl');
    return `https://docs.google.com/document/d/${this.id}/edit`;
  }

  getBody(): GoogleAppsScript.Document.Body {
    this.c('getBody');
    return this.body as unknown as GoogleAppsScript.Document.Body;
  }

  /** Adds the header section (one empty paragraph); a document has at most one. */
  addHeader(): GoogleAppsScript.Document.HeaderSection {
    this.c('addHeader');
    this.mut();
    if (this.header) throw gasError('Document tab already contains a header.');
    this.header = new FakeHeaderSection(this.ctx, this);
    return this.header as unknown as GoogleAppsScript.Document.HeaderSection;
  }

  /** The header section, or null when the document has none. */
  getHeader(): GoogleAppsScript.Document.HeaderSection {
    this.c('getHeader');
    return this.header as unknown as GoogleAppsScript.Document.HeaderSection;
  }

  addFooter(): GoogleAppsScript.Document.FooterSection {
    this.c('addFooter');
    this.mut();
    if (this.footer) throw gasError('Document tab already contains a footer.');
    this.footer = new FakeFooterSection(this.ctx, this);
    return this.footer as unknown as GoogleAppsScript.Document.FooterSection;
  }

  getFooter(): GoogleAppsScript.Document.FooterSection {
    this.c('getFooter');
    return this.footer as unknown as GoogleAppsScript.Document.FooterSection;
  }

  /**
   * Saves and closes this handle: further edits through it throw "Document is closed, its contents cannot be
   * updated." (the live message, reported in github.com/brucemcpherson/gas-fakes/issues/45).
   */
  saveAndClose(): void {
    this.c('saveAndClose');
    this.closed = true;
  }

  /**
   * The contents as a Blob. Apps Script documents only 'application/pdf' for Document.getAs ("currently only
   * 'application/pdf' is supported", developers.google.com/apps-script/reference/document/document#getAs(String));
   * the .docx type is an offline extra for tools and tests. Named "<document name>.pdf" / ".docx".
   */
  getAs(contentType: string): GBlob {
    this.c('getAs');
    if (typeof contentType !== 'string') throw signatureError('Document.getAs', arguments);
    return this.blob(contentType);
  }

  /** The contents as a PDF Blob (what Document.getBlob returns). */
  getBlob(): GBlob {
    this.c('getBlob');
    return this.blob(PDF_MIME);
  }

  private blob(contentType: string): GBlob {
    const type = contentType.toLowerCase();
    if (type === PDF_MIME) return this.ctx.newBlob(this._pdf(), PDF_MIME, `${this.name}.pdf`) as GBlob;
    if (type === DOCX_MIME) return this.ctx.newBlob(buildDocx(this), DOCX_MIME, `${this.name}.docx`) as GBlob;
    throw gasError(`Converting from ${GOOGLE_DOC_MIME} to ${contentType} is not supported.`);
  }

  /** PDF bytes: LibreOffice's rendering of the .docx, or the offline placeholder (see pdf.ts). */
  _pdf(): Buffer {
    const page = this.body.page;
    return docxToPdf(buildDocx(this), this.name, { width: page.pageWidth, height: page.pageHeight }, this.sofficePath).pdf;
  }
}
