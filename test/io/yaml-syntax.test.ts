// YAML mistakes as a council officer writing a framework makes them, and what dma says: each
// message word for word, at its line and column (src/io/yaml-messages.ts, yaml-syntax.ts and
// yaml-duplicates.ts). The first seven are the ones a tester met, with what they needed.
import { describe, expect, it } from 'vitest';
import { parseYamlText } from '../../src/io/yaml-source.js';
import { at, dataErrorOf } from '../core/validation-support.js';

/** The problems dma gives for a text, as `line:column: message`. */
function problems(text: string): string[] {
  const error = dataErrorOf(() => parseYamlText('fw.yaml', text));
  return error.problems.map(at);
}

/** A question with levels 1 to 3, the middle one written as given; line 9 is level 2. */
function levels(middle: string): string {
  return `themes:
  - id: scrutiny
    title: Scrutiny
    questions:
      - id: remit
        text: Does scrutiny look at digital?
        levels:
          1: No committee looks at digital
${middle}
          3: A committee reviews digital every year
`;
}

/** Two questions; `broken` is line 8 (level 2 of the first). Lines 9 to 16 are sound. */
function twoQuestions(broken: string): string {
  return `themes:
  - id: lead
    title: Leadership
    questions:
      - id: vision
        text: Is there a vision?
        levels:
${broken}
          1: None
          3: Published
      - id: cabinet
        text: Is there a cabinet member for digital?
        levels:
          1: No
          2: Named
          3: Reports yearly
`;
}

const KNOCK_ONS = (n: number) => `… and ${n} more problem${n === 1 ? '' : 's'} after it, which may follow from it: fix it first, then check again`;

describe('the mistakes the tester met', () => {
  it('a colon and a space inside a value', () => {
    expect(problems(levels("          2: Remit: a committee's remit names digital"))).toEqual([
      "9:14: this text contains ': ' (a colon and a space), which YAML reads as a new key: put the whole text in quotes",
    ]);
  });

  it('a long help without >-, whose next line has a colon and a space', () => {
    const text = `themes:
  - id: lead
    questions:
      - id: scrutiny
        text: Does scrutiny look at digital?
        help: Why this matters, and what shows each level of it in practice.
          Counts: for 1, a note in the minutes.
        levels: { 1: a, 2: b }
`;
    expect(problems(text)).toEqual([
      "6:15: this text goes on to the next line, where ': ' (a colon and a space) makes YAML read it as a key: start a long text with '>-' on the line of its key ('help: >-'), or put it in quotes",
    ]);
  });

  it('a text that starts with a quote and goes on after it', () => {
    const text = `themes:
  - id: lead
    questions:
      - id: platforms
        text: "Use national platforms first" goes into the digital strategy
`;
    expect(problems(text)).toEqual([
      '5:46: text that starts with a quote must end with it: put the whole text in quotes, or start it without one',
    ]);
  });

  it("a list item without its '- ': the repeated key, where it first was, and the hint", () => {
    const text = `themes:
  - id: lead
    questions:
      - id: vision
        text: Is there a vision?
        help: Why it matters.
        levels: { 1: a, 2: b }
        id: cabinet
        text: Is there a cabinet member for digital?
        help: Why it matters.
        levels: { 1: a, 2: b }
`;
    expect(problems(text)).toEqual([
      `8:9: the key "id" appears twice in this map (first at line 4), as do "text", "help" and "levels": each item of a list starts with '- ', so put '- ' before "id" if a new item starts here`,
    ]);
  });

  it('a level written twice', () => {
    expect(problems(levels('          2: Named\n          2: Agreed'))).toEqual(['10:11: the key "2" appears twice in this map (first at line 9)']);
  });

  it('a non-breaking space pasted at the start of a line: named, then its knock-ons counted', () => {
    expect(problems(twoQuestions('\u00a0         2: Draft'))).toEqual([
      '8:1: line 8 starts with a non-breaking space (often pasted from Word): replace it with ordinary spaces',
      `8:1: ${KNOCK_ONS(4)}`,
    ]);
  });

  it('a tab as indentation: named in plain words, then its knock-ons counted', () => {
    expect(problems(twoQuestions('\t  2: Draft'))).toEqual([
      '8:1: this line is indented with a tab, and YAML allows only spaces: replace the tab with spaces',
      `8:1: ${KNOCK_ONS(4)}`,
    ]);
  });
});

