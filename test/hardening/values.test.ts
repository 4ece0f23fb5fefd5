// Values that passed the format's patterns and then gave wrong results: respondent ids that are
// also names of Object's methods, weights that overflow, versions that break the answers file's
// header, a copy that took a bundled framework's id, one name twice in a team.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseTeamOption, respondentsFromNames } from '../../src/core/answers-document.js';
import { UsageError } from '../../src/core/problems.js';
import type { AnswersFile } from '../../src/core/schema.js';
import type { Prompter } from '../../src/prompts/prompter.js';
import { AnswersText, UnreadableSaveError, serialiseAnswers } from '../../src/io/answers-file.js';
import { fixture, runInProcess } from '../support/cli.js';

const work = mkdtempSync(join(tmpdir(), 'dma-values-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const tiny = fixture('tiny-framework.yaml');

/** Object's own method names, each a valid respondent id by the format's pattern. */
const OBJECT_NAMES = ['constructor', 'toString', 'valueOf', 'hasOwnProperty'];

describe("respondent ids that are names of Object's methods", () => {
  const file = join(work, 'object-names.yaml');
  writeFileSync(
    file,
    `schema: 1
framework: { id: tiny, version: 2.0.0 }
organisation: Testshire
respondents:
${OBJECT_NAMES.map((id, i) => `  - { id: ${id}, name: Person ${i}, role: ${i % 2 ? 'Officer' : 'Member'} }`).join('\n')}
answers:
  lead.vision:
    votes: { toString: 3 }
  lead.cabinet:
    votes: { valueOf: 2, constructor: 1 }
`,
  );
  const report = async (format: string) => {
    const result = await runInProcess(['report', file, '--framework', tiny, '-f', format]);
    expect(result.code).toBe(0);
    return result.stdout;
  };
  const noLeak = /native code|\[object Object\]|NaN|function /;

  it('CSV lists only the votes given', async () => {
    const csv = await report('csv');
    expect(csv).not.toMatch(noLeak);
    expect(csv).toContain('"Person 1: 3"');
    expect(csv).toContain('"Person 0: 1; Person 2: 2"');
  });

  it('Markdown and HTML show the votes, and the views by role have numbers', async () => {
    const md = await report('md');
    expect(md).not.toMatch(noLeak);
    expect(md).toContain('- **Votes:** Person 1 (Officer): 3');
    expect(md).toContain('| 1. Leadership | 1.5 | 3.0 | 1.5 |');
    expect(await report('html')).not.toMatch(noLeak);
  });

  it('JSON has exactly the votes given', async () => {
    const doc = JSON.parse(await report('json')) as { questions: Array<{ id: string; votes: Record<string, number> }> };
    const votes = Object.fromEntries(doc.questions.map((q) => [q.id, q.votes]));
    expect(votes['lead.vision']).toEqual({ toString: 3 });
    expect(votes['lead.cabinet']).toEqual({ valueOf: 2, constructor: 1 });
    expect(votes['data.protocol']).toEqual({});
  });

  it('a team file named constructor.yaml, and --team "Constructor", give a plain respondent', async () => {
    const folder = join(work, 'team');
    mkdirSync(folder);
    const answers = (level: number) => `schema: 1\nframework: { id: tiny, version: 2.0.0 }\norganisation: Testshire\nanswers:\n  lead.vision: { level: ${level} }\n`;
    writeFileSync(join(folder, 'constructor.yaml'), answers(1));
    writeFileSync(join(folder, 'toString.yaml'), answers(3));
    const result = await runInProcess(['report', join(folder, 'constructor.yaml'), join(folder, 'toString.yaml'), '--framework', tiny, '-f', 'csv']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(noLeak);
    expect(result.stdout).toContain('"constructor: 1; tostring: 3"');
    expect(respondentsFromNames(parseTeamOption('Constructor, Ali'))[0]).toEqual({ id: 'constructor', name: 'Constructor' });
  });
});

describe('weights are bounded', () => {
  it('a weight of 1000 is accepted', async () => {
    const text = readFileSync(tiny, 'utf8').replace('weight: 3', 'weight: 1000');
    const file = join(work, 'weight-1000.yaml');
    writeFileSync(file, text);
    expect((await runInProcess(['validate', file])).code).toBe(0);
  });
});

describe("an answers file's header stays comments, whatever it quotes", () => {
  const doc: AnswersFile = {
    schema: 1,
    framework: { id: 'tiny', version: '2.0.0\nschema: 2' },
    organisation: 'Testshire',
    answers: { 'lead.vision': { level: 1 } },
  };

  it('a version or a path with a line break stays on its comment line', () => {
    const text = serialiseAnswers(doc, "dma assess --resume 'odd\nname.yaml'");
    const header = text.split('\n').slice(0, 3);
    expect(header).toEqual(['# Answers to tiny 2.0.0?schema: 2', '# Written by dma assess after every answer.', "# To carry on: dma assess --resume 'odd?name.yaml'"]);
    expect(parse(text)).toEqual(doc);
  });

  it('what would not read back as the same answers is never given to be saved', () => {
    const broken = { ...doc, answers: { 'lead.vision': { level: Number.NaN } } };
    expect(() => AnswersText.fresh().render(broken)).toThrow(UnreadableSaveError);
    expect(parse(AnswersText.fresh().render(doc))).toEqual(doc);
  });

  it('a resumed file, edited in place, is read back too', () => {
    const text = AnswersText.keeping(`# my own note\n${serialiseAnswers(doc)}`).render({ ...doc, answers: { 'lead.vision': { level: 2 } } }, "x\ny");
    expect(text).toContain('# my own note');
    expect(text).toContain('# To carry on: x?y');
    expect(() => AnswersText.keeping(text).render({ ...doc, answers: { 'lead.vision': { level: Number.NaN } } })).toThrow(UnreadableSaveError);
  });
});

describe('frameworks --copy', () => {
  it("never gives the copy a bundled framework's id", async () => {
    const result = await runInProcess(['frameworks', '--copy', 'warm-up', 'local-digital-leadership.yaml'], { cwd: work });
    expect(result.code).toBe(0);
    const copy = parse(readFileSync(join(work, 'local-digital-leadership.yaml'), 'utf8')) as { id: string };
    expect(copy.id).toBe('local-digital-leadership-copy');
    expect(result.stderr).toContain('(id: local-digital-leadership-copy)');
  });
});

/** A prompter for a command that must stop before it asks anything. */
const unaskedPrompter = new Proxy({} as Prompter, {
  get: (_, name) => (name === 'then' ? undefined : () => Promise.reject(new Error(`no question should be asked (${String(name)})`))),
});

describe('--team', () => {
  it('refuses the same name twice, in any case', () => {
    expect(() => parseTeamOption('Sam,Ali,sam')).toThrow(UsageError);
    expect(() => parseTeamOption('Sam,Ali,sam')).toThrow('--team names "sam" twice; give each person a name the room can tell apart, for example "Sam Jones,Sam Patel"');
    expect(parseTeamOption('Sam Jones,Sam Patel')).toHaveLength(2);
  });

  it('says so before the workshop starts', async () => {
    const result = await runInProcess(['assess', tiny, '--team', 'Sam,Sam', '-o', join(work, 'never.yaml')], {
      interactive: true,
      prompter: () => Promise.resolve(unaskedPrompter),
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--team names "Sam" twice');
  });
});
