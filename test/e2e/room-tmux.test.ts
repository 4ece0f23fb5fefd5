// `dma assess --room` end to end: the facilitator in a real terminal (tmux) and eight phones,
// each its own browser context with a mobile viewport (Chromium through playwright-core), for
// several questions: votes, a changed vote, a "don't know", the reveal, back, a dropped phone
// rejoining, a seat freed and taken again; then Ctrl+C leaves no server and no process, and
// `--resume --room` carries on with a new code. The answers file holds exactly the votes cast.
// Skips, saying why, without tmux or Chromium.
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SKIP_BROWSER, chromium, launchBrowser } from '../support/browser.js';
import { runBin } from '../support/cli.js';
import { Phone } from '../room/phone-driver.js';
import { TINY, Terminal, dmaPid, hasTmux, isRunning, readAnswers, waitUntilGone } from './tmux-terminal.js';

if (!chromium) console.warn(SKIP_BROWSER);

const NAMES = ['Sam Patel', 'Ali Khan', 'Jo Evans', 'Priya Shah', 'Tom Reid', 'Mei Chen', 'Olu Ade', 'Kate Moss'];
const ID = Object.fromEntries(NAMES.map((n) => [n.split(' ')[0]!.toLowerCase(), n.toLowerCase().replace(' ', '-')]));
const VISION = 'Is there a written vision?';
const CABINET = 'Is there a cabinet member for digital?';
const NHS = 'Do you share data with the NHS?';
const REVEAL_PROMPT = 'Enter reveals the votes';
/** The machine may be busy with other tests: a hang still fails, well within the test's time. */
const WAIT = 30_000;

/** Whether anything still listens on the port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Whitespace, line breaks included, as one space: long status lines wrap. */
const flat = (text: string) => text.replace(/\s+/g, ' ');
const shows = (expected: string) => (screen: string) => flat(screen).includes(flat(expected));

const joinUrlOn = (screen: string) => /http:\/\/127\.0\.0\.1:\d+\/j\/[A-Z0-9]{8}/.exec(screen)?.[0];

