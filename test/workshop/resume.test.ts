// `dma assess --resume`: carrying on with a saved file, in-process with the scripted prompter
// and a temporary folder as the working folder.
import { chmodSync, copyFileSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Framework } from '../../src/core/framework.js';
import { DataError, InterruptedError, UsageError } from '../../src/core/problems.js';
import type { AnswersFile } from '../../src/core/schema.js';
import type { InputOptions, SelectOptions } from '../../src/prompts/prompter.js';
import { fixture } from '../support/cli.js';
import { choose, scripted } from '../support/scripted-prompter.js';
import type { AssessRun } from './steps.js';
import {
  TINY,
  agree,
  answer,
  assess,
  back,
  discussion,
  expectValid,
  loadFramework,
  nextQuestion,
  solo,
  tempDir,
  votes,
} from './steps.js';

const CABINET = 'Is there a cabinet member for digital?';
const NHS = 'Do you share data with the NHS?';
const PROTOCOL = 'Is there a data-sharing protocol?';

let tiny: Framework;
beforeAll(async () => {
  tiny = await loadFramework(TINY);
});

let dir = '';
let cleanup: () => Promise<void> = async () => {};
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => {
  await cleanup();
});

const at = (name: string) => join(dir, name);
/** The answers file as it is on disk right now. */
const onDisk = (name = 'answers.yaml'): AnswersFile => parse(readFileSync(at(name), 'utf8')) as AnswersFile;

/** The error runAssess threw, checked to be of the given class. */
function errorOf<T extends Error>(run: AssessRun, kind: new (...args: never[]) => T): T {
  if (run.error === undefined) throw new Error(`expected ${kind.name}, but runAssess returned ${run.code}\n${run.stdout}`);
  if (!(run.error instanceof kind)) throw run.error;
  return run.error;
}

const TWO_ANSWERED = `schema: 1
framework: { id: tiny, version: 2.0.0 }
organisation: Testshire County Council
date: 2026-11-20
answers:
  lead.vision: { level: 2, notes: Agreed last week }
  lead.cabinet: { level: 4 }
`;

