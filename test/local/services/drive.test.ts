// The offline Drive advanced service (v3) through the real runtime: the calls Apps Script scripts make
// (https://developers.google.com/apps-script/advanced/drive), the default fields (kind, id, name, mimeType —
// https://developers.google.com/drive/query-parameters), folders and the trash, the .docx → Google Doc conversion, and
// Google's errors as the advanced service throws them ("API call to drive.files.<method> failed with error: …").
import vm from 'node:vm';
import { createRuntime } from '../../../local/runtime';
import { DOCX_MIME, docxFiles } from '../../../src/report/docx/package';
import { DocumentModel, ND30_PAGE, para, textCell } from '../../../src/report/model';

const DOCS = 'application/vnd.google-apps.document';
const FOLDER = 'application/vnd.google-apps.folder';

const MODEL: DocumentModel = {
  name: 'Thử',
  page: ND30_PAGE,
  parts: [
    {
      id: 'baoCao',
      title: 'Báo cáo',
      blocks: [
        para(['Báo cáo ', 'tự đánh giá & kết quả <2026>']),
        { kind: 'table', widths: [200, 200], borders: true, rows: [[textCell('Tiêu chí 1'), textCell('Đạt mức độ 1')], [textCell('Tiêu chí 2'), textCell('Không đạt')]] },
        para(['Nơi nhận:']),
      ],
    },
  ],
};

function setUp(opts: Parameters<typeof createRuntime>[0] = {}) {
  const rt = createRuntime(opts);
  /** Runs `code` as a script of the project (its globals: Drive, Utilities…), returning its value. */
  const script = (code: string, globals: Record<string, unknown> = {}) => {
    Object.assign(rt.context, globals);
    return vm.runInContext(code, rt.context);
  };
  /** A script's error as the execution log shows it ("Name: message"). */
  const failure = (code: string, globals: Record<string, unknown> = {}) => script(`(() => { try { ${code}; return 'no error'; } catch (e) { return String(e); } })()`, globals);
  return { rt, script, failure };
}

/** The .docx built inside the script as the add-in builds it: one blob per part, Utilities.zip, the .docx type. */
const DOCX_BLOB = `(() => {
  const blob = Utilities.zip(FILES.map((f) => Utilities.newBlob(f.text, 'application/xml', f.path)), 'Thử.docx');
  blob.setContentType('${DOCX_MIME}');
  return blob;
})()`;

describe('Drive.Files.create', () => {
  test('a folder comes back with the default fields only, or with those `fields` asks for', () => {
    const { rt, script } = setUp();
    const plain = script(`Drive.Files.create({ name: 'ĐVHT – Hồ sơ 2026', mimeType: '${FOLDER}' })`);
    expect(JSON.parse(JSON.stringify(plain))).toEqual({ kind: 'drive#file', id: plain.id, name: 'ĐVHT – Hồ sơ 2026', mimeType: FOLDER });
    const asked = script(`Drive.Files.create({ name: 'B', mimeType: '${FOLDER}' }, null, { fields: 'id,webViewLink,parents,trashed' })`);
    expect(Object.keys(asked).sort()).toEqual(['id', 'parents', 'trashed', 'webViewLink']);
    expect(asked.webViewLink).toBe(`https://drive.google.com/drive/folders/${asked.id}`);
    expect(asked.parents).toEqual([rt.drive.rootId]);
    expect(asked.trashed).toBe(false);
    expect(rt.drive.files().map((f) => f.name)).toEqual(['ĐVHT – Hồ sơ 2026', 'B']);
    expect(asked.id).toMatch(/^1[A-Za-z0-9_-]{43}$/);
  });

  test('a .docx blob with the Docs MIME type becomes a Google Doc in the folder, keeping the uploaded bytes', () => {
    const { rt, script } = setUp();
    const FILES = docxFiles(MODEL);
    const folder = script(`Drive.Files.create({ name: 'ĐVHT – Hồ sơ 2026', mimeType: '${FOLDER}' }, undefined, { fields: 'id' })`);
    expect(Object.keys(folder)).toEqual(['id']);
    const doc = script(`Drive.Files.create({ name: 'Hồ sơ ĐVHT 2026', mimeType: '${DOCS}', parents: [FOLDER_ID] }, ${DOCX_BLOB}, { fields: 'id,name,webViewLink' })`, {
      FILES,
      FOLDER_ID: folder.id,
    });
    expect(JSON.parse(JSON.stringify(doc))).toEqual({ id: doc.id, name: 'Hồ sơ ĐVHT 2026', webViewLink: `https://docs.google.com/document/d/${doc.id}/edit?usp=drivesdk` });
    const stored = rt.drive.get(doc.id)!;
    expect([stored.mimeType, stored.parents, stored.trashed]).toEqual([DOCS, [folder.id], false]);
    // The same bytes Utilities.zip made: the sidebar's .docx download is this file.
    const zipped = script(`${DOCX_BLOB}.getBytes()`, { FILES }) as number[];
    expect(rt.drive.docx(doc.id)).toEqual(Buffer.from(zipped.map((b) => b & 0xff)));
    expect(rt.drive.text(doc.id)).toBe('Báo cáo tự đánh giá & kết quả <2026>\nTiêu chí 1\tĐạt mức độ 1\nTiêu chí 2\tKhông đạt\nNơi nhận:');
  });

  test('the calls are counted per method as "Drive.Files.<method>"', () => {
    const { rt, script } = setUp();
    rt.counter.reset();
    script(`(() => {
      const f = Drive.Files.create({ name: 'A', mimeType: '${FOLDER}' }, null, { fields: 'id' });
      Drive.Files.get(f.id, { fields: 'id,trashed' });
      Drive.Files.update({ trashed: true }, f.id);
      Drive.Files.list({ q: 'trashed = true' });
      Drive.Files.remove(f.id);
    })()`);
    expect(rt.counter.snapshot()).toEqual({ 'Drive.Files.create': 1, 'Drive.Files.get': 1, 'Drive.Files.list': 1, 'Drive.Files.remove': 1, 'Drive.Files.update': 1 });
  });
});

