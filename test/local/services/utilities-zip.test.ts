// Utilities.zip / Utilities.unzip offline (fflate): names with folders, content type, default name, errors, counting.
// Reference: https://developers.google.com/apps-script/reference/utilities/utilities#zip(BlobSource)
import { unzipSync, zipSync } from 'fflate';
import JSZip from 'jszip';
import { CallCounter } from '../../../local/counters';
import { Clock } from '../../../local/services/clock';
import {
  createUtilities,
  UNZIP_INVALID,
  ZIP_CONTENT_TYPE,
  ZIP_DEFAULT_NAME,
  ZIP_NAMELESS,
  zipEntries,
} from '../../../local/services/utilities';

function setup() {
  const counter = new CallCounter();
  return { Utilities: createUtilities({ counter, clock: new Clock() }), counter };
}

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const signed = (buf: Uint8Array) => [...buf].map((b) => (b > 127 ? b - 256 : b));

/** The parts of a small .docx, in package order; one binary part (a PNG signature and every byte value). */
const PARTS: Array<[string, string, string | Uint8Array]> = [
  ['[Content_Types].xml', 'application/xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'],
  ['_rels/.rels', 'application/xml', '<?xml version="1.0"?><Relationships/>'],
  ['word/document.xml', 'application/xml', '<w:document><w:t>Cộng hòa xã hội chủ nghĩa Việt Nam — Độc lập - Tự do - Hạnh phúc</w:t></w:document>'],
  ['word/_rels/document.xml.rels', 'application/xml', '<Relationships/>'],
  ['word/media/image1.png', 'image/png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, ...Array.from({ length: 256 }, (_, i) => i)])],
];
const bytesOf = (data: string | Uint8Array) => (typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data));

function docxBlobs(Utilities: ReturnType<typeof setup>['Utilities']) {
  return PARTS.map(([name, type, data]) =>
    Utilities.newBlob(typeof data === 'string' ? data : signed(data), type, name),
  );
}