describe('knock-on errors', () => {
  it('a problem later on that does not follow from the first is still shown, after the count', () => {
    const text = twoQuestions('\t  2: Draft').replace('          2: Named', '          2: Named: by the Leader');
    expect(problems(text)).toEqual([
      '8:1: this line is indented with a tab, and YAML allows only spaces: replace the tab with spaces',
      `8:1: ${KNOCK_ONS(4)}`,
      "15:14: this text contains ': ' (a colon and a space), which YAML reads as a new key: put the whole text in quotes",
    ]);
  });

  it('two independent problems are both shown, with no count', () => {
    const text = twoQuestions('          2: Draft: not agreed').replace('          2: Named', '          2: Named: by the Leader');
    expect(problems(text)).toEqual([
      "8:14: this text contains ': ' (a colon and a space), which YAML reads as a new key: put the whole text in quotes",
      "15:14: this text contains ': ' (a colon and a space), which YAML reads as a new key: put the whole text in quotes",
    ]);
  });

  it('each line indented with a pasted space is named, however many knock-ons there are', () => {
    const text = twoQuestions('\u00a0         2: Draft').replace('          2: Named', '\u2003         2: Named');
    const found = problems(text);
    expect(found[0]).toBe('8:1: line 8 starts with a non-breaking space (often pasted from Word): replace it with ordinary spaces');
    expect(found).toContain('15:1: line 15 starts with a special space (U+2003) (often pasted from Word): replace it with ordinary spaces');
  });

  it('a pasted space after a list dash or a colon is named too', () => {
    expect(problems('themes:\n  -\u00a0id: lead\n    title: Lead\n')).toEqual([
      '2:4: line 2 has a non-breaking space in its indentation (often pasted from Word): replace it with ordinary spaces',
    ]);
    expect(problems('id:\u00a0mini\ntitle: Mini\n')).toEqual([
      "1:4: line 1 has a non-breaking space after ':' (often pasted from Word): replace it with an ordinary space",
    ]);
  });

  it('a non-breaking space inside a text is no problem', () => {
    expect(parseYamlText('fw.yaml', 'title: Digital\u00a0leadership\n').data).toEqual({ title: 'Digital\u00a0leadership' });
  });

  it('several errors on one line are one problem', () => {
    expect(problems('themes:\n  - id: lead\n    title: - Leadership\n')).toEqual([
      "3:12: '- ' after a key starts a list, which must begin on the next line: if this is text, put the whole text in quotes",
    ]);
  });
});

describe('duplicate keys', () => {
  it('a key three times: each repeat says how many times, and where the first was', () => {
    expect(problems(levels('          2: Named\n          2: Agreed\n          2: Signed'))).toEqual([
      '10:11: the key "2" appears twice in this map (first at line 9)',
      '11:11: the key "2" appears 3 times in this map (first at line 9)',
    ]);
  });

  it('keys repeated at the top of the file get no list hint', () => {
    expect(problems('id: one\ntitle: One\nid: two\ntitle: Two\n')).toEqual([
      '3:1: the key "id" appears twice in this map (first at line 1)',
      '4:1: the key "title" appears twice in this map (first at line 2)',
    ]);
  });

  it('one repeated key in a list item gets no list hint', () => {
    expect(problems('scale:\n  - { level: 1, label: One, label: Low }\n')).toEqual(['2:29: the key "label" appears twice in this map (first at line 2)']);
  });

  it('a long or odd key is shown on one line and cut short', () => {
    const key = `"${'k'.repeat(50)}\\u202e"`;
    expect(problems(`a:\n  ${key}: 1\n  ${key}: 2\n`)).toEqual([`3:3: the key "${'k'.repeat(40)}…" appears twice in this map (first at line 2)`]);
  });
});

