// What a question's level is called in the report: agreed in the room, or only the median of
// the votes because the session stopped before the room agreed one.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../support/cli.js';
import { unzip, wordText } from '../support/documents.js';
import { FRAMEWORK } from '../support/fixtures.js';

const work = mkdtempSync(join(tmpdir(), 'dma-level-label-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const answers = join(work, 'answers.yaml');
writeFileSync(
  answers,
  `schema: 1
framework: { id: report-test, version: 1.2.0 }
organisation: Testshire County Council
date: 2026-11-18
respondents:
  - { id: sam, name: Sam Jones }
  - { id: ali, name: Ali Khan }
answers:
  leadership.vision: { level: 4, votes: { sam: 4, ali: 3 } }
  leadership.cabinet: { votes: { sam: 4, ali: 2 } }
`,
);
const MEDIAN = 'Level from the votes (their median; not agreed in the room)';

describe('a level the room agreed, and one that is only the median of the votes', () => {
  it('Markdown names each for what it is', async () => {
    const r = await runInProcess(['report', answers, '--framework', FRAMEWORK]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('- **Agreed level:** 4 (Embedded)');
    expect(r.stdout).toContain(`- **${MEDIAN}:** 3 (`);
    // Votes two levels apart: the disagreements table says the level was not agreed.
    expect(r.stdout).toMatch(/\| 1\.2 [^|]+ \| 3, median of the votes, not agreed \| 2 \|/);
  });

  it('HTML and Word too', async () => {
    const html = join(work, 'report.html');
    expect((await runInProcess(['report', answers, '--framework', FRAMEWORK, '-o', html])).code).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain(`<dt>${MEDIAN}</dt>`);
    const docx = join(work, 'report.docx');
    expect((await runInProcess(['report', answers, '--framework', FRAMEWORK, '-o', docx])).code).toBe(0);
    const text = wordText(unzip(readFileSync(docx)).get('word/document.xml')!.toString('utf8'));
    expect(text).toContain(`${MEDIAN}: 3 (`);
    expect(text).toContain('Agreed level: 4 (Embedded)');
  });

  it('the terminal summary and the committee paper say so too', async () => {
    const score = await runInProcess(['score', answers, '--framework', FRAMEWORK]);
    expect(score.stdout).toContain('votes 4, 2, median 3, not agreed');
    const committee = await runInProcess(['report', answers, '--framework', FRAMEWORK, '--template', 'committee']);
    expect(committee.stdout).toMatch(/\| 1\.2 \| [^|]+ \| 3 \([^)]+\), median of the votes, not agreed/);
    expect(committee.stdout).toMatch(/\| 1\.1 \| [^|]+ \| 4 \([^)]+\)<br>/);
  });
});
