// The workshop walk-through (src/workshop/flow.ts), branch by branch, driven by the scripted
// prompter. Each test reads like the transcript of a session: what was asked, what the room
// answered, what was shown and what was saved after every answer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Framework } from '../../src/core/framework.js';
import type { AnswersFile } from '../../src/core/schema.js';
import type { InputOptions } from '../../src/prompts/prompter.js';
import { PromptCancelled } from '../../src/prompts/prompter.js';
import { durationLine, introductionText } from '../../src/workshop/steps/introduction.js';
import { Chalk } from 'chalk';
import { choose, scripted } from '../helpers/scripted-prompter.js';
import {
  HELPFUL,
  TEAM,
  TINY,
  agree,
  answer,
  back,
  blank,
  details,
  discussion,
  expectValid,
  goBackToSkipped,
  help,
  level,
  loadFramework,
  nextQuestion,
  notApplicable,
  replace,
  skip,
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

const plain = new Chalk({ level: 0 });

function expectEverySaveValid(saved: AnswersFile[], framework: Framework): void {
  for (const doc of saved) expectValid(doc, framework);
}

describe('solo walk-through', () => {
  it('asks every question with its full level descriptors, shows themes and progress, and saves after every answer', async () => {
    const room = scripted(solo(VISION, 2), solo(CABINET, 3), solo(NHS, 1), solo(PROTOCOL, 4));
    const { doc, saved, screen } = await workshop(tiny, room);

    const [vision, , cabinet, , nhs, , protocol] = room.prompts;
    expect(vision).toMatchObject({ kind: 'select', message: VISION });
    expect(vision!.choices).toEqual([
      '0 None: No vision',
      '1 Some: Draft',
      '2 Half: Agreed',
      '3 Most: Published',
      '4 All: Reviewed yearly',
      'Skip for now',
    ]);
    expect(vision!.default).toBeUndefined();
    // From the second question on, the room can go back.
    expect(cabinet!.choices).toEqual([
      '0 None: No',
      '1 Some: Informal',
      '2 Half: Named',
      '3 Most: Reports yearly',
      '4 All: Reports twice a year',
      'Skip for now',
      'Back to the previous question',
    ]);
    // "Not applicable" only where the framework allows it.
    expect(nhs!.choices).toContain('Not applicable to our council');
    for (const p of [vision, cabinet, protocol]) expect(p!.choices!.join('\n')).not.toMatch(/not applicable/i);
    // No help choice when the question has none.
    expect(room.find('select').flatMap((p) => p.choices!).some((c) => c.startsWith('Help'))).toBe(false);

    // The optional details menu after each answer; Enter moves on.
    const menu = room.find('Anything to record for this question?');
    expect(menu).toHaveLength(4);
    expect(menu[0]).toMatchObject({
      choices: ['Next question', 'Add a note', 'Add evidence (a document, link or example)', 'Set how well evidenced this is'],
      default: 'next',
      defaultName: 'Next question',
    });

    // Theme headers once per theme, progress before every question.
    expect(screen.match(/Theme 1 of 2: Leadership/g)).toHaveLength(1);
    expect(screen.match(/Theme 2 of 2: Data sharing/g)).toHaveLength(1);
    expect(screen).toContain('Theme 1 of 2 · question 1 of 4');
    expect(screen).toContain('Theme 1 of 2 · question 2 of 4');
    expect(screen).toContain('Theme 2 of 2 · question 3 of 4');
    expect(screen).toContain('Theme 2 of 2 · question 4 of 4');
    expect(screen.indexOf('Theme 2 of 2: Data sharing')).toBeGreaterThan(screen.indexOf('question 2 of 4'));
    // Nothing is skipped, so there is no offer to go back to skipped questions.
    expect(room.find('confirm')).toEqual([]);

    // One save per answer, each a complete valid file, answers in framework order.
    expect(saved.map((d) => d.answers)).toEqual([
      { 'lead.vision': { level: 2 } },
      { 'lead.vision': { level: 2 }, 'lead.cabinet': { level: 3 } },
      { 'lead.vision': { level: 2 }, 'lead.cabinet': { level: 3 }, 'data.nhs': { level: 1 } },
      { 'lead.vision': { level: 2 }, 'lead.cabinet': { level: 3 }, 'data.nhs': { level: 1 }, 'data.protocol': { level: 4 } },
    ]);
    expectEverySaveValid(saved, tiny);
    expect(doc).toEqual(saved.at(-1));
    expect(doc.organisation).toBe('Testshire County Council');
  });

  it('marks a question not applicable with a reason, and asks no details for it', async () => {
    const room = scripted(
      solo(VISION, 1),
      solo(CABINET, 1),
      notApplicable(NHS, '  District council without social care  '),
      solo(PROTOCOL, 2),
    );
    const { doc, saved } = await workshop(tiny, room);

    expect(room.messages).toEqual([
      VISION, 'Anything to record for this question?',
      CABINET, 'Anything to record for this question?',
      NHS, 'Why does it not apply? (optional; Enter to skip)',
      PROTOCOL, 'Anything to record for this question?',
    ]);
    expect(doc.answers!['data.nhs']).toEqual({ notApplicable: true, reason: 'District council without social care' });
    expect(saved).toHaveLength(4);
    expect(saved[2]!.answers!['data.nhs']).toEqual({ notApplicable: true, reason: 'District council without social care' });
    expectEverySaveValid(saved, tiny);
  });

  it('leaves the reason out when Enter is pressed at it', async () => {
    const room = scripted(solo(VISION, 1), solo(CABINET, 1), notApplicable(NHS, ''), solo(PROTOCOL, 2));
    const { doc } = await workshop(tiny, room);
    expect(doc.answers!['data.nhs']).toEqual({ notApplicable: true });
  });

  it('offers the skipped questions again at the end, and walks through them', async () => {
    const said: string[] = [];
    const room = scripted(
      skip(VISION),
      solo(CABINET, 2),
      skip(NHS),
      solo(PROTOCOL, 3),
      goBackToSkipped(true),
      {
        ...answer(VISION, 1),
        // Back to the first skipped question: its theme is shown again, with its place in the whole framework.
        check: () => expect(said.slice(-2).join('\n')).toMatch(/Theme 1 of 2: Leadership[\s\S]*question 1 of 4/),
      },
      nextQuestion,
      solo(NHS, 0),
    );
    const { doc, saved } = await workshop(tiny, room, { said });

    expect(room.find('confirm')).toEqual([
      expect.objectContaining({ message: '2 questions were skipped. Go back to them now?', default: true, answer: true }),
    ]);
    const visionAgain = room.find(VISION)[1]!;
    expect(visionAgain.choices).not.toContain('Back to the previous question'); // first of the skipped ones
    expect(room.find(NHS)[1]!.choices).toContain('Back to the previous question');
    expect(doc.answers).toEqual({
      'lead.vision': { level: 1 },
      'lead.cabinet': { level: 2 },
      'data.nhs': { level: 0 },
      'data.protocol': { level: 3 },
    });
    expect(saved).toHaveLength(4); // skipping saves nothing
    expectEverySaveValid(saved, tiny);
  });

  it('finishes with the skipped question unanswered when the room declines to go back', async () => {
    const room = scripted(skip(VISION), solo(CABINET, 2), solo(NHS, 2), solo(PROTOCOL, 2), goBackToSkipped(false));
    const { doc, saved } = await workshop(tiny, room);
    expect(room.find('confirm')[0]!.message).toBe('1 question was skipped. Go back to it now?');
    expect(Object.keys(doc.answers!)).toEqual(['lead.cabinet', 'data.nhs', 'data.protocol']);
    expect(saved).toHaveLength(3);
  });

  it('offers the skipped questions only once', async () => {
    const room = scripted(skip(VISION), solo(CABINET, 2), solo(NHS, 2), solo(PROTOCOL, 2), goBackToSkipped(true), skip(VISION));
    const { doc } = await workshop(tiny, room);
    expect(room.find('confirm')).toHaveLength(1);
    expect(doc.answers!['lead.vision']).toBeUndefined();
  });

  it('shows the help on request, then asks the same question again', async () => {
    const said: string[] = [];
    const SKILLS = 'How confident are senior leaders with digital tools?';
    const room = scripted(
      help(SKILLS),
      {
        ...answer(SKILLS, 3),
        check: () => expect(said.at(-1)).toContain('Look for leaders who use the same tools as their staff, every day.'),
      },
      nextQuestion,
      help('jointly with health partners'),
      notApplicable('jointly with health partners', 'No social care'),
      solo('technology contracts', 2),
    );
    const { doc, screen } = await workshop(helpful, room, { said });

    expect(room.find(SKILLS)).toHaveLength(2);
    expect(room.find(SKILLS)[0]!.choices).toEqual([
      '1 Initial: Leaders avoid digital tools.',
      '2 Developing: Some leaders use them.',
      '3 Established: Most leaders use them every day.',
      '4 Leading: Leaders coach others in using them.',
      'Help: why this matters and what evidence shows',
      'Skip for now',
    ]);
    expect(screen).toContain('District councils without social care may answer not applicable.');
    // A question without help offers none.
    expect(room.find('technology contracts')[0]!.choices!.some((c) => c.startsWith('Help'))).toBe(false);
    // Each theme: its title and why it matters.
    expect(screen).toContain('Theme 1 of 2: People and skills\nStaff copy what leaders do, so skills start at the top.');
    expect(screen).toContain('Theme 2 of 2: Money and contracts\nLong, large contracts lock councils in.');
    expect(doc.answers).toEqual({
      'people.skills': { level: 3 },
      'people.health': { notApplicable: true, reason: 'No social care' },
      'money.contracts': { level: 2 },
    });
  });
});

describe('going back to change the previous answer', () => {
  it('goes back, shows the saved answer as the default, and replaces it after a yes', async () => {
    const room = scripted(
      solo(VISION, 2),
      back(CABINET),
      answer(VISION, 3),
      replace(true),
      nextQuestion,
      solo(CABINET, 1),
      solo(NHS, 1),
      solo(PROTOCOL, 1),
    );
    const { doc, saved, screen } = await workshop(tiny, room);

    const again = room.find(VISION)[1]!;
    expect(again.defaultName).toBe('2 Half: Agreed');
    expect(again.choices).toContain('Keep the saved answer (level 2 Half)');
    expect(again.choices).not.toContain('Skip for now');
    expect(again.choices).not.toContain('Back to the previous question'); // it is the first question
    expect(room.find('confirm')).toEqual([
      expect.objectContaining({ message: 'Replace the saved answer (level 2 Half) with level 3 Most?', default: true, answer: true }),
    ]);
    // Going back shows the theme again.
    expect(screen.match(/Theme 1 of 2: Leadership/g)).toHaveLength(2);
    expect(saved.map((d) => d.answers!['lead.vision'])).toEqual([{ level: 2 }, { level: 3 }, { level: 3 }, { level: 3 }, { level: 3 }]);
    expect(doc.answers!['lead.vision']).toEqual({ level: 3 });
    expectEverySaveValid(saved, tiny);
  });

  it('keeps the saved answer after a no, asks again, and "Keep the saved answer" moves on without saving', async () => {
    const room = scripted(
      solo(VISION, 2),
      back(CABINET),
      answer(VISION, 4),
      replace(false),
      { select: VISION, answer: choose('Keep the saved answer (level 2 Half)') },
      solo(CABINET, 0),
      solo(NHS, 0),
      solo(PROTOCOL, 0),
    );
    const { doc, saved } = await workshop(tiny, room);
    expect(room.find(VISION)).toHaveLength(3);
    expect(doc.answers!['lead.vision']).toEqual({ level: 2 });
    expect(saved.every((d) => d.answers!['lead.vision']!.level === 2)).toBe(true);
    expect(saved).toHaveLength(4); // the refused change and the kept answer save nothing
  });

  it('asks nothing when the same level is chosen again', async () => {
    const room = scripted(solo(VISION, 2), back(CABINET), solo(VISION, 2), solo(CABINET, 1), solo(NHS, 1), solo(PROTOCOL, 1));
    await workshop(tiny, room);
    expect(room.find('confirm')).toEqual([]);
  });

  it('keeps notes, evidence and confidence when the level changes, and asks before turning it not applicable', async () => {
    const room = scripted(
      solo(VISION, 1),
      solo(CABINET, 1),
      answer(NHS, 2),
      ...details.note('Shared care records pilot'),
      ...details.confidence('low'),
      nextQuestion,
      back(PROTOCOL),
      answer(NHS, 3),
      replace(true),
      nextQuestion,
      back(PROTOCOL),
      notApplicable(NHS, 'The trust left the partnership'),
      replace(true),
      solo(PROTOCOL, 1),
    );
    const { doc, saved } = await workshop(tiny, room);
    expect(room.find('confirm').map((p) => p.message)).toEqual([
      'Replace the saved answer (level 2 Half) with level 3 Most?',
      'Replace the saved answer (level 3 Most) with not applicable?',
    ]);
    expect(saved.map((d) => d.answers!['data.nhs'])).toContainEqual({ level: 3, notes: 'Shared care records pilot', confidence: 'low' });
    expect(doc.answers!['data.nhs']).toEqual({ notApplicable: true, reason: 'The trust left the partnership' });
    // Turning a level into N/A drops the level's notes and confidence: the reason replaces them.
    expect(room.find('Why does it not apply?')[0]!.default).toBeUndefined();
    expectEverySaveValid(saved, tiny);
  });

  it('defaults to "Not applicable" when coming back to a question answered not applicable', async () => {
    const room = scripted(
      solo(VISION, 1),
      solo(CABINET, 1),
      notApplicable(NHS, 'Unitary without NHS links'),
      back(PROTOCOL),
      { select: NHS, answer: choose('Keep the saved answer (not applicable)') },
      solo(PROTOCOL, 1),
    );
    await workshop(tiny, room);
    expect(room.find(NHS)[1]!.defaultName).toBe('Not applicable to our council');
  });
});

describe('notes, evidence and confidence', () => {
  it('records each through the details menu, saving after each change', async () => {
    const said: string[] = [];
    const room = scripted(
      answer(VISION, 2),
      ...details.note('Agreed at cabinet in March 2026 after a long consultation'),
      ...details.evidence('https://example.gov.uk/vision'),
      ...details.confidence('high'),
      // Enter at the note keeps it as it is.
      ...details.note(''),
      // Clearing the evidence (Backspace, then Enter) removes it.
      { select: 'Anything to record', answer: choose('Edit the evidence') },
      { input: /^Evidence/, answer: '', clearDefault: true },
      nextQuestion,
      solo(CABINET, 1),
      solo(NHS, 1),
      solo(PROTOCOL, 1),
    );
    const { doc, saved } = await workshop(tiny, room, { said });

    const menus = room.find('Anything to record for this question?');
    expect(menus[1]!.choices).toEqual([
      'Next question',
      'Edit the note ("Agreed at cabinet in March 20…")',
      'Add evidence (a document, link or example)',
      'Set how well evidenced this is',
    ]);
    expect(menus[3]!.choices).toEqual([
      'Next question',
      'Edit the note ("Agreed at cabinet in March 20…")',
      'Edit the evidence ("https://example.gov.uk/vision")',
      'Set how well evidenced this is (now high)',
    ]);
    const confidence = room.find('How well evidenced is this level?')[0]!;
    expect(confidence.choices).toEqual(['low', 'medium', 'high']);
    expect(confidence.default).toBe('medium');
    expect(room.find(/^Note/)[1]!.default).toBe('Agreed at cabinet in March 2026 after a long consultation');

    expect(saved.slice(0, 6).map((d) => d.answers!['lead.vision'])).toEqual([
      { level: 2 },
      { level: 2, notes: 'Agreed at cabinet in March 2026 after a long consultation' },
      { level: 2, notes: 'Agreed at cabinet in March 2026 after a long consultation', evidence: 'https://example.gov.uk/vision' },
      { level: 2, notes: 'Agreed at cabinet in March 2026 after a long consultation', evidence: 'https://example.gov.uk/vision', confidence: 'high' },
      { level: 2, notes: 'Agreed at cabinet in March 2026 after a long consultation', evidence: 'https://example.gov.uk/vision', confidence: 'high' },
      { level: 2, notes: 'Agreed at cabinet in March 2026 after a long consultation', confidence: 'high' },
    ]);
    expect(doc.answers!['lead.vision']).toEqual({ level: 2, notes: 'Agreed at cabinet in March 2026 after a long consultation', confidence: 'high' });
    expect(saved).toHaveLength(9);
    expectEverySaveValid(saved, tiny);
  });
});

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
    // Votes are saved the moment they are in (once shown they are no longer blind), then the
    // agreed level, then the note when there is one; not applicable waits for its reason.
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
        check: () => expect(said.at(-1)).toContain('Look for leaders who use the same tools as their staff, every day.'),
      },
      agree('median'),
      discussion('Jo coaches the others'),
      nextQuestion,
      votes('b'),
      // Back at the first question: re-vote; the old note is the default of the new one.
      votes('4 4 4'),
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
      'Replace the saved answer (level 3 Established) with level 4 Leading?',
      '1 question was skipped. Go back to it now?',
    ]);
    expect(said.join('\n').match(/How confident are senior leaders/g)).toHaveLength(2); // asked again after going back
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