describe("Google's errors", () => {
  test('an id the add-in did not create is not found (drive.file), with the 404 text Apps Script shows', () => {
    const { failure } = setUp();
    expect(failure(`Drive.Files.get('1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE', { fields: 'id' })`)).toBe(
      'GoogleJsonResponseException: API call to drive.files.get failed with error: File not found: 1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE.',
    );
    expect(failure(`Drive.Files.remove('nope')`)).toBe('GoogleJsonResponseException: API call to drive.files.delete failed with error: File not found: nope.');
    expect(failure(`Drive.Files.update({ trashed: true }, 'nope')`)).toBe('GoogleJsonResponseException: API call to drive.files.update failed with error: File not found: nope.');
  });

  test('the errors are Errors of the script, as in Apps Script', () => {
    const { script } = setUp();
    expect(script(`(() => { try { Drive.Files.get('x'); } catch (e) { return [e instanceof Error, e.name, e.message]; } })()`)).toEqual([
      true,
      'GoogleJsonResponseException',
      'API call to drive.files.get failed with error: File not found: x.',
    ]);
  });

  test('creating into a missing parent is its 404', () => {
    const { rt, failure } = setUp();
    expect(failure(`Drive.Files.create({ name: 'A', mimeType: '${DOCS}', parents: ['gone'] })`)).toBe(
      'GoogleJsonResponseException: API call to drive.files.create failed with error: File not found: gone.',
    );
    expect(rt.drive.files()).toEqual([]);
  });

  test('one parent only (Drive\'s single-parent model): a second one is its 403, on create and on update', () => {
    const { rt, script, failure } = setUp();
    const [a, b] = ['A', 'B'].map((name) => script(`Drive.Files.create({ name: '${name}', mimeType: '${FOLDER}' })`).id as string);
    const text = (method: string) => `GoogleJsonResponseException: API call to drive.files.${method} failed with error: Increasing the number of parents is not allowed`;
    expect(failure(`Drive.Files.create({ name: 'X', mimeType: '${FOLDER}', parents: ['${a}', '${b}'] })`)).toBe(text('create'));
    expect(rt.drive.files()).toHaveLength(2);
    const x = script(`Drive.Files.create({ name: 'X', mimeType: '${FOLDER}', parents: ['${a}'] })`).id as string;
    expect(failure(`Drive.Files.update({}, '${x}', null, { addParents: '${b}' })`)).toBe(text('update'));
    expect(rt.drive.get(x)!.parents).toEqual([a]);
    // Moving is adding one and removing the other in the same call.
    expect(script(`Drive.Files.update({}, '${x}', null, { addParents: '${b}', removeParents: '${a}', fields: 'parents' })`)).toEqual({ parents: [b] });
  });

  test('a blob of another type, or a damaged .docx, with the Docs MIME type is not converted', () => {
    const { rt, failure } = setUp();
    const text = 'GoogleJsonResponseException: API call to drive.files.create failed with error: Conversion of the uploaded content to the requested output type is not supported.';
    expect(failure(`Drive.Files.create({ name: 'A', mimeType: '${DOCS}' }, Utilities.zip([Utilities.newBlob('x', 'text/plain', 'a.txt')]))`)).toBe(text);
    expect(failure(`Drive.Files.create({ name: 'A', mimeType: '${DOCS}' }, Utilities.newBlob('not a zip', '${DOCX_MIME}', 'a.docx'))`)).toBe(text);
    // A zip with the parts but word/document.xml not well-formed.
    expect(
      failure(
        `Drive.Files.create({ name: 'A', mimeType: '${DOCS}' }, Utilities.zip([Utilities.newBlob('<Types/>', 'application/xml', '[Content_Types].xml'), Utilities.newBlob('<w:document><w:body>', 'application/xml', 'word/document.xml')]).setContentType('${DOCX_MIME}'))`,
      ),
    ).toBe(text);
    expect(rt.drive.files()).toEqual([]);
  });

  test('over 50 MB a .docx is not converted (our wording: Google\'s text not found)', () => {
    const { failure } = setUp();
    expect(failure(`Drive.Files.create({ name: 'A', mimeType: '${DOCS}' }, Utilities.newBlob('x'.repeat(50 * 1024 * 1024 + 1), '${DOCX_MIME}', 'a.docx'))`)).toBe(
      'GoogleJsonResponseException: API call to drive.files.create failed with error: The file is too large to convert to Google Docs: 52428801 bytes, the limit is 52428800 bytes (50 MB).',
    );
  });

  test('a type Google would convert but the offline service does not model is an offline error, not Google\'s', () => {
    const { failure } = setUp();
    expect(failure(`Drive.Files.create({ name: 'A', mimeType: '${DOCS}' }, Utilities.newBlob('x', 'text/plain', 'a.txt'))`)).toBe(
      `Exception: The offline Drive service converts only a .docx into a Google Doc, not text/plain into ${DOCS}.`,
    );
  });

  test('a `fields` naming no File property is the 400 "Invalid field selection"', () => {
    const { failure } = setUp();
    expect(failure(`Drive.Files.create({ name: 'A', mimeType: '${FOLDER}' }, null, { fields: 'id,title' })`)).toBe(
      'GoogleJsonResponseException: API call to drive.files.create failed with error: Invalid field selection title',
    );
  });

  test('without the .docx type the blob is stored as it is, not converted', () => {
    const { rt, script } = setUp();
    const f = script(`Drive.Files.create({ name: 'Hồ sơ.docx' }, Utilities.zip(FILES.map((f) => Utilities.newBlob(f.text, 'application/xml', f.path))))`, { FILES: docxFiles(MODEL) });
    expect(f.mimeType).toBe('application/zip');
    expect(() => rt.drive.docx(f.id)).toThrow(`No .docx behind Drive file ${f.id}`);
  });
});

