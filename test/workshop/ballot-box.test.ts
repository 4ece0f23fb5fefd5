// The ballot box interface (src/workshop/ballot-box.ts) from the outside: a box of its own (as
// the Live room's will be) runs through the questions step with no other change, and sees the
// lifecycle open → collect → revealed → agreed → close, in that order, with the votes saved
// before the reveal. The reveal, agreed level and note stay the step's.
import { Chalk } from 'chalk';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Framework, Question } from '../../src/core/framework.js';
import type { AnswerFile, AnswersFile } from '../../src/core/schema.js';
import type { BallotBox, Collected, Round, Votes } from '../../src/workshop/ballot-box.js';
import { questionOrder } from '../../src/workshop/steps/question-order.js';
import { questions } from '../../src/workshop/steps/questions.js';
import { scripted } from '../support/scripted-prompter.js';
import type { ScriptedPrompter } from '../support/scripted-prompter.js';
import { TEAM, TINY, agree, blank, discussion, loadFramework, nextQuestion } from './steps.js';

let tiny: Framework;
beforeAll(async () => {
  tiny = await loadFramework(TINY);
});

/** A box that hands out scripted ballots and writes down every call. */
class RecordingBox implements BallotBox {
  readonly calls: string[] = [];
  readonly rounds: Round[] = [];
  constructor(
    private readonly ballots: Collected[],
    private readonly onReveal: () => void = () => {},
  ) {}
  async open(question: Question, round: Round) {
    this.calls.push(`open ${question.id}`);
    this.rounds.push(round);
  }
  async collect() {
    const next = this.ballots.shift();
    if (!next) throw new Error('no ballot left');
    this.calls.push(`collect ${next.kind === 'command' ? next.command : next.kind}`);
    return next;
  }
  async revealed(votes: Votes) {
    this.onReveal();
    this.calls.push(`revealed ${JSON.stringify(votes)}`);
  }
  async agreed(answer: AnswerFile) {
    this.calls.push(`agreed ${answer.notApplicable ? 'n/a' : answer.level}`);
  }
  async close() {
    this.calls.push('close');
  }
  async end() {
    this.calls.push('end');
  }
}

async function walk(box: RecordingBox, room: ScriptedPrompter, options: { doc?: AnswersFile; prepared?: Map<string, Votes>; saved?: AnswersFile[] } = {}) {
  const saved: AnswersFile[] = options.saved ?? [];
  const said: string[] = [];
  const ctx = {
    framework: tiny,
    doc: options.doc ?? blank(tiny, TEAM),
    prompter: room,
    say: (text: string) => void said.push(text),
    chalk: new Chalk({ level: 0 }),
    ballot: box,
    team: TEAM,
    prepared: options.prepared ?? new Map<string, Votes>(),
    plan: { order: [], start: 0 },
    save: async (doc: AnswersFile) => void saved.push(structuredClone(doc)),
    columns: 200,
    interactive: true,
  };
  await questionOrder(ctx);
  await questions(ctx);
  room.assertDone();
  return { doc: ctx.doc, saved, screen: said.join('\n') };
}

describe('a ballot box of its own', () => {
  it('goes through open, collect, revealed, agreed and close; the step saves, reveals and agrees', async () => {
    let savedAtReveal: AnswersFile | undefined;
    const saved: AnswersFile[] = [];
    const box = new RecordingBox(
      [
        { kind: 'command', command: 'help' },
        { kind: 'votes', votes: { sam: 3, jo: 1 } }, // Ali abstains
        { kind: 'command', command: 'skip' },
        { kind: 'command', command: 'back' },
        { kind: 'command', command: 'skip' },
        { kind: 'command', command: 'not-applicable' },
        { kind: 'level', level: 2 },
      ],
      () => (savedAtReveal = saved.at(-1)),
    );
    const room = scripted(agree('median'), discussion('Jo has not seen it'), nextQuestion, { input: 'Why does it not apply?', answer: 'No trust' }, nextQuestion);
    const run = await walk(box, room, { saved });

    expect(box.calls).toEqual([
      'open lead.vision',
      'collect help', // the help is shown; the same showing carries on
      'collect votes',
      'revealed {"sam":3,"jo":1}',
      'agreed 2',
      'close',
      'open lead.cabinet',
      'collect skip',
      'close',
      'open data.nhs',
      'collect back',
      'close',
      'open lead.cabinet',
      'collect skip',
      'close',
      'open data.nhs',
      'collect not-applicable',
      'agreed n/a',
      'close',
      'open data.protocol',
      'collect level',
      'agreed 2',
      'close',
    ]);
    // Saved before the room saw them.
    expect(savedAtReveal!.answers).toEqual({ 'lead.vision': { votes: { sam: 3, jo: 1 } } });
    // The step's reveal: the chart (Ali has no bar) and the median as the agreed default.
    expect(run.screen).toContain('  1 Some │ ██ Jo\n  2 Half │\n  3 Most │ ██ Sam');
    expect(run.screen).toContain('⚠ Votes are 2 levels apart');
    expect(room.find('Agreed level')[0]!.message).toBe('Agreed level (the median of the votes is 2)');
    expect(run.doc.answers).toEqual({
      'lead.vision': { level: 2, votes: { sam: 3, jo: 1 }, notes: 'Jo has not seen it' },
      'data.nhs': { notApplicable: true, reason: 'No trust' },
      'data.protocol': { level: 2 },
    });
    // What each showing allowed, and what it knew.
    expect(box.rounds[0]!.allowed).toEqual({ notApplicable: false, back: false, help: false });
    expect(box.rounds[2]!.allowed).toEqual({ notApplicable: true, back: true, help: false });
  });

  it('is told the saved answer, and the prepared votes, when a question comes up', async () => {
    const doc = { ...blank(tiny, TEAM), answers: { 'lead.vision': { level: 3 } } };
    const box = new RecordingBox([
      { kind: 'command', command: 'skip' },
      { kind: 'command', command: 'skip' },
      { kind: 'command', command: 'skip' },
    ]);
    // The prepared votes agree: the room may accept their median, and here takes the question instead.
    const room = scripted({ confirm: 'Accept the median of the prepared votes for it?', answer: false });
    await walk(box, room, { doc: { ...doc, answers: { ...doc.answers, 'lead.cabinet': { votes: { sam: 1, ali: 2 } } } }, prepared: new Map([['data.protocol', { sam: 4, ali: 4, jo: 3 }]]) });
    room.assertDone();
    // The walk starts at the first question with no agreed level: votes without a level come up
    // again, offered as the round's votes; an agreed answer is passed by.
    expect(box.calls.filter((c) => c.startsWith('open'))).toEqual(['open lead.cabinet', 'open data.nhs', 'open data.protocol']);
    expect(box.rounds[0]).toMatchObject({ saved: { votes: { sam: 1, ali: 2 } }, prepared: { sam: 1, ali: 2 } });
    expect(box.rounds[1]!.saved).toBeUndefined();
    expect(box.rounds[2]).toMatchObject({ prepared: { sam: 4, ali: 4, jo: 3 } });
  });
});
