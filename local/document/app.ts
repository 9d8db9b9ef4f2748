// createDocumentApp: the DocumentApp global (create/open, enums) plus test controls and the .docx renderer.
import type { CallCounter } from '../counters';
import { gasError } from '../services/support';
import { signatureError } from './args';
import { BlobFactory, DocContext, DocRealm } from './context';
import { buildDocx } from './docx';
import { FakeDocument } from './document';
import { DOCUMENT_ENUMS } from './enums';
import './table'; // registers the Table constructor used by block containers

type GApp = GoogleAppsScript.Document.DocumentApp;
type GDocument = GoogleAppsScript.Document.Document;

export interface DocumentAppOptions {
  counter: CallCounter;
  /** Returned by DocumentApp.getUi(); without it getUi() throws as it does outside a Docs editor. */
  ui?: unknown;
  /** Date/Array constructors of the vm context running the bundle, so returned arrays pass `instanceof Array` there. */
  realm?: DocRealm;
  /** Builds the Blob that Document.getAs/getBlob return (Utilities.newBlob's Blob from local/services/blob.ts). */
  newBlob: BlobFactory;
  /** Owner of created documents. */
  userEmail?: string;
  /** LibreOffice executable for PDF rendering (default /usr/bin/soffice; absent → placeholder PDF). */
  sofficePath?: string;
}

export interface DocumentAppControls {
  /** The object to install as the global DocumentApp. */
  DocumentApp: GApp;
  /** Every document created, in order. */
  documents(): FakeDocument[];
  getById(id: string): FakeDocument | undefined;
  /** Renders a document to .docx bytes. */
  toDocx(doc: FakeDocument): Promise<Buffer>;
  context: DocContext;
}

export function createDocumentApp(opts: DocumentAppOptions): DocumentAppControls {
  const ctx = new DocContext(opts.counter, opts.realm ?? {}, opts.newBlob, opts.userEmail ?? 'user@example.com');
  const count = (m: string) => ctx.count(`DocumentApp.${m}`);

  const open = (id: string, method: string): FakeDocument => {
    const doc = ctx.documents.get(id);
    if (!doc) throw gasError(`Unexpected error while getting the method or property ${method} on object DocumentApp.`);
    // A fresh handle on the stored document: open again after saveAndClose().
    doc.closed = false;
    if (opts.sofficePath) doc.sofficePath = opts.sofficePath;
    return doc;
  };

  const app = {
    ...DOCUMENT_ENUMS,
    toString: () => 'DocumentApp',
    /** A new document whose body holds one empty paragraph, as in Google Docs. */
    create(name: string): GDocument {
      count('create');
      if (typeof name !== 'string') throw signatureError('DocumentApp.create', arguments);
      const doc = new FakeDocument(ctx, ctx.newDocumentId(), name);
      if (opts.sofficePath) doc.sofficePath = opts.sofficePath;
      ctx.documents.set(doc.id, doc);
      return doc as unknown as GDocument;
    },
    openById(id: string): GDocument {
      count('openById');
      if (typeof id !== 'string') throw signatureError('DocumentApp.openById', arguments);
      return open(id, 'openById') as unknown as GDocument;
    },
    openByUrl(url: string): GDocument {
      count('openByUrl');
      if (typeof url !== 'string') throw signatureError('DocumentApp.openByUrl', arguments);
      const m = /\/document\/d\/([A-Za-z0-9_-]+)/.exec(url);
      if (!m) throw gasError('Invalid argument: url');
      return open(m[1], 'openByUrl') as unknown as GDocument;
    },
    /** Null: the add-in is bound to a spreadsheet, not to a document. */
    getActiveDocument(): GDocument | null {
      count('getActiveDocument');
      return null;
    },
    getUi(): GoogleAppsScript.Base.Ui {
      count('getUi');
      if (opts.ui === undefined) throw gasError('Cannot call DocumentApp.getUi() from this context.');
      return opts.ui as GoogleAppsScript.Base.Ui;
    },
  };

  return {
    DocumentApp: app as unknown as GApp,
    documents: () => [...ctx.documents.values()],
    getById: (id) => ctx.documents.get(id),
    toDocx: async (doc) => buildDocx(doc),
    context: ctx,
  };
}
