// The live room's ballot box (src/workshop/room-ballot.ts) against a fake room (the real room
// state, no web server) and the scripted prompter: what it puts to the phones, the live "who
// has voted" lines (names, never levels), what the facilitator can type, and the reveal.
import { Chalk } from 'chalk';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Framework } from '../../src/core/framework.js';
import { PromptCancelled } from '../../src/prompts/prompter.js';
import type { Round } from '../../src/workshop/ballot-box.js';
import { revealSummary } from '../../src/workshop/reveal.js';
import { RoomBallot, WAITING_MESSAGE } from '../../src/workshop/room-ballot.js';
import { parseRoomEntry } from '../../src/workshop/room-entry.js';
import type { ScriptedPrompter } from '../support/scripted-prompter.js';
import { scripted } from '../support/scripted-prompter.js';
import { FakeRoom } from './fake-room.js';
import { TINY, loadFramework } from './steps.js';

let tiny: Framework;
beforeAll(async () => {
  tiny = await loadFramework(TINY);
});

const TEAM = [
  { id: 'sam', name: 'Sam Patel' },
  { id: 'ali', name: 'Ali Khan' },
  { id: 'jo', name: 'Jo Evans' },
];
const ROUND: Round = { allowed: { notApplicable: false, back: true, help: false } };
const ENTER = 'Enter reveals the votes';

function setUp(prompter: ScriptedPrompter, options: { left?: number } = {}) {
  const room = new FakeRoom({ title: 'Test', respondents: TEAM, openSeating: false });
  const said: string[] = [];
  const box = new RoomBallot({
    room,
    prompter,
    say: (text) => void said.push(text),
    chalk: new Chalk({ level: 0 }),
    framework: tiny,
    questionsLeft: () => options.left ?? 4,
  });
  return { room, box, said };
}