describe('introduction', () => {
  it('gives the title, what it is based on, the scale, the size and the target', () => {
    const text = introductionText(helpful, blank(helpful), [], plain);
    expect(text).toContain('Helpful test framework (version 1.0.0)');
    expect(text).toContain('For: Testshire County Council');
    expect(text).toContain('Three questions with guidance, for testing the walk-through.');
    expect(text).toContain('Based on\n  The workshop guide, Test Council (2025)\n  A position paper');
    expect(text).toContain('The scale\n  1 Initial: Nothing agreed yet.\n  2 Developing\n  3 Established\n  4 Leading: Others learn from us.');
    expect(text).toContain('2 themes, 3 questions. The target is level 3 (Established).');
    expect(text).toContain('For each question, choose the level that describes your council today.');
    expect(text).toContain('stop with Ctrl+C at any time: every answer is saved as you go');
  });

  it('states the rule for choosing a level and how long the questions take at two minutes each', () => {
    const text = introductionText(helpful, blank(helpful), [], plain);
    expect(text).toContain(
      'The scale\n  1 Initial: Nothing agreed yet.\n  2 Developing\n  3 Established\n  4 Leading: Others learn from us.\n' +
        'How to choose: Choose the highest level whose description is fully true today; if only part of it is true, choose the level below.',
    );
    expect(text).toContain('2 themes, 3 questions. The target is level 3 (Established).\n3 questions: about 6 minutes at two minutes a question.');
    // Carrying on: the time for the questions still to answer.
    expect(introductionText(helpful, blank(helpful), [], plain, 1)).toContain('1 question to go: about 2 minutes at two minutes a question.');
    expect(introductionText(helpful, blank(helpful), [], plain, 0)).not.toContain('to go');
    expect(durationLine(38)).toBe('38 questions: about 1 hour 16 minutes at two minutes a question.');
  });

  it('names the team and explains the vote-then-reveal in workshop mode', () => {
    const text = introductionText(tiny, blank(tiny, TEAM), TEAM, plain);
    expect(text).toContain('Team: Sam, Ali, Jo. For each question, everyone votes first; then the votes are shown and the room agrees a level.');
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