describe('Utilities.zip', () => {
  test('a .docx-like set: one entry per blob under its full name, folders kept, bytes identical (read by fflate)', () => {
    const { Utilities } = setup();
    const blobs = docxBlobs(Utilities);
    // newBlob(data, contentType, name): "Create a new Blob object from a string, content type, and name."
    expect([blobs[2].getName(), blobs[2].getContentType()]).toEqual(['word/document.xml', 'application/xml']);
    const zip = Utilities.zip(blobs, 'Báo cáo tự đánh giá.docx');
    const files = unzipSync(Uint8Array.from(Buffer.from(zip.getBytes())));
    // "each named with the full path inside the zip": no separate folder entries ("word/"), order as given.
    expect(Object.keys(files)).toEqual(PARTS.map(([name]) => name));
    for (const [name, , data] of PARTS) expect(Buffer.from(files[name]).equals(bytesOf(data))).toBe(true);
  });

  test('the zip is a Blob of type application/zip named as asked; its type can be set to .docx for Drive', () => {
    const { Utilities } = setup();
    const zip = Utilities.zip(docxBlobs(Utilities), 'Báo cáo tự đánh giá.docx');
    expect(zip.getContentType()).toBe('application/zip');
    expect(ZIP_CONTENT_TYPE).toBe('application/zip');
    expect(zip.getName()).toBe('Báo cáo tự đánh giá.docx');
    const bytes = zip.getBytes();
    expect(zip.setContentType(DOCX_MIME).getContentType()).toBe(DOCX_MIME);
    expect(zip.getBytes()).toEqual(bytes);
    expect(Buffer.from(bytes).subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  });

  test('without a name the zip is called Archive.zip (not in the reference: our choice)', () => {
    const { Utilities } = setup();
    expect(ZIP_DEFAULT_NAME).toBe('Archive.zip');
    expect(Utilities.zip([Utilities.newBlob('x', 'text/plain', 'a.txt')]).getName()).toBe('Archive.zip');
  });

  test('a blob without a name cannot become an entry', () => {
    const { Utilities } = setup();
    expect(ZIP_NAMELESS).toBe('Blob object must have non-null name for this operation.');
    expect(() => Utilities.zip([Utilities.newBlob('x', 'text/plain', 'a.txt'), Utilities.newBlob('y')])).toThrow(
      'Blob object must have non-null name for this operation.',
    );
    expect(() => Utilities.zip([Utilities.newBlob('x', 'text/plain', '')])).toThrow(ZIP_NAMELESS);
  });

  test('two blobs of one name are an error, not a silently lost entry', () => {
    const { Utilities } = setup();
    const twice = [Utilities.newBlob('a', 'text/xml', 'word/document.xml'), Utilities.newBlob('b', 'text/xml', 'word/document.xml')];
    expect(() => Utilities.zip(twice)).toThrow('duplicate entry: word/document.xml');
  });

  test('any BlobSource is accepted (its getBlob() is read)', () => {
    const { Utilities } = setup();
    const blob = Utilities.newBlob('Biên bản họp', 'text/plain', 'Biên bản.txt');
    const zip = Utilities.zip([{ getBlob: () => blob } as unknown as GoogleAppsScript.Base.BlobSource]);
    expect(Buffer.from(unzipSync(Uint8Array.from(Buffer.from(zip.getBytes())))['Biên bản.txt']).toString('utf8')).toBe('Biên bản họp');
  });

  test('the same blobs give the same bytes: every entry is deflated and stamped 1980-01-01 00:00', () => {
    const { Utilities } = setup();
    const a = Buffer.from(Utilities.zip(docxBlobs(Utilities)).getBytes());
    const b = Buffer.from(Utilities.zip(docxBlobs(Utilities)).getBytes());
    expect(a.equals(b)).toBe(true);
    // First local file header: method 8 (deflate), DOS time 0, DOS date (0 << 9) | (1 << 5) | 1.
    expect([a.readUInt16LE(8), a.readUInt16LE(10), a.readUInt16LE(12)]).toEqual([8, 0, 0x21]);
  });
});

describe('Utilities.unzip', () => {
  test('round trip: the blobs come back named with their full path, bytes identical, in the same order', () => {
    const { Utilities } = setup();
    const files = Utilities.unzip(Utilities.zip(docxBlobs(Utilities), 'x.docx'));
    expect(files.map((f) => f.getName())).toEqual(PARTS.map(([name]) => name));
    for (const [i, [, , data]] of PARTS.entries()) expect(Buffer.from(files[i].getBytes()).equals(bytesOf(data))).toBe(true);
    expect(files[2].getDataAsString()).toBe(PARTS[2][2]);
  });

  test('an entry is typed by its extension where the Blob knows it, else null', () => {
    const { Utilities } = setup();
    const types = Utilities.unzip(Utilities.zip(docxBlobs(Utilities))).map((f) => [f.getName(), f.getContentType()]);
    expect(types).toEqual([
      ['[Content_Types].xml', 'text/xml'],
      ['_rels/.rels', null],
      ['word/document.xml', 'text/xml'],
      ['word/_rels/document.xml.rels', null],
      ['word/media/image1.png', 'image/png'],
    ]);
  });

  test('reads an archive made by another tool (JSZip, UTF-8 names) and skips folder entries', async () => {
    const { Utilities } = setup();
    const jszip = new JSZip();
    jszip.folder('Hồ sơ 2025');
    jszip.file('Hồ sơ 2025/Biên bản họp.txt', 'Độc lập - Tự do - Hạnh phúc');
    const bytes = await jszip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const files = Utilities.unzip(Utilities.newBlob(signed(bytes), 'application/zip', 'ho-so.zip'));
    expect(files.map((f) => [f.getName(), f.getDataAsString(), f.getContentType()])).toEqual([
      ['Hồ sơ 2025/Biên bản họp.txt', 'Độc lập - Tự do - Hạnh phúc', 'text/plain'],
    ]);
  });

  test('fflate folder entries ("word/") are skipped as well', () => {
    const { Utilities } = setup();
    const bytes = zipSync({ word: { 'document.xml': Buffer.from('<w:document/>') } });
    expect(Object.keys(unzipSync(bytes))).toEqual(['word/', 'word/document.xml']);
    expect(Utilities.unzip(Utilities.newBlob(signed(bytes))).map((f) => f.getName())).toEqual(['word/document.xml']);
  });

  test('bytes that are not a zip throw', () => {
    const { Utilities } = setup();
    expect(() => Utilities.unzip(Utilities.newBlob('không phải zip', 'application/zip', 'x.zip'))).toThrow(UNZIP_INVALID);
    expect(UNZIP_INVALID).toBe('Could not unzip the blob: it is not a zip file.');
  });
});

test('zip and unzip count once each; reading the blobs inside them is not counted', () => {
  const { Utilities, counter } = setup();
  const blobs = docxBlobs(Utilities);
  counter.reset();
  Utilities.unzip(Utilities.zip(blobs, 'x.docx'));
  expect(counter.snapshot()).toEqual({ 'Utilities.Utilities.unzip': 1, 'Utilities.Utilities.zip': 1 });
});

test('zipEntries (the .docx writer uses it): strings are written as UTF-8', () => {
  const bytes = zipEntries([{ path: 'word/document.xml', data: 'Hạnh phúc' }]);
  expect(Buffer.from(unzipSync(bytes)['word/document.xml']).toString('utf8')).toBe('Hạnh phúc');
});
