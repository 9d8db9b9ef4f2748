// Exact integer threshold math for "Tối thiểu p%" rules, the gap to the next level, and Vietnamese number display.

/** Counts for one share: qualified members out of the members it applies to. */
export interface Tally {
  readonly qualified: number;
  readonly total: number;
}

/** "Tối thiểu p%" holds iff qualified / total ≥ p / 100, compared as integers (never a rounded percentage). */
export function meetsShare(t: Tally, percent: number): boolean {
  return t.qualified * 100 >= percent * t.total;
}

/** Smallest number qualified out of `total` that meets p %. */
export function minimumQualified(total: number, percent: number): number {
  // ceil(percent * total / 100) in integers: both operands are whole numbers.
  return Math.floor((percent * total + 99) / 100);
}

/** How many more must qualify to meet p % (0 when already met). */
export function shortfall(t: Tally, percent: number): number {
  return Math.max(0, minimumQualified(t.total, percent) - t.qualified);
}

/**
 * "93,3%": one decimal with a decimal comma, rounded *down* so that a shown figure never exceeds the real share
 * (94,95 % shows as "94,9%", never as a misleading "95,0%").
 */
export function formatPercent(t: Tally): string {
  if (t.total === 0) return '—';
  const tenths = Math.floor((t.qualified * 1000) / t.total);
  return `${Math.floor(tenths / 10)},${tenths % 10}%`;
}

/** "42/45" */
export function formatCount(t: Tally): string {
  return `${t.qualified}/${t.total}`;
}

/** Validates raw counts from a user; returns a Vietnamese problem or undefined. */
export function countProblem(qualified: number, total: number, what: string): string | undefined {
  for (const [name, n] of [['số đạt', qualified], ['tổng số', total]] as const) {
    if (!Number.isFinite(n) || !Number.isInteger(n) || n < 0) {
      return `${what}: ${name} phải là số nguyên không âm (đang là ${String(n).replace('.', ',')}).`;
    }
  }
  if (qualified > total) return `${what}: số đạt (${qualified}) lớn hơn tổng số (${total}).`;
  return undefined;
}