describe.skipIf(!hasTmux || !chromium)('dma assess --room: a facilitator in tmux and eight phones', () => {
  let dir = '';
  let browser: Browser;
  const terminals: Terminal[] = [];
  const terminal = () => {
    const t = new Terminal();
    terminals.push(t);
    return t;
  };
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dma-room-'));
  });
  afterEach(() => {
    for (const t of terminals.splice(0)) t.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('votes, changes, "don\'t know", reveal, back, a dropped phone, a freed seat; Ctrl+C stops the server; --resume --room carries on', async () => {
    const t = terminal();
    t.run(['assess', TINY, '--organisation', 'Room Council', '--team', NAMES.join(','), '--room', '--host', '127.0.0.1', '--minutes', '30', '--out', 'answers.yaml'], dir);
    let screen = await t.waitForPrompt(REVEAL_PROMPT, WAIT);
    const joinUrl = joinUrlOn(screen)!;
    expect(joinUrl).toBeDefined();
    const port = Number(new URL(joinUrl).port);
    const pid = dmaPid(t.panePid());
    expect(screen).toContain(`type the room code ${joinUrl.slice(-8, -4)}-${joinUrl.slice(-4)}`);
    expect(screen).toMatch(/▀|▄|█/); // the QR code
    expect(flat(screen)).toContain(flat(`Voted 0 of 8: nobody yet\nWaiting for: ${NAMES.map((n) => `${n} (not joined)`).join(', ')}`));
    expect(screen).toContain('0 of 30 minutes used · 4 questions left · on time at the planned 2 minutes a question');

    // Eight phones scan the code and choose their names.
    const phones = await Promise.all(NAMES.map((n) => Phone.open(browser, joinUrl, n)));
    await Promise.all(phones.map((p, i) => p.takeSeat(NAMES[i]!)));
    await t.waitFor(shows(`Voted 0 of 8: nobody yet\nWaiting for: ${NAMES.join(', ')}\n`), WAIT);
    const [sam, ali, jo, priya, tom, mei, olu, kate] = phones as [Phone, Phone, Phone, Phone, Phone, Phone, Phone, Phone];

    // Question 1: everyone votes, Sam changes his mind, Ali does not know.
    await Promise.all(phones.map((p) => p.waitForQuestion(VISION)));
    await Promise.all([sam.vote(2), ali.dontKnow(), jo.vote(3), priya.vote(4), tom.vote(2), mei.vote(3), olu.vote(4), kate.vote(3)]);
    await sam.vote(4);
    screen = await t.waitFor(shows(`Voted 8 of 8: ${NAMES.join(', ')}\n`), WAIT);
    // The terminal names who voted, never how: no level appears beside a name.
    expect(screen).not.toMatch(/(Sam Patel|Ali Khan|Jo Evans)[^\n]*\b[0-4] (None|Some|Half|Most|All)/);
    t.keys('Enter');
    screen = await t.waitForPrompt('Agreed level (the median of the votes is 3)', WAIT);
    expect(screen).toContain('Votes revealed: 7 of 8 voted a level');
    expect(screen).toContain('⚠ Votes are 2 levels apart: discuss before agreeing a level.');
    const rows = await Promise.all(phones.map((p) => p.waitForReveal()));
    expect(rows[7]).toEqual(['0 None: no votes', '1 Some: no votes', '2 Half: 1 vote: Tom Reid', '3 Most: 3 votes: Jo Evans, Mei Chen, Kate Moss', '4 All: 3 votes: Sam Patel, Priya Shah, Olu Ade']);
    await ali.page.getByText("Don't know: Ali Khan").waitFor();
    // .first(): the page's polite live region repeats the sentence 100 ms later (strict mode would refuse two).
    await kate.page.getByText('Votes are 2 levels apart: discuss before agreeing a level.', { exact: true }).first().waitFor();
    t.keys('Enter'); // the median
    await t.waitForPrompt('Note of the discussion', WAIT);
    await kate.page.getByText('Agreed: level 3 Most', { exact: true }).first().waitFor();
    t.keys('Enter');
    await t.waitForPrompt('Anything to record for this question?', WAIT);
    t.keys('Enter');

    // Question 2: Jo's phone drops and comes back; Priya's phone dies, her seat is freed and taken again.
    await t.waitForPrompt(REVEAL_PROMPT, WAIT);
    await Promise.all(phones.map((p) => p.waitForQuestion(CABINET)));
    await jo.vote(1);
    await jo.drop();
    await jo.reconnect(new URL(joinUrl).origin + '/');
    await jo.waitForQuestion(CABINET);
    await jo.page.locator('#your-vote', { hasText: /^Your vote: 1 / }).waitFor(); // the current state, own vote included
    await priya.close();
    const spare = await Phone.open(browser, joinUrl, 'Priya, new phone');
    await spare.page.getByRole('button', { name: 'Priya Shah (taken on another device)' }).waitFor();
    t.type('free Priya');
    t.keys('Enter');
    await t.waitFor("Priya Shah's seat is free: they can join again from another device and choose their name.", WAIT);
    await t.waitFor(shows('Waiting for: Sam Patel, Ali Khan, Priya Shah (not joined), Tom Reid'), WAIT);
    await spare.takeSeat('Priya Shah');
    await spare.waitForQuestion(CABINET);
    await spare.vote(2);
    await t.waitFor('Voted 2 of 8: Jo Evans, Priya Shah\n', WAIT);

    // Back to question 1: the phones follow and the terminal says what is saved; the room votes
    // again and keeps its level, and its new votes replace the saved ones after a yes.
    t.type('b');
    t.keys('Enter');
    await t.waitFor(shows('Saved answer: level 3 Most, from the votes Sam Patel 4, Ali Khan -, Jo Evans 3, Priya Shah 4, Tom Reid 2, Mei Chen 3, Olu Ade 4, Kate Moss 3.'), WAIT);
    await t.waitForPrompt('s = keep the saved answer', WAIT);
    const now = [sam, ali, jo, spare, tom, mei, olu, kate];
    await Promise.all(now.map((p) => p.waitForQuestion(VISION)));
    await Promise.all([sam.vote(3), ali.vote(3), jo.vote(3)]);
    await t.waitFor('Voted 3 of 8: Sam Patel, Ali Khan, Jo Evans\n', WAIT);
    t.keys('Enter');
    await t.waitForPrompt('Agreed level (the median of the votes is 3)', WAIT);
    t.keys('Enter');
    // No is the default: Enter alone would keep the saved answer.
    await t.waitForPrompt('Replace the saved answer (level 3 Most, votes 4 - 3 4 2 3 4 3) with level 3 Most, votes 3 3 3 - - - - -? (y/N)', WAIT);
    t.type('y');
    t.keys('Enter');
    await t.waitForPrompt('Note of the discussion', WAIT);
    t.keys('Enter');
    await t.waitForPrompt('Anything to record for this question?', WAIT);
    t.keys('Enter');

    // Question 2 again, everyone votes; Tom has no phone to hand, so the facilitator types his vote.
    await t.waitForPrompt(REVEAL_PROMPT, WAIT);
    await Promise.all(now.map((p) => p.waitForQuestion(CABINET)));
    await Promise.all([sam.vote(2), ali.vote(2), jo.vote(1), spare.vote(2), mei.vote(3), olu.vote(2), kate.dontKnow()]);
    t.type('Tom 2');
    t.keys('Enter');
    await t.waitFor('Vote typed for Tom Reid.', WAIT);
    await t.waitFor(shows(`Voted 8 of 8: ${NAMES.join(', ')}\n`), WAIT);
    t.keys('Enter');
    screen = await t.waitForPrompt('Agreed level (the median of the votes is 2)', WAIT);
    expect(screen).toContain('Votes are 2 levels apart');
    await Promise.all(now.map((p) => p.waitForReveal()));
    t.keys('Enter');
    await t.waitForPrompt('Note of the discussion', WAIT);
    t.type('Mei has seen the cabinet papers');
    t.keys('Enter');
    await t.waitForPrompt('Anything to record for this question?', WAIT);
    t.keys('Enter');
    await t.waitForPrompt(REVEAL_PROMPT, WAIT);
    await Promise.all(now.map((p) => p.waitForQuestion(NHS)));

    // Ctrl+C: the session stops, the phones are told, and nothing is left listening or running.
    t.keys('C-c');
    expect(await t.exitCode()).toBe(130);
    screen = t.screen();
    expect(screen).toContain('--resume answers.yaml --room --minutes 30');
    await waitUntilGone(pid);
    expect(await listening(port)).toBe(false);
    expect(isRunning(pid)).toBe(false);
    await kate.page.getByRole('heading', { name: 'The workshop has ended' }).waitFor();

    const doc = readAnswers(dir);
    expect(doc.respondents).toEqual(NAMES.map((name, i) => ({ id: Object.values(ID)[i], name })));
    expect(doc.answers).toEqual({
      'lead.vision': { level: 3, votes: { [ID.sam!]: 3, [ID.ali!]: 3, [ID.jo!]: 3 } },
      'lead.cabinet': {
        level: 2,
        votes: { [ID.sam!]: 2, [ID.ali!]: 2, [ID.jo!]: 1, [ID.priya!]: 2, [ID.tom!]: 2, [ID.mei!]: 3, [ID.olu!]: 2 },
        notes: 'Mei has seen the cabinet papers',
      },
    });
    expect(runBin(['validate', 'answers.yaml', '--framework', TINY], { cwd: dir }).code).toBe(0);
    for (const phone of [...now, priya]) {
      expect(phone.errors.filter((e) => !e.includes('ERR_CONNECTION_REFUSED') && !e.includes('ERR_EMPTY_RESPONSE'))).toEqual([]);
      expect(phone.strayRequests).toEqual([]);
    }
    await Promise.all(now.map((p) => p.close()));

    // The laptop "died": --resume --room starts a new room at the first unanswered question; seats are rejoined by name.
    const again = terminal();
    again.run(['assess', TINY, '--resume', 'answers.yaml', '--room', '--host', '127.0.0.1', '--minutes', '30'], dir);
    screen = await again.waitForPrompt(REVEAL_PROMPT, WAIT);
    const newJoin = joinUrlOn(screen)!;
    expect(newJoin).not.toBe(joinUrl);
    expect(screen).toContain('Carrying on: 2 of 4 questions already answered.');
    const back = await Phone.open(browser, newJoin, 'Sam again');
    await back.takeSeat('Sam Patel');
    await back.waitForQuestion(NHS);
    await back.vote(3);
    await again.waitFor('Voted 1 of 8: Sam Patel\n', WAIT);
    again.keys('C-c');
    expect(await again.exitCode()).toBe(130);
    await back.close();
  }, 240_000);
});
