// Bytes to text: UTF-8 only, with a plain message for UTF-16 files (Windows "Unicode") and for
// bytes that are not UTF-8, rather than silently turning them into U+FFFD.
import { isUtf8 } from 'node:buffer';
import { DataError } from '../core/problems.js';

const SAVE_AS_UTF8 = 'save it as UTF-8 (in most editors: Save As, then choose the encoding UTF-8)';

/** The text of a UTF-8 file, without its byte-order mark; a DataError for anything else. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  const kind = documentKind(bytes);
  if (kind) fail(file, `is ${kind}, not a text file; dma reads text files: YAML for frameworks and answers, JSON for share files`);
  const wide = wideEncoding(bytes);
  if (wide) fail(file, `is saved as ${wide}; ${SAVE_AS_UTF8}`);
  const nul = bytes.indexOf(0);
  if (nul !== -1) fail(file, 'contains a NUL byte, so it is not a text file', bytes, nul);
  if (!isUtf8(bytes)) {
    const bad = firstInvalidUtf8(bytes);
    const hex = `0x${bytes[bad]!.toString(16).toUpperCase().padStart(2, '0')}`;
    fail(file, `is not valid UTF-8 (the byte ${hex} is not part of a UTF-8 character); ${SAVE_AS_UTF8}`, bytes, bad);
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.length - start).toString('utf8');
}

function fail(file: string, message: string, bytes?: Uint8Array, offset = 0): never {
  const { line, column } = bytes ? positionOf(bytes, offset) : { line: 1, column: 1 };
  throw new DataError({ code: 'unreadable', file, reason: message, problems: [{ file, line, column, message }] });
}

/** The kinds of document a council officer may give instead of a text file, by their first bytes. */
const DOCUMENT_SIGNATURES: ReadonlyArray<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF'],
  [[0x50, 0x4b, 0x03, 0x04], 'a zip file, such as a Word (.docx), Excel (.xlsx) or OpenDocument file'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'an older Office document, such as a Word (.doc) or Excel (.xls) file'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'a rich text (.rtf) document'],
];

function documentKind(b: Uint8Array): string | undefined {
  return DOCUMENT_SIGNATURES.find(([signature]) => signature.every((byte, i) => b[i] === byte))?.[1];
}

/** UTF-16 or UTF-32, by byte-order mark or by the zero bytes that ASCII text has in them. */
function wideEncoding(b: Uint8Array): string | undefined {
  if (b[0] === 0xff && b[1] === 0xfe) return b[2] === 0 && b[3] === 0 ? 'UTF-32' : 'UTF-16';
  if (b[0] === 0xfe && b[1] === 0xff) return 'UTF-16';
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'UTF-32';
  const sample = Math.min(b.length, 512) & ~1;
  if (sample < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (b[i] === 0) evenZeros++;
    if (b[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  // Mostly-ASCII UTF-16 has a zero in every other byte, and (almost) none in the rest.
  const half = (zeros: number, other: number) => zeros >= pairs * 0.4 && other <= pairs * 0.05;
  return half(evenZeros, oddZeros) || half(oddZeros, evenZeros) ? 'UTF-16 (without a byte-order mark)' : undefined;
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const extra = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (extra === 0) return i;
    // The second byte's range excludes overlong forms, surrogates and code points over U+10FFFF.
    const low = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const high = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    const second = b[i + 1];
    if (second === undefined || second < low || second > high) return i;
    for (let k = 2; k <= extra; k++) {
      const next = b[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += extra + 1;
  }
  return -1;
}

/** Line and column (in characters, as the YAML positions count them) of a byte offset. */
function positionOf(b: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = b[i];
    if (c === 0x0a || (c === 0x0d && b[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = Buffer.from(b.buffer, b.byteOffset + lineStart, offset - lineStart).toString('utf8');
  const bom = line === 1 && before.startsWith('\ufeff') ? 1 : 0;
  return { line, column: before.length - bom + 1 };
}
