// Every rule of the framework file format (contract section 2): the exact plain-English message
// and the line:column it is reported at. YAML is written inline and read with parseYamlText, then
// checked with the same functions `dma validate` uses.
import { afterAll, describe, expect, it } from 'vitest';
import { checkFrameworkSource } from '../../src/io/load.js';
import { parseYamlText } from '../../src/io/yaml-source.js';
import { BASE, at, edit, frameworkProblems } from './validation-support.js';

const SECOND_THEME = `  - id: lead
    title: Leadership again
    questions:
      - id: other
        text: Another question
        levels: { 1: No, 2: Some, 3: All }
`;

describe('framework files: the base file', () => {
  it('is valid, so every problem below comes from the one edit', () => {
    const checked = checkFrameworkSource(parseYamlText('fw.yaml', BASE));
    expect(checked.problems).toEqual([]);
    expect(checked.value?.id).toBe('mini');
    expect(checked.value?.questions.has('lead.vision')).toBe(true);
  });
});

describe('framework files: shape rules', () => {
  it('an unknown key is an error with a "did you mean" hint at the key', () => {
    const text = edit('    title: Leadership\n', '    title: Leadership\n    weigth: 2\n');
    expect(frameworkProblems(text)).toEqual(['15:5: unknown key "weigth"; did you mean "weight"?']);
  });

  it('an unknown key with no near match lists the keys allowed there', () => {
    const text = edit('target: 2\n', 'target: 2\ncolour: blue\n');
    expect(frameworkProblems(text)).toEqual([
      '12:1: unknown key "colour"; allowed here: schema, id, title, version, description, choosingRule, sources, scale, target, themes',
    ]);
  });

  it('a missing required key is reported at the map that lacks it', () => {
    expect(frameworkProblems(edit('title: Mini framework\n', ''))).toEqual(['1:1: title is missing']);
    // The question starts at line 16, column 9 (its "id" key).
    expect(frameworkProblems(edit('        text: Is there a vision?\n', ''))).toEqual(['16:9: text is missing']);
  });

  it('a value of the wrong type says what was expected and what was found', () => {
    expect(frameworkProblems(edit('    title: Leadership\n', '    title: Leadership\n    weight: heavy\n'))).toEqual([
      '15:13: weight must be a number, not the text "heavy"',
    ]);
    expect(frameworkProblems(edit('version: 1.0.0\n', 'version: 1.0\n'))).toEqual([
      '4:10: version must be text, not a number: put it in quotes, for example "1.0.0"',
    ]);
    expect(frameworkProblems(edit('schema: 1\n', 'schema: 2\n'))).toEqual([
      '1:9: schema must be 1 (the only format version so far)',
    ]);
  });

  it('an id that is not lowercase letters, digits and "-" is an error', () => {
    expect(frameworkProblems(edit('id: mini\n', 'id: Mini_Framework\n'))).toEqual([
      '2:5: id must use only lowercase letters, digits and "-"',
    ]);
    expect(frameworkProblems(edit('  - id: lead\n', '  - id: Lead Theme\n'))).toEqual([
      '13:9: id must use only lowercase letters, digits and "-"',
    ]);
  });

  it('a weight of 0 or below is an error (theme and question)', () => {
    const text = edit(
      '    title: Leadership\n',
      '    title: Leadership\n    weight: -1\n',
      edit('        text: Is there a vision?\n', '        text: Is there a vision?\n        weight: 0\n'),
    );
    expect(frameworkProblems(text)).toEqual([
      '15:13: weight must be a number above 0',
      '19:17: weight must be a number above 0',
    ]);
  });

  it('a horizon other than now, next or later is an error', () => {
    const text = edit('{ toLevel: 2, text: Draft one }', '{ toLevel: 2, text: Draft one, horizon: soon }');
    expect(frameworkProblems(text)).toEqual(['20:53: horizon must be one of "now", "next", "later", not the text "soon"']);
  });

  it('a scale with fewer than 2 levels is an error', () => {
    const text = edit('  - { level: 2, label: Mid }\n  - { level: 3, label: High }\n', '')
      .replace('target: 2\n', '')
      .replace('{ 1: No, 2: Draft, 3: Published }', '{ 1: No }')
      .replace('        actions:\n          - { toLevel: 2, text: Draft one }\n', '');
    expect(frameworkProblems(text)).toEqual(['8:3: scale must have at least 2 levels']);
  });
});

