// Votes prepared beforehand (`dma assess --votes-from`): three directors each answered alone;
// the workshop takes the questions where they disagree first, the rest can be accepted a theme
// at a time, and the answers file keeps every prepared vote and says which were prepared.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DataError, UsageError } from '../../src/core/problems.js';
import type { AnswersFile } from '../../src/core/schema.js';
import type { InputOptions } from '../../src/prompts/prompter.js';
import { runBin } from '../support/cli.js';
import { scripted } from '../support/scripted-prompter.js';
import { fakeRooms } from './fake-room.js';
import { TINY, agree, assess, discussion, nextQuestion, tempDir, votes } from './steps.js';

/** One director's answers, as `dma assess` alone would have saved them. */
function answersOf(id: string, name: string, levels: Record<string, number | 'n/a'>): string {
  const answers = Object.entries(levels)
    .map(([q, l]) => `  ${q}: ${l === 'n/a' ? '{ notApplicable: true }' : `{ level: ${l} }`}`)
    .join('\n');
  return `schema: 1\nframework: { id: tiny, version: 2.0.0 }\norganisation: Testshire County Council\nrespondents:\n  - { id: ${id}, name: ${name} }\nanswers:\n${answers}\n`;
}

// Disagreements (2 or more levels apart): lead.vision (1, 3, 2) and data.protocol (0, 2, 2).
// Agreements: lead.cabinet (2, 2, 3) and data.nhs (3, 3, 2).
const PREPARED = {
  'sam.yaml': answersOf('sam', 'Sam', { 'lead.vision': 1, 'lead.cabinet': 2, 'data.nhs': 3, 'data.protocol': 0 }),
  'ali.yaml': answersOf('ali', 'Ali', { 'lead.vision': 3, 'lead.cabinet': 2, 'data.nhs': 3, 'data.protocol': 2 }),
  'jo.yaml': answersOf('jo', 'Jo', { 'lead.vision': 2, 'lead.cabinet': 3, 'data.nhs': 2, 'data.protocol': 2 }),
};
const FILES = Object.keys(PREPARED);

let dir = '';
let cleanup: () => Promise<void> = async () => {};
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  for (const [name, text] of Object.entries(PREPARED)) await writeFile(join(dir, name), text);
});
afterEach(() => cleanup());

const saved = async (): Promise<AnswersFile> => parse(await readFile(join(dir, 'answers.yaml'), 'utf8')) as AnswersFile;
const accept = (answer: boolean) => ({ confirm: 'Accept the median of the prepared votes for it?', answer });