describe('the trash', () => {
  test('a trashed folder is still found by get, with trashed: true, and its contents are trashed with it', () => {
    const { rt, script } = setUp();
    const r = script(`(() => {
      const folder = Drive.Files.create({ name: 'ĐVHT – Hồ sơ 2026', mimeType: '${FOLDER}' }, null, { fields: 'id' });
      const doc = Drive.Files.create({ name: 'Kiểm tra cài đặt', mimeType: '${DOCS}', parents: [folder.id] }, ${DOCX_BLOB}, { fields: 'id' });
      Drive.Files.update({ trashed: true }, folder.id);
      return { folder: Drive.Files.get(folder.id, { fields: 'id,trashed' }), doc: Drive.Files.get(doc.id, { fields: 'trashed,explicitlyTrashed' }) };
    })()`, { FILES: docxFiles(MODEL) });
    expect(JSON.parse(JSON.stringify(r))).toEqual({ folder: { id: r.folder.id, trashed: true }, doc: { trashed: true, explicitlyTrashed: false } });
    expect(rt.drive.files().map((f) => f.trashed)).toEqual([true, true]);
  });

  test('creating into a trashed folder succeeds and the new file is not trashed: check the folder first', () => {
    const { script } = setUp();
    const r = script(`(() => {
      const folder = Drive.Files.create({ name: 'Cũ', mimeType: '${FOLDER}' });
      Drive.Files.update({ trashed: true }, folder.id);
      return Drive.Files.create({ name: 'Mới', mimeType: '${DOCS}', parents: [folder.id] }, null, { fields: 'trashed,parents' });
    })()`);
    expect(r.trashed).toBe(false);
  });

  test('list finds only what the add-in created, filtered by q', () => {
    const { script } = setUp();
    const names = script(`(() => {
      const a = Drive.Files.create({ name: 'ĐVHT – Hồ sơ 2026', mimeType: '${FOLDER}' });
      Drive.Files.create({ name: 'Khác', mimeType: '${FOLDER}' });
      Drive.Files.update({ trashed: true }, Drive.Files.create({ name: 'Rác', mimeType: '${FOLDER}' }).id);
      return Drive.Files.list({ q: "mimeType = '${FOLDER}' and trashed = false", fields: 'files(name)' }).files.map((f) => f.name);
    })()`);
    expect(names).toEqual(['ĐVHT – Hồ sơ 2026', 'Khác']);
  });
});

describe('the manifest decides', () => {
  test('Drive (and Sheets) are not defined when the manifest does not enable them', () => {
    const { script } = setUp({ manifest: {} });
    expect(script(`[typeof Drive, typeof Sheets, typeof SpreadsheetApp]`)).toEqual(['undefined', 'undefined', 'object']);
  });

  test('both built manifests enable Drive v3 under the symbol Drive; only the district enables Sheets', () => {
    expect(setUp({ target: 'school' }).script(`[typeof Drive, typeof Sheets]`)).toEqual(['object', 'undefined']);
    expect(setUp({ target: 'district' }).script(`[typeof Drive, typeof Sheets]`)).toEqual(['object', 'object']);
  });
});
