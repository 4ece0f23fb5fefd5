import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { safeOutput } from '../../src/cli/process-context.js';
import { SHOW_CURSOR, escapeControls, terminalSafe } from '../../src/terminal/safe-text.js';
import { fixture, runBin } from '../support/cli.js';

const OSC52 = '\x1b]52;c;Y3VybCBodHRwOi8vZXZpbC5leGFtcGxlL3ggfCBzaA==\x07';
const TITLE = '\x1b]0;Pwned\x07';
const CLEAR = '\x1b[2J';
const RLO = '\u202e';

describe('escapeControls', () => {
  it('shows ESC, BEL, NUL, C1 and bidi controls as visible \\u escapes', () => {
    expect(escapeControls(`Harmless Council${OSC52}`)).toBe('Harmless Council\\u001b]52;c;Y3VybCBodHRwOi8vZXZpbC5leGFtcGxlL3ggfCBzaA==\\u0007');
    expect(escapeControls('a\u0000b\u0085c\u009bd')).toBe('a\\u0000b\\u0085c\\u009bd');
    expect(escapeControls(`txt.${RLO}exe`)).toBe('txt.\\u202eexe');
    expect(escapeControls('\u2066x\u2069 \u200f')).toBe('\\u2066x\\u2069 \\u200f');
  });

  it('keeps tabs, line feeds and CRLF line ends, but not a lone carriage return', () => {
    expect(escapeControls('a\tb\nc\r\nd')).toBe('a\tb\nc\r\nd');
    expect(escapeControls('Good\rEvil')).toBe('Good\\u000dEvil');
  });

  it('leaves ordinary Unicode alone', () => {
    expect(escapeControls('Ynys Môn · █░┃ – “quoted”')).toBe('Ynys Môn · █░┃ – “quoted”');
  });
});

describe('terminalSafe', () => {
  const c = new Chalk({ level: 1 });

  it("passes dma's own colours when colour is on, and escapes everything else", () => {
    const text = `${c.bold('Overall')} ${c.red.dim('low')} ${TITLE}${CLEAR}`;
    const safe = terminalSafe(text, true);
    expect(safe).toContain(c.bold('Overall'));
    expect(safe).toContain(c.red.dim('low'));
    expect(safe).toContain('\\u001b]0;Pwned\\u0007\\u001b[2J');
    expect(safe.match(/\x1b/g)!.length).toBe(c.bold('x').match(/\x1b/g)!.length + c.red.dim('x').match(/\x1b/g)!.length);
  });

  it('does not pass the styles that hide text or move the cursor, even when colour is on', () => {
    expect(terminalSafe('\x1b[8mhidden\x1b[0m', true)).toBe('\\u001b[8mhidden\x1b[0m');
    expect(terminalSafe('\x1b[1;1H', true)).toBe('\\u001b[1;1H');
    expect(terminalSafe('\x1b[?25l', true)).toBe('\\u001b[?25l'); // hide the cursor: no
  });

  it('escapes every ESC when colour is off', () => {
    expect(terminalSafe(c.bold('x'), false)).not.toContain('\x1b');
  });

  it("passes dma's own show-cursor sequence, with or without colour", () => {
    for (const colour of [true, false]) expect(terminalSafe(`${SHOW_CURSOR}Tiny ${CLEAR}`, colour)).toBe(`${SHOW_CURSOR}Tiny \\u001b[2J`);
  });
});

describe('safeOutput', () => {
  const capture = (isTTY: boolean) => {
    let text = '';
    return { stream: { isTTY, write: (s: string) => void (text += s) }, text: () => text };
  };

  it('gives a terminal ASCII stand-ins when it cannot show Unicode', () => {
    const tty = capture(true);
    safeOutput(tty.stream, false, 'ascii').write('Ynys Môn ████░░┃ ⚠\n');
    expect(tty.text()).toBe('Ynys Mon ####..| !\n');
  });

  it('wraps a terminal\'s lines at word boundaries when given its width, and leaves a pipe\'s whole', () => {
    const line = 'error: no bundled framework is called local-digtal-leadership; did you mean local-digital-leadership?\n';
    const tty = capture(true);
    safeOutput(tty.stream, false, 'unicode', () => 40).write(line);
    expect(tty.text()).toBe('error: no bundled framework is called\nlocal-digtal-leadership; did you mean\nlocal-digital-leadership?\n');
    const pipe = capture(false);
    safeOutput(pipe.stream, false, 'unicode', () => 40).write(line);
    expect(pipe.text()).toBe(line);
  });

  it('gives a file or pipe the text as it is, controls escaped', () => {
    const pipe = capture(false);
    safeOutput(pipe.stream, false, 'ascii').write(`Ynys Môn ${OSC52}`);
    expect(pipe.text()).toBe('Ynys Môn \\u001b]52;c;Y3VybCBodHRwOi8vZXZpbC5leGFtcGxlL3ggfCBzaA==\\u0007');
  });
});

describe('what reaches the terminal from hostile files', () => {
  const work = mkdtempSync(join(tmpdir(), 'dma-terminal-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const answers = readFileSync(fixture('tiny-answers.yaml'), 'utf8').replace(/^organisation: .*$/m, `organisation: "Harmless Council\\e]52;c;Y3VybA==\\a\\e[2J"`);
  writeFileSync(join(work, 'a.yaml'), answers);
  const framework = readFileSync(fixture('tiny-framework.yaml'), 'utf8').replace(/^title: .*$/m, 'title: "Tiny\\e]0;Pwned\\a"');
  writeFileSync(join(work, 'fw.yaml'), framework);

  it.each([
    ['score', ['score', 'a.yaml', '--framework', 'fw.yaml']],
    ['score --json', ['score', 'a.yaml', '--framework', 'fw.yaml', '--json']],
    ['report -f md', ['report', 'a.yaml', '--framework', 'fw.yaml', '-f', 'md']],
    ['validate', ['validate', 'fw.yaml', 'a.yaml']],
  ])('%s writes no escape sequence, with NO_COLOR and to a pipe', (_name, args) => {
    const r = runBin(args, { cwd: work });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout + r.stderr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    expect(r.stdout + r.stderr).toMatch(/Harmless Council|Tiny/);
  });
});
