// `dma assess --room` in this process, with a fake room (the real room state, no web server):
// joining, names typed on phones becoming respondents, the live lines, pacing kept across a
// resume, and the room closed however the session ends.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { InterruptedError, UsageError } from '../../src/core/problems.js';
import type { AnswersFile } from '../../src/core/schema.js';
import { runInProcess } from '../support/cli.js';
import { scripted } from '../support/scripted-prompter.js';
import { fakeRooms } from './fake-room.js';
import type { FakeRoom } from './fake-room.js';
import { TINY, agree, assess, discussion, nextQuestion, tempDir } from './steps.js';

let dir = '';
let cleanup: () => Promise<void> = async () => {};
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(() => cleanup());

const saved = async (): Promise<AnswersFile> => parse(await readFile(join(dir, 'answers.yaml'), 'utf8')) as AnswersFile;
const ORG = 'Testshire County Council';
const PACING = (used: number) => ({
  minutesAllowed: 30,
  minutesUsed: used,
  questionsLeft: 3,
  minutesPerQuestion: 2,
  minutesNeeded: 6,
  onTime: true,
  text: `${used} of 30 minutes used · 3 questions left · on time at this pace (about 6 minutes more)`,
});

describe('dma assess --room', () => {
  it('opens the room, shows how to join, takes votes from phones whose typed names become respondents, and closes it', async () => {
    const rooms = fakeRooms();
    let fake: FakeRoom;
    const room = scripted(
      {
        input: 'Enter reveals the votes',
        answer: (o) => {
          fake = rooms.rooms[0]!;
          expect(o.live!.text()).toBe('Nobody has joined yet: http://192.0.2.10:41234/j/KM7RXQ4P (room code KM7R-XQ4P)');
          fake.phone({ name: 'Sam Patel' }).vote(3);
          fake.phone({ name: '  ali   KHAN ' }).vote(null);
          expect(o.live!.text()).toBe('Voted 2 of 2: Sam Patel, ali KHAN');
          return 'add Jo Evans';
        },
      },
      { input: 'Enter reveals the votes', answer: 'jo 1' },
      { input: 'Enter reveals the votes', answer: '' },
      agree('median'),
      discussion('Jo had no phone'),
      nextQuestion,
      { cancel: true },
    );
    const run = await assess(TINY, { organisation: ORG, room: true, out: 'answers.yaml' }, room, dir, undefined, rooms.open);
    expect(run.error).toBeInstanceOf(InterruptedError);
    expect(rooms.rooms).toHaveLength(1);
    expect(fake!.options).toMatchObject({ title: `${ORG}: Tiny test framework`, respondents: [], openSeating: true });
    expect(fake!.options.host).toBeUndefined();
    expect(fake!.closed).toBe(true);
    expect(run.stdout).toContain('The live room is open. Join from a phone by scanning this code, or open:\n  http://192.0.2.10:41234/j/KM7RXQ4P\n[QR for a dark terminal]\n');
    expect(run.stdout).toContain('Or open http://192.0.2.10:41234/ and type the room code KM7R-XQ4P.');
    expect(run.stdout).toContain('Projector page (this computer only): http://192.0.2.10:41234/screen');
    expect(run.stdout).toContain('For each question, everyone votes privately on their own phone');
    // The chart names the people who joined; the phones get the same sentence.
    expect(run.stdout).toContain('  1 Some │ ██ Jo Evans\n  2 Half │\n  3 Most │ ██ Sam Patel');
    expect(fake!.reveals[0]).toEqual({ votes: { 'sam-patel': 3, 'jo-evans': 1 }, summary: 'Votes are 2 levels apart: discuss before agreeing a level.', warning: true });
    expect(fake!.calls).toContain('agree Agreed: level 2 Half');
    const doc = await saved();
    expect(doc.respondents).toEqual([
      { id: 'sam-patel', name: 'Sam Patel' },
      { id: 'ali-khan', name: 'ali KHAN' },
      { id: 'jo-evans', name: 'Jo Evans' },
    ]);
    expect(doc.answers).toEqual({ 'lead.vision': { level: 2, votes: { 'sam-patel': 3, 'jo-evans': 1 }, notes: 'Jo had no phone' } });
    // The hint carries on as a room.
    expect(run.error && (run.error as Error).message).toContain('--resume answers.yaml --room');
  });

  it('with --team, offers the team as seats; pacing is shown live and the time used is kept for a resume', async () => {
    const rooms = fakeRooms();
    const first = scripted(
      {
        input: 'Enter reveals the votes',
        answer: (o) => {
          const fake = rooms.rooms[0]!;
          fake.pacingNow = PACING(7);
          fake.emit('pacing', fake.pacingNow);
          fake.phone({ seat: 'sam' }).vote(2);
          fake.phone({ seat: 'ali' }).vote(2);
          expect(o.live!.text()).toBe(`Voted 2 of 3: Sam, Ali\nWaiting for: Jo (not joined)\n${PACING(7).text}`);
          return '';
        },
      },
      agree('median'),
      discussion(),
      nextQuestion,
      { cancel: true },
    );
    const run = await assess(TINY, { organisation: ORG, room: true, team: 'Sam,Ali,Jo', minutes: 30, host: '127.0.0.1', port: 0, screenAnywhere: true, out: 'answers.yaml' }, first, dir, undefined, rooms.open);
    expect(run.error).toBeInstanceOf(InterruptedError);
    expect(rooms.rooms[0]!.options).toMatchObject({ openSeating: false, minutes: 30, usedMs: 0, host: '127.0.0.1', port: 0, screenFromAnywhere: true });
    expect(run.stdout).toContain('Projector page (any device with the room code)');
    expect((await saved()).session).toEqual({ minutesUsed: 7 });
    expect((run.error as Error).message).toContain('--resume answers.yaml --room --minutes 30');
    // The last minutes the facilitator is shown are those the file keeps.
    expect((run.error as Error).message).toContain('Time used: 7 of 30 minutes, kept in the file; a resumed room carries on from there.\nTo carry on');

    // The laptop died; the room starts again from the file, with the time already used.
    const second = scripted({ cancel: true });
    await assess(TINY, { resume: 'answers.yaml', room: true, minutes: 30 }, second, dir, undefined, rooms.open);
    expect(rooms.rooms[1]!.options).toMatchObject({
      respondents: [
        { id: 'sam', name: 'Sam' },
        { id: 'ali', name: 'Ali' },
        { id: 'jo', name: 'Jo' },
      ],
      openSeating: true,
      usedMs: 7 * 60_000,
    });
    expect(rooms.rooms[1]!.shown[0]!.id).toBe('lead.cabinet');
    expect(rooms.rooms[1]!.closed).toBe(true);
  });

  it('refuses the room options without --room', async () => {
    for (const [opts, named] of [
      [{ host: '0.0.0.0' }, '--host is'],
      [{ port: 8080, minutes: 60 }, '--port, --minutes are'],
      [{ screenAnywhere: true }, '--screen-anywhere is'],
    ] as const) {
      const run = await assess(TINY, { organisation: ORG, ...opts }, scripted(), dir);
      expect(run.error).toBeInstanceOf(UsageError);
      expect((run.error as Error).message).toBe(`${named} for the live room: add --room`);
    }
  });

  it('opens no room when the session fails while setting up', async () => {
    const rooms = fakeRooms();
    // A prepared file that cannot be read stops the session before the room opens: no server is left.
    const run = await assess(TINY, { organisation: ORG, room: true, votesFrom: ['missing.yaml'], out: 'answers.yaml' }, scripted(), dir, undefined, rooms.open);
    expect((run.error as Error).message).toContain('missing.yaml');
    expect(rooms.rooms).toHaveLength(0);
  });

  it.each([
    [['--port', '65536'], "error: option '--port <number>' argument '65536' is invalid. it must be a whole number from 0 to 65535 (0: a free port)."],
    [['--port', '-1'], "error: option '--port <number>' argument '-1' is invalid. it must be a whole number from 0 to 65535 (0: a free port)."],
    [['--port', '80.5'], "error: option '--port <number>' argument '80.5' is invalid. it must be a whole number from 0 to 65535 (0: a free port)."],
    [['--minutes', '0'], "error: option '--minutes <n>' argument '0' is invalid. it must be a whole number of minutes from 1 to 1440."],
    [['--minutes', 'ninety'], "error: option '--minutes <n>' argument 'ninety' is invalid. it must be a whole number of minutes from 1 to 1440."],
  ])('refuses %j with exit code 2', async (args, message) => {
    const run = await runInProcess(['assess', '--room', ...args], { interactive: true });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(message);
  });

  it('lists the room options in its help', async () => {
    const run = await runInProcess(['assess', '--help']);
    for (const option of ['--room', '--host <address>', '--port <number>', '--screen-anywhere', '--minutes <n>', '--votes-from <answers...>']) {
      expect(run.stdout).toContain(option);
    }
  });
});
