// The terminal summary of `dma score`: a snapshot to read (__snapshots__/team-terminal.txt), and
// what it must say, checked line by line against the report model it is laid out from.
import { stripVTControlCharacters } from 'node:util';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { renderTerminalSummary } from '../../src/render/terminal.js';
import { safeOutput } from '../../src/cli/process-context.js';
import { runInProcess } from '../support/cli.js';
import { BASELINE, FRAMEWORK, SINGLE, TEAM, example, modelFor } from '../support/fixtures.js';

const plain = new Chalk({ level: 0 });

describe('the terminal summary of a team of three', async () => {
  const { model } = await modelFor(TEAM, { baseline: BASELINE });
  const text = renderTerminalSummary(model, plain, 100);
  const lines = text.split('\n');

  it('matches the snapshot', async () => {
    await expect(text).toMatchFileSnapshot('__snapshots__/team-terminal.txt');
  });

  it('opens with the organisation, the framework and who took part', () => {
    expect(lines.slice(0, 3)).toEqual([
      'Testshire County Council',
      'Council digital leadership (report test) 1.2.0 · assessed 2026-11-20',
      'Taking part: Sam Jones (Chief Executive), Ali Khan (Chief Information Officer), Priya Shah (Leader of the Council).',
    ]);
  });

  it('gives the overall score and level against the target, and what was answered', () => {
    expect(text).toContain(`Overall  ${model.chart.overallBar}  score 45.0  level 2.8 on 1–5 (Developing)  target 4`);
    expect(text).toContain('7 of 8 answered · 1 not applicable · 1 not answered');
  });

  it('draws each theme with its bar, score and level, from the model, and says which are partly answered', () => {
    model.themes.forEach((t, i) => {
      const line = lines.find((l) => l.startsWith(t.title.slice(0, 20)))!;
      expect(line, t.title).toContain(model.chart.rows[i]!.bar);
      expect(line.trimEnd().endsWith(`${t.scoreText.padStart(5)}  ${t.levelText.padStart(5)}`), line).toBe(true);
    });
    expect(lines[lines.findIndex((l) => l.startsWith('Modern, secure technology')) + 1]).toBe('  (1 of 2 answered)');
    expect(text).toContain('A full bar is level 5; ┃ marks the target, level 4 (Embedded).');
  });

  it('names the strongest and weakest themes, the disagreements and the three actions, as the report does', () => {
    expect(text).toContain('The strongest theme is Design services around residents (level 3.5); the weakest is Share data with partners (level 2.0).');
    expect(text).toContain('Where the team disagreed (votes 2 or more levels apart): 2');
    // Numbered as the actions are ("Question 1.3"), so the two can be matched.
    // A team of separate answers files: the median of their answers is the agreed level.
    expect(text).toContain('  1.1 leadership.vision: votes 4, 2, 5, agreed 4');
    expect(text).toContain(model.summary.actionsIntro);
    // Numbered 1, 2, 3 in their own list, each with its priority in the plan (here 1, 3, 4).
    expect(model.summary.topActions.map((a) => a.priority)).toEqual([1, 3, 4]);
    expect(lines.filter((l) => /^ {2}[ \d]\d\. /.test(l)).map((l) => l.trim())).toEqual(model.summary.topActions.map((a, i) => `${i + 1}. ${a.text}`));
    expect(text).toContain('      Priority 1 in the action plan · No horizon set · Owner: Director of HR · Question 1.3 · From level 2 (Developing) to 3 (Defined)');
    expect(text).toContain(`      Priority 3 in the action plan · `);
    expect(text).toContain(`         ${model.text.answeredLine}\n`);
  });
});

describe('the terminal summary of one person with no votes', async () => {
  const { model } = await modelFor([SINGLE]);
  const text = renderTerminalSummary(model, plain, 100);

  it('has no team view, and no colour without a colour chalk', () => {
    expect(text).not.toContain('Where the team disagreed');
    expect(text).not.toMatch(/\u001b\[/);
    expect(text).toContain('Taking part: Ali Khan (Chief Information Officer).');
  });

  it('colours each bar by its rating when colour is on', () => {
    const coloured = renderTerminalSummary(model, new Chalk({ level: 1 }), 100);
    const services = coloured.split('\n').find((l) => l.includes('Design services around residents'))!;
    expect(model.themes[2]!.rating).toBe('green');
    expect(services).toContain(`\u001b[32m${model.chart.rows[2]!.bar}`);
  });
});

describe('the target mark on the terminal bars of the team example', async () => {
  const { model } = await modelFor(['ceo.yaml', 'cio.yaml', 'dass.yaml'].map((f) => example(`team/${f}`)), { framework: undefined });
  const text = renderTerminalSummary(model, plain, 100);
  const barLine = (start: string) => text.split('\n').find((l) => l.startsWith(start))!;

  it('marks the target on a bar that ends exactly at it, as the legend promises', () => {
    // Commission is at level 4.0, the target: the bar ends in the mark.
    expect(barLine('Commission and contract')).toContain('██████████████┃░░░░░');
    expect(text).toContain('┃ marks the target');
    for (const row of model.chart.rows) expect(row.bar, row.title).toContain('┃');
  });

  it('keeps the mark in plain ASCII, for a terminal that cannot show Unicode', () => {
    let written = '';
    safeOutput({ write: (s: string) => (written += s), isTTY: true }, false, 'ascii').write(text);
    expect(written.split('\n').find((l) => l.startsWith('Commission and contract'))).toContain('##############|.....');
    expect(written).toContain('| marks the target');
  });
});

describe('`dma score` at 80 columns in a colour terminal', async () => {
  const run = await runInProcess(['score', ...TEAM, '--framework', FRAMEWORK], { chalk: new Chalk({ level: 1 }), columns: 80 });
  const lines = stripVTControlCharacters(run.stdout).split('\n');

  it('is coloured, and no line is wider than the terminal', () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\u001b\[/);
    expect(lines.filter((l) => l.length > 79)).toEqual([]);
  });

  it('puts the overall figures under the bar, whole, when they do not fit beside it', () => {
    const at = lines.findIndex((l) => l.startsWith('Overall  '));
    expect(lines.slice(at, at + 3)).toEqual([
      `Overall  ${'█████████░░░░░┃░░░░░'}`,
      '         score 45.0  level 2.8 on 1–5 (Developing)  target 4',
      '         7 of 8 answered · 1 not applicable · 1 not answered',
    ]);
  });

  it("keeps each action's wrapped details indented under the action", () => {
    const at = lines.findIndex((l) => l.startsWith('      Priority 1 in the action plan'));
    expect(lines[at]).toBe('      Priority 1 in the action plan · No horizon set · Owner: Director of HR ·');
    expect(lines[at + 1]).toBe('        Question 1.3 · From level 2 (Developing) to 3 (Defined)');
    expect(lines.filter((l) => /^\S/.test(l) && /Question \d/.test(l))).toEqual([]);
  });
});
