// A team workshop (src/workshop/round.ts through the questions step, with the typed ballot box):
// votes typed in one line, the reveal, the agreed level and the note; then resuming inside the
// walk and the scripted prompter itself.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Framework } from '../../src/core/framework.js';
import type { AnswersFile } from '../../src/core/schema.js';
import type { InputOptions } from '../../src/prompts/prompter.js';
import { PromptCancelled } from '../../src/prompts/prompter.js';
import { choose, scripted } from '../support/scripted-prompter.js';
import {
  HELPFUL,
  TEAM,
  TINY,
  agree,
  answer,
  blank,
  details,
  discussion,
  expectValid,
  goBackToSkipped,
  level,
  loadFramework,
  nextQuestion,
  replace,
  solo,
  teamRound,
  votes,
  workshop,
} from './steps.js';

let tiny: Framework;
let helpful: Framework;
beforeAll(async () => {
  tiny = await loadFramework(TINY);
  helpful = await loadFramework(HELPFUL);
});

// The tiny framework's questions, as the room reads them.
const VISION = 'Is there a written vision?';
const CABINET = 'Is there a cabinet member for digital?';
const NHS = 'Do you share data with the NHS?';
const PROTOCOL = 'Is there a data-sharing protocol?';

function expectEverySaveValid(saved: AnswersFile[], framework: Framework): void {
  for (const doc of saved) expectValid(doc, framework);
}

