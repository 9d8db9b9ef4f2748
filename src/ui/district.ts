// The district sidebar's client: drives the resumable consolidation batch after batch, shows progress, never builds
// HTML from sheet text.
interface BatchProgress { done: number; total: number; ok: number; failed: number; finished: boolean; message: string }
declare const google: { script: { run: Record<string, unknown> } };

function call<T>(fn: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const r = (google.script.run as { withSuccessHandler(f: (v: T) => void): { withFailureHandler(f: (e: unknown) => void): Record<string, (...a: unknown[]) => void> } })
      .withSuccessHandler(resolve).withFailureHandler(reject);
    r[fn](...args);
  });
}

const $ = (id: string) => document.getElementById(id) as HTMLElement;

function fail(action: string, e: unknown): void {
  const m = e && typeof e === 'object' && 'message' in e ? String((e as { message: unknown }).message) : String(e);
  const box = $('error');
  box.textContent = `Không ${action} được: ${m.replace(/^(Exception|Error):\s*/, '')}. Bấm lại để làm tiếp từ chỗ đã dừng.`;
  box.hidden = false;
}

async function run(): Promise<void> {
  const button = $('run') as HTMLButtonElement;
  button.disabled = true;
  $('error').hidden = true;
  try {
    for (;;) {
      const p = await call<BatchProgress>('dvhtTongHopLo');
      const bar = $('bar') as HTMLProgressElement;
      bar.max = Math.max(p.total, 1);
      bar.value = p.done;
      $("status").textContent = p.finished ? p.message : `${p.message} (${p.ok} đọc được, ${p.failed} lỗi)`;
      if (p.finished) break;
    }
  } catch (e) {
    fail('tổng hợp', e);
  } finally {
    button.disabled = false;
  }
}

async function documents(): Promise<void> {
  const button = $('docs') as HTMLButtonElement;
  button.disabled = true;
  try {
    const r = await call<{ url: string; name: string }>('dvhtTaoVanBan');
    const a = document.createElement('a');
    if (/^https:\/\/docs\.google\.com\/document\/d\/[\w-]+\/edit$/.test(r.url)) a.href = r.url;
    a.target = '_blank';
    a.rel = 'noopener';
    a.textContent = `Mở: ${r.name}`;
    $('result').replaceChildren(a);
  } catch (e) {
    fail('tạo văn bản', e);
  } finally {
    button.disabled = false;
  }
}

$('run').addEventListener('click', () => void run());
$('restart').addEventListener('click', () => void call('dvhtBatDauLai').then(() => ($('status').textContent = 'Lượt sau sẽ đọc lại từ đơn vị đầu tiên.')).catch((e) => fail('bắt đầu lại', e)));
$('docs').addEventListener('click', () => void documents());
