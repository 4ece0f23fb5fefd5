// Answering alone (src/workshop/round.ts through the questions step, with the solo ballot box),
// branch by branch, driven by the scripted prompter. Each test reads like the transcript of a
// session: what was asked, what was answered, what was shown and what was saved after every answer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Framework } from '../../src/core/framework.js';
import type { AnswersFile } from '../../src/core/schema.js';
import { choose, scripted } from '../support/scripted-prompter.js';
import {
  HELPFUL,
  TINY,
  answer,
  back,
  details,
  expectValid,
  goBackToSkipped,
  help,
  loadFramework,
  nextQuestion,
  notApplicable,
  replace,
  skip,
  solo,
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
      expect.objectContaining({ message: 'Replace the saved answer (level 2 Half) with level 3 Most?', default: false, answer: true }),
    ]);
    // Going back within the theme does not introduce it again.
    expect(screen.match(/Theme 1 of 2: Leadership/g)).toHaveLength(1);
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
    // What Enter does is said as it is: nothing to keep yet, or a note to keep or remove.
    expect(room.find(/^Note/).map((p) => p.message)).toEqual(['Note (optional; Enter to skip)', 'Note (Enter keeps it as it is; Backspace, then Enter, removes it)']);
    expect(room.find(/^Evidence/).map((p) => p.message)).toEqual(['Evidence (optional; Enter to skip)', 'Evidence (Enter keeps it as it is; Backspace, then Enter, removes it)']);

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