describe('team workshop', () => {
  it('takes the votes in one line, reveals them, flags a 2-level spread and agrees the median by default', async () => {
    const said: string[] = [];
    const room = scripted(
      votes('3 4 2', [
        { text: '3 4', message: 'Enter 3 votes, one for each person in order (Sam, Ali, Jo), each 0 to 4, or - for no vote.' },
        { text: '', message: /^Enter 3 votes/ },
        { text: '3 4 2 1', message: /^Enter 3 votes/ },
        { text: '3 4 9', message: '"9" is not a level: each vote must be 0 to 4, or - for no vote.' },
        { text: '3 -1 2', message: '"-1" is not a level' },
        { text: '3.5 4 2', message: '"3.5" is not a level' },
        { text: 'three four two', message: '"three" is not a level' },
        { text: '- - -', message: 'At least one person must vote.' },
        { text: 'n', message: 'This question cannot be marked not applicable.' },
        { text: 'b', message: 'This is the first question: there is nothing to go back to.' },
        { text: '?', message: 'This question has no extra guidance.' },
      ]),
      {
        ...agree('median'),
        check: () => {
          const reveal = said.join('\n');
          expect(reveal).toContain(
            ['  0 None │', '  1 Some │', '  2 Half │ ██ Jo', '  3 Most │ ██ Sam', '  4 All  │ ██ Ali'].join('\n'),
          );
          expect(reveal).toContain('⚠ Votes are 2 levels apart: discuss before agreeing a level.');
        },
      },
      discussion('  Ali has seen the draft  '),
      nextQuestion,
      teamRound('2,3,2', 3), // commas work too; the room picks 3 over the median 2
      votes('n'),
      { input: 'Why does it not apply?', answer: 'No NHS trust in the district' },
      teamRound('1 - 4'), // Ali abstains; median of 1 and 4 rounded down is 2
    );
    const { doc, saved } = await workshop(tiny, room, { team: true, said });
    const screen = said.join('\n');

    // The question and every level's descriptor, before the votes are taken.
    expect(screen).toContain(
      [VISION, '  0 None: No vision\n  1 Some: Draft\n  2 Half: Agreed\n  3 Most: Published\n  4 All: Reviewed yearly'].join('\n'),
    );
    // The votes prompt says who votes in which order, and the commands open at this question.
    expect(room.find('Votes for').map((p) => p.message)).toEqual([
      'Votes for Sam, Ali, Jo (0–4 each, - for none; s = skip)',
      'Votes for Sam, Ali, Jo (0–4 each, - for none; s = skip, b = back)',
      'Votes for Sam, Ali, Jo (0–4 each, - for none; n = not applicable, s = skip, b = back)',
      'Votes for Sam, Ali, Jo (0–4 each, - for none; s = skip, b = back)',
    ]);
    expect(room.find('Votes for')[0]!.rejected).toHaveLength(11);

    const agreed = room.find('Agreed level');
    expect(agreed[0]).toMatchObject({
      message: 'Agreed level (the median of the votes is 3)',
      choices: ['0 None', '1 Some', '2 Half', '3 Most (median)', '4 All'],
      default: 3,
    });
    expect(agreed[1]).toMatchObject({ message: 'Agreed level (the median of the votes is 2)', default: 2, answer: 3 });
    expect(agreed[2]).toMatchObject({ message: 'Agreed level (the median of the votes is 2)', default: 2, answer: 2 });
    expect(screen).toContain('Votes are 1 level apart.');
    expect(screen).toContain('⚠ Votes are 3 levels apart: discuss before agreeing a level.');
    // The abstainer has no bar.
    expect(screen).toContain('  1 Some │ ██ Sam\n  2 Half │\n  3 Most │\n  4 All  │ ██ Jo');

    // In a team, the note comes from the discussion, so the details menu has no "Add a note".
    expect(room.find('Anything to record')[0]!.choices).toEqual([
      'Next question',
      'Add evidence (a document, link or example)',
      'Set how well evidenced this is',
    ]);

    // Every vote is kept in the file beside the agreed level.
    expect(doc.answers).toEqual({
      'lead.vision': { level: 3, votes: { sam: 3, ali: 4, jo: 2 }, notes: 'Ali has seen the draft' },
      'lead.cabinet': { level: 3, votes: { sam: 2, ali: 3, jo: 2 } },
      'data.nhs': { notApplicable: true, reason: 'No NHS trust in the district' },
      'data.protocol': { level: 2, votes: { sam: 1, jo: 4 } },
    });
    expect(doc.respondents).toEqual(TEAM);
    expectEverySaveValid(saved, tiny);
  });

  it('saves the votes the moment they are in, then the agreed level, then the note', async () => {
    // Once shown, votes are no longer blind; not applicable waits for its reason.
    const room = scripted(teamRound('3 4 2', 3, 'Ali has seen the draft'), teamRound('2 2 2'), votes('n'), { input: 'Why does it not apply?', answer: '' }, teamRound('1 - 4'));
    const { saved } = await workshop(tiny, room, { team: true });
    expect(saved.map((d) => Object.keys(d.answers!).at(-1))).toEqual([
      'lead.vision', 'lead.vision', 'lead.vision',
      'lead.cabinet', 'lead.cabinet',
      'data.nhs',
      'data.protocol', 'data.protocol',
    ]);
    expect(saved.slice(0, 3).map((d) => d.answers!['lead.vision'])).toEqual([
      { votes: { sam: 3, ali: 4, jo: 2 } },
      { level: 3, votes: { sam: 3, ali: 4, jo: 2 } },
      { level: 3, votes: { sam: 3, ali: 4, jo: 2 }, notes: 'Ali has seen the draft' },
    ]);
    expectEverySaveValid(saved, tiny);
  });

  it('says when the votes are all the same, and accepts the median by Enter', async () => {
    const said: string[] = [];
    const room = scripted(teamRound('2 2 2'), votes('s'), votes('s'), votes('s'), goBackToSkipped(false));
    const { doc } = await workshop(tiny, room, { team: true, said });
    const screen = said.join('\n');
    expect(screen).toContain('Votes are all the same.');
    expect(screen).not.toContain('⚠');
    expect(doc.answers).toEqual({ 'lead.vision': { level: 2, votes: { sam: 2, ali: 2, jo: 2 } } });
    expect(room.find('confirm')[0]!.message).toBe('3 questions were skipped. Go back to them now?');
  });

  it('handles ? for help, b to go back and re-vote, n for not applicable and s to skip', async () => {
    const said: string[] = [];
    const room = scripted(
      votes('?'),
      {
        ...votes('2 3 4'),
        // The help, then the question and its levels again, since the room votes on them.
        check: () => {
          expect(said.at(-3)).toContain('Look for leaders who use the same tools as their staff, every day.');
          expect(said.at(-2)).toContain('How confident are senior leaders');
          expect(said.at(-1)).toMatch(/^ {2}1 Initial: .+\n {2}2 /);
        },
      },
      agree('median'),
      discussion('Jo coaches the others'),
      nextQuestion,
      votes('b'),
      // Back at the first question: the saved votes are offered; re-vote; the old note is the default of the new one.
      { ...votes('4 4 4'), check: (o: InputOptions) => expect(o.default).toBe('2 3 4') },
      agree('median'),
      // A saved answer is replaced only after a yes, asked before the note so none is typed in vain.
      replace(true),
      { ...discussion(''), check: (o: InputOptions) => expect(o.default).toBe('Jo coaches the others') },
      nextQuestion,
      votes('na'),
      { input: 'Why does it not apply?', answer: '' },
      votes('skip'),
      goBackToSkipped(true),
      teamRound('1 1 2'),
    );
    const { doc, saved } = await workshop(helpful, room, { team: true, said });

    expect(room.find('Votes for')[0]!.message).toBe('Votes for Sam, Ali, Jo (1–4 each, - for none; s = skip, ? = help)');
    expect(room.find('Votes for')[4]!.message).toBe('Votes for Sam, Ali, Jo (1–4 each, - for none; n = not applicable, s = skip, b = back, ? = help)');
    expect(room.find('confirm').map((p) => p.message)).toEqual([
      'Replace the saved answer (level 3 Established, votes 2 3 4) with level 4 Leading, votes 4 4 4?',
      '1 question was skipped. Go back to it now?',
    ]);
    expect(said.join('\n').match(/How confident are senior leaders/g)).toHaveLength(3); // shown again after the help and after going back
    expect(doc.answers).toEqual({
      'people.skills': { level: 4, votes: { sam: 4, ali: 4, jo: 4 }, notes: 'Jo coaches the others' },
      'people.health': { notApplicable: true },
      'money.contracts': { level: 1, votes: { sam: 1, ali: 1, jo: 2 } },
    });
    expectEverySaveValid(saved, helpful);
  });

  it('refuses "n" where not applicable is not allowed and "?" where there is no help', async () => {
    const room = scripted(
      teamRound('1 2 3'),
      votes('2 2 2', [{ text: 'n', message: 'cannot be marked not applicable' }]),
      agree('median'),
      discussion(),
      nextQuestion,
      votes('s', [{ text: '?', message: 'no extra guidance' }]),
      votes('s'),
      goBackToSkipped(false),
    );
    const { doc } = await workshop(tiny, room, { team: true });
    expect(Object.keys(doc.answers!)).toEqual(['lead.vision', 'lead.cabinet']);
  });

  it('lets a level answer be chosen for a question that allows N/A, and records the agreed level even when it is not the median', async () => {
    const room = scripted(
      teamRound('0 0 0'),
      teamRound('0 0 0'),
      votes('0 4 4'),
      agree(0),
      discussion('Sam knows the data; we took his level'),
      { select: 'Anything to record', answer: choose('Add evidence') },
      { input: /^Evidence/, answer: 'Data-sharing register, 2026' },
      ...details.confidence('low'),
      nextQuestion,
      teamRound('4 4 3'),
    );
    const { doc, saved } = await workshop(tiny, room, { team: true });
    expect(doc.answers!['data.nhs']).toEqual({
      level: 0,
      votes: { sam: 0, ali: 4, jo: 4 },
      notes: 'Sam knows the data; we took his level',
      evidence: 'Data-sharing register, 2026',
      confidence: 'low',
    });
    expect(doc.answers!['data.protocol']).toEqual({ level: 4, votes: { sam: 4, ali: 4, jo: 3 } });
    expectEverySaveValid(saved, tiny);
  });
});

