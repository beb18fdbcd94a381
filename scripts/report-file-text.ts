import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/*
 * Reading downloaded reports back as text, for the server's and the browser journeys' tests and
 * the README screenshot: poppler-utils (pdftotext, pdftoppm) and unzip, from Debian (.ci/run).
 */

/** Bidirectional controls pdftotext wraps right-to-left runs in (RLE … PDF). */
const BIDI_CONTROLS = /[\u202A-\u202E\u200E\u200F]/g;

function withFile<T>(bytes: Buffer, name: string, use: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'report-file-'));
  try {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return use(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of a PDF as poppler's `pdftotext` reads it (Debian poppler-utils), bidi controls removed. */
export function pdfText(bytes: Buffer): string {
  return withFile(bytes, 'report.pdf', (path) =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }),
  ).replace(BIDI_CONTROLS, '');
}

/** One part of a .docx (a zip), e.g. `word/document.xml`, as `unzip -p` gives it. */
export function docxPart(bytes: Buffer, part: string): string {
  return withFile(bytes, 'report.docx', (path) => execFileSync('unzip', ['-p', path, part], { encoding: 'utf8' }));
}

/** The words of a Word XML part: one line per paragraph, tags dropped, entities decoded. */
export function wordText(xml: string): string {
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Renders one page of a PDF as a PNG file (`pdftoppm -png -r <dpi>`), for screenshots. */
export function pdfPageToPng(pdfPath: string, pngPath: string, options: { page?: number; dpi?: number } = {}): void {
  const page = String(options.page ?? 1);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    String(options.dpi ?? 80),
    '-f',
    page,
    '-l',
    page,
    '-singlefile',
    pdfPath,
    pngPath.replace(/\.png$/, ''),
  ]);
}