describe('--resume', () => {
  beforeEach(() => writeFileSync(at('answers.yaml'), TWO_ANSWERED));
  const earlier = { 'lead.vision': { level: 2, notes: 'Agreed last week' }, 'lead.cabinet': { level: 4 } };

  it('carries on at the first unanswered question and never touches the answers before it', async () => {
    const untouched = () => expect(onDisk().answers).toMatchObject(earlier);
    const room = scripted(
      { ...answer(NHS, 3), check: untouched },
      { ...nextQuestion, check: untouched },
      { ...answer(PROTOCOL, 1), check: untouched },
      nextQuestion,
    );
    const run = await assess(TINY, { resume: 'answers.yaml' }, room, dir);
    room.assertDone();
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Carrying on: 2 of 4 questions already answered.');
    expect(run.stdout).toContain('Theme 2 of 2 · question 3 of 4');
    expect(run.stdout).not.toContain('question 1 of 4');
    expect(onDisk()).toMatchObject({ organisation: 'Testshire County Council', date: '2026-11-20' });
    expect(onDisk().answers).toEqual({ ...earlier, 'data.nhs': { level: 3 }, 'data.protocol': { level: 1 } });
    expectValid(onDisk(), tiny);
  });

  it('with every question answered, asks nothing and shows the summary', async () => {
    const complete = `${TWO_ANSWERED}  data.nhs: { notApplicable: true }\n  data.protocol: { level: 1 }\n`;
    writeFileSync(at('answers.yaml'), complete);
    const room = scripted();
    const run = await assess(TINY, { resume: 'answers.yaml' }, room, dir);
    expect(run.code).toBe(0);
    expect(room.prompts).toEqual([]);
    expect(run.stdout).toContain('Every question already has an answer; the summary follows.');
    expect(run.stdout).toContain('Testshire County Council');
    expect(onDisk().answers).toEqual({ ...earlier, 'data.nhs': { notApplicable: true }, 'data.protocol': { level: 1 } });
  });

  it('after a gap, passes by a later saved answer going forwards; going back reaches it with "Keep" and asks before replacing it', async () => {
    writeFileSync(at('gap.yaml'), TWO_ANSWERED.replace('  lead.cabinet: { level: 4 }\n', '  data.nhs: { level: 1 }\n'));
    const room = scripted(
      solo(CABINET, 2),
      // The NHS question was answered before this session: the walk goes on to the protocol.
      back(PROTOCOL),
      {
        ...answer(NHS, 4),
        check: (o: SelectOptions<unknown>) => expect(o.choices.map((c) => c.name)).toContain('Keep the saved answer (level 1 Some)'),
      },
      { confirm: 'Replace the saved answer (level 1 Some) with level 4 All?', answer: false },
      { select: NHS, answer: choose('Keep the saved answer') },
      solo(PROTOCOL, 0),
    );
    const run = await assess(TINY, { resume: 'gap.yaml' }, room, dir);
    room.assertDone();
    expect(run.stdout).toContain('Theme 1 of 2 · question 2 of 4');
    expect(onDisk('gap.yaml').answers).toEqual({
      'lead.vision': { level: 2, notes: 'Agreed last week' },
      'lead.cabinet': { level: 2 },
      'data.nhs': { level: 1 },
      'data.protocol': { level: 0 },
    });
  });

  it('with one question skipped early on, asks that one and finishes, however many later answers there are', async () => {
    writeFileSync(at('skipped.yaml'), `${TWO_ANSWERED.replace('  lead.cabinet: { level: 4 }\n', '')}  data.nhs: { level: 1 }\n  data.protocol: { level: 2 }\n`);
    const room = scripted(solo(CABINET, 3));
    const run = await assess(TINY, { resume: 'skipped.yaml' }, room, dir);
    room.assertDone();
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 question to go');
    expect(onDisk('skipped.yaml').answers?.['lead.cabinet']).toEqual({ level: 3 });
  });

  it('puts votes with no agreed level to the room again even after the last gap, passing by agreed answers', async () => {
    copyFileSync(fixture('tiny-answers.yaml'), at('late.yaml'));
    const text = readFileSync(at('late.yaml'), 'utf8')
      .replace('  lead.cabinet:\n    votes: { ceo: 1, cio: 4 }\n', '')
      .concat('  data.protocol:\n    votes: { ceo: 0, cio: 2 }\n');
    writeFileSync(at('late.yaml'), text);
    const room = scripted(
      votes('3 3'), // 1.2, the gap
      agree('median'),
      discussion(''),
      nextQuestion,
      // 2.1 was agreed before: passed by. 2.2 has votes only: it comes up with them.
      { ...votes(''), check: (o: InputOptions) => expect(o.default).toBe('0 2') },
      agree(1),
      discussion(''),
      nextQuestion,
    );
    const run = await assess(TINY, { resume: 'late.yaml' }, room, dir);
    room.assertDone();
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2 questions to go');
    expect(onDisk('late.yaml').answers?.['data.protocol']).toEqual({ level: 1, votes: { ceo: 0, cio: 2 } });
  });

  it('carries on a team file as a team, keeping every earlier vote', async () => {
    copyFileSync(fixture('tiny-answers.yaml'), at('team.yaml'));
    const before = onDisk('team.yaml');
    const room = scripted(
      // 1.2 has votes but no agreed level: it comes up first, its votes offered; "s" keeps it as it is.
      { ...votes('s'), check: (o: InputOptions) => expect(o.default).toBe('1 4') },
      votes('2 3'),
      agree('median'),
      discussion('Close enough'),
      nextQuestion,
    );
    const run = await assess(TINY, { resume: 'team.yaml' }, room, dir);
    room.assertDone();
    expect(run.code).toBe(0);
    expect(room.find('Votes for')[0]!.message).toBe('Votes for Sam Jones, Ali Khan (0–4 each, - for none; s = skip, b = back)');
    const after = onDisk('team.yaml');
    expect(after.respondents).toEqual(before.respondents);
    expect(after.answers).toEqual({
      ...before.answers,
      'data.protocol': { level: 2, votes: { ceo: 2, cio: 3 }, notes: 'Close enough' },
    });
    expectValid(after, tiny);
  });

  it('saves to a new --out file when asked, leaving the resumed file as it was', async () => {
    const room = scripted({ cancel: true });
    const run = await assess(TINY, { resume: 'answers.yaml', out: 'copy.yaml' }, room, dir);
    expect(errorOf(run, InterruptedError).message).toContain(`dma assess ${TINY} --resume copy.yaml`);
    expect(readFileSync(at('answers.yaml'), 'utf8')).toBe(TWO_ANSWERED);
    expect(onDisk('copy.yaml').answers).toEqual(earlier);
  });

  it.each([
    [{ out: 'other.yaml' }, 'other.yaml already exists; choose another --out, or leave it out to save back to answers.yaml'],
    [{ team: 'Sam,Ali' }, undefined],
    [{ organisation: 'Otherfield' }, 'answers.yaml is for Testshire County Council; leave out --organisation to carry on with it'],
  ])('refuses options that contradict the resumed file: %j', async (extra, message) => {
    writeFileSync(at('other.yaml'), 'keep: me\n');
    copyFileSync(fixture('tiny-answers.yaml'), at('team.yaml'));
    const resume = 'team' in extra ? 'team.yaml' : 'answers.yaml';
    const room = scripted();
    const run = await assess(TINY, { resume, ...extra }, room, dir);
    expect(errorOf(run, UsageError).message).toBe(
      message ?? 'team.yaml already lists its team (Sam Jones, Ali Khan); leave out --team to carry on with them',
    );
    expect(room.prompts).toEqual([]);
    expect(readFileSync(at('other.yaml'), 'utf8')).toBe('keep: me\n');
    expect(readFileSync(at('answers.yaml'), 'utf8')).toBe(TWO_ANSWERED);
  });

  // A private file (chmod 600: notes from a leadership discussion) stays private after saves.
  it('keeps the permissions of the answers file it saves over', async () => {
    writeFileSync(at('answers.yaml'), TWO_ANSWERED);
    chmodSync(at('answers.yaml'), 0o600);
    const run = await assess(TINY, { resume: 'answers.yaml' }, scripted(solo(NHS, 1), { cancel: true }), dir);
    errorOf(run, InterruptedError);
    expect(onDisk().answers!['data.nhs']).toEqual({ level: 1 });
    expect(statSync(at('answers.yaml')).mode & 0o777).toBe(0o600);
  });

  it('says plainly that a file to resume does not exist, and leaves nothing behind', async () => {
    const run = await assess(TINY, { resume: 'missing.yaml' }, scripted(), dir);
    expect(errorOf(run, DataError).message).toBe('missing.yaml cannot be read (no such file)');
    expect(readdirSync(dir).sort()).toEqual(['answers.yaml']);
  });

  it('refuses to resume a framework file or a broken answers file', async () => {
    copyFileSync(TINY, at('framework.yaml'));
    const framework = await assess(TINY, { resume: 'framework.yaml' }, scripted(), dir);
    expect(errorOf(framework, DataError).message).toBe('framework.yaml is a framework, not an answers file to resume');

    writeFileSync(at('broken.yaml'), TWO_ANSWERED.replace('level: 4', 'level: 9'));
    const broken = await assess(TINY, { resume: 'broken.yaml' }, scripted(), dir);
    const error = errorOf(broken, DataError);
    expect(error.message).toBe('broken.yaml cannot be resumed until these problems are fixed');
    expect(error.problems.map((p) => `${p.line}:${p.column}`)).toEqual(['7:26']);
  });
});