describe('resuming inside the flow', () => {
  it('starts at the given question and never touches the answers before it', async () => {
    const said: string[] = [];
    const earlier = {
      'lead.vision': { level: 2, notes: 'From last week', confidence: 'medium' as const },
      'lead.cabinet': { level: 4 },
    };
    const start: AnswersFile = { ...blank(tiny), answers: earlier };
    const room = scripted(
      { ...answer(NHS, 1), check: () => expect(said.join('\n')).toContain('Theme 2 of 2 · question 3 of 4') },
      nextQuestion,
      solo(PROTOCOL, 2),
    );
    const { doc, saved } = await workshop(tiny, room, { doc: start, said });
    expect(room.find(VISION)).toEqual([]);
    expect(room.find(NHS)[0]!.choices).toContain('Back to the previous question'); // back to the last saved answer
    for (const d of saved) {
      expect(d.answers!['lead.vision']).toEqual(earlier['lead.vision']);
      expect(d.answers!['lead.cabinet']).toEqual(earlier['lead.cabinet']);
    }
    expect(doc.answers).toEqual({ ...earlier, 'data.nhs': { level: 1 }, 'data.protocol': { level: 2 } });
    expect(saved).toHaveLength(2);
  });

  it('on Ctrl+C, stops at once with PromptCancelled, having saved every confirmed answer', async () => {
    const saved: AnswersFile[] = [];
    const room = scripted(solo(VISION, 3), answer(CABINET, 1), { cancel: true, message: 'Anything to record' });
    await expect(workshop(tiny, room, { saved })).rejects.toBeInstanceOf(PromptCancelled);
    room.assertDone();
    expect(saved.at(-1)!.answers).toEqual({ 'lead.vision': { level: 3 }, 'lead.cabinet': { level: 1 } });
  });
});

describe('the scripted prompter itself', () => {
  it('fails loudly when the flow shows a prompt the script did not expect', async () => {
    const room = scripted(answer(CABINET, 1));
    await expect(workshop(tiny, room)).rejects.toThrow(/expected select "Is there a cabinet member for digital\?", but the workshop showed select "Is there a written vision\?"/);
  });

  it('fails loudly when the script runs out, or is not played to the end', async () => {
    await expect(workshop(tiny, scripted(solo(VISION, 1)))).rejects.toThrow(/the script ran out: nothing scripted for select "Is there a cabinet member/);
    const leftover = scripted(solo(VISION, 1));
    await leftover.select({ message: VISION, choices: [{ value: 1, name: '1 Some: Draft' }] });
    expect(() => leftover.assertDone()).toThrow(/1 scripted step left, the next being select "Anything to record/);
  });

  it('refuses a choice that is not offered and a typed answer that validate would refuse', async () => {
    await expect(workshop(tiny, scripted({ select: VISION, answer: level(7) }))).rejects.toThrow(/no choices match/);
    await expect(workshop(tiny, scripted(votes('1 2')), { team: true })).rejects.toThrow(/would be refused \("Enter 3 votes/);
  });
});
