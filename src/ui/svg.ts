// SVG for the sidebars, built with createElementNS and textContent only: data never becomes markup.

const NS = 'http://www.w3.org/2000/svg';
/** Drawing width in user units: a 300 px sidebar less its 12 px padding each side, so 1 unit = 1 px there. */
export const CHART_WIDTH = 276;
/** Baseline to baseline of wrapped text. */
export const LINE = 15;

type Attrs = Record<string, string | number>;

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs, text?: string): SVGElementTagNameMap[K] {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The laid-out width of a text; 0 while not laid out (a hidden container), so an Arial-like estimate then. */
function textWidth(t: SVGTextElement): number {
  return t.getComputedTextLength() || (t.textContent ?? '').length * 6.5;
}

/** Appends `text` as <text> lines no wider than `max`, broken at spaces; returns the baseline of the next line. */
export function wrapped(parent: SVGElement, text: string, y: number, attrs: Attrs, max = CHART_WIDTH): number {
  let line = svg('text', { x: 0, y, ...attrs });
  parent.append(line);
  let current = '';
  for (const word of text.split(' ')) {
    const next = current ? `${current} ${word}` : word;
    line.textContent = next;
    if (current && textWidth(line) > max) {
      line.textContent = current;
      y += LINE;
      line = svg('text', { x: 0, y, ...attrs }, word);
      parent.append(line);
      current = word;
    } else {
      current = next;
    }
  }
  return y + LINE;
}
