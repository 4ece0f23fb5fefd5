// Nothing lost (src/workshop/session-file.ts, src/io/answers-store.ts, answers-lock.ts):
// votes saved once the room has seen them, one session per file, no save over a file that
// something else changed, a full disk survived, a resumed file's comments and framework version.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse } from 'yaml';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Framework } from '../../src/core/framework.js';
import { DataError, InterruptedError } from '../../src/core/problems.js';
import type { AnswersFile } from '../../src/core/schema.js';
import type { StoreIo } from '../../src/io/answers-store.js';
import { DEFAULT_STORE_IO } from '../../src/io/answers-store.js';
import type { InputOptions, Prompter, SelectOptions } from '../../src/prompts/prompter.js';
import { runInProcess } from '../support/cli.js';
import type { Matcher, Step } from '../support/scripted-prompter.js';
import { choose, matches, scripted } from '../support/scripted-prompter.js';
import type { AssessRun } from './steps.js';
import { TINY, agree, answer, assess, discussion, expectValid, loadFramework, nextQuestion, solo, tempDir, votes } from './steps.js';

const VISION = 'Is there a written vision?';
const CABINET = 'Is there a cabinet member for digital?';
const NHS = 'Do you share data with the NHS?';
const PROTOCOL = 'Is there a data-sharing protocol?';
const WHAT_NOW = 'What would you like to do?';

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
const onDisk = (name = 'answers.yaml'): AnswersFile => parse(readFileSync(at(name), 'utf8')) as AnswersFile;
const files = () => readdirSync(dir).sort();

function errorOf<T extends Error>(run: AssessRun, kind: new (...args: never[]) => T): T {
  if (run.error === undefined) throw new Error(`expected ${kind.name}, but runAssess returned ${run.code}\n${run.stdout}`);
  if (!(run.error instanceof kind)) throw run.error;
  return run.error;
}

/** Runs `action` (and waits for it) just before the first prompt whose message matches. */
function before(prompter: Prompter, message: Matcher, action: () => Promise<void>): Prompter {
  let done = false;
  const hook = async (text: string) => {
    if (!done && matches(message, text)) {
      done = true;
      await action();
    }
  };
  return {
    select: async (o) => (await hook(o.message), prompter.select(o)),
    input: async (o) => (await hook(o.message), prompter.input(o)),
    confirm: async (o) => (await hook(o.message), prompter.confirm(o)),
  };
}

const TWO_ANSWERED = `schema: 1
framework: { id: tiny, version: 2.0.0 }
organisation: Testshire County Council
date: 2026-11-20
answers:
  lead.vision: { level: 2 }
  lead.cabinet: { level: 4 }
`;

