// `dma assess` in a real terminal: the built CLI runs inside a detached tmux session of fixed
// size; the test reads the screen with capture-pane and types with send-keys, like a facilitator.
// Needs the build (npm test runs tsc first) and tmux (.ci/run installs it); without tmux these
// tests are skipped with a message. Waits poll the screen; there are no fixed sleeps.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, runBin } from '../support/cli.js';
import { TINY, Terminal, commandLineOf, dmaPid, hasTmux, isRunning, q, readAnswers, waitUntilGone } from './tmux-terminal.js';


describe.skipIf(!hasTmux)('dma assess in a real terminal (tmux)', () => {
  let dir = '';
  let terminals: Terminal[] = [];
  const terminal = () => {
    const t = new Terminal();
    terminals.push(t);
    return t;
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dma-tmux-'));
  });
  afterEach(() => {
    for (const t of terminals) t.kill();
    terminals = [];
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers two questions, stops on Ctrl+C with exit 130 and a resume message, then resumes at question 3 and finishes', async () => {
    const first = terminal();
    first.run(['assess', TINY, '--organisation', 'Tmux Council', '--out', 'answers.yaml'], dir);

    let screen = await first.waitForPrompt('Is there a written vision?');
    expect(screen).toContain('Tiny test framework, version 2.0.0');
    expect(screen).toContain('For: Tmux Council');
    expect(screen).toContain('Theme 1 of 2: Leadership');
    expect(screen).toContain('Theme 1 of 2 · question 1 of 4');
    for (const choice of ['0 None: No vision', '1 Some: Draft', '2 Half: Agreed', '3 Most: Published', '4 All: Reviewed yearly', 'Skip for now']) {
      expect(screen).toContain(choice);
    }
    first.keys('Down', 'Down', 'Enter'); // 2 Half
    screen = await first.waitForPrompt('Anything to record for this question?');
    expect(screen).toContain('✔ Is there a written vision? 2 Half: Agreed');
    first.keys('Enter'); // Next question

    screen = await first.waitForPrompt('Is there a cabinet member for digital?');
    expect(screen).toContain('Theme 1 of 2 · question 2 of 4');
    expect(screen).toContain('Back to the previous question');
    first.keys('Down', 'Down', 'Down', 'Enter'); // 3 Most
    await first.waitForPrompt('Anything to record for this question?');
    first.keys('C-c');

    expect(await first.exitCode()).toBe(130);
    screen = first.screen();
    expect(screen).toContain('Stopped. Every confirmed answer is saved in answers.yaml.');
    // The hint names the framework file too (it is not bundled); the long path may wrap on screen.
    expect(screen).toContain('To carry on where you left off, run:\n  dma assess');
    expect(screen.replace(/\s+/g, '')).toContain(`${TINY}--resumeanswers.yaml`);
    expect(screen).not.toMatch(/at .*\.js:\d+/); // no stack trace

    const validate = runBin(['validate', 'answers.yaml', '--framework', TINY], { cwd: dir });
    expect(validate.stderr).toContain('answers for tiny: 2 of 4 answered · 2 not answered, organisation');
    expect(validate.code).toBe(0);
    expect(readAnswers(dir).answers).toEqual({ 'lead.vision': { level: 2 }, 'lead.cabinet': { level: 3 } });

    // Carry on, as the hint says.
    const second = terminal();
    second.run(['assess', TINY, '--resume', 'answers.yaml'], dir);
    screen = await second.waitForPrompt('Do you share data with the NHS?');
    expect(screen).toContain('Carrying on: 2 of 4 questions already answered.');
    expect(screen).toContain('Theme 2 of 2 · question 3 of 4');
    expect(screen).not.toContain('question 1 of 4');
    expect(screen).toContain('Not applicable to our council');
    second.keys('Down', 'Down', 'Down', 'Down', 'Down', 'Enter'); // Not applicable
    await second.waitForPrompt('Why does it not apply?');
    second.type('No NHS trust in the district');
    second.keys('Enter');
    screen = await second.waitForPrompt('Is there a data-sharing protocol?');
    expect(screen).toContain('Theme 2 of 2 · question 4 of 4');
    second.keys('Down', 'Enter'); // 1 Some
    await second.waitForPrompt('Anything to record for this question?');
    second.keys('Enter');

    expect(await second.exitCode()).toBe(0);
    screen = second.screen();
    expect(screen).toContain('Answers saved in answers.yaml. For the report, run:');
    expect(screen).toContain('dma report answers.yaml -o answers-report.html');
    expect(screen).toContain('For a committee paper in Word:');
    expect(screen).toContain('Tmux Council');

    expect(readAnswers(dir).answers).toEqual({
      'lead.vision': { level: 2 },
      'lead.cabinet': { level: 3 },
      'data.nhs': { notApplicable: true, reason: 'No NHS trust in the district' },
      'data.protocol': { level: 1 },
    });
    const score = runBin(['score', '--json', 'answers.yaml', '--framework', TINY], { cwd: dir });
    expect(score.code).toBe(0);
    const doc = JSON.parse(score.stdout);
    expect(doc.organisation).toBe('Tmux Council');
    expect(doc.overall).toMatchObject({ answered: 3, total: 3 });
    expect(doc.questions.map((x: { id: string; level: number | null }) => [x.id, x.level])).toEqual([
      ['lead.vision', 2],
      ['lead.cabinet', 3],
      ['data.nhs', null],
      ['data.protocol', 1],
    ]);
  });

  it('after kill -9, leaves a valid file holding the confirmed answer', async () => {
    const t = terminal();
    t.start(`exec node ${q(BIN)} assess ${q(TINY)} --organisation 'Kill Council' --out answers.yaml`, dir);
    await t.waitForPrompt('Is there a written vision?');
    t.keys('Down', 'Enter'); // 1 Some
    await t.waitForPrompt('Anything to record for this question?');

    const pid = Number(t.tmux('display-message', '-p', '-t', 'main', '#{pane_pid}').stdout.trim());
    expect(commandLineOf(pid)).toContain('dma.js'); // the pane runs node itself (exec)
    process.kill(pid, 'SIGKILL');
    const deadline = Date.now() + 10_000;
    while (isRunning(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(isRunning(pid)).toBe(false);

    expect(runBin(['validate', 'answers.yaml', '--framework', TINY], { cwd: dir }).code).toBe(0);
    expect(readAnswers(dir)).toMatchObject({ organisation: 'Kill Council', answers: { 'lead.vision': { level: 1 } } });
    // No half-written temp file; the lock stays behind (the next session takes it over).
    expect(readdirSync(dir).sort()).toEqual(['answers.yaml', 'answers.yaml.lock']);
  });

  it('runs a team round: refuses a short vote line, reveals the votes, flags the disagreement and keeps every vote', async () => {
    const t = terminal();
    t.run(['assess', TINY, '--organisation', 'Team Council', '--team', 'Sam,Ali,Jo', '--out', 'answers.yaml'], dir);

    let screen = await t.waitForPrompt('Votes for Sam, Ali, Jo (0–4 each, - for none; s = skip)');
    expect(screen).toContain('Team: Sam, Ali, Jo.');
    expect(screen).toContain('  0 None: No vision');
    expect(screen).toContain('  4 All: Reviewed yearly');
    t.type('0 4');
    t.keys('Enter');
    await t.waitFor('Enter 3 votes, one for each person in order (Sam, Ali, Jo), each 0 to 4, or - for no vote.');
    t.type(' 2'); // Inquirer keeps the refused text: "0 4" + " 2"
    t.keys('Enter');

    screen = await t.waitForPrompt('Agreed level (the median of the votes is 2)');
    const lines = screen.split('\n');
    const row = (label: string) => lines.find((l) => l.trimStart().startsWith(label)) ?? '';
    expect(row('0 None │')).toMatch(/Sam$/);
    expect(row('2 Half │')).toMatch(/Jo$/);
    expect(row('4 All  │')).toMatch(/Ali$/);
    expect(row('1 Some │').trim()).toBe('1 Some │');
    expect(screen).toContain('Votes are 4 levels apart: discuss before agreeing a level.');
    expect(screen).toContain('❯ 2 Half (median)');
    t.keys('Up', 'Enter'); // the room settles on 1, not the median
    await t.waitForPrompt('Note of the discussion');
    t.type('Sam has not seen the draft');
    t.keys('Enter');
    await t.waitForPrompt('Anything to record for this question?');
    t.keys('C-c');

    expect(await t.exitCode()).toBe(130);
    const doc = readAnswers(dir);
    expect(doc.respondents).toEqual([
      { id: 'sam', name: 'Sam' },
      { id: 'ali', name: 'Ali' },
      { id: 'jo', name: 'Jo' },
    ]);
    expect(doc.answers).toEqual({
      'lead.vision': { level: 1, votes: { sam: 0, ali: 4, jo: 2 }, notes: 'Sam has not seen the draft' },
    });
    expect(runBin(['validate', 'answers.yaml', '--framework', TINY], { cwd: dir }).code).toBe(0);
  });
});

describe.skipIf(!hasTmux)('dma assess loses nothing (tmux)', () => {
  let dir = '';
  let terminals: Terminal[] = [];
  const terminal = () => {
    const t = new Terminal();
    terminals.push(t);
    return t;
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dma-tmux-'));
  });
  afterEach(() => {
    for (const t of terminals) t.kill();
    terminals = [];
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the votes the room has seen when stopped with Ctrl+C at "Agreed level"', async () => {
    const t = terminal();
    t.run(['assess', TINY, '--organisation', 'Team Council', '--team', 'Sam,Ali,Jo', '--out', 'answers.yaml'], dir);
    await t.waitForPrompt('Votes for Sam, Ali, Jo');
    t.type('3 1 -');
    t.keys('Enter');
    await t.waitForPrompt('Agreed level (the median of the votes is 2)');
    t.keys('C-c');
    expect(await t.exitCode()).toBe(130);
    expect(readAnswers(dir).answers).toEqual({ 'lead.vision': { votes: { sam: 3, ali: 1 } } });
    expect(runBin(['validate', 'answers.yaml', '--framework', TINY], { cwd: dir }).code).toBe(0);
    expect(readdirSync(dir)).toEqual(['answers.yaml']); // the lock went with Ctrl+C
  });

  it('lets one session at a time use a file: a second is refused and told who has it', async () => {
    const first = terminal();
    first.run(['assess', TINY, '--organisation', 'Lock Council', '--out', 'answers.yaml'], dir);
    await first.waitForPrompt('Is there a written vision?');
    const firstPid = dmaPid(first.panePid());

    const second = terminal();
    second.run(['assess', TINY, '--resume', 'answers.yaml'], dir);
    expect(await second.exitCode()).toBe(1);
    const screen = second.screen().replace(/\s+/g, ' ');
    expect(screen).toMatch(new RegExp(`error: answers\\.yaml is in use by another dma assess \\(process ${firstPid} on this computer, since \\d\\d:\\d\\d on \\d{1,2} \\w+ \\d{4}\\)`));
    expect(screen).toContain('delete answers.yaml.lock');

    first.keys('Down', 'Enter');
    await first.waitForPrompt('Anything to record for this question?');
    first.keys('C-c');
    expect(await first.exitCode()).toBe(130);
    expect(readAnswers(dir).answers).toEqual({ 'lead.vision': { level: 1 } });
    expect(readdirSync(dir)).toEqual(['answers.yaml']);
  });

  it('after kill -9 at a list, the next session takes the lock over with a note and shows the cursor again', async () => {
    const t = terminal();
    const dma = `node ${q(BIN)} assess ${q(TINY)}`;
    t.start(`${dma} --organisation 'Kill Council' --team Sam,Ali --out answers.yaml; ${dma} --resume answers.yaml; echo EXIT=$?; sleep 600`, dir);
    await t.waitForPrompt('Votes for Sam, Ali');
    t.type('1 2');
    t.keys('Enter');
    await t.waitForPrompt('Agreed level');
    expect(t.cursorVisible()).toBe(false); // Inquirer hides it while a list is shown
    const killed = dmaPid(t.panePid());
    process.kill(killed, 'SIGKILL');
    await waitUntilGone(killed);

    // The second session, in the same terminal: its first prompt is a line to type in, for the
    // question whose votes were saved with no level agreed.
    const screen = (await t.waitForPrompt('Votes for Sam, Ali (0–4 each, - for none; s = skip) (1 2)')).replace(/\s+/g, ' ');
    expect(screen).toMatch(new RegExp(`Note: answers\\.yaml\\.lock was left by a dma assess \\(process ${killed} on this computer, since [^)]*\\) that is no longer running; this session takes it over\\.`));
    expect(t.cursorVisible()).toBe(true);
    expect(readAnswers(dir).answers).toEqual({ 'lead.vision': { votes: { sam: 1, ali: 2 } } });
    t.keys('C-c');
    expect(await t.exitCode()).toBe(130);
    expect(readdirSync(dir)).toEqual(['answers.yaml']);
  });

  it('on SIGTERM at a question, stops as with Ctrl+C: exit 130, how to carry on, the lock released, the cursor shown', async () => {
    const t = terminal();
    t.run(['assess', TINY, '--organisation', 'Term Council', '--out', 'answers.yaml'], dir);
    await t.waitForPrompt('Is there a written vision?');
    t.keys('Down', 'Down', 'Enter'); // 2 Half
    await t.waitForPrompt('Anything to record for this question?');
    expect(t.cursorVisible()).toBe(false);
    process.kill(dmaPid(t.panePid()), 'SIGTERM');

    expect(await t.exitCode()).toBe(130);
    const screen = t.screen();
    expect(screen).toContain('Stopped. Every confirmed answer is saved in answers.yaml.');
    expect(screen.replace(/\s+/g, '')).toContain(`${TINY}--resumeanswers.yaml`);
    expect(t.cursorVisible()).toBe(true);
    expect(readAnswers(dir).answers).toEqual({ 'lead.vision': { level: 2 } });
    expect(readdirSync(dir)).toEqual(['answers.yaml']);
  });
});

describe('dma assess without a terminal', () => {
  it('exits at once with code 2 and points to dma score and dma report', () => {
    const started = Date.now();
    const result = runBin(['assess'], { input: '' });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('needs an interactive terminal');
    expect(result.stderr).toContain('dma score <answers.yaml>');
    expect(result.stderr).toContain('dma report <answers.yaml>');
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(result.stdout).toBe('');
  });

  it('writes no file, whatever the options', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dma-notty-'));
    try {
      const result = runBin(['assess', TINY, '--organisation', 'X', '--team', 'Sam,Ali', '--out', 'answers.yaml'], { cwd: dir, input: '3 4\n' });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('dma score');
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
