// Numbers as users type them in cells: 42, "42", "42,5" (decimal comma), "93,3".
import { cleanText } from './normalize';

/** A number typed or computed in a cell; undefined if it is not one. */
export function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const text = cleanText(v).replace(/\s/g, '');
  if (!/^-?\d+([.,]\d+)?$/.test(text)) return undefined;
  return Number(text.replace(',', '.'));
}
