// Reading YAML, and every rule of the answers file format (contract section 3): the exact
// plain-English message and the line:column it is reported at, checked with the same functions
// `dma validate` uses.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Framework } from '../../src/core/framework.js';
import { checkAnswersAgainst, checkAnswersShape, checkFrameworkSource, otherVersionMessage } from '../../src/io/load.js';
import { MAX_FILE_BYTES, parseYamlText, readYamlFile } from '../../src/io/yaml-source.js';
import { fixture } from '../support/cli.js';
import { BASE, asyncDataErrorOf, at, dataErrorOf, edit, frameworkProblems } from './validation-support.js';

describe('YAML reading', () => {
  it('a syntax error is a DataError with its line and column', () => {
    const error = dataErrorOf(() => parseYamlText('bad.yaml', 'a: 1\nb: [1, 2\nc: 3\n'));
    expect(error.message).toBe('bad.yaml is not valid YAML');
    expect(error.problems).toEqual([
      {
        file: 'bad.yaml',
        line: 3,
        column: 1,
        message: "a list in square brackets ([ ]) that starts above is not closed: end it with ']', or indent its next lines further",
      },
    ]);
  });

  it('a duplicate key is an error at the second occurrence', () => {
    const error = dataErrorOf(() => parseYamlText('dup.yaml', 'schema: 1\nid: mini\nschema: 1\n'));
    expect(error.problems.map(at)).toEqual(['3:1: the key "schema" appears twice in this map (first at line 1)']);
  });

  it('a "billion laughs" file fails fast with a message', () => {
    const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i < 10; i++) {
      const name = String.fromCharCode(97 + i);
      const previous = String.fromCharCode(96 + i);
      lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    const started = performance.now();
    const error = dataErrorOf(() => parseYamlText('lol.yaml', `${lines.join('\n')}\n`));
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(1000);
    const message = 'expands YAML aliases too far (the "billion laughs" pattern); write the content out instead of repeating aliases';
    expect(error.message).toBe(`lol.yaml ${message}`);
    expect(error.problems).toEqual([{ file: 'lol.yaml', line: 1, column: 1, message }]);
  });

  it('an honest use of a few aliases is accepted', () => {
    const source = parseYamlText('ok.yaml', 'base: &b { owner: CEO }\none: *b\ntwo: *b\n');
    expect(source.data).toEqual({ base: { owner: 'CEO' }, one: { owner: 'CEO' }, two: { owner: 'CEO' } });
  });

  // BUG (src/io/yaml-source.ts:12, MAX_ALIAS_COUNT = 100): the cap counts every use of an alias, not
  // the size of what aliases expand to, so an honest framework that shares one owner with an anchor
  // (`owner: &ceo Chief Executive`, then `owner: *ceo`) on 100 or more actions is refused as an
  // attack, although the comment there promises "enough for any honest use of anchors".
  it('a scalar alias used on 150 actions is accepted ', () => {
    const uses = Array.from({ length: 150 }, (_, i) => `  - { toLevel: 2, text: Action ${i + 1}, owner: *ceo }`);
    const source = parseYamlText('owners.yaml', `owner: &ceo Chief Executive\nactions:\n${uses.join('\n')}\n`);
    expect((source.data as { actions: Array<{ owner: string }> }).actions[149]!.owner).toBe('Chief Executive');
  });

  it('a byte-order mark and Windows line endings are accepted, and positions stay right', () => {
    const crlf = `\ufeff${BASE.replace(/\n/g, '\r\n')}`;
    const checked = checkFrameworkSource(parseYamlText('fw.yaml', crlf));
    expect(checked.problems).toEqual([]);
    expect(checked.value?.title).toBe('Mini framework');
    expect(checked.value?.questions.get('lead.vision')?.text).toBe('Is there a vision?');

    // The BOM does not shift columns on line 1; CRLF does not shift lines.
    const broken = `\ufeff${edit('schema: 1\n', 'schema: 2\n').replace('target: 2\n', 'target: 9\n').replace(/\n/g, '\r\n')}`;
    expect(frameworkProblems(broken)).toEqual([
      '1:9: schema must be 1 (the only format version so far)',
      '11:9: target 9 is not a level of the scale (1, 2, 3)',
    ]);
  });

  it('dates and versions stay text (no YAML 1.1 timestamp or float surprises)', () => {
    const source = parseYamlText('a.yaml', 'date: 2026-11-21\nversion: 1.0.0\n');
    expect(source.data).toEqual({ date: '2026-11-21', version: '1.0.0' });
  });

  describe('files on disk', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'dma-validation-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('a file just over the size limit is refused before it is read', async () => {
      const big = join(dir, 'big.yaml');
      writeFileSync(big, '');
      truncateSync(big, MAX_FILE_BYTES + 1); // sparse: instant to make
      const error = await asyncDataErrorOf(() => readYamlFile(big));
      expect(error.message).toBe(`${big} is 10.0 MiB; files over 10 MiB are refused`);
    });

    it('a file of exactly the size limit is read', async () => {
      const edge = join(dir, 'edge.yaml');
      const text = 'a: 1\n';
      writeFileSync(edge, text + '#'.repeat(MAX_FILE_BYTES - text.length)); // one long comment
      const source = await readYamlFile(edge);
      expect(source.data).toEqual({ a: 1 });
      expect(MAX_FILE_BYTES).toBe(10 * 1024 * 1024);
    });

    it('a missing file says "no such file"', async () => {
      const missing = join(dir, 'missing.yaml');
      const error = await asyncDataErrorOf(() => readYamlFile(missing));
      expect(error.message).toBe(`${missing} cannot be read (no such file)`);
    });

    it('a folder is refused', async () => {
      const error = await asyncDataErrorOf(() => readYamlFile(dir));
      expect(error.message).toBe(`${dir} is a folder, not a YAML file`);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Answers files, against test/fixtures/tiny-framework.yaml (scale 0–4, target 3, version 2.0.0;
// questions lead.vision, lead.cabinet, data.nhs (not applicable allowed), data.protocol).

describe('answers files', () => {
  let tiny: Framework;
  beforeAll(async () => {
    const checked = checkFrameworkSource(await readYamlFile(fixture('tiny-framework.yaml')));
    expect(checked.problems).toEqual([]);
    tiny = checked.value!;
  });

  /** Shape problems, else rule problems and warnings, as `line:column: message`. */
  function answersCheck(text: string) {
    const source = parseYamlText('answers.yaml', text);
    const shape = checkAnswersShape(source);
    if (!shape.value) return { problems: shape.problems.map(at), warnings: [] as string[], assessment: undefined };
    const checked = checkAnswersAgainst(source, shape.value, tiny);
    return {
      problems: checked.problems.map(at),
      warnings: checked.warnings.map(at),
      assessment: checked.value?.assessment,
    };
  }

  //  1 schema   2 framework   3 organisation   4 date   5 respondents:   6 ceo   7 cio
  //  8 answers:   9 lead.vision:   10 its level
  const ANSWERS = `schema: 1
framework: { id: tiny, version: 2.0.0 }
organisation: Testshire County Council
date: 2026-11-20
respondents:
  - { id: ceo }
  - { id: cio }
answers:
  lead.vision:
    level: 2
`;
  const withAnswer = (from: string, to: string) => {
    expect(ANSWERS).toContain(from);
    return ANSWERS.replace(from, to);
  };

  it('the base answers file is valid', () => {
    const checked = answersCheck(ANSWERS);
    expect(checked.problems).toEqual([]);
    expect(checked.warnings).toEqual([]);
    expect(checked.assessment?.answers.get('lead.vision')?.level).toBe(2);
  });

  it('a level off the scale is an error', () => {
    expect(answersCheck(withAnswer('    level: 2\n', '    level: 7\n')).problems).toEqual([
      '10:12: level 7 is not on the scale (0 to 4)',
    ]);
  });

  it('a vote off the scale is an error at the vote', () => {
    expect(answersCheck(withAnswer('    level: 2\n', '    votes: { ceo: 2, cio: 5 }\n')).problems).toEqual([
      '10:27: vote 5 is not on the scale (0 to 4)',
    ]);
  });

  it('a vote from someone not listed under respondents is an error at their id', () => {
    expect(answersCheck(withAnswer('    level: 2\n', '    votes: { ceo: 2, bob: 3 }\n')).problems).toEqual([
      '10:22: vote from "bob", who is not listed under respondents (listed: ceo, cio)',
    ]);
  });

  it('a vote in a file with no respondents says so', () => {
    const text = withAnswer('respondents:\n  - { id: ceo }\n  - { id: cio }\n', '').replace('    level: 2\n', '    votes: { ceo: 2 }\n');
    expect(answersCheck(text).problems).toEqual([
      '7:14: vote from "ceo", who is not listed under respondents (the file lists no respondents)',
    ]);
  });

  it('notApplicable on a question that does not allow it is an error', () => {
    expect(answersCheck(withAnswer('    level: 2\n', '    notApplicable: true\n')).problems).toEqual([
      '10:20: question "lead.vision" cannot be answered "not applicable"',
    ]);
  });

  it('notApplicable on a question that allows it is fine', () => {
    const checked = answersCheck(`${ANSWERS}  data.nhs: { notApplicable: true, reason: No social care }\n`);
    expect(checked.problems).toEqual([]);
    expect(checked.assessment?.answers.get('data.nhs')).toMatchObject({ level: null, notApplicable: true, reason: 'No social care' });
  });

  it('both a level and notApplicable is an error', () => {
    expect(answersCheck(`${ANSWERS}  data.nhs: { level: 2, notApplicable: true }\n`).problems).toEqual([
      '11:22: an answer cannot have both a level and notApplicable: true',
    ]);
  });

  it('an answer with none of level, notApplicable or votes is an error at its key', () => {
    expect(answersCheck(withAnswer('    level: 2\n', '    notes: Still thinking\n')).problems).toEqual([
      '9:3: the answer to "lead.vision" needs a level, notApplicable: true, or votes',
    ]);
  });

  it('an unknown question id is an error when the file names this framework version', () => {
    expect(answersCheck(`${ANSWERS}  lead.nope: { level: 1 }\n`).problems).toEqual([
      '11:3: "lead.nope" is not a question of tiny 2.0.0',
    ]);
  });

  it('an unknown question id is a warning, and the answer is left out, when the file names another version', () => {
    const text = `${withAnswer('version: 2.0.0', 'version: 1.0.0')}  lead.old: { level: 1 }\n`;
    const checked = answersCheck(text);
    expect(checked.problems).toEqual([]);
    expect(checked.warnings).toEqual([
      '2:12: this file was written for tiny 1.0.0; it is read against tiny 2.0.0: ' +
        '1 answer to questions that are no longer asked is left out, and 3 questions, new in this version or not yet answered, have no answer in this file',
      '11:3: "lead.old" is not a question of tiny 2.0.0; this file was written for tiny 1.0.0, so the answer is left out',
    ]);
    expect([...checked.assessment!.answers.keys()]).toEqual(['lead.vision']);
  });

  it('the other-version warning leaves out a clause whose count is 0', () => {
    const checked = answersCheck(withAnswer('version: 2.0.0', 'version: 1.0.0'));
    expect(checked.warnings[0]).toBe('2:12: this file was written for tiny 1.0.0; it is read against tiny 2.0.0: 3 questions, new in this version or not yet answered, have no answer in this file');
    expect(otherVersionMessage('f 1.0.0', 'f 2.0.0', 2, 0)).toBe('this file was written for f 1.0.0; it is read against f 2.0.0: 2 answers to questions that are no longer asked are left out');
    expect(otherVersionMessage('f 1.0.0', 'f 2.0.0', 0, 0)).toBe('this file was written for f 1.0.0; it is read against f 2.0.0');
  });

  it('a file for another framework says so, not that its skipped questions are a version problem', () => {
    const other = answersCheck(`${withAnswer('id: tiny', 'id: small')}  lead.old: { level: 1 }\n`);
    expect(other.problems).toEqual([]);
    expect(other.warnings[0]).toBe(
      '2:12: this file was written for another framework, small 2.0.0; it is read against tiny 2.0.0, matching answers by question id: ' +
        '1 answer to questions tiny 2.0.0 does not have is left out',
    );
    const skippedOnly = answersCheck(withAnswer('id: tiny', 'id: small'));
    expect(skippedOnly.warnings).toEqual(['2:12: this file was written for another framework, small 2.0.0; it is read against tiny 2.0.0, matching answers by question id']);
  });

  it('a respondent id used twice is an error', () => {
    expect(answersCheck(withAnswer('  - { id: cio }\n', '  - { id: ceo }\n')).problems).toEqual([
      '7:11: respondent id "ceo" is used twice',
    ]);
  });

  it('a date not written as YYYY-MM-DD is an error', () => {
    expect(answersCheck(withAnswer('date: 2026-11-20\n', 'date: 20/11/2026\n')).problems).toEqual([
      '4:7: date must be a date written as YYYY-MM-DD',
    ]);
  });

  it('an unknown key in an answer gets a "did you mean" hint', () => {
    expect(answersCheck(withAnswer('    level: 2\n', '    level: 2\n    confidance: high\n')).problems).toEqual([
      '11:5: unknown key "confidance"; did you mean "confidence"?',
    ]);
  });

  it('a question id one or two letters out gets a "did you mean"', () => {
    expect(answersCheck(`${ANSWERS}  lead.visoin: { level: 1 }\n`).problems).toEqual(['11:3: "lead.visoin" is not a question of tiny 2.0.0; did you mean "lead.vision"?']);
  });

  it('an unknown key with a space in it says a comma may have split the value before it', () => {
    expect(answersCheck(withAnswer('  - { id: cio }\n', '  - { id: cio, role: Chief Officer, Health and Social Care }\n')).problems).toEqual([
      '7:37: unknown key "Health and Social Care"; allowed here: id, name, role. If it is part of the value before it, a comma split that value: put the value in quotes',
    ]);
  });

  it('an answers key that is not a full question id is an error at the key', () => {
    expect(answersCheck(`${ANSWERS}  vision: { level: 1 }\n`).problems).toEqual([
      '11:3: the key "vision" must be a full question id: theme id, a dot, question id (e.g. champion.role-model)',
    ]);
  });

  it('several broken answers are all reported at once', () => {
    const text = `schema: 1
framework: { id: tiny, version: 2.0.0 }
organisation: Org
respondents:
  - { id: ceo }
  - { id: ceo }
answers:
  lead.vision: { level: 7 }
  lead.cabinet:
    votes: { ceo: 9, bob: 2 }
  data.nhs: { level: 2, notApplicable: true }
  data.protocol: { notApplicable: true }
  lead.nope: { level: 1 }
`;
    expect(answersCheck(text).problems).toEqual([
      '6:11: respondent id "ceo" is used twice',
      '8:25: level 7 is not on the scale (0 to 4)',
      '10:19: vote 9 is not on the scale (0 to 4)',
      '10:22: vote from "bob", who is not listed under respondents (listed: ceo)',
      '11:22: an answer cannot have both a level and notApplicable: true',
      '12:35: question "data.protocol" cannot be answered "not applicable"',
      '13:3: "lead.nope" is not a question of tiny 2.0.0',
    ]);
  });

  // BUG (src/core/schema.ts:122 `answers: z.record(...)`, via zod 4's record parser): an answer keyed
  // "__proto__" is dropped silently instead of being reported as an unknown question id, which
  // the contract says is an error (exit 1). (Object.prototype itself is not polluted.)
  it('an answer keyed __proto__ is reported at its key ', () => {
    const checked = answersCheck(`${ANSWERS}  __proto__: { level: 1 }\n`);
    expect(({} as Record<string, unknown>).level).toBeUndefined();
    expect(checked.problems.filter((p) => p.startsWith('11:3: '))).toHaveLength(1);
  });
});
