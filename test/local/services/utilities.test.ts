// Utilities: formatString, getUuid, sleep on the clock, base64 (UTF-8, signed bytes, web-safe), digests and HMACs.
import { createHash, createHmac } from 'node:crypto';
import { CallCounter } from '../../../local/counters';
import { Clock } from '../../../local/services/clock';
import { createUtilities, SLEEP_MAX_MS } from '../../../local/services/utilities';

function setup() {
  const counter = new CallCounter();
  const clock = new Clock();
  return { Utilities: createUtilities({ counter, clock }), counter, clock };
}

const VI = 'Trường THCS Bình Minh — Đơn vị học tập';
const signed = (buf: Buffer) => [...buf].map((b) => (b > 127 ? b - 256 : b));

describe('formatString', () => {
  const { Utilities } = setup();
  test.each([
    [['%s có %d thành viên', 'Lớp 6A', 42], 'Lớp 6A có 42 thành viên'],
    [['%.2f', 3.14159], '3.14'],
    [['%6.2f|', 3.14159], '  3.14|'],
    [['%-6s|', 'ab'], 'ab    |'],
    [['%05d', 42], '00042'],
    [['%05d', -42], '-0042'],
    [['%+d / % d', 5, 5], '+5 /  5'],
    [['%d', 7.9], '7'],
    [['%f', 1.5], '1.500000'],
    [['%e', 12345.678], '1.234568e+04'],
    [['%x %X %o', 255, 255, 8], 'ff FF 10'],
    [['100%%'], '100%'],
    [['%2$s %1$s', 'a', 'b'], 'b a'],
    [['%.3s', 'abcdef'], 'abc'],
  ])('%j', (args, expected) => {
    const [template, ...rest] = args as [string, ...unknown[]];
    expect(Utilities.formatString(template, ...rest)).toBe(expected);
  });
});

describe('getUuid and sleep', () => {
  test('getUuid returns distinct RFC 4122 version 4 UUIDs', () => {
    const { Utilities } = setup();
    const a = Utilities.getUuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Utilities.getUuid()).not.toBe(a);
  });

  test('a custom UUID source makes runs reproducible', () => {
    let n = 0;
    const u = createUtilities({ counter: new CallCounter(), clock: new Clock(), uuid: () => `uuid-${++n}` });
    expect([u.getUuid(), u.getUuid()]).toEqual(['uuid-1', 'uuid-2']);
  });

  test('sleep advances the clock instead of blocking; at most 300000 ms', () => {
    const { Utilities, clock } = setup();
    const t0 = clock.now();
    const wall = Date.now();
    Utilities.sleep(SLEEP_MAX_MS);
    expect(clock.now()).toBe(t0 + 300000);
    expect(Date.now() - wall).toBeLessThan(1000);
    expect(() => Utilities.sleep(SLEEP_MAX_MS + 1)).toThrow('Invalid argument: milliseconds');
    expect(() => Utilities.sleep(-5)).toThrow();
  });
});

describe('base64', () => {
  test('strings are encoded as UTF-8 and decode to signed bytes', () => {
    const { Utilities } = setup();
    const encoded = Utilities.base64Encode(VI);
    expect(encoded).toBe(Buffer.from(VI, 'utf8').toString('base64'));
    const bytes = Utilities.base64Decode(encoded);
    expect(bytes).toEqual(signed(Buffer.from(VI, 'utf8')));
    expect(Math.min(...bytes)).toBeLessThan(0);
    expect(bytes.every((b) => b >= -128 && b <= 127)).toBe(true);
    expect(Utilities.newBlob(bytes).getDataAsString()).toBe(VI);
  });

  test('byte arrays are accepted signed or unsigned', () => {
    const { Utilities } = setup();
    expect(Utilities.base64Encode([-1, -2, 0, 127])).toBe(Buffer.from([255, 254, 0, 127]).toString('base64'));
    expect(Utilities.base64Encode([255, 254, 0, 127])).toBe('//4Afw==');
  });

  test('an explicit charset: UTF_8 is the default, US_ASCII turns other letters into ?', () => {
    const { Utilities } = setup();
    expect(Utilities.base64Encode(VI, Utilities.Charset.UTF_8)).toBe(Utilities.base64Encode(VI));
    expect(Buffer.from(Utilities.base64Encode('Bình', Utilities.Charset.US_ASCII), 'base64').toString('latin1')).toBe('B?nh');
  });

  test('web-safe variants use - and _ and keep the padding', () => {
    const { Utilities } = setup();
    const bytes = [-5, -1, -66];
    expect(Utilities.base64Encode(bytes)).toBe('+/++');
    expect(Utilities.base64EncodeWebSafe(bytes)).toBe('-_--');
    expect(Utilities.base64EncodeWebSafe([-5, -1])).toBe('-_8=');
    expect(Utilities.base64DecodeWebSafe('-_8=')).toEqual([-5, -1]);
    expect(Utilities.base64DecodeWebSafe(Utilities.base64EncodeWebSafe(VI))).toEqual(signed(Buffer.from(VI)));
  });

  test('undecodable input throws', () => {
    const { Utilities } = setup();
    expect(() => Utilities.base64Decode('abc$')).toThrow('Could not decode string.');
    expect(() => Utilities.base64Decode('-_8=')).toThrow();
    expect(() => Utilities.base64DecodeWebSafe('+/8=')).toThrow();
  });
});

describe('digests', () => {
  test.each([
    ['MD5', 'md5', '900150983cd24fb0d6963f7d28e17f72'],
    ['SHA_1', 'sha1', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    ['SHA_256', 'sha256', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ] as const)('%s of "abc" as signed bytes', (alg, node, hex) => {
    const { Utilities } = setup();
    const digest = Utilities.computeDigest(Utilities.DigestAlgorithm[alg], 'abc');
    expect(digest).toEqual(signed(Buffer.from(hex, 'hex')));
    expect(digest).toEqual(signed(createHash(node).update('abc').digest()));
  });

  test('Vietnamese text is digested as UTF-8; byte arrays are digested as given', () => {
    const { Utilities } = setup();
    const expected = signed(createHash('sha256').update(VI, 'utf8').digest());
    expect(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, VI)).toEqual(expected);
    expect(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, signed(Buffer.from(VI)))).toEqual(expected);
  });

  test('MD2 is not available offline', () => {
    const { Utilities } = setup();
    expect(() => Utilities.computeDigest(Utilities.DigestAlgorithm.MD2, 'abc')).toThrow('Unsupported digest algorithm: MD2');
  });

  test('HMAC signatures', () => {
    const { Utilities } = setup();
    const expected = signed(createHmac('sha256', 'khóa').update(VI).digest());
    expect(Utilities.computeHmacSha256Signature(VI, 'khóa')).toEqual(expected);
    expect(Utilities.computeHmacSignature(Utilities.MacAlgorithm.HMAC_SHA_256, VI, 'khóa')).toEqual(expected);
  });
});

test('each Utilities call counts once', () => {
  const { Utilities, counter } = setup();
  Utilities.formatDate(new Date(0), 'UTC', 'yyyy');
  Utilities.base64Decode(Utilities.base64Encode('x'));
  Utilities.newBlob('x').getBytes();
  expect(counter.snapshot()).toEqual({
    'Utilities.Blob.getBytes': 1,
    'Utilities.Utilities.base64Decode': 1,
    'Utilities.Utilities.base64Encode': 1,
    'Utilities.Utilities.formatDate': 1,
    'Utilities.Utilities.newBlob': 1,
  });
});