describe('votes prepared beforehand', () => {
  it('takes the disagreements first, accepts the rest per theme, and keeps every prepared vote', async () => {
    const room = scripted(
      { ...votes(''), check: (o: InputOptions) => expect(o.default).toBe('1 3 2') }, // lead.vision: the prepared votes, as they stand
      agree('median'),
      discussion('Ali has seen the draft'),
      nextQuestion,
      { ...votes(''), check: (o: InputOptions) => expect(o.default).toBe('0 2 2') }, // data.protocol
      agree(2),
      discussion(),
      nextQuestion,
      accept(true), // Leadership: lead.cabinet
      accept(true), // Data sharing: data.nhs
    );
    const run = await assess(TINY, { organisation: 'Testshire County Council', team: 'Sam,Ali,Jo', out: 'answers.yaml', votesFrom: FILES }, room, dir);
    expect(run.error).toBeUndefined();
    expect(run.code).toBe(0);
    room.assertDone();
    expect(room.messages.filter((m) => m.startsWith('Votes for') || m.startsWith('Accept'))).toEqual([
      'Votes for Sam, Ali, Jo (0–4 each, - for none; s = skip)',
      'Votes for Sam, Ali, Jo (0–4 each, - for none; s = skip, b = back)',
      'Accept the median of the prepared votes for it? (No: take it one at a time)',
      'Accept the median of the prepared votes for it? (No: take it one at a time)',
    ]);
    expect(run.stdout).toContain('First, the 2 questions where the prepared votes are 2 or more levels apart. Then, theme by theme, you can accept the median where they agree.');
    expect(run.stdout).toContain('  Is there a cabinet member for digital? level 2 Half (3 prepared votes: 2, 2, 3)');
    // The order the room saw: the two disagreements, then Leadership's, then Data sharing's.
    const order = ['Is there a written vision?', 'Is there a data-sharing protocol?', 'Is there a cabinet member for digital?', 'Do you share data with the NHS?'];
    const at = order.map((text) => run.stdout.indexOf(text));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);

    const doc = await saved();
    const all = ['sam', 'ali', 'jo'];
    expect(doc.answers).toEqual({
      'lead.vision': { level: 2, votes: { sam: 1, ali: 3, jo: 2 }, prepared: all, notes: 'Ali has seen the draft' },
      'lead.cabinet': { level: 2, votes: { sam: 2, ali: 2, jo: 3 }, prepared: all },
      'data.nhs': { level: 3, votes: { sam: 3, ali: 3, jo: 2 }, prepared: all },
      'data.protocol': { level: 2, votes: { sam: 0, ali: 2, jo: 2 }, prepared: all },
    });
    // Every prepared vote is in the file, as prepared.
    for (const [file, text] of Object.entries(PREPARED)) {
      const mine = parse(text) as AnswersFile;
      const id = file.replace('.yaml', '');
      for (const [question, answer] of Object.entries(mine.answers!)) {
        expect(doc.answers![question]!.votes![id]).toBe(answer.level);
        expect(doc.answers![question]!.prepared).toContain(id);
      }
    }
    expect(runBin(['validate', 'answers.yaml', '--framework', TINY], { cwd: dir }).code).toBe(0);
  });

  it('records as prepared only the votes nobody changed, and takes a theme one question at a time when asked', async () => {
    const room = scripted(
      votes('', undefined),
      agree('median'),
      discussion(),
      nextQuestion,
      votes('1 2 2'), // data.protocol: Sam changes his vote in the room
      agree('median'),
      discussion(),
      nextQuestion,
      accept(false), // lead.cabinet, one at a time
      { ...votes(''), check: (o: InputOptions) => expect(o.default).toBe('2 2 3') },
      agree('median'),
      discussion(),
      nextQuestion,
      accept(true),
    );
    const run = await assess(TINY, { organisation: 'Testshire County Council', team: 'Sam,Ali,Jo', out: 'answers.yaml', votesFrom: FILES }, room, dir);
    expect(run.code).toBe(0);
    const doc = await saved();
    expect(doc.answers!['data.protocol']).toEqual({ level: 2, votes: { sam: 1, ali: 2, jo: 2 }, prepared: ['ali', 'jo'] });
    expect(doc.answers!['lead.cabinet']).toEqual({ level: 2, votes: { sam: 2, ali: 2, jo: 3 }, prepared: ['sam', 'ali', 'jo'] });
  });

  it('on resume, brings back a question with votes but no agreed level among the disagreements, and passes the agreed ones', async () => {
    const stopped = `${answersOf('sam', 'Sam', {}).split('respondents:')[0]}respondents:\n  - { id: sam, name: Sam }\n  - { id: ali, name: Ali }\n  - { id: jo, name: Jo }\nanswers:\n  lead.vision:\n    votes: { sam: 1, ali: 3, jo: 2 }\n  lead.cabinet: { level: 2 }\n`;
    await writeFile(join(dir, 'answers.yaml'), stopped);
    const room = scripted(
      { ...votes(''), check: (o: InputOptions) => expect(o.default).toBe('1 3 2') }, // lead.vision: its votes from the stopped session
      agree(2),
      discussion(),
      nextQuestion,
      { ...votes(''), check: (o: InputOptions) => expect(o.default).toBe('0 2 2') }, // data.protocol
      agree(2),
      discussion(),
      nextQuestion,
      accept(true), // Data sharing: data.nhs
    );
    const run = await assess(TINY, { resume: 'answers.yaml', votesFrom: FILES }, room, dir);
    expect(run.error).toBeUndefined();
    room.assertDone();
    expect(run.stdout).toContain('First, the 2 questions where the prepared votes are 2 or more levels apart.');
    const doc = await saved();
    expect(doc.answers!['lead.vision']).toMatchObject({ level: 2, votes: { sam: 1, ali: 3, jo: 2 } });
    expect(doc.answers!['lead.cabinet']).toEqual({ level: 2 });
    expect(Object.keys(doc.answers!).sort()).toEqual(['data.nhs', 'data.protocol', 'lead.cabinet', 'lead.vision']);
  });

  it('fills the phones of the live room with the prepared votes; without --team the files make the seats', async () => {
    const rooms = fakeRooms();
    const room = scripted(
      {
        input: 'Enter reveals the votes',
        answer: (o) => {
          // Everyone has a prepared vote, so the room can reveal at once.
          expect(o.live!.text()).toBe('Voted 3 of 3: Sam, Ali, Jo');
          return '';
        },
      },
      agree('median'),
      discussion(),
      nextQuestion,
      { cancel: true },
    );
    const run = await assess(TINY, { organisation: 'Testshire County Council', room: true, out: 'answers.yaml', votesFrom: FILES }, room, dir, undefined, rooms.open);
    expect(run.error).toBeDefined();
    const [fake] = rooms.rooms;
    expect(fake!.options).toMatchObject({ openSeating: true, respondents: [{ id: 'sam', name: 'Sam' }, { id: 'ali', name: 'Ali' }, { id: 'jo', name: 'Jo' }] });
    expect(fake!.calls.slice(0, 4)).toEqual(['show lead.vision', 'castFor sam 1', 'castFor ali 3', 'castFor jo 2']);
    expect(fake!.closed).toBe(true);
    const doc = await saved();
    expect(doc.respondents).toEqual([{ id: 'sam', name: 'Sam' }, { id: 'ali', name: 'Ali' }, { id: 'jo', name: 'Jo' }]);
    expect(doc.answers!['lead.vision']).toEqual({ level: 2, votes: { sam: 1, ali: 3, jo: 2 }, prepared: ['sam', 'ali', 'jo'] });
  });

  it('refuses a file for someone who is not in the team, naming it and them', async () => {
    await writeFile(join(dir, 'kim.yaml'), answersOf('kim', 'Kim Lee', { 'lead.vision': 2 }));
    const run = await assess(TINY, { organisation: 'Testshire County Council', team: 'Sam,Ali,Jo', out: 'answers.yaml', votesFrom: ['sam.yaml', 'kim.yaml'] }, scripted(), dir);
    expect(run.error).toBeInstanceOf(DataError);
    expect((run.error as DataError).message).toBe('kim.yaml holds the answers of "Kim Lee" (kim), who is not in the team (Sam, Ali, Jo)');
  });

  it('expands a pattern itself, as PowerShell passes it on unexpanded', async () => {
    await writeFile(join(dir, 'kim.yaml'), answersOf('kim', 'Kim Lee', { 'lead.vision': 2 }));
    const expanded = await assess(TINY, { organisation: 'Testshire County Council', team: 'Sam,Ali,Jo', out: 'answers.yaml', votesFrom: ['s*.yaml', 'k?m.yaml'] }, scripted(), dir);
    expect((expanded.error as DataError).message).toBe('kim.yaml holds the answers of "Kim Lee" (kim), who is not in the team (Sam, Ali, Jo)');
    const none = await assess(TINY, { organisation: 'Testshire County Council', team: 'Sam,Ali,Jo', out: 'answers.yaml', votesFrom: ['prepared/*.yaml'] }, scripted(), dir);
    expect((none.error as DataError).message).toBe('no file matches prepared/*.yaml: the folder prepared cannot be read (no such file)');
  });

  it('refuses two files for one person, and prepared votes with nobody to match them to', async () => {
    await writeFile(join(dir, 'sam-again.yaml'), answersOf('sam', 'Sam', { 'lead.vision': 4 }));
    const twice = await assess(TINY, { organisation: 'Testshire County Council', team: 'Sam,Ali,Jo', out: 'answers.yaml', votesFrom: ['sam.yaml', 'sam-again.yaml'] }, scripted(), dir);
    expect((twice.error as DataError).message).toBe('sam-again.yaml holds the answers of "Sam" (sam), as sam.yaml does: give one file per person');
    const alone = await assess(TINY, { organisation: 'Testshire County Council', out: 'other.yaml', votesFrom: FILES }, scripted(), dir);
    expect(alone.error).toBeInstanceOf(UsageError);
    expect((alone.error as Error).message).toBe('--votes-from needs the people whose votes they are: give --team, or use --room');
  });

  it('is checked in the answers file: a prepared vote must be one of the votes', async () => {
    await writeFile(
      join(dir, 'bad.yaml'),
      answersOf('sam', 'Sam', {}).replace(
        'answers:\n',
        'answers:\n  lead.vision:\n    level: 2\n    votes: { sam: 2 }\n    prepared: [sam, ali]\nsession: { minutesUsed: 12 }\n',
      ),
    );
    const run = runBin(['validate', 'bad.yaml', '--framework', TINY], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('bad.yaml:10:21: "ali" is listed as a prepared vote but has no vote under votes');
    expect(run.stdout.match(/bad\.yaml:\d+/g)).toHaveLength(1);
  });
});