describe('team mode saves what the room has seen', () => {
  const TEAM = { organisation: 'Teamshire', team: 'Sam,Ali,Jo', out: 'answers.yaml' };

  it('keeps the votes when stopped at "Agreed level" (Jo abstained)', async () => {
    const room = scripted(votes('3 1 -'), { cancel: true, message: 'Agreed level' });
    const run = await assess(TINY, TEAM, room, dir);
    expect(errorOf(run, InterruptedError).message).toContain('Stopped. Every confirmed answer is saved in answers.yaml.');
    expect(onDisk().answers).toEqual({ 'lead.vision': { votes: { sam: 3, ali: 1 } } });
    expectValid(onDisk(), tiny);
    // Votes alone are an answer: its level is their median, rounded down.
    const score = await runInProcess(['score', '--json', at('answers.yaml'), '--framework', TINY]);
    expect(JSON.parse(score.stdout).questions[0]).toMatchObject({ id: 'lead.vision', level: 2 });
  });

  it('keeps the votes and the agreed level when stopped at the note', async () => {
    const room = scripted(votes('3 1 -'), agree(1), { cancel: true, message: 'Note of the discussion' });
    errorOf(await assess(TINY, TEAM, room, dir), InterruptedError);
    expect(onDisk().answers).toEqual({ 'lead.vision': { level: 1, votes: { sam: 3, ali: 1 } } });
  });

  it('on resume, says which answers have votes but no agreed level, and puts them to the room again with their votes', async () => {
    errorOf(await assess(TINY, TEAM, scripted(votes('3 1 -'), { cancel: true }), dir), InterruptedError);
    const room = scripted(
      { ...votes(''), check: (o: InputOptions) => expect(o.default).toBe('3 1 -') },
      agree(1), // no "replace?": no level was agreed before
      discussion('Ali had not seen the draft'),
      nextQuestion,
      { cancel: true },
    );
    const run = await assess(TINY, { resume: 'answers.yaml' }, room, dir);
    room.assertDone();
    errorOf(run, InterruptedError);
    expect(run.stdout).toContain('1 question has votes but no agreed level, so the median counts for now (question 1.1); it comes up again, with its votes, for the room to agree a level.');
    expect(run.stdout).toContain('4 questions to go');
    expect(onDisk().answers).toEqual({ 'lead.vision': { level: 1, votes: { sam: 3, ali: 1 }, notes: 'Ali had not seen the draft' } });
  });

  it('alone, "not applicable" waits for its reason before it is saved', async () => {
    writeFileSync(at('answers.yaml'), TWO_ANSWERED);
    const room = scripted({ select: NHS, answer: choose('Not applicable') }, { cancel: true, message: 'Why does it not apply?' });
    errorOf(await assess(TINY, { resume: 'answers.yaml' }, room, dir), InterruptedError);
    expect(onDisk().answers!['data.nhs']).toBeUndefined();
  });
});

