// Blob from Utilities.newBlob: bytes, text in charsets, content type and name, copies, and the conversions it refuses.
import { CallCounter } from '../../../local/counters';
import { Clock } from '../../../local/services/clock';
import { createUtilities } from '../../../local/services/utilities';

const Utilities = createUtilities({ counter: new CallCounter(), clock: new Clock() });
const TEXT = 'Báo cáo tự đánh giá — Trường THCS Bình Minh';

describe('Blob', () => {
  test('a string blob keeps UTF-8 bytes, type and name', () => {
    const blob = Utilities.newBlob(TEXT, 'text/plain', 'bao-cao.txt');
    expect(blob.getBytes().length).toBe(Buffer.byteLength(TEXT, 'utf8'));
    expect(blob.getDataAsString()).toBe(TEXT);
    expect(blob.getDataAsString('UTF-8')).toBe(TEXT);
    expect(blob.getContentType()).toBe('text/plain');
    expect(blob.getName()).toBe('bao-cao.txt');
    expect(blob.isGoogleType()).toBe(false);
    expect(blob.getBlob()).toBe(blob);
  });

  test('a byte blob takes signed bytes; type and name default to null', () => {
    const blob = Utilities.newBlob([-61, -95]); // "á" in UTF-8
    expect(blob.getDataAsString()).toBe('á');
    expect(blob.getDataAsString('ISO-8859-1')).toBe('Ã¡');
    expect(blob.getContentType()).toBeNull();
    expect(blob.getName()).toBeNull();
  });

  test('setters chain; copyBlob is independent', () => {
    const blob = Utilities.newBlob('a').setName('x.csv').setContentType('text/csv');
    const copy = blob.copyBlob();
    blob.setDataFromString('changed').setName('y.csv');
    expect(copy.getDataAsString()).toBe('a');
    expect(copy.getName()).toBe('x.csv');
    expect(copy.getContentType()).toBe('text/csv');
    expect(blob.setBytes([104, 105]).getDataAsString()).toBe('hi');
  });

  test('getAs to the same type gives the same bytes; other conversions are refused', () => {
    const blob = Utilities.newBlob(TEXT, 'text/html', 'sidebar.html');
    const same = blob.getAs('text/html');
    expect(same).not.toBe(blob);
    expect(same.getBytes()).toEqual(blob.getBytes());
    expect(() => blob.getAs('application/pdf')).toThrow('Converting from text/html to application/pdf is not supported.');
  });

  test('setContentTypeFromExtension reads the name', () => {
    expect(Utilities.newBlob('x', null as unknown as string, 'hoso.pdf').setContentTypeFromExtension().getContentType()).toBe(
      'application/pdf',
    );
    expect(() => Utilities.newBlob('x', 'text/plain', 'noext').setContentTypeFromExtension()).toThrow();
  });
});
