// The district overview in the sidebar: an inline SVG bar chart of the units by recomputed level, one stacked bar per
// unit type, then the chỉ tiêu most often not reached and the units to look at again. Built with createElementNS /
// createElement and textContent only: a unit's name or type is never parsed as markup. The text alternative (the
// engine's own sentence, overviewText) is the SVG's <desc> and a paragraph under it.
import type { Overview } from '../district/overview';
import { CHART_WIDTH, LINE, svg, wrapped } from './svg';

/** What dvhtTongQuan sends: the overview and its text alternative. */
export type OverviewData = Overview & { readonly text: string };

const BAR = 12;
/** One colour per level, in the order of the overview's levels (Mức độ 2, Mức độ 1, Chưa đạt, Chưa đọc được). */
export const LEVEL_COLOURS = ['#1e8e3e', '#f9ab00', '#d93025', '#9aa0a6'];
/** Units listed in the sidebar; the sheet Tổng quan lists them all. */
const ATTENTION_SHOWN = 20;
const TEXT = { 'font-size': 12, fill: '#202124', 'font-family': 'Arial, sans-serif' };

function html<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (tag === 'ul') e.style.cssText = 'margin:4px 0 12px;padding-left:18px';
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

/** The SVG: a bar per level (length = share of all units), then a stacked bar per unit type. */
export function overviewSvg(o: OverviewData): SVGSVGElement {
  const root = svg('svg', { role: 'img', 'aria-labelledby': 'overview-title overview-desc', width: CHART_WIDTH, style: 'display:block;max-width:100%;height:auto' });
  root.append(svg('title', { id: 'overview-title' }, 'Đơn vị theo mức tính lại'), svg('desc', { id: 'overview-desc' }, o.text));
  let y = 12;
  o.byLevel.forEach((l, i) => {
    const g = svg('g', { class: 'overview-level', 'data-label': l.label, 'data-count': l.count });
    g.append(svg('text', { x: 0, y, ...TEXT, 'font-weight': 'bold' }, l.label));
    g.append(svg('text', { x: CHART_WIDTH - 2, y, ...TEXT, 'text-anchor': 'end' }, `${l.count} đơn vị (${l.share})`));
    const top = y + 4;
    g.append(svg('rect', { x: 0, y: top, width: CHART_WIDTH, height: BAR, rx: 2, fill: '#f1f3f4' }));
    const w = o.total ? (CHART_WIDTH * l.count) / o.total : 0;
    g.append(svg('rect', { class: 'overview-bar', x: 0, y: top, width: w, height: BAR, rx: 2, fill: LEVEL_COLOURS[i] }));
    root.append(g);
    y = top + BAR + 8 + LINE;
  });
  if (o.byType.length) {
    y += 6;
    root.append(svg('text', { x: 0, y, ...TEXT, 'font-weight': 'bold' }, 'Theo loại đơn vị'));
    y += LINE + 2;
    for (const t of o.byType) {
      const g = svg('g', { class: 'overview-type', 'data-type': t.type });
      y = wrapped(g, `${t.type}: ${t.total} đơn vị`, y, { ...TEXT, 'font-size': 11, fill: '#3c4043' });
      let x = 0;
      t.counts.forEach((n, i) => {
        const w = t.total ? (CHART_WIDTH * n) / t.total : 0;
        if (w > 0) g.append(svg('rect', { class: 'overview-segment', 'data-level': o.byLevel[i].label, x, y: y - LINE + 3, width: w, height: BAR, fill: LEVEL_COLOURS[i] }));
        x += w;
      });
      root.append(g);
      y += BAR + 6;
    }
  }
  const height = Math.ceil(y - LINE + 4);
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${CHART_WIDTH} ${height}`);
  return root;
}

/** The whole overview block: chart, its text alternative, most failed chỉ tiêu, units to look at again. */
export function overviewView(o: OverviewData): HTMLElement {
  const box = html('div');
  const chart = overviewSvg(o);
  const text = html('p', o.text, 'gray');
  text.id = 'overview-text';
  chart.setAttribute('aria-describedby', 'overview-text');
  box.append(chart, text);
  if (o.mostFailed.length) {
    box.append(html('h2', 'Chỉ tiêu chưa đạt nhiều nhất'));
    const list = html('ul');
    list.id = 'overview-failed';
    for (const c of o.mostFailed.slice(0, 5)) list.append(html('li', `${c.id}. ${c.name}: ${c.count}/${o.read} đơn vị đã đọc (${c.share})`));
    box.append(list);
  }
  if (o.attention.length) {
    box.append(html('h2', `Đơn vị cần xem lại (${o.attention.length})`));
    const list = html('ul');
    list.id = 'overview-attention';
    for (const a of o.attention.slice(0, ATTENTION_SHOWN)) {
      const item = html('li');
      item.style.overflowWrap = 'anywhere';
      item.append(html('strong', a.name), document.createTextNode(`: ${a.what}`));
      list.append(item);
    }
    if (o.attention.length > ATTENTION_SHOWN) list.append(html('li', `và ${o.attention.length - ATTENTION_SHOWN} đơn vị khác: xem sheet Tổng quan.`));
    box.append(list);
  }
  return box;
}
