// Cell formatting record (font, fill, alignment, wrap, number format, borders) and colour normalization.
import type { BorderStyleName, WrapStrategyName } from './enums';

export interface BorderSide {
  style: BorderStyleName;
  color: string;
}

export interface CellFormat {
  numberFormat?: string;
  fontWeight?: 'bold' | 'normal';
  fontStyle?: 'italic' | 'normal';
  fontColor?: string;
  fontSize?: number;
  fontFamily?: string;
  fontLine?: 'underline' | 'line-through' | 'none';
  background?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapStrategy?: WrapStrategyName;
  borders?: { top?: BorderSide; left?: BorderSide; bottom?: BorderSide; right?: BorderSide };
}

export const FORMAT_DEFAULTS = {
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontColor: '#000000',
  fontSize: 10,
  fontFamily: 'Arial',
  fontLine: 'none',
  background: '#ffffff',
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
  wrapStrategy: 'OVERFLOW',
} as const;

const NAMED: Record<string, string> = {
  black: '#000000', white: '#ffffff', red: '#ff0000', green: '#008000', lime: '#00ff00', blue: '#0000ff',
  yellow: '#ffff00', orange: '#ffa500', purple: '#800080', gray: '#808080', grey: '#808080', silver: '#c0c0c0',
  cyan: '#00ffff', magenta: '#ff00ff', navy: '#000080', maroon: '#800000', teal: '#008080', olive: '#808000',
  pink: '#ffc0cb', brown: '#a52a2a', lightgray: '#d3d3d3', lightgrey: '#d3d3d3', darkgray: '#a9a9a9',
  lightgreen: '#90ee90', lightblue: '#add8e6', lightyellow: '#ffffe0', gold: '#ffd700',
};

/** Sheets accepts CSS colours ("#abc", "#AABBCC", "red") and reports them as lowercase "#rrggbb". */
export function normalizeColor(color: string | null | undefined): string | undefined {
  if (color === null || color === undefined || color === '') return undefined;
  const c = String(color).trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(c)) return c;
  if (/^#[0-9a-f]{3}$/.test(c)) return `#${c[1]}${c[1]}${c[2]}${c[2]}${c[3]}${c[3]}`;
  if (/^#[0-9a-f]{8}$/.test(c)) return `#${c.slice(3)}`;
  return NAMED[c] ?? c;
}

export function cloneFormat(f: CellFormat | undefined): CellFormat | undefined {
  if (!f) return undefined;
  const out: CellFormat = { ...f };
  if (f.borders) out.borders = { ...f.borders };
  return out;
}
