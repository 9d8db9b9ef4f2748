// "Kiểm tra cài đặt": each Google call the add-in depends on is one line, passed or failed with its fix. Pure: the
// Apps Script side (src/gas/selfCheck.ts) makes the calls and hands the outcomes here as data.

export interface CheckLine {
  readonly ok: boolean;
  /** What was exercised: "Dịch vụ nâng cao Drive (Drive API v3)". */
  readonly what: string;
  /** What was seen: "đã bật", "Drive trả về loại tệp …". */
  readonly detail: string;
  /** For a failed line: what the IT person does about it. */
  readonly fix?: string;
}

export const TITLE = 'Kiểm tra cài đặt';

export function passed(what: string, detail: string): CheckLine {
  return { ok: true, what, detail };
}

export function failed(what: string, detail: string, fix: string): CheckLine {
  return { ok: false, what, detail, fix };
}

/** The message of anything thrown (Apps Script's exceptions come from another realm: no instanceof). */
export function errorText(e: unknown): string {
  const m = e && typeof (e as { message?: unknown }).message === 'string' ? (e as { message: string }).message : String(e);
  return m.replace(/\s+/g, ' ').trim();
}

const sentence = (s: string) => (/[.!?…]$/.test(s) ? s : `${s}.`);

/** "Đạt — what: detail." or "Lỗi — what: detail. Cách sửa: fix." */
export function lineText(l: CheckLine): string {
  return l.ok ? `Đạt — ${l.what}: ${sentence(l.detail)}` : `Lỗi — ${l.what}: ${sentence(l.detail)} Cách sửa: ${sentence(l.fix ?? '')}`;
}

/** "11/11 mục đạt." or "9/11 mục đạt, 2 mục lỗi." */
export function tally(lines: readonly CheckLine[]): string {
  const bad = lines.filter((l) => !l.ok).length;
  return `${lines.length - bad}/${lines.length} mục đạt${bad ? `, ${bad} mục lỗi` : ''}.`;
}

/** The alert: the tally, then one line per check. */
export function selfCheckReport(lines: readonly CheckLine[]): string {
  return [tally(lines), ...lines.map(lineText)].join('\n');
}

/** The Lịch sử line: the tally and what failed. */
export function selfCheckSummary(lines: readonly CheckLine[]): string {
  const bad = lines.filter((l) => !l.ok).map((l) => l.what);
  return bad.length ? `${tally(lines)} Lỗi: ${bad.join('; ')}.` : tally(lines);
}
