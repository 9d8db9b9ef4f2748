// Shared setup for the in-memory DocumentApp tests: a fresh app, counter and blob factory per test; docx unzipping.
import JSZip from 'jszip';
import { CallCounter } from '../../../local/counters';
import { createDocumentApp, DocumentAppOptions, FakeDocument } from '../../../local/document';
import { newBlob } from '../../../local/services/blob';

export function setup(opts: Partial<DocumentAppOptions> = {}) {
  const counter = new CallCounter();
  const controls = createDocumentApp({
    counter,
    newBlob: (bytes, contentType, name) => newBlob(counter, bytes, contentType, name),
    ...opts,
  });
  const app = controls.DocumentApp;
  return { counter, controls, app };
}

/** A new document and its body, with the counter reset. */
export function newDoc(name = 'Báo cáo tự đánh giá', opts: Partial<DocumentAppOptions> = {}) {
  const s = setup(opts);
  const doc = s.app.create(name);
  const body = doc.getBody();
  const fake = s.controls.getById(doc.getId()) as FakeDocument;
  s.counter.reset();
  return { ...s, doc, body, fake };
}

/** The text of every part of a .docx package, by path. */
export async function unzipDocx(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const [path, entry] of Object.entries(zip.files)) if (!entry.dir) out[path] = await entry.async('string');
  return out;
}
