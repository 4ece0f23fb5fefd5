// Valid YAML that silently changes a framework's text (src/io/yaml-traps.ts): a folded block with
// one blank line between paragraphs, and " #" after an unquoted text. Warnings, never errors.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledFrameworkFiles, checkFrameworkSource } from '../../src/io/load.js';
import { parseYamlText } from '../../src/io/yaml-source.js';
import { runInProcess } from '../support/cli.js';
import { at } from '../core/validation-support.js';

const FOLDED = 'one blank line in a folded (>) block joins paragraphs: leave two blank lines between paragraphs';
const HASH = "the text after ' #' is dropped, as YAML reads it as a comment: put the whole text in quotes to keep it";

/** A valid framework (lines 1 to 14: level 1 of its question on line 13), with `more` lines of the question after it. */
function framework(level1 = 'No vision', more: string[] = []): string {
  return [
    'schema: 1',
    'id: traps',
    'title: Traps',
    'version: 1.0.0',
    'scale: [{ level: 1, label: One }, { level: 2, label: Two }]',
    'themes:',
    '  - id: lead',
    '    title: Lead',
    '    questions:',
    '      - id: vision',
    '        text: Is there a vision?',
    '        levels:',
    `          1: ${level1}`,
    '          2: A vision is agreed',
    ...more,
    '',
  ].join('\n');
}

/** The question's help as a folded block: its header on line 15, these lines from line 16. */
const withHelp = (lines: string[], header = '>-') => framework(undefined, [`        help: ${header}`, ...lines.map((l) => (l ? `          ${l}` : ''))]);

function warnings(text: string): string[] {
  const source = parseYamlText('fw.yaml', text);
  const checked = checkFrameworkSource(source);
  expect(checked.problems).toEqual([]);
  return checked.warnings.map(at);
}

describe('a folded block with one blank line between paragraphs', () => {
  it('warns at each single blank line', () => {
    const text = withHelp(['Why it matters.', '', 'Counts: a vision.', '', '', 'Does not count: a draft.', '', 'Choosing: 1.']);
    expect(warnings(text)).toEqual([`17:1: ${FOLDED}`, `22:1: ${FOLDED}`]);
    // What YAML made of it: the first and last blank lines became single line breaks.
    const help = checkFrameworkSource(parseYamlText('fw.yaml', text)).value!.questions.get('lead.vision')!.help;
    expect(help).toBe('Why it matters.\nCounts: a vision.\n\nDoes not count: a draft.\nChoosing: 1.');
  });

  it('does not warn with two blank lines, in a literal (|) block, or next to lines indented further', () => {
    expect(warnings(withHelp(['Why it matters.', '', '', 'Counts: a vision.']))).toEqual([]);
    expect(warnings(withHelp(['Why it matters.', '', '  - an indented list', '', 'Counts: a vision.']))).toEqual([]);
    expect(warnings(withHelp(['One.', '', 'Two.'], '|'))).toEqual([]);
  });

  it('warns about a description too, and not about texts dma does not split into paragraphs', () => {
    const text = framework().replace('title: Traps\n', 'title: Traps\ndescription: >\n  One.\n\n  Two.\n');
    expect(warnings(text)).toEqual([`6:1: ${FOLDED}`]);
    expect(warnings(framework().replace('title: Traps\n', 'title: Traps\nchoosingRule: >\n  One.\n\n  Two.\n'))).toEqual([]);
  });
});

describe('" #" after an unquoted text', () => {
  it('warns at the # of a level descriptor, a text, a title and a description', () => {
    const text = framework('No vision # not yet written')
      .replace('title: Traps', 'title: Digital #1 priority')
      .replace('text: Is there a vision?', 'text: Is there a vision?  # ask the Leader')
      .replace('    title: Lead', '    title: Lead\n    description: Leadership #2 theme');
    expect(warnings(text)).toEqual([`3:16: ${HASH}`, `9:29: ${HASH}`, `12:35: ${HASH}`, `14:24: ${HASH}`]);
  });

  it('does not warn for quoted text, a # with no space before it, or a comment after a number', () => {
    const text = framework('"No vision # quoted"')
      .replace('title: Traps', "title: 'Traps # quoted'")
      .replace('text: Is there a vision?', 'text: Is there a vision? C#')
      .replace('version: 1.0.0', 'version: 1.0.0 # a comment here is fine')
      .replace('  - id: lead', '  - id: lead # and here');
    expect(warnings(text)).toEqual([]);
    expect(checkFrameworkSource(parseYamlText('fw.yaml', text)).value!.title).toBe('Traps # quoted');
  });

  it('an action text too', () => {
    const text = framework(undefined, ['        actions:', '          - toLevel: 2', '            text: Agree it #soon']);
    expect(warnings(text)).toEqual([`17:28: ${HASH}`]);
  });

  it('is still given when the comment left a problem behind', () => {
    const text = framework().replace('text: Is there a vision?', 'text: #1 question');
    const checked = checkFrameworkSource(parseYamlText('fw.yaml', text));
    expect(checked.problems.length).toBeGreaterThan(0);
    expect(checked.warnings.map(at)).toEqual([`11:15: ${HASH}`]);
  });
});

describe('dma validate and the bundled frameworks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dma-traps-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the warnings on stderr, and the file is ok with exit code 0', async () => {
    const file = join(dir, 'traps.yaml');
    const actions = '          2: A vision is agreed\n        actions:\n          - { toLevel: 2, text: Agree a vision }';
    const text = withHelp(['Why it matters.', '', 'Counts: a vision.']).replace('title: Traps', 'title: Digital #1 priority').replace('          2: A vision is agreed', actions);
    writeFileSync(file, text);
    const result = await runInProcess(['validate', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${file}:3:16: ${HASH} (warning)\n${file}:19:1: ${FOLDED} (warning)\nok ${file}: framework traps 1.0.0: 1 theme, 1 question\n`);
  });

  it('the bundled frameworks fall into neither trap', async () => {
    const files = await bundledFrameworkFiles();
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(parseYamlText(file, readFileSync(file, 'utf8')).textWarnings(), file).toEqual([]);
  });
});
