// PDF of a .docx: LibreOffice's rendering (soffice --convert-to pdf), or an offline placeholder PDF.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const PDF_MIME = 'application/pdf';
export const SOFFICE_PATH = '/usr/bin/soffice';

export interface PdfResult {
  pdf: Buffer;
  /** True when LibreOffice rendered the document; false for the placeholder. */
  rendered: boolean;
  /** Why the placeholder was used. */
  reason?: string;
}

const cache = new Map<string, PdfResult>();
let profileDir: string | null = null;

/**
 * One LibreOffice user profile per process, reused by every conversion (creating a profile costs seconds) and
 * removed on exit. Separate processes (jest workers) get separate profiles, so conversions never share a lock.
 */
function profile(): string {
  if (!profileDir) {
    profileDir = join(tmpdir(), `dvht-soffice-profile-${process.pid}`);
    mkdirSync(profileDir, { recursive: true });
    const dir = profileDir;
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return profileDir;
}

/**
 * Converts .docx bytes to PDF synchronously with `soffice --headless --convert-to pdf` (each document in its own
 * temporary folder: two conversions with one base name in one folder would overwrite each other). Results are cached
 * by the .docx bytes, which are deterministic, so an unchanged document converts once per process.
 */
export function docxToPdf(docx: Buffer, title: string, page: { width: number; height: number }, soffice = SOFFICE_PATH): PdfResult {
  const key = createHash('sha256').update(docx).update(soffice).digest('hex');
  const hit = cache.get(key);
  if (hit) return hit;
  let result: PdfResult;
  if (!existsSync(soffice)) {
    result = { pdf: placeholderPdf(title, page, 'LibreOffice is not installed.'), rendered: false, reason: `${soffice} not found` };
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'dvht-docx-'));
    try {
      const input = join(dir, 'document.docx');
      writeFileSync(input, docx);
      const run = spawnSync(
        soffice,
        ['--headless', '--norestore', '--nolockcheck', `-env:UserInstallation=${pathToFileURL(profile()).href}`, '--convert-to', 'pdf', '--outdir', dir, input],
        { timeout: 180_000, encoding: 'utf8' },
      );
      const output = join(dir, 'document.pdf');
      if (run.status === 0 && existsSync(output)) {
        result = { pdf: readFileSync(output), rendered: true };
      } else {
        const reason = `soffice failed (status ${run.status}${run.error ? `, ${run.error.message}` : ''}): ${String(run.stderr ?? '').trim().slice(0, 300)}`;
        result = { pdf: placeholderPdf(title, page, 'The LibreOffice conversion failed.'), rendered: false, reason };
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  cache.set(key, result);
  return result;
}

/** ASCII for the standard Helvetica font: Vietnamese letters lose their marks ("Báo cáo" → "Bao cao"). */
function ascii(text: string): string {
  return text
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '?')
    .replace(/([\\()])/g, '\\$1');
}

/** A minimal valid one-page PDF (PDF 1.4, Helvetica) of the document's page size with a short notice. */
export function placeholderPdf(title: string, page: { width: number; height: number }, why: string): Buffer {
  const lines = [
    `Document: ${title}`,
    'The PDF rendering of this Google Doc is unavailable offline.',
    why,
    'Install LibreOffice (soffice) to get the real rendering.',
  ];
  const top = page.height - 72;
  const stream = ['BT', '/F1 12 Tf', '14 TL', `72 ${top.toFixed(2)} Td`, ...lines.map((l) => `(${ascii(l)}) Tj T*`), 'ET'].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${page.width.toFixed(2)} ${page.height.toFixed(2)}] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
