// Reading documents back: a tiny unzip for a .docx and the text of its parts, the text and pages
// of a PDF, and the external tools that make them when they are installed (LibreOffice,
// pdftotext, Chromium), with the message a skipped test gives.
import { execFileSync, spawnSync } from 'node:child_process';
import { inflateRawSync } from 'node:zlib';
import { chromium, onPath } from './browser.js';

/** The files of a zip archive (a .docx), by name: stored and deflated entries, read from the central directory. */
export function unzip(data: Uint8Array): Map<string, Buffer> {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  let end = buf.length - 22;
  while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file: no end of central directory');
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory entry');
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(dataAt, dataAt + compressed);
    files.set(name, method === 0 ? Buffer.from(raw) : inflateRawSync(raw));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

/** The text of a WordprocessingML part: every w:t, a new line at each paragraph's end and line break. */
export function wordText(xml: string): string {
  const decode = (t: string) =>
    t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  let out = '';
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<\/w:p>|<w:tab\/>|<w:br\/>/g)) {
    if (m[1] !== undefined) out += decode(m[1]);
    else out += m[0] === '<w:tab/>' ? '\t' : '\n';
  }
  return out;
}

export const libreoffice = onPath('soffice') ?? onPath('libreoffice');
export const pdftotextPath = onPath('pdftotext');
export { chromium };

export const SKIP_LIBREOFFICE = 'Word (docx) conversion tests skipped: LibreOffice and pdftotext are not installed (apt-get install libreoffice-writer-nogui poppler-utils)';
export const SKIP_CHROMIUM = 'PDF and browser tests skipped: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH) or pdftotext missing (apt-get install poppler-utils)';

/** The text of a PDF, laid out as on the page; pages are separated by form feeds. */
export function pdfText(path: string): string {
  return execFileSync(pdftotextPath!, ['-layout', path, '-'], { encoding: 'utf8' });
}

/** The text of a PDF in reading order (table cells one after another), pages separated by form feeds. */
export function pdfRawText(path: string): string {
  return execFileSync(pdftotextPath!, [path, '-'], { encoding: 'utf8' });
}

/** How many pages a PDF has. */
export function pdfPages(path: string): number {
  return pdfText(path).split('\f').filter((page) => page.trim() !== '').length;
}

/** Converts .docx files to PDF with LibreOffice (one start for all), into `outdir`. */
export function libreofficeToPdf(files: string[], outdir: string): void {
  const r = spawnSync(libreoffice!, ['--headless', '--norestore', `-env:UserInstallation=file://${outdir}/lo-profile`, '--convert-to', 'pdf', '--outdir', outdir, ...files], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.status !== 0) throw new Error(`LibreOffice failed (${r.status}): ${r.stderr}`);
}
