// The in-memory DocumentApp: factory, document model classes, .docx/PDF rendering and inspection helpers.
export { createDocumentApp } from './app';
export type { DocumentAppControls, DocumentAppOptions } from './app';
export { FakeDocument, GOOGLE_DOC_MIME } from './document';
export { FakeBody, FakeHeaderSection, FakeFooterSection, DEFAULT_PAGE } from './sections';
export type { PageSetup } from './sections';
export { FakeParagraph, FakeListItem, FakePageBreak, FakeHorizontalRule } from './paragraph';
export { FakeTable, FakeTableRow, FakeTableCell } from './table';
export { FakeText, TextView } from './text';
export { DOCX_MIME, buildDocx, docxParts, twips } from './docx';
export { PDF_MIME, SOFFICE_PATH, docxToPdf, placeholderPdf } from './pdf';
export { dumpDocument, documentText } from './inspect';
export type { DocumentDump, BlockDump, ParagraphDump, TableDump, CellDump, RunDump, InlineDump } from './inspect';
export * as DocumentEnums from './enums';
