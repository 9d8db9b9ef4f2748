// The district sidebar's client: drives the resumable consolidation batch after batch without the officer clicking
// again (a batch that stops on an Apps Script limit is retried after a pause), shows progress, reads per minute and
// the expected end; never builds HTML from sheet text.
import { OverviewData, overviewView } from './overviewChart';
import { DocumentLinks, documentLinks } from './links';
import { call, messageOf } from './server';
interface BatchProgress { done: number; total: number; ok: number; failed: number; finished: boolean; message: string; overview?: OverviewData }
/** Failed batches in a row retried by themselves (a time or invocation limit passes); the next one is shown. */
const RETRIES = 3;
const RETRY_SECONDS = 10;

const $ = (id: string) => document.getElementById(id) as HTMLElement;

function fail(action: string, e: unknown): void {
  const box = $('error');
  box.textContent = `Không ${action} được: ${messageOf(e)}. Bấm lại để làm tiếp từ chỗ đã dừng.`;
  box.hidden = false;
}

function show(p: BatchProgress): void {
  const bar = $('bar') as HTMLProgressElement;
  bar.max = Math.max(p.total, 1);
  bar.value = p.done;
  // The message holds "Đã đọc 1.240/3.000 đơn vị · 48 lượt đọc/phút · dự kiến xong lúc 14:35" while a run is under way.
  $('status').textContent = p.finished ? p.message : `${p.message} (${p.ok} đọc được, ${p.failed} lỗi)`;
}

/** The overview next to the progress (src/ui/overviewChart.ts); hidden while there is no unit. */
function showOverview(o: OverviewData): void {
  $('overview').replaceChildren(overviewView(o));
  $('overview-block').hidden = !o.total;
}

/** The overview from Kết quả as it stands (when the sidebar opens, or a batch could not refresh Tổng quan). */
function refreshOverview(): Promise<void> {
  return call<OverviewData>('dvhtTongQuan').then(showOverview).catch(() => undefined);
}

const pause = (seconds: number) => new Promise<void>((resolve) => setTimeout(resolve, seconds * 1000));

async function run(): Promise<void> {
  const button = $('run') as HTMLButtonElement;
  button.disabled = true;
  $('error').hidden = true;
  let failures = 0;
  try {
    for (;;) {
      let p: BatchProgress;
      try {
        p = await call<BatchProgress>('dvhtTongHopLo');
        failures = 0;
      } catch (e) {
        if (++failures > RETRIES) throw e;
        $('status').textContent = `Tạm dừng (${messageOf(e)}). Tự tiếp tục sau ${RETRY_SECONDS} giây…`;
        await pause(RETRY_SECONDS);
        continue;
      }
      show(p);
      // The batch sends Tổng quan as it wrote it: no second call reading the same sheets again.
      if (p.overview) showOverview(p.overview);
      else void refreshOverview();
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
    const r = await call<DocumentLinks & { summary: string[] }>('dvhtTaoVanBan');
    const lines = r.summary.map((l) => {
      const p = document.createElement('p');
      p.textContent = l;
      return p;
    });
    $('result').replaceChildren(...lines, ...documentLinks(r));
  } catch (e) {
    fail('tạo văn bản', e);
  } finally {
    button.disabled = false;
  }
}

$('run').addEventListener('click', () => void run());
$('restart').addEventListener('click', () => void call('dvhtBatDauLai').then(() => ($('status').textContent = 'Lượt sau sẽ đọc lại từ đơn vị đầu tiên.')).catch((e) => fail('bắt đầu lại', e)));
$('docs').addEventListener('click', () => void documents());
// Where a run stands when the sidebar opens (it continues when the officer clicks Tổng hợp).
void call<BatchProgress | null>('dvhtTienDo').then((p) => {
  if (p && !$('status').textContent) {
    show(p);
    if (!p.finished) $('status').textContent += ' Bấm "Tổng hợp" để đọc tiếp.';
  }
}).catch(() => undefined);
void refreshOverview();