describe('one session per answers file', () => {
  it('refuses a second session on the same file, naming who holds it and since when', async () => {
    writeFileSync(at('answers.yaml'), TWO_ANSWERED);
    let second: AssessRun | undefined;
    const secondRoom = scripted();
    const room = before(scripted(solo(NHS, 1), solo(PROTOCOL, 3)), NHS, async () => {
      second = await assess(TINY, { resume: 'answers.yaml' }, secondRoom, dir);
    });
    const first = await assess(TINY, { resume: 'answers.yaml' }, room, dir);
    expect(first.code).toBe(0);

    const error = errorOf(second!, DataError);
    expect(error.code).toBe('unwritable');
    expect(error.message).toMatch(
      new RegExp(
        `^answers\\.yaml is in use by another dma assess \\(process ${process.pid} on this computer, since \\d\\d:\\d\\d on \\d{1,2} \\w+ \\d{4}\\)$`,
      ),
    );
    // What to do is a sentence of its own, ending in a full stop.
    expect(error.advice).toBe('Finish that session first. If it is no longer running, delete answers.yaml.lock (beside the answers file) and try again.');
    expect(secondRoom.prompts).toEqual([]);
    // The first session's answers are all there, and its lock is gone.
    expect(Object.keys(onDisk().answers!)).toEqual(['lead.vision', 'lead.cabinet', 'data.nhs', 'data.protocol']);
    expect(files()).toEqual(['answers.yaml']);
  });

  it('prints the refusal as a clause, then what to do in sentences that end in a full stop', async () => {
    writeFileSync(at('answers.yaml'), TWO_ANSWERED);
    // This test runner is a running process on this computer: its lock is live.
    writeFileSync(at('answers.yaml.lock'), `${JSON.stringify({ pid: process.pid, host: hostname(), started: '2026-11-27T10:02:00.000Z', token: 'held' })}\n`);
    const run = await runInProcess(['assess', TINY, '--resume', 'answers.yaml'], { cwd: dir, interactive: true });
    expect(run.code).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^error: answers\\.yaml is in use by another dma assess \\(process ${process.pid} on this computer, since \\d\\d:\\d\\d on 27 November 2026\\)$`));
    expect(lines[1]).toBe('Finish that session first. If it is no longer running, delete answers.yaml.lock (beside the answers file) and try again.');
  });

  it('refuses before asking "already exists" when another session has the --out file', async () => {
    let second: AssessRun | undefined;
    const secondRoom = scripted();
    const room = before(scripted({ cancel: true }), VISION, async () => {
      second = await assess(TINY, { organisation: 'Other', out: 'answers.yaml' }, secondRoom, dir);
    });
    errorOf(await assess(TINY, { organisation: 'First', out: 'answers.yaml' }, room, dir), InterruptedError);
    expect(errorOf(second!, DataError).message).toContain('answers.yaml is in use by another dma assess');
    expect(secondRoom.prompts).toEqual([]);
    expect(onDisk().organisation).toBe('First');
    expect(files()).toEqual(['answers.yaml']); // the lock went with Ctrl+C
  });

  it('releases the lock after an error too', async () => {
    writeFileSync(at('answers.yaml'), TWO_ANSWERED);
    errorOf(await assess(TINY, { resume: 'answers.yaml', organisation: 'Elsewhere' }, scripted(), dir), Error);
    expect(files()).toEqual(['answers.yaml']);
  });

  it('takes over a lock left by a session that is no longer running, with a note', async () => {
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const pid = Number(gone.stdout);
    writeFileSync(at('answers.yaml'), TWO_ANSWERED);
    writeFileSync(at('answers.yaml.lock'), JSON.stringify({ pid, host: hostname(), started: '2026-11-20T09:30:00.000Z', token: 'old' }));
    const run = await assess(TINY, { resume: 'answers.yaml' }, scripted(solo(NHS, 1), { cancel: true }), dir);
    errorOf(run, InterruptedError);
    expect(run.stderr).toMatch(
      new RegExp(`^Note: answers\\.yaml\\.lock was left by a dma assess \\(process ${pid} on this computer, since \\d\\d:\\d\\d on 20 November 2026\\) that is no longer running; this session takes it over\\.$`, 'm'),
    );
    expect(onDisk().answers!['data.nhs']).toEqual({ level: 1 });
    expect(files()).toEqual(['answers.yaml']);
  });

  it("refuses a lock held on another computer (its process cannot be checked), and one it cannot read", async () => {
    writeFileSync(at('answers.yaml'), TWO_ANSWERED);
    writeFileSync(at('answers.yaml.lock'), JSON.stringify({ pid: 1, host: 'laptop-in-the-boardroom', started: '2026-11-20T09:30:00.000Z', token: 't' }));
    const other = await assess(TINY, { resume: 'answers.yaml' }, scripted(), dir);
    expect(errorOf(other, DataError).message).toMatch(/is in use by another dma assess \(process 1 on laptop-in-the-boardroom, since \d\d:\d\d on 20 November 2026\)/);

    writeFileSync(at('answers.yaml.lock'), 'garbage');
    const garbled = await assess(TINY, { resume: 'answers.yaml' }, scripted(), dir);
    expect(errorOf(garbled, DataError).message).toContain('is in use by a lock file that cannot be read');
    expect(readFileSync(at('answers.yaml'), 'utf8')).toBe(TWO_ANSWERED);
    expect(readFileSync(at('answers.yaml.lock'), 'utf8')).toBe('garbage'); // not ours to remove
  });
});

describe('a file changed by something else is never saved over', () => {
  const EDITED = `${TWO_ANSWERED}# edited in another window\n`;

  it('says so, keeps the answers in memory, and saves them to another file', async () => {
    writeFileSync(at('answers.yaml'), TWO_ANSWERED);
    const room = scripted(
      { ...answer(NHS, 1), check: () => writeFileSync(at('answers.yaml'), EDITED) },
      {
        select: WHAT_NOW,
        answer: choose('Save to another file'),
        check: (o: SelectOptions<unknown>) => expect(o.choices.map((c) => c.name)).toEqual(['Save to another file', 'Stop here, without saving the latest answer']),
      },
      { input: 'Save the answers to which file?', answer: '', check: (o: InputOptions) => expect(o.default).toBe('answers-2.yaml') },
      nextQuestion,
      solo(PROTOCOL, 2),
    );
    const run = await assess(TINY, { resume: 'answers.yaml' }, room, dir);
    room.assertDone();
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'answers.yaml was changed by another program or person since dma last saved it, so dma will not save over it. Every answer is kept in memory until it is saved.',
    );
    expect(run.stdout).toContain('Saving to answers-2.yaml from now on.');
    expect(readFileSync(at('answers.yaml'), 'utf8')).toBe(EDITED);
    expect(onDisk('answers-2.yaml').answers).toEqual({ 'lead.vision': { level: 2 }, 'lead.cabinet': { level: 4 }, 'data.nhs': { level: 1 }, 'data.protocol': { level: 2 } });
    expect(readFileSync(at('answers-2.yaml'), 'utf8')).toContain(`# To carry on: dma assess ${TINY} --resume answers-2.yaml`);
    expect(run.stdout).toContain('Answers saved in answers-2.yaml. For the report, run:');
    expect(files()).toEqual(['answers-2.yaml', 'answers.yaml']);
  });

  it('can stop instead, saying what is not saved and how to carry on', async () => {
    writeFileSync(at('answers.yaml'), TWO_ANSWERED);
    const room = scripted({ ...answer(NHS, 1), check: () => writeFileSync(at('answers.yaml'), EDITED) }, { select: WHAT_NOW, answer: choose('Stop here') });
    const run = await assess(TINY, { resume: 'answers.yaml' }, room, dir);
    expect(errorOf(run, InterruptedError).message).toBe(
      `Stopped without saving the latest answer (to data.nhs): it is not in answers.yaml.\nTo carry on where you left off, run:\n  dma assess ${TINY} --resume answers.yaml`,
    );
    expect(readFileSync(at('answers.yaml'), 'utf8')).toBe(EDITED);
    expect(files()).toEqual(['answers.yaml']);
  });
});

describe('a failed save (a full disk) loses nothing', () => {
  const ENOSPC = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  /** Writes fail while `full()` says the disk is full; every write is counted. */
  function disk(full: (write: number, path: string) => boolean): StoreIo & { writes: number } {
    const io = {
      ...DEFAULT_STORE_IO,
      writes: 0,
      writeFile: async (path: string, text: string) => {
        io.writes++;
        if (full(io.writes, path)) throw ENOSPC();
        await DEFAULT_STORE_IO.writeFile(path, text);
      },
    };
    return io;
  }
  const FAILED = 'The answers could not be saved in answers.yaml: the disk is full. Every answer is kept in memory until it is saved.';

  it('keeps the answer and saves it when the room tries again', async () => {
    const room = scripted(
      answer(VISION, 2), // write 2 fails
      {
        select: WHAT_NOW,
        answer: choose('Try again'),
        check: (o: SelectOptions<unknown>) => expect(o.choices.map((c) => c.name)).toEqual(['Try again (once the problem is fixed, e.g. space freed)', 'Save to another file', 'Stop here, without saving the latest answer']),
      },
      nextQuestion,
      solo(CABINET, 3),
      solo(NHS, 1),
      solo(PROTOCOL, 0),
    );
    const run = await assess(TINY, { organisation: 'X', out: 'answers.yaml' }, room, dir, disk((n) => n === 2));
    room.assertDone();
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(FAILED);
    expect(onDisk().answers).toEqual({ 'lead.vision': { level: 2 }, 'lead.cabinet': { level: 3 }, 'data.nhs': { level: 1 }, 'data.protocol': { level: 0 } });
  });

  it('saves to another file while the disk stays full', async () => {
    const room = scripted(
      answer(VISION, 2),
      { select: WHAT_NOW, answer: choose('Save to another file') },
      { input: 'Save the answers to which file?', answer: 'usb/answers.yaml', rejects: [{ text: ' ', message: 'Please enter a file name.' }] },
      // The folder does not exist: said, and asked again.
      { input: 'Save the answers to which file?', answer: 'backup.yaml' },
      nextQuestion,
      solo(CABINET, 3),
      solo(NHS, 1),
      solo(PROTOCOL, 0),
    );
    const run = await assess(TINY, { organisation: 'X', out: 'answers.yaml' }, room, dir, disk((n, path) => n > 1 && path.endsWith('/answers.yaml')));
    room.assertDone();
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('cannot write usb/answers.yaml: the folder usb does not exist');
    expect(onDisk('backup.yaml').answers).toEqual({ 'lead.vision': { level: 2 }, 'lead.cabinet': { level: 3 }, 'data.nhs': { level: 1 }, 'data.protocol': { level: 0 } });
    expect(onDisk().answers).toEqual({}); // as first saved
    expect(run.stdout).toContain('  dma report backup.yaml -o backup-report.html');
    expect(files()).toEqual(['answers.yaml', 'backup.yaml']);
  });

  it.each<[string, Step]>([
    ['choosing to stop', { select: WHAT_NOW, answer: choose('Stop here') }],
    ['Ctrl+C at the question', { cancel: true, message: WHAT_NOW }],
  ])('on %s, prints what is not saved and the resume command (exit 130)', async (_, stop) => {
    const room = scripted(solo(VISION, 2), answer(CABINET, 3), stop);
    const run = await assess(TINY, { organisation: 'X', out: 'answers.yaml' }, room, dir, disk((n) => n === 3));
    room.assertDone();
    expect(errorOf(run, InterruptedError).message).toBe(
      `Stopped without saving the latest answer (to lead.cabinet): it is not in answers.yaml.\nTo carry on where you left off, run:\n  dma assess ${TINY} --resume answers.yaml`,
    );
    expect(onDisk().answers).toEqual({ 'lead.vision': { level: 2 } });
    expect(files()).toEqual(['answers.yaml']);
  });
});

describe('--resume keeps the file as written', () => {
  const OLD_VERSION = `# Our board's assessment, kept by the CIO's office.

schema: 1
framework: { id: tiny, version: 1.0.0 }
organisation: Testshire County Council
date: 2026-11-20
answers:
  lead.vision: { level: 2 } # from the March board
  lead.retired: { level: 3, notes: Asked in version 1 only }
`;

  it('keeps hand-written comments', async () => {
    writeFileSync(at('answers.yaml'), TWO_ANSWERED.replace('answers:\n', 'answers:\n  # agreed at the March board\n'));
    errorOf(await assess(TINY, { resume: 'answers.yaml' }, scripted(solo(NHS, 1), { cancel: true }), dir), InterruptedError);
    const text = readFileSync(at('answers.yaml'), 'utf8');
    expect(text).toContain('  # agreed at the March board\n  lead.vision: { level: 2 }\n');
    expect(onDisk().answers!['data.nhs']).toEqual({ level: 1 });
  });

  it('moves a file written for an older framework version on to the current one, keeping answers to removed questions as a comment', async () => {
    writeFileSync(at('answers.yaml'), OLD_VERSION);
    const room = scripted(solo(CABINET, 3), { cancel: true });
    const run = await assess(TINY, { resume: 'answers.yaml' }, room, dir);
    errorOf(run, InterruptedError);
    expect(run.stdout).toContain(
      'This file was written for tiny 1.0.0; carrying on with tiny 2.0.0, which the file names from now on. 1 answer to questions it no longer asks is kept in the file as a comment.',
    );
    const text = readFileSync(at('answers.yaml'), 'utf8');
    expect(text).toContain("# Our board's assessment, kept by the CIO's office.");
    expect(text).toContain('lead.vision: { level: 2 } # from the March board');
    expect(text).toContain('#   lead.retired:\n#     level: 3\n#     notes: Asked in version 1 only');
    expect(onDisk()).toMatchObject({ framework: { id: 'tiny', version: '2.0.0' }, answers: { 'lead.vision': { level: 2 }, 'lead.cabinet': { level: 3 } } });
    expect(Object.keys(onDisk().answers!)).toEqual(['lead.vision', 'lead.cabinet']);
    // Valid against the current version, with no warnings left.
    const validate = await runInProcess(['validate', at('answers.yaml'), '--framework', TINY]);
    expect(validate.code).toBe(0);
    expect(validate.stdout + validate.stderr).not.toMatch(/warning|written for/);
  });
});

describe('the terminal', () => {
  it('shows the cursor first thing (a session killed with kill -9 leaves it hidden)', async () => {
    const run = await assess(TINY, { organisation: 'X', out: 'answers.yaml' }, scripted({ cancel: true }), dir);
    expect(run.stdout.startsWith('\u001b[?25h')).toBe(true);
  });
});
