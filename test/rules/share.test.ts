// TT24.md §2: "Tối thiểu p%" is compared in exact integers; display never rounds up across a threshold.
import fc from 'fast-check';
import { formatCount, formatPercent, meetsShare, minimumQualified, shortfall } from '../../src/rules/share';

/** Reference: the same comparison done a different way, with BigInt at 10^12 precision. */
function refMeets(q: number, t: number, p: number): boolean {
  return (BigInt(q) * 10n ** 12n) / BigInt(t) >= BigInt(p) * 10n ** 10n;
}

/** Reference gap: count up one member at a time. */
function refShortfall(q: number, t: number, p: number): number {
  let k = q;
  while (!refMeets(k, t, p)) k++;
  return k - q;
}

describe('§2 percentages compare exact integers', () => {
  test('"Tối thiểu 90%" means at least 90%: 90/100 passes, 89/100 fails', () => {
    expect(meetsShare({ qualified: 90, total: 100 }, 90)).toBe(true);
    expect(meetsShare({ qualified: 89, total: 100 }, 90)).toBe(false);
  });

  test.each([
    [50, 50, 100, true], [50, 49, 99, false],
    [70, 70, 100, true], [70, 69, 99, false],
    [90, 9, 10, true], [90, 8, 9, false],
    [95, 19, 20, true], [95, 37, 39, false],
    [97, 97, 100, true], [97, 96, 99, false],
  ])('boundary at exactly %i%%: %i/%i → %s', (p, q, t, expected) => {
    expect(meetsShare({ qualified: q, total: t }, p)).toBe(expected);
  });

  test('rounding trap: 1899/2000 = 94,95% is not 95%', () => {
    expect(meetsShare({ qualified: 1899, total: 2000 }, 95)).toBe(false);
    expect(formatPercent({ qualified: 1899, total: 2000 })).toBe('94,9%');
  });

  test('rounding trap: 42/45 = 93,33% is below 95% and displays as 93,3%', () => {
    expect(meetsShare({ qualified: 42, total: 45 }, 95)).toBe(false);
    expect(formatPercent({ qualified: 42, total: 45 })).toBe('93,3%');
    expect(formatCount({ qualified: 42, total: 45 })).toBe('42/45');
  });

  test('display uses a decimal comma and one decimal', () => {
    expect(formatPercent({ qualified: 1, total: 1 })).toBe('100,0%');
    expect(formatPercent({ qualified: 0, total: 7 })).toBe('0,0%');
    expect(formatPercent({ qualified: 2, total: 3 })).toBe('66,6%');
  });

  test('agrees with a brute-force reference for every count and threshold', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6000 }), fc.nat(), fc.constantFrom(50, 70, 90, 95, 97), (t, qr, p) => {
        const q = qr % (t + 1);
        expect(meetsShare({ qualified: q, total: t }, p)).toBe(refMeets(q, t, p));
        expect(shortfall({ qualified: q, total: t }, p)).toBe(refShortfall(q, t, p));
        expect(meetsShare({ qualified: minimumQualified(t, p), total: t }, p)).toBe(true);
        if (minimumQualified(t, p) > 0) expect(meetsShare({ qualified: minimumQualified(t, p) - 1, total: t }, p)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  test('a displayed percentage never exceeds the real share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.nat(), (t, qr) => {
        const q = qr % (t + 1);
        const shown = Number(formatPercent({ qualified: q, total: t }).replace('%', '').replace(',', '.'));
        expect(shown * t).toBeLessThanOrEqual(q * 100 + 1e-6);
      }),
    );
  });
});
