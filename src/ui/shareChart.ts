// A horizontal bar chart against thresholds as inline SVG, built with createElementNS and textContent only (no markup
// from data), with a text alternative: role="img" with <title>/<desc>, and a visually hidden list of every figure.
import type { ChartBar } from '../panel/shareChart';
import { CHART_WIDTH, LINE, svg, wrapped } from './svg';

export interface BarChartData {
  readonly title: string;
  readonly bars: readonly ChartBar[];
}

/** The track leaves room on the right for the percentage. */
export const TRACK_WIDTH = 228;
const BAR_HEIGHT = 12;

function drawBar(g: SVGGElement, b: ChartBar, top: number): void {
  g.append(svg('rect', { x: 0, y: top, width: TRACK_WIDTH, height: BAR_HEIGHT, rx: 2, class: b.share ? 'track' : 'track empty' }));
  if (b.share && b.share.denominator > 0) {
    const w = (TRACK_WIDTH * b.share.numerator) / b.share.denominator;
    g.append(svg('rect', { x: 0, y: top, width: w, height: BAR_HEIGHT, rx: 2, class: `fill fill-${b.key}` }));
  }
  b.ticks.forEach((t, i) => {
    const x = (TRACK_WIDTH * t.percent) / 100;
    g.append(svg('line', { x1: x, x2: x, y1: top - 3, y2: top + BAR_HEIGHT + 3, class: `tick tick-${i + 1}` }));
    // The lower threshold's label ends at its tick, the higher one's starts there: close ticks (95/97) never collide.
    const last = i === b.ticks.length - 1;
    g.append(svg('text', { x: last ? x + 2 : x - 2, y: top + BAR_HEIGHT + 13, 'text-anchor': last ? 'start' : 'end', class: 'tick-label' }, t.label));
  });
  g.append(svg('text', { x: CHART_WIDTH - 1, y: top + BAR_HEIGHT - 1, 'text-anchor': 'end', class: 'value' }, b.value));
}

/**
 * Draws `chart` into `box` (replacing what was there): one bar per item with its threshold ticks, value and notes.
 * `id` prefixes the element ids, so that two charts can share a page.
 */
export function barChart(box: HTMLElement, chart: BarChartData, id: string): SVGSVGElement {
  const root = svg('svg', { class: 'bar-chart', role: 'img', 'aria-labelledby': `${id}-title ${id}-desc`, width: CHART_WIDTH });
  root.append(svg('title', { id: `${id}-title` }, chart.title), svg('desc', { id: `${id}-desc` }, chart.bars.map((b) => b.summary).join(' ')));
  const list = document.createElement('ul');
  list.className = 'visually-hidden';
  for (const b of chart.bars) {
    const li = document.createElement('li');
    li.textContent = b.summary;
    list.append(li);
  }
  box.replaceChildren(root, list);
  // Text is measured while laid out, so the chart is in the page before it is filled.
  let y = 12;
  for (const b of chart.bars) {
    const g = svg('g', { class: `bar key-${b.key}`, 'data-id': b.id });
    root.append(g);
    y = wrapped(g, b.label, y, { class: 'label' });
    const top = y - 9;
    drawBar(g, b, top);
    y = top + BAR_HEIGHT + 26;
    for (const n of b.notes) y = wrapped(g, n, y, { class: 'note' });
    y += 6;
  }
  const height = Math.ceil(y - LINE);
  root.setAttribute('viewBox', `0 0 ${CHART_WIDTH} ${height}`);
  root.setAttribute('height', String(height));
  return root;
}
