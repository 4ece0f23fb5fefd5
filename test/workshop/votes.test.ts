// Quick vote entry, the reveal chart, and turning --team into respondents: pure functions.
import { describe, expect, it } from 'vitest';
import type { Scale } from '../../src/core/framework.js';
import { defaultAnswersFileName, parseTeamOption, respondentsFromNames } from '../../src/core/answers-document.js';
import { ABSTAIN, parseVoteEntry, voteChart } from '../../src/workshop/votes.js';
import { DISAGREEMENT_SPREAD } from '../../src/core/answers.js';

const zeroToFour: Scale = {
  min: 0,
  max: 4,
  levels: ['None', 'Some', 'Half', 'Most', 'All'].map((label, level) => ({ level, label })),
};
const oneToThree: Scale = {
  min: 1,
  max: 3,
  levels: [
    { level: 1, label: 'Initial' },
    { level: 2, label: 'Developing' },
    { level: 3, label: 'Established' },
  ],
};
const team = [
  { id: 'sam', name: 'Sam' },
  { id: 'ali', name: 'Ali' },
  { id: 'jo', name: 'Jo' },
];
const everything = { notApplicable: true, back: true, help: true };
const nothing = { notApplicable: false, back: false, help: false };

describe('parseVoteEntry', () => {
  it.each([
    ['3 4 2', { sam: 3, ali: 4, jo: 2 }],
    ['  3   4 2 ', { sam: 3, ali: 4, jo: 2 }],
    ['3,4,2', { sam: 3, ali: 4, jo: 2 }],
    ['3, 4, 2', { sam: 3, ali: 4, jo: 2 }],
    ['0 0 4', { sam: 0, ali: 0, jo: 4 }],
    ['3 - 2', { sam: 3, jo: 2 }],
    ['- - 1', { jo: 1 }],
  ])('reads %j as one vote per person, in order', (text, votes) => {
    expect(parseVoteEntry(text, team, zeroToFour, everything)).toEqual({ kind: 'votes', votes });
  });

  it.each([
    ['3 4', 'Enter 3 votes, one for each person in order (Sam, Ali, Jo), each 0 to 4, or - for no vote.'],
    ['3 4 2 1', 'Enter 3 votes, one for each person in order (Sam, Ali, Jo), each 0 to 4, or - for no vote.'],
    ['', 'Enter 3 votes, one for each person in order (Sam, Ali, Jo), each 0 to 4, or - for no vote.'],
    ['3 4 5', '"5" is not a level: each vote must be 0 to 4, or - for no vote.'],
    ['-1 4 2', '"-1" is not a level: each vote must be 0 to 4, or - for no vote.'],
    ['3 4 2.0', '"2.0" is not a level: each vote must be 0 to 4, or - for no vote.'],
    ['3 four 2', '"four" is not a level: each vote must be 0 to 4, or - for no vote.'],
    ['3 +4 2', '"+4" is not a level: each vote must be 0 to 4, or - for no vote.'],
    ['- - -', 'At least one person must vote.'],
  ])('refuses %j with a message saying what to type', (text, message) => {
    expect(parseVoteEntry(text, team, zeroToFour, everything)).toEqual({ kind: 'invalid', message });
  });

  it('checks votes against the scale of the framework, not 0-4', () => {
    expect(parseVoteEntry('1 3 2', team, oneToThree, nothing)).toEqual({ kind: 'votes', votes: { sam: 1, ali: 3, jo: 2 } });
    expect(parseVoteEntry('0 3 2', team, oneToThree, nothing)).toEqual({
      kind: 'invalid',
      message: '"0" is not a level: each vote must be 1 to 3, or - for no vote.',
    });
  });

  it('names people without a name by their id', () => {
    const result = parseVoteEntry('1', [{ id: 'ceo' }, { id: 'cio', name: 'Ali' }], oneToThree, nothing);
    expect(result).toEqual({ kind: 'invalid', message: 'Enter 2 votes, one for each person in order (ceo, Ali), each 1 to 3, or - for no vote.' });
  });

  it.each([
    ['b', 'back'],
    ['back', 'back'],
    ['B', 'back'],
    ['s', 'skip'],
    [' skip ', 'skip'],
    ['n', 'not-applicable'],
    ['na', 'not-applicable'],
    ['N/A', 'not-applicable'],
    ['?', 'help'],
    ['h', 'help'],
    ['help', 'help'],
  ])('reads %j as the %s command when it is open', (text, command) => {
    expect(parseVoteEntry(text, team, zeroToFour, everything)).toEqual({ kind: 'command', command });
  });

  it('refuses a command that is not open at this question, saying why', () => {
    expect(parseVoteEntry('n', team, zeroToFour, nothing)).toEqual({ kind: 'invalid', message: 'This question cannot be marked not applicable.' });
    expect(parseVoteEntry('b', team, zeroToFour, nothing)).toEqual({
      kind: 'invalid',
      message: 'This is the first question: there is nothing to go back to.',
    });
    expect(parseVoteEntry('?', team, zeroToFour, nothing)).toEqual({ kind: 'invalid', message: 'This question has no extra guidance.' });
    // Skipping is always open.
    expect(parseVoteEntry('s', team, zeroToFour, nothing)).toEqual({ kind: 'command', command: 'skip' });
  });

  it('uses "-" for an abstention and flags a spread of two levels', () => {
    expect(ABSTAIN).toBe('-');
    expect(DISAGREEMENT_SPREAD).toBe(2);
  });
});