describe('the room ballot box', () => {
  it('puts the question to the phones with every level, its descriptor and where it is; prepared votes fill the seats', async () => {
    const { room, box, said } = setUp(scripted(), { left: 3 });
    await box.open(tiny.questions.get('lead.cabinet')!, { ...ROUND, prepared: { sam: 2, ali: 4, nobody: 1 } });
    expect(room.shown[0]).toEqual({
      id: 'lead.cabinet',
      text: 'Is there a cabinet member for digital?',
      levels: [
        { level: 0, label: 'None', descriptor: 'No' },
        { level: 1, label: 'Some', descriptor: 'Informal' },
        { level: 2, label: 'Half', descriptor: 'Named' },
        { level: 3, label: 'Most', descriptor: 'Reports yearly' },
        { level: 4, label: 'All', descriptor: 'Reports twice a year' },
      ],
      notApplicableAllowed: false,
      progress: { number: 2, total: 4, left: 3, theme: { number: 1, count: 2, title: 'Leadership' } },
    });
    // Only people in the room get a prepared vote.
    expect(room.calls).toEqual(['show lead.cabinet', 'castFor sam 2', 'castFor ali 4']);
    expect(room.ballot()).toEqual({ sam: 2, ali: 4 });
    expect(said.join('\n')).toContain('Is there a cabinet member for digital?\n  0 None: No\n  1 Some: Informal');
  });

  it('shows who has voted as the votes arrive, by name and never by level, and reveals on Enter', async () => {
    const statuses: string[] = [];
    const runWith = async (levels: [number, number]) => {
      const prompter = scripted({
        input: ENTER,
        answer: async (options) => {
          statuses.push(options.live!.text());
          const sam = room.phone({ seat: 'sam' });
          const ali = room.phone({ seat: 'ali' });
          room.phone({ seat: 'jo' }).vote(null); // "don't know"
          sam.vote(levels[0]);
          statuses.push(options.live!.text());
          ali.vote(levels[1]);
          sam.vote(levels[1]); // a change of vote
          statuses.push(options.live!.text());
          return '';
        },
      });
      const { room, box } = setUp(prompter);
      await box.open(tiny.questions.get('lead.vision')!, ROUND);
      const collected = await box.collect();
      prompter.assertDone();
      expect(room.listening('voted')).toBe(0); // the prompt stopped listening once answered
      return { collected, prompter };
    };
    const first = await runWith([0, 4]);
    const firstStatuses = statuses.splice(0);
    const second = await runWith([3, 1]);
    expect(first.collected).toEqual({ kind: 'votes', votes: { sam: 4, ali: 4 } });
    expect(second.collected).toEqual({ kind: 'votes', votes: { sam: 1, ali: 1 } });
    // What the terminal showed did not depend on how anyone voted.
    expect(statuses).toEqual(firstStatuses);
    expect(firstStatuses).toEqual([
      'Voted 0 of 3: nobody yet\nWaiting for: Sam Patel (not joined), Ali Khan (not joined), Jo Evans (not joined)',
      'Voted 2 of 3: Sam Patel, Jo Evans\nWaiting for: Ali Khan',
      'Voted 3 of 3: Sam Patel, Ali Khan, Jo Evans',
    ]);
  });

  it('refuses to reveal before anyone has voted a level, and takes typed votes, freed seats and added people', async () => {
    const prompter = scripted(
      {
        input: ENTER,
        answer: 'Jo 3',
        rejects: [{ text: '', message: 'No level has been voted yet ("don\'t know" is not a level): wait for the phones, type a vote such as "Jo 3", or s to skip.' }],
      },
      { input: ENTER, answer: '1 - 2', rejects: [{ text: '1 2', message: 'Type 3 votes, one for each person in order (Sam Patel, Ali Khan, Jo Evans), each 0 to 4, or - to keep what they voted.' }] },
      { input: ENTER, answer: 'free sam', rejects: [{ text: 'free Kim', message: 'Nobody called "Kim" is in the room (Sam Patel, Ali Khan, Jo Evans).' }] },
      { input: ENTER, answer: 'add Kim Lee', rejects: [{ text: 'Lee 3', message: /^Nobody called "Lee"/ }] },
      { input: ENTER, answer: '', rejects: [{ text: 'kim 9', message: '"9" is not a level: each vote must be 0 to 4.' }] },
    );
    const { room, box, said } = setUp(prompter);
    room.phone({ seat: 'sam' });
    await box.open(tiny.questions.get('lead.vision')!, ROUND);
    expect(await box.collect()).toEqual({ kind: 'votes', votes: { sam: 1, jo: 2 } });
    prompter.assertDone();
    expect(said.slice(2)).toEqual([
      'Vote typed for Jo Evans.',
      'Vote typed for Sam Patel, Jo Evans.',
      "Sam Patel's seat is free: they can join again from another device and choose their name.",
      'Kim Lee is in the room: type "Kim Lee <level>" to vote for them.',
    ]);
    // "-" kept Ali without a vote; Jo's typed 3 became 2.
    expect(room.ballot()).toEqual({ sam: 1, jo: 2 });
    expect(room.seats()).toEqual([
      { id: 'sam', name: 'Sam Patel', taken: false },
      { id: 'ali', name: 'Ali Khan', taken: false },
      { id: 'jo', name: 'Jo Evans', taken: false },
      { id: 'kim-lee', name: 'Kim Lee', taken: false },
    ]);
  });

  it('says, with an agreed answer saved, that s keeps it rather than skips', async () => {
    const prompter = scripted({
      input: 's = keep the saved answer',
      answer: 's',
      rejects: [{ text: '', message: 'No level has been voted yet ("don\'t know" is not a level): wait for the phones, type a vote such as "Jo 3", or s to keep the saved answer.' }],
    });
    const { box } = setUp(prompter);
    await box.open(tiny.questions.get('lead.vision')!, { ...ROUND, saved: { level: 2, votes: { sam: 2, ali: 2 } } });
    expect(await box.collect()).toEqual({ kind: 'command', command: 'skip' });
    prompter.assertDone();
  });

  it('hands back, skip, not applicable and help to the step, where the question allows them', async () => {
    const allowed = { notApplicable: true, back: true, help: true };
    for (const [typed, command] of [['b', 'back'], ['s', 'skip'], ['n', 'not-applicable'], ['?', 'help']] as const) {
      const { box } = setUp(scripted({ input: ENTER, answer: typed }));
      await box.open(tiny.questions.get('data.nhs')!, { allowed });
      expect(await box.collect()).toEqual({ kind: 'command', command });
    }
    const { box } = setUp(scripted({ input: /s = skip\)$/, answer: 's', rejects: [{ text: 'n', message: 'This question cannot be marked not applicable.' }, { text: 'b', message: /nothing to go back to/ }] }));
    await box.open(tiny.questions.get('lead.vision')!, { allowed: { notApplicable: false, back: false, help: false } });
    expect(await box.collect()).toEqual({ kind: 'command', command: 'skip' });
  });

  it('sends the phones the chart with the terminal’s own sentence, then the agreed level, then waits; end() closes the room', async () => {
    const { room, box } = setUp(scripted());
    await box.open(tiny.questions.get('lead.vision')!, ROUND);
    room.castFor('sam', 0);
    room.castFor('jo', 3);
    await box.revealed({ sam: 0, jo: 3 });
    expect(room.reveals).toEqual([{ votes: { sam: 0, jo: 3 }, summary: revealSummary({ sam: 0, jo: 3 }).text, warning: true }]);
    expect(room.reveals[0]!.summary).toBe('Votes are 3 levels apart: discuss before agreeing a level.');
    await box.agreed({ level: 2, votes: { sam: 0, jo: 3 } });
    await box.close();
    expect(room.calls.slice(-3)).toEqual([
      'reveal {"sam":0,"jo":3} Votes are 3 levels apart: discuss before agreeing a level.',
      'agree Agreed: level 2 Half',
      `wait ${WAITING_MESSAGE}`,
    ]);
    await box.end();
    expect(room.closed).toBe(true);
  });

  it('stops the waiting prompt as Ctrl+C would when the room fails', async () => {
    const prompter = scripted({
      input: ENTER,
      answer: async () => {
        box.fail();
        return '';
      },
    });
    const { box } = setUp(prompter);
    await box.open(tiny.questions.get('lead.vision')!, ROUND);
    await expect(box.collect()).rejects.toBeInstanceOf(PromptCancelled);
  });
});

