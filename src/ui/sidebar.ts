// The sidebar's client: renders the status with DOM text nodes only (sheet text never becomes HTML), calls the server
// through google.script.run, and shows progress and Vietnamese errors.
import { DocumentLinks, documentLinks } from './links';
import type { PanelChiTieu, PanelMember, PanelProblem, PanelStatus } from '../panel/status';
import { barChart } from './shareChart';
import { call, messageOf } from './server';

interface ReportResult extends DocumentLinks { id: string; level: string; parts: string[]; notes: string[] }

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

const $ = (id: string) => document.getElementById(id) as HTMLElement;

function showError(action: string, e: unknown): void {
  const box = $('error');
  box.textContent = `Không ${action} được: ${messageOf(e)}. Hãy thử lại; nếu vẫn lỗi, chọn menu ĐVHT → Kiểm tra dữ liệu hoặc báo cho người phụ trách.`;
  box.hidden = false;
}

function chiTieuRow(c: PanelChiTieu): HTMLElement {
  const d = el('details', 'chi-tieu');
  const s = el('summary');
  const row = el('div', 'row');
  row.append(el('span', `light ${c.key}`), el('span', 'name', `${c.id} ${c.name}`));
  row.title = c.level;
  s.append(row, el('span', 'fig', c.short));
  const body = el('div', 'detail');
  body.append(el('p', undefined, `Mức: ${c.level}`));
  if (c.figures) body.append(el('p', undefined, c.figures));
  body.append(el('p', undefined, c.gap));
  if (c.key !== 'na') body.append(el('p', c.missingEvidence ? 'note' : undefined, c.evidence.length ? `Minh chứng: ${c.evidence.join('; ')}` : 'Chưa có minh chứng: chỉ tiêu sẽ Không đạt.'));
  for (const r of c.reasons) body.append(el('p', 'note', r));
  d.append(s, body);
  return d;
}

function renderCriteria(s: PanelStatus): void {
  const box = $('criteria');
  box.replaceChildren();
  for (const tc of s.tieuChi) {
    const d = el('details');
    const sum = el('summary');
    const row = el('div', 'row');
    row.append(el('span', `light ${tc.key}`), el('span', 'name tc-title', tc.title));
    sum.append(row, el('span', 'fig', tc.level));
    d.append(sum, ...tc.chiTieu.map(chiTieuRow));
    box.append(d);
  }
}

function problemItem(p: PanelProblem): HTMLElement {
  const item = el('div', `problem ${p.severity === 'loi' ? 'err' : 'warn'}`);
  const head = el('div');
  head.append(el('span', 'tag', p.severity === 'loi' ? 'Lỗi ' : 'Cảnh báo '));
  if (p.cell) {
    const link = el('button', 'where', `${p.sheet}!${p.cell}`);
    link.type = 'button';
    link.title = 'Chọn ô này trong bảng tính';
    link.addEventListener('click', () => call('dvhtChonO', p.sheet, p.cell).catch((e) => showError('chọn ô', e)));
    head.append(link);
  } else {
    head.append(el('b', undefined, p.sheet));
  }
  item.append(head, el('div', undefined, p.value ? `${p.message} (giá trị: "${p.value}")` : p.message), el('div', 'fix', `Cách sửa: ${p.fix}`));
  return item;
}

function renderProblems(s: PanelStatus): void {
  const box = $('problems');
  box.replaceChildren();
  const count = $('problem-count');
  count.textContent = String(s.problems.length);
  count.className = s.problems.length ? 'badge' : 'badge zero';
  if (!s.problems.length) {
    box.append(el('p', 'empty', 'Không có vấn đề nào. Dữ liệu đã sẵn sàng để tạo báo cáo.'));
    return;
  }
  const bySheet = new Map<string, PanelProblem[]>();
  for (const p of s.problems) bySheet.set(p.sheet, [...(bySheet.get(p.sheet) ?? []), p]);
  for (const [sheet, list] of bySheet) {
    box.append(el('div', 'sheet-group', `Sheet ${sheet} (${list.length})`), ...list.map(problemItem));
  }
}

function renderParts(s: PanelStatus): void {
  $('folder-label').textContent = `Lưu vào thư mục “${s.folder}” trên Google Drive`;
  const box = $('parts');
  if (box.childElementCount) return; // keep the user's choice across refreshes
  for (const p of s.parts) {
    const label = el('label', 'part');
    const box1 = el('input');
    box1.type = 'checkbox';
    box1.value = p.id;
    box1.checked = p.selected;
    label.append(box1, el('span', undefined, p.title));
    box.append(label);
  }
}

function renderTeam(s: PanelStatus): void {
  const box = $('team');
  box.replaceChildren();
  if (!s.team.length) {
    box.append(el('p', 'gray', 'Chưa có danh sách Hội đồng (sheet Hội đồng).'));
    return;
  }
  for (const m of s.team as PanelMember[]) {
    const d = el('details');
    const sum = el('summary');
    const row = el('div', 'row');
    row.append(el('span', `light ${m.missing.length ? 'm1' : 'm2'}`), el('span', 'name', `${m.name}${m.role ? ` (${m.role})` : ''}`));
    sum.append(row, el('span', 'fig', m.missing.length ? `còn ${m.missing.length} việc` : 'đủ'));
    const body = el('div', 'detail');
    body.append(el('p', undefined, m.chiTieu.length ? `Chỉ tiêu phụ trách: ${m.chiTieu.join(', ')}` : 'Chưa được phân công chỉ tiêu.'));
    for (const x of m.missing) body.append(el('p', 'note', x));
    d.append(sum, body);
    box.append(d);
  }
}

function render(s: PanelStatus): void {
  $('deadline').textContent = s.deadline;
  $('recognition').textContent = s.recognition;
  renderTeam(s);
  $('unit-name').textContent = s.unit.name;
  $('unit-meta').textContent = `Năm ${s.unit.year} · ${s.unit.tier} · ${s.unit.type}`;
  const level = $('level');
  level.textContent = s.level.toUpperCase();
  level.className = `level ${s.key}`;
  barChart($('shares'), s.shares, 'shares');
  renderCriteria(s);
  renderProblems(s);
  renderParts(s);
}

async function refresh(): Promise<void> {
  $('error').hidden = true;
  try {
    render(await call<PanelStatus>('dvhtTrangThai'));
  } catch (e) {
    showError('tải tình trạng đơn vị', e);
  }
}

async function report(): Promise<void> {
  const button = $('report') as HTMLButtonElement;
  const parts = [...document.querySelectorAll<HTMLInputElement>('#parts input:checked')].map((i) => i.value);
  if (!parts.length) {
    showError('tạo báo cáo', new Error('Chưa chọn phần nào của hồ sơ'));
    return;
  }
  button.disabled = true;
  $('progress').hidden = false;
  $('error').hidden = true;
  const result = $('result');
  result.hidden = true;
  try {
    const inFolder = ($('in-folder') as HTMLInputElement).checked;
    const r = await call<ReportResult>('dvhtTaoHoSo', parts, inFolder);
    result.replaceChildren();
    result.append(el('p', undefined, `Đã tạo hồ sơ (${r.parts.length} phần), mức tự đánh giá: ${r.level}.`), ...documentLinks(r, `Mở hồ sơ: ${r.name}`));
    for (const n of r.notes) result.append(el('p', 'note', n));
    result.hidden = false;
    await refresh();
  } catch (e) {
    showError('tạo báo cáo', e);
  } finally {
    button.disabled = false;
    $('progress').hidden = true;
  }
}

$('refresh').addEventListener('click', () => void refresh());
$('report').addEventListener('click', () => void report());
void refresh();