describe('framework files: rules across the document', () => {
  it('a source id used twice is an error at the second one', () => {
    const text = edit('  - { id: paper, title: A paper }\n', '  - { id: paper, title: A paper }\n  - { id: paper, title: Again }\n');
    expect(frameworkProblems(text)).toEqual(['7:11: source id "paper" is used twice']);
  });

  it('a theme id used twice is an error at the second one', () => {
    // BASE has 20 lines; the second theme starts at line 21.
    expect(frameworkProblems(BASE + SECOND_THEME)).toEqual(['21:9: theme id "lead" is used twice']);
  });

  it('a question id used twice in a theme is an error at the second one', () => {
    const text = `${BASE}      - id: vision
        text: The same id again
        levels: { 1: No, 2: Some, 3: All }
`;
    expect(frameworkProblems(text)).toEqual(['21:13: question id "vision" is used twice in theme "lead"']);
  });

  it('the same question id in two different themes is fine', () => {
    const text = BASE + SECOND_THEME.replace('id: lead', 'id: data').replace('id: other', 'id: vision');
    expect(frameworkProblems(text)).toEqual([]);
  });

  it('a theme naming an unlisted source is an error', () => {
    const text = edit('    title: Leadership\n', '    title: Leadership\n    source: nope\n');
    expect(frameworkProblems(text)).toEqual(['15:13: source "nope" is not listed under sources (listed sources: paper)']);
  });

  it('a question naming an unlisted source is an error', () => {
    const text = edit('        text: Is there a vision?\n', '        text: Is there a vision?\n        source: nope\n');
    expect(frameworkProblems(text)).toEqual(['18:17: source "nope" is not listed under sources (listed sources: paper)']);
  });

  it('an action naming an unlisted source is an error', () => {
    const text = edit('{ toLevel: 2, text: Draft one }', '{ toLevel: 2, text: Draft one, source: nope }');
    expect(frameworkProblems(text)).toEqual(['20:52: source "nope" is not listed under sources (listed sources: paper)']);
  });

  it('a source reference in a framework without sources says so', () => {
    const text = edit('sources:\n  - { id: paper, title: A paper }\n', '').replace(
      '    title: Leadership\n',
      '    title: Leadership\n    source: paper\n',
    );
    expect(frameworkProblems(text)).toEqual(['13:13: source "paper" is not listed under sources (the framework lists no sources)']);
  });

  it('a question without a descriptor for every level is an error listing the missing ones', () => {
    const text = edit('levels: { 1: No, 2: Draft, 3: Published }', 'levels: { 1: No, 3: Published }');
    expect(frameworkProblems(text)).toEqual([
      '18:17: question "lead.vision" needs a descriptor for every level of the scale; missing: 2',
    ]);
  });

  it('a descriptor for a level that is not on the scale is an error at its key', () => {
    const text = edit('levels: { 1: No, 2: Draft, 3: Published }', 'levels: { 1: No, 2: Draft, 3: Published, 4: Extra }');
    expect(frameworkProblems(text)).toEqual(['18:50: level 4 is not a level of the scale (1, 2, 3)']);
  });

  it('a descriptor key that is not a whole number is an error at its key', () => {
    const text = edit('levels: { 1: No, 2: Draft, 3: Published }', 'levels: { 1: No, 2: Draft, 3: Published, top: Extra }');
    expect(frameworkProblems(text)).toEqual(['18:50: the key "top" must be a level of the scale (a whole number)']);
  });

  it('scale levels that are not consecutive are an error at the level that breaks the run', () => {
    const text = edit('  - { level: 3, label: High }\n', '  - { level: 4, label: High }\n').replace(
      '3: Published',
      '4: Published',
    );
    expect(frameworkProblems(text)).toEqual([
      '10:14: scale levels must be consecutive whole numbers in ascending order: expected 3 after 2, found 4',
    ]);
  });

  it('scale levels in descending order are an error', () => {
    const text = edit('  - { level: 1, label: Low }\n  - { level: 2, label: Mid }\n', '  - { level: 2, label: Mid }\n  - { level: 1, label: Low }\n');
    expect(frameworkProblems(text)).toContain(
      '9:14: scale levels must be consecutive whole numbers in ascending order: expected 3 after 2, found 1',
    );
  });

  it('a target that is not a level of the scale is an error', () => {
    expect(frameworkProblems(edit('target: 2\n', 'target: 5\n'))).toEqual(['11:9: target 5 is not a level of the scale (1, 2, 3)']);
  });

  it('a toLevel that is not a level of the scale is an error', () => {
    const text = edit('{ toLevel: 2, text: Draft one }', '{ toLevel: 7, text: Draft one }');
    expect(frameworkProblems(text)).toEqual(['20:24: toLevel 7 is not a level of the scale (1, 2, 3)']);
  });

  it('the default target is the second-highest level', () => {
    const checked = checkFrameworkSource(parseYamlText('fw.yaml', edit('target: 2\n', '')));
    expect(checked.value?.target).toBe(2);
    const five = checkFrameworkSource(parseYamlText('fw.yaml', edit('target: 2\n', '').replace(
      '  - { level: 3, label: High }\n',
      '  - { level: 3, label: High }\n  - { level: 4, label: Higher }\n  - { level: 5, label: Top }\n',
    ).replace('3: Published', '3: Published, 4: Reviewed, 5: Exemplary')));
    expect(five.problems).toEqual([]);
    expect(five.value?.target).toBe(4);
  });
});