describe('voteChart', () => {
  it('draws one row per level, a bar per vote and the names of who chose it', () => {
    expect(voteChart({ sam: 3, ali: 4, jo: 3 }, team, zeroToFour)).toEqual([
      '0 None │',
      '1 Some │',
      '2 Half │',
      '3 Most │ ████ Sam, Jo',
      '4 All  │ ██ Ali',
    ]);
  });

  it('leaves out people who did not vote, and pads labels to the longest', () => {
    expect(voteChart({ jo: 1 }, team, oneToThree)).toEqual(['1 Initial     │ ██ Jo', '2 Developing  │', '3 Established │']);
  });

  it('shows people without a name by their id', () => {
    expect(voteChart({ ceo: 2, cio: 2 }, [{ id: 'ceo' }, { id: 'cio', name: 'Ali' }], oneToThree)).toEqual([
      '1 Initial     │',
      '2 Developing  │ ████ ceo, Ali',
      '3 Established │',
    ]);
  });
});

describe('--team names', () => {
  it('splits on commas, trims, drops empties and reads optional roles after a colon', () => {
    expect(parseTeamOption('Sam,Ali,Jo')).toEqual([{ name: 'Sam' }, { name: 'Ali' }, { name: 'Jo' }]);
    expect(parseTeamOption(' Sam Jones:Chief Executive , Ali:CIO: digital ,, Jo ,')).toEqual([
      { name: 'Sam Jones', role: 'Chief Executive' },
      { name: 'Ali', role: 'CIO: digital' },
      { name: 'Jo' },
    ]);
    expect(parseTeamOption('Sam:')).toEqual([{ name: 'Sam' }]);
    expect(parseTeamOption(':Chief Executive, ,')).toEqual([]);
  });

  it('makes safe, unique respondent ids from names', () => {
    expect(
      respondentsFromNames([
        { name: 'Sam Jones', role: 'Chief Executive' },
        { name: 'sam jones' },
        { name: 'Jo O’Brien' },
        { name: '李' },
        { name: 'Sam-Jones' },
      ]),
    ).toEqual([
      { id: 'sam-jones', name: 'Sam Jones', role: 'Chief Executive' },
      { id: 'sam-jones-2', name: 'sam jones' },
      { id: 'jo-o-brien', name: 'Jo O’Brien' },
      { id: 'person-4', name: '李' },
      { id: 'sam-jones-3', name: 'Sam-Jones' },
    ]);
  });

  it('gives ids an answers file accepts as votes keys', () => {
    for (const r of respondentsFromNames(parseTeamOption('Dr. Émile Zola, ---, 9 Lives, Ali'))) {
      expect(r.id).toMatch(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/);
    }
  });
});

// BUG (src/core/answers-document.ts, respondentsFromNames and defaultAnswersFileName): NFKD splits
// "â" into "a" + a combining accent, and the accent then becomes a hyphen: "Siân" → "sia-n",
// "Ynys Môn County Council" → "ynys-mo-n-county-council-….yaml". Welsh and Gaelic names are common
// in UK councils. Fix: drop the combining marks after normalising, e.g.
//   name.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[^a-z0-9]+/g, '-')…
it('turns accented letters into plain ones, not hyphens (Siân → sian, Ynys Môn → ynys-mon)', () => {
  expect(respondentsFromNames([{ name: 'Siân' }])[0]!.id).toBe('sian');
  expect(defaultAnswersFileName('Ynys Môn County Council', '2026-11-21')).toBe('ynys-mon-county-council-2026-11-21.yaml');
});

describe('default answers file name', () => {
  it('is the organisation and the date', () => {
    expect(defaultAnswersFileName('Example Borough Council', '2026-11-21')).toBe('example-borough-council-2026-11-21.yaml');
    expect(defaultAnswersFileName("King's Lynn & West Norfolk", '2026-11-21')).toBe('king-s-lynn-west-norfolk-2026-11-21.yaml');
    expect(defaultAnswersFileName('???', '2026-11-21')).toBe('assessment-2026-11-21.yaml');
  });
});
