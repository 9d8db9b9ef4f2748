// Text written by the add-in into cells stays text: a leading =, +, - or @ would otherwise become a formula.

/** The value to write so that Sheets stores exactly this text (an apostrophe prefix is not displayed). */
export function plainText(value: string): string {
  return /^[=+\-@']/.test(value) ? `'${value}` : value;
}

/** Values for setValues: strings made plain, other values unchanged. */
export function plainRow(values: readonly unknown[]): unknown[] {
  return values.map((v) => (typeof v === 'string' ? plainText(v) : v));
}