describe('other common mistakes, in plain words', () => {
  const cases: Array<[what: string, text: string, expected: string]> = [
    ['a quote never closed: at the opening quote, not the end of the file', 'id: mini\ntitle: "Mini framework\nversion: 1.0.0\n', '2:8: the quote (") that starts this text is never closed: end the text with it, or start the text without one'],
    ['an apostrophe inside single quotes', "title: 'Leader's vision'\n", "1:16: an apostrophe inside single quotes ends the text: write it twice ('') or put the text in double quotes"],
    ['a double quote inside double quotes', 'title: "The "digital" council"\n', '1:14: a double quote inside double quotes ends the text: write it as \\" or put the text in single quotes'],
    ['a list in square brackets not closed', 'sources: [paper, report\nid: mini\n', "2:1: a list in square brackets ([ ]) that starts above is not closed: end it with ']', or indent its next lines further"],
    ['a map in curly brackets not closed', 'levels: { 1: a, 2: b\nid: mini\n', "2:1: a map in curly brackets ({ }) that starts above is not closed: end it with '}', or indent its next lines further"],
    ['a key indented less than the keys above it', 'themes:\n  - id: a\n    title: b\n  questions: []\n', '4:1: this line is not lined up with the keys above it: indent it with as many spaces as they have'],
    ['a key between a list item and its keys', 'themes:\n  - id: a\n    title: b\n   questions: []\n', "4:1: this line is not lined up with the keys above it: indent it as they are, or start a new list item with '- '"],
    ['list items not lined up', 'themes:\n  - id: a\n   - id: b\n', "3:4: this list item is not lined up with the items above it: start each '- ' at the same column"],
    ['a list item where a key was expected', 'themes:\n  - id: a\n    title: b\n    - id: q\n', "4:1: a list item ('- ') is where a key was expected: put the list under its key, or line it up with the items above"],
    ['a key indented further than the one above', 'themes:\n  - id: a\n    title: b\n      questions: []\n', '3:12: "questions:" on line 4 is indented further than the line above it, so YAML reads it as part of that text: line it up with the keys above'],
    ['a key with no colon', 'title: Mini\nversion\nid: mini\n', "2:1: this line has no ': ' (a colon and a space) after its key: write it as 'key: value'"],
    ['text on the line of > ', 'help: > Five years of plans\n', "1:9: '>' or '|' at the start of a text begins a block whose text goes on the next lines: put the whole text in quotes, or move it to the next line"],
    ['a text that starts with [', 'text: [Draft] the strategy\n', "1:15: text that starts with '[' or '{' must be in quotes: put the whole text in quotes"],
    ['a text that starts with @', 'owner: @cio\n', "1:8: text that starts with '@' must be in quotes: put the whole text in quotes"],
    ['a text that starts with * and goes on', 'text: *Draft* the strategy\n', "1:15: text that starts with '*' must be in quotes: put the whole text in quotes"],
    ['a text that is * and a word', 'id: mini\ntext: *Draft\n', "2:7: text that starts with '*' must be in quotes: put the whole text in quotes"],
    ['a backslash in double quotes', 'url: "C:\\Documents\\plan"\n', "1:9: '\\D' is not allowed inside double quotes: write a backslash as \\\\, or put the text in single quotes"],
    ['a second document', 'id: mini\n---\nid: other\n', "2:1: a line of '---' starts a second YAML document, and a file holds only one: remove it"],
    ['a # straight after a quoted text', 'title: "Mini"#1\n', "1:14: '#' starts a comment only after a space: put a space before it, or put the whole text in quotes"],
    ['a tab in a block of text', 'help: |\n  one\n\ttwo\n', '3:1: this line is indented with a tab, and YAML allows only spaces: replace the tab with spaces'],
  ];
  it.each(cases)('%s', (_what, text, expected) => {
    expect(problems(text)).toEqual([expected]);
  });

  it('a tag dma does not support keeps its message', () => {
    expect(problems('title: !!binary aGVsbG8=\n')).toEqual(['1:8: the YAML tag !!binary is not supported here; remove it']);
  });
});
