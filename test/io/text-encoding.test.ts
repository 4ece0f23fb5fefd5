// What a council officer is told when they give dma a document instead of a text file: what the
// file is, and what dma reads, rather than advice to re-save a PDF as UTF-8.
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/core/problems.js';
import { decodeUtf8 } from '../../src/io/text-encoding.js';

function messageFor(bytes: number[] | string): string {
  const data = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Uint8Array.from(bytes);
  try {
    decodeUtf8(data, 'questions.x');
  } catch (error) {
    if (error instanceof DataError) return `${error.problems[0]!.line}:${error.problems[0]!.column}: ${error.problems[0]!.message}`;
    throw error;
  }
  return 'read as text';
}

describe('a document that is not a text file', () => {
  const TAIL = 'not a text file; dma reads text files: YAML for frameworks and answers, JSON for share files';
  it.each([
    ['a PDF', '%PDF-1.7\n\xe2\xe3\xcf\xd3\n1 0 obj', `1:1: is a PDF, ${TAIL}`],
    ['a Word document (.docx)', 'PK\x03\x04\x14\x00\x06\x00', `1:1: is a zip file, such as a Word (.docx), Excel (.xlsx) or OpenDocument file, ${TAIL}`],
    ['an old Word document (.doc)', '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00', `1:1: is an older Office document, such as a Word (.doc) or Excel (.xls) file, ${TAIL}`],
    ['a rich text document', '{\\rtf1\\ansi Hello}', `1:1: is a rich text (.rtf) document, ${TAIL}`],
  ])('names %s for what it is', (_, bytes, message) => {
    expect(messageFor(bytes)).toBe(message);
  });

  it('still reads YAML that happens to start like nothing in particular, and still names bad UTF-8', () => {
    expect(messageFor('schema: 1\nid: pk\n')).toBe('read as text');
    expect(messageFor('title: Caf\xe9\n')).toMatch(/^1:11: is not valid UTF-8 \(the byte 0xE9/);
  });
});
