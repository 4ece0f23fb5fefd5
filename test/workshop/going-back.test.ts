// Coming back to an answered question in a team workshop (typed votes): the saved answer is
// said, its votes are the votes prompt's default (as prepared votes are), Enter keeps it as it
// was, s keeps it without a new vote, and different votes or a different level replace it only
// after a yes.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Framework } from '../../src/core/framework.js';
import type { AnswersFile } from '../../src/core/schema.js';
import type { InputOptions, SelectOptions } from '../../src/prompts/prompter.js';
import { acceptDefault, scripted } from '../support/scripted-prompter.js';
import { TEAM, TINY, agree, blank, details, discussion, loadFramework, nextQuestion, replace, teamRound, votes, workshop } from './steps.js';

let tiny: Framework;
beforeAll(async () => {
  tiny = await loadFramework(TINY);
});

const THE_REST = [...teamRound('2 2 2'), ...teamRound('1 1 1'), ...teamRound('0 0 0')];
const visionOf = (doc: AnswersFile) => doc.answers?.['lead.vision'];

describe('going back to an answered question, with typed votes', () => {
  it('says what is saved, offers its votes, and keeps the answer (level, votes, note, evidence) on Enter', async () => {
    const said: string[] = [];
    const room = scripted(
      votes('3 1 -'),
      agree(3), // not the median (2): the room agreed otherwise
      { ...discussion('Sam has seen the draft'), check: (o: InputOptions) => expect(o.message).toBe('Note of the discussion (optional; Enter to skip)') },
      ...details.evidence('Draft vision, v2'),
      nextQuestion,
      votes('b'),
      {
        ...votes(''),
        check: (o: InputOptions) => {
          expect(said.at(-1)).toBe('Saved answer: level 3 Most, from the votes Sam 3, Ali 1, Jo -.');
          expect(o.default).toBe('3 1 -');
          expect(o.message).toBe('Votes for Sam, Ali, Jo (0–4 each, - for none; s = keep the saved answer)');
        },
      },
      {
        select: 'Agreed level',
        answer: acceptDefault,
        check: (o: SelectOptions<unknown>) => {
          expect(o.message).toBe('Agreed level (the median of the votes is 2; the saved level is 3)');
          expect(o.default).toBe(3);
        },
      },
      {
        ...discussion(''),
        check: (o: InputOptions) => {
          expect(o.default).toBe('Sam has seen the draft');
          // Enter keeps the saved note, so the hint does not say "skip".
          expect(o.message).toBe('Note of the discussion (Enter keeps it as it is; Backspace, then Enter, removes it)');
        },
      },
      nextQuestion,
      ...THE_REST,
    );
    const before: AnswersFile[] = [];
    const { doc } = await workshop(tiny, room, { team: true, said, saved: before });
    expect(room.find('confirm')).toEqual([]);
    expect(visionOf(doc)).toEqual({ level: 3, votes: { sam: 3, ali: 1 }, notes: 'Sam has seen the draft', evidence: 'Draft vision, v2' });
    expect(before.every((d) => visionOf(d) === undefined || visionOf(d)!.votes!.sam === 3)).toBe(true);
  });

  it('asks before different votes replace the saved ones, even at the same level; no keeps them, s moves on', async () => {
    const room = scripted(
      votes('3 1 -'),
      agree('median'),
      discussion('Close call'),
      nextQuestion,
      votes('b'),
      votes('2 2 2'),
      agree('median'), // 2, as before
      replace(false),
      // Put again, with the saved votes still offered; s keeps the saved answer.
      { ...votes('s'), check: (o: InputOptions) => expect(o.default).toBe('3 1 -') },
      votes('b', []),
      votes('2 2 2'),
      agree('median'),
      replace(true),
      { ...discussion(''), check: (o: InputOptions) => expect(o.default).toBe('Close call') },
      nextQuestion,
      ...THE_REST,
    );
    const saved: AnswersFile[] = [];
    const { doc } = await workshop(tiny, room, { team: true, saved });
    expect(room.find('confirm').map((p) => p.message)).toEqual([
      'Replace the saved answer (level 2 Half, votes 3 1 -) with level 2 Half, votes 2 2 2?',
      'Replace the saved answer (level 2 Half, votes 3 1 -) with level 2 Half, votes 2 2 2?',
    ]);
    expect(visionOf(doc)).toEqual({ level: 2, votes: { sam: 2, ali: 2, jo: 2 }, notes: 'Close call' });
    // Nothing was saved between the "no" and the "yes" but the cabinet question's answer.
    const visions = saved.map((d) => JSON.stringify(visionOf(d)));
    expect([...new Set(visions)]).toEqual([
      JSON.stringify({ votes: { sam: 3, ali: 1 } }),
      JSON.stringify({ level: 2, votes: { sam: 3, ali: 1 } }),
      JSON.stringify({ level: 2, votes: { sam: 3, ali: 1 }, notes: 'Close call' }),
      JSON.stringify({ level: 2, votes: { sam: 2, ali: 2, jo: 2 }, notes: 'Close call' }),
    ]);
  });

  it('asks before different votes replace votes saved with no level agreed (a session stopped after the reveal)', async () => {
    const doc = { ...blank(tiny, TEAM), answers: { 'lead.vision': { votes: { sam: 3, ali: 1 } } } };
    const said: string[] = [];
    const room = scripted(
      // A resumed walk starts at the first question with no agreed level: here the first, its votes offered.
      {
        ...votes('2 2 2'),
        check: (o: InputOptions) => {
          expect(said).toContain('Saved votes, with no level agreed yet: Sam 3, Ali 1, Jo -.');
          expect(o.default).toBe('3 1 -');
        },
      },
      replace(false),
      votes(''), // the saved votes, as they were
      agree('median'),
      discussion(),
      nextQuestion,
      ...THE_REST,
    );
    const run = await workshop(tiny, room, { team: true, doc, said });
    expect(room.find('confirm').map((p) => p.message)).toEqual(['Replace the saved answer (votes 3 1 -) with votes 2 2 2?']);
    expect(visionOf(run.doc)).toEqual({ level: 2, votes: { sam: 3, ali: 1 } });
  });
});
