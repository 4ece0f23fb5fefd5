// The hostile corpus: small files, each made to break one thing, each with the exact message and
// position `dma validate` must give (the issue "Nothing lost, nothing hijacked" listed them).
// Larger payloads (hundreds of thousands of keys) are made in reading.test.ts.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixture, runInProcess } from '../support/cli.js';

const corpus = (name: string) => fileURLToPath(new URL(`./corpus/${name}`, import.meta.url));
const ONE_LINE = 'version must be one line of plain text, without control characters or bidirectional marks';
const SAVE_AS_UTF8 = 'save it as UTF-8 (in most editors: Save As, then choose the encoding UTF-8)';
const REAL_DATE = 'date must be a real date from 1900 on, written as YYYY-MM-DD (for example 2026-11-21)';
const TOO_DEEP = 'nested more than 100 levels deep; a framework or answers file needs fewer than 10';

const refused: Array<[file: string, problem: string]> = [
  ['version-newline.yaml', `5:10: ${ONE_LINE}`],
  ['version-bidi.yaml', `5:10: ${ONE_LINE}`],
  ['answers-version-newline.yaml', `2:33: ${ONE_LINE}`],
  ['weight-huge.yaml', '27:17: weight must be at most 1000'],
  ['weight-over-limit.yaml', '23:13: weight must be at most 1000'],
  ['date-february-31.yaml', `4:7: ${REAL_DATE}`],
  ['date-month-13.yaml', '4:7: date must be a date written as YYYY-MM-DD'],
  ['date-zero.yaml', '4:7: date must be a date written as YYYY-MM-DD'],
  ['date-january-32.yaml', '4:7: date must be a date written as YYYY-MM-DD'],
  ['cr-line-ends-broken.yaml', `4:7: ${REAL_DATE}`],
  ['utf16-bom.yaml', `1:1: is saved as UTF-16; ${SAVE_AS_UTF8}`],
  ['utf16-no-bom.yaml', `1:1: is saved as UTF-16 (without a byte-order mark); ${SAVE_AS_UTF8}`],
  ['latin1.yaml', `3:32: is not valid UTF-8 (the byte 0xF4 is not part of a UTF-8 character); ${SAVE_AS_UTF8}`],
  ['nul-byte.yaml', '12:19: contains a NUL byte, so it is not a text file'],
  ['duplicate-key-small.yaml', '13:5: the key "level" appears twice in this map (first at line 10)'],
  ['duplicate-key-big.yaml', '52:7: the key "p7" appears twice in this map (first at line 39)'],
  ['deep-flow.yaml', `19:107: ${TOO_DEEP}`],
  ['deep-block.yaml', `119:201: ${TOO_DEEP}`],
];

describe('the hostile corpus', () => {
  it.each(refused)('%s: refused with one placed problem', async (file, problem) => {
    const result = await runInProcess(['validate', corpus(file), '--framework', fixture('tiny-framework.yaml')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(`${corpus(file)}:${problem}\n`);
    expect(result.stderr).toBe('1 of 1 file has problems\n');
  });

  it('a file with old Mac line ends (CR alone) reads as it would with LF', async () => {
    const result = await runInProcess(['score', '--json', corpus('cr-line-ends.yaml'), '--framework', fixture('tiny-framework.yaml')]);
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout) as { organisation: string; questions: Array<{ id: string; level: number | null }> };
    expect(doc.organisation).toBe('Testshire County Council');
    expect(doc.questions.find((q) => q.id === 'lead.vision')?.level).toBe(1);
  });
});
