// Wrapping text for the terminal (src/terminal/wrap.ts): by visible width, colour codes not
// counted, with a hanging indent whether or not the line starts with a colour code, and a short
// quoted example kept on one line.
import { stripVTControlCharacters } from 'node:util';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/terminal/wrap.js';
import { noLevelYet } from '../../src/workshop/room-ballot.js';

const colour = new Chalk({ level: 1 });
const ACTION_LINE = '      Priority 1 in the action plan · No horizon set · Owner: Chief Executive · Question 1.1 · From level 1 (Initial) to 2 (Developing)';

describe('wrapText', () => {
  it('keeps the hanging indent of a line that starts with a colour code, as without colour', () => {
    const plain = wrapText(ACTION_LINE, 79);
    const coloured = stripVTControlCharacters(wrapText(colour.dim(ACTION_LINE), 79));
    expect(coloured).toBe(plain);
    expect(plain.split('\n')).toEqual([
      '      Priority 1 in the action plan · No horizon set · Owner: Chief Executive ·',
      '        Question 1.1 · From level 1 (Initial) to 2 (Developing)',
    ]);
  });

  it('measures visible width: colour codes do not make a line wrap early', () => {
    const line = `${colour.bold('Overall')}  ${colour.red('██████████')}  score 37.5  level 2.5 on 1–5`;
    expect(wrapText(line, 50)).toBe(line);
  });

  it('never breaks inside a short quoted example, at any width', () => {
    for (const keepsSaved of [true, false]) {
      const message = noLevelYet(keepsSaved);
      for (let width = 20; width <= 140; width++) {
        const lines = wrapText(message, width).split('\n');
        expect(lines.some((l) => /"Jo$/.test(l)), `${width}: ${lines.join(' / ')}`).toBe(false);
        expect(lines.join(' ')).toBe(message);
      }
    }
  });

  it('still breaks a quotation too long to keep whole', () => {
    const lines = wrapText('The note says "this is a long quoted sentence that cannot fit on one line"', 30).split('\n');
    expect(lines.length).toBeGreaterThan(2);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(30);
  });

  it('never breaks a key hint at its "=", at any width', () => {
    const prompt = 'Votes for Sam, Ali, Jo (1–5 each, - for none; n = not applicable, s = skip, b = back, ? = help)';
    for (let width = 20; width <= 100; width++) {
      const lines = wrapText(prompt, width).split('\n');
      for (const line of lines) expect(line).not.toMatch(/(^=|=$|^\S+ =$|^= )/);
      expect(lines.join(' ')).toBe(prompt);
    }
  });
});