describe('what the facilitator types in the room', () => {
  const seats = [
    { id: 'sam', name: 'Sam Patel' },
    { id: 'sam-2', name: 'Sam Jones' },
    { id: 'jo', name: 'Jo Evans' },
  ];
  const allowed = { notApplicable: false, back: true, help: true };
  const parse = (text: string) => parseRoomEntry(text, seats, { min: 0, max: 4 } as Framework['scale'], allowed);

  it.each([
    ['', { kind: 'reveal' }],
    ['  ', { kind: 'reveal' }],
    ['b', { kind: 'command', command: 'back' }],
    ['?', { kind: 'command', command: 'help' }],
    ['Jo 3', { kind: 'cast', votes: { jo: 3 } }],
    ['jo evans 0', { kind: 'cast', votes: { jo: 0 } }],
    ['sam-2 4', { kind: 'cast', votes: { 'sam-2': 4 } }],
    ['2 - 4', { kind: 'cast', votes: { sam: 2, jo: 4 } }],
    ['2,-,4', { kind: 'cast', votes: { sam: 2, jo: 4 } }],
    ['free jo', { kind: 'free', seat: { id: 'jo', name: 'Jo Evans' } }],
    ['FREE Sam Jones', { kind: 'free', seat: { id: 'sam-2', name: 'Sam Jones' } }],
    ['add  Kim Lee ', { kind: 'add', name: 'Kim Lee' }],
  ])('reads %j', (text, entry) => {
    expect(parse(text)).toEqual(entry);
  });

  it.each([
    ['n', 'This question cannot be marked not applicable.'],
    ['sa 3', '"sa" could be Sam Patel or Sam Jones: type more of the name.'],
    ['Kim 3', 'Nobody called "Kim" is in the room (Sam Patel, Sam Jones, Jo Evans).'],
    ['Jo 7', '"7" is not a level: each vote must be 0 to 4.'],
    ['- - -', '"-" keeps each vote as it is: press Enter on an empty line to reveal.'],
    ['3 4', 'Type 3 votes, one for each person in order (Sam Patel, Sam Jones, Jo Evans), each 0 to 4, or - to keep what they voted.'],
    ['3 4 9', '"9" is not a level: each vote must be 0 to 4, or - to keep what they voted.'],
    ['hello', 'Press Enter to reveal, or type votes ("3 - 2"), a name and a level ("Jo 3"), free <name>, add <name>, or a command.'],
  ])('refuses %j', (text, message) => {
    expect(parse(text)).toEqual({ kind: 'invalid', message });
  });
});