describe('framework files: every problem at once', () => {
  it('a file breaking many rules gets all of them, in file order', () => {
    const text = `schema: 1
id: Bad_Id
title: T
version: 1.0.0
sources:
  - { id: s1, title: S }
  - { id: s1, title: S again }
scale:
  - { level: 1, label: A }
  - { level: 3, label: C }
target: 7
themes:
  - id: t
    title: Theme
    weigth: 2
    source: nope
    questions:
      - id: q
        text: Q
        weight: 0
        levels: { 1: a, 3: c, 5: e }
        actions:
          - { toLevel: 9, text: do, horizon: soon, source: gone }
      - id: q
        text: 5
        levels: { 1: a }
  - id: t
    title: Again
    questions:
      - id: r
        levels: { 1: a, 3: c }
`;
    expect(frameworkProblems(text)).toEqual([
      '2:5: id must use only lowercase letters, digits and "-"',
      '7:11: source id "s1" is used twice',
      '10:14: scale levels must be consecutive whole numbers in ascending order: expected 2 after 1, found 3',
      '11:9: target 7 is not a level of the scale (1, 3)',
      '15:5: unknown key "weigth"; did you mean "weight"?',
      '16:13: source "nope" is not listed under sources (listed sources: s1)',
      '20:17: weight must be a number above 0',
      '21:31: level 5 is not a level of the scale (1, 3)',
      '23:24: toLevel 9 is not a level of the scale (1, 3)',
      '23:46: horizon must be one of "now", "next", "later", not the text "soon"',
      '23:60: source "gone" is not listed under sources (listed sources: s1)',
      '24:13: question id "q" is used twice in theme "t"',
      '25:15: text must be text, not a number: put it in quotes',
      '26:17: question "t.q" needs a descriptor for every level of the scale; missing: 3',
      '27:9: theme id "t" is used twice',
      '30:9: text is missing',
    ]);
  });
});

describe('framework files: __proto__ keys', () => {
  afterAll(() => {
    // Belt and braces: never leave a polluted prototype behind for other tests.
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  it('is rejected as an unknown key, at the top and in a theme, and Object.prototype is untouched', () => {
    const text = edit('id: mini\n', 'id: mini\n__proto__: { polluted: yes }\n').replace(
      '    title: Leadership\n',
      '    title: Leadership\n    __proto__: { polluted: yes }\n',
    );
    const source = parseYamlText('fw.yaml', text);
    // The key stays an ordinary own key of the data, not a prototype.
    expect(Object.keys(source.data as object)).toContain('__proto__');
    expect(Object.getPrototypeOf(source.data)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    expect(checkFrameworkSource(source).problems.map(at)).toEqual([
      '3:1: unknown key "__proto__"; allowed here: schema, id, title, version, description, choosingRule, sources, scale, target, themes',
      '16:5: unknown key "__proto__"; allowed here: id, title, description, source, weight, questions',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  // BUG (src/core/schema.ts:53 `levels: z.record(...)` + src/core/framework.ts:138-140): zod 4's
  // record parser skips a "__proto__" key without an issue, and frameworkRuleProblems only looks
  // at keys that are whole numbers, so
  // `levels: { ..., __proto__: x }` passes validation although it is a key the format does not have.
  it('a __proto__ key among the level descriptors is reported ', () => {
    const text = edit('levels: { 1: No, 2: Draft, 3: Published }', 'levels: { 1: No, 2: Draft, 3: Published, __proto__: Extra }');
    expect(frameworkProblems(text)).toEqual(['18:50: the key "__proto__" must be a level of the scale (a whole number)']);
  });
});

