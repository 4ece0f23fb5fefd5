// The room in a real browser (Debian's Chromium through playwright-core): eight phones, each its
// own browser context with a 360-pixel mobile viewport, join from the QR code's address, vote,
// change a vote, say "don't know", drop and reconnect, have a seat freed and taken by another
// device, and see the chart after the reveal, with the room driven from code as the workshop
// will drive it. The ballot must hold exactly the votes cast. axe-core checks the phone and
// projector pages. Skips, saying why, without Chromium.
import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FrameworkResolver } from '../../src/io/load.js';
import { openRoom } from '../../src/server/room.js';
import type { Room } from '../../src/server/room.js';
import { ARTIFACTS, SKIP_BROWSER, chromium, launchBrowser, seriousAccessibilityProblems } from '../support/browser.js';
import { ROOT } from '../support/fixtures.js';
import { question } from './helpers.js';
import { Phone } from './phone-driver.js';

if (!chromium) console.warn(SKIP_BROWSER);

const TEAM = ['Sam Patel', 'Ali Khan', 'Jo Evans', 'Priya Shah', 'Tom Reid', 'Mei Chen', 'Olu Ade', 'Kate Moss'].map((name) => ({
  id: name.split(' ')[0]!.toLowerCase(),
  name,
}));

describe('the room in a browser', () => {
  let browser: Browser;
  const rooms: Room[] = [];

  beforeAll(async () => {
    if (!chromium) return;
    await mkdir(ARTIFACTS, { recursive: true });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await Promise.all(rooms.map((r) => r.close()));
    await browser?.close();
  });

  const open = async (options: Partial<Parameters<typeof openRoom>[0]> = {}) => {
    const room = await openRoom({ title: 'Example Borough Council', host: '127.0.0.1', respondents: TEAM, openSeating: false, minutes: 60, ...options });
    rooms.push(room);
    return room;
  };

  it.skipIf(!chromium)('eight phones vote through two questions: changes, don’t know, a dropped phone, a freed seat', async () => {
    const room = await open();
    const phones = await Promise.all(TEAM.map((t) => Phone.open(browser, room.joinUrl, t.id)));
    await Promise.all(phones.map((p, i) => p.takeSeat(TEAM[i]!.name)));
    expect(room.seats().every((s) => s.taken)).toBe(true);
    const screen = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await screen.goto(room.screenUrl);

    // Question 1: everyone votes; Sam changes; Ali does not know.
    const answered: string[][] = [];
    room.on('voted', (v) => answered.push(v.answered));
    const q1 = question(1);
    room.show(q1);
    await Promise.all(phones.map((p) => p.waitForQuestion(q1.text)));
    const firstVotes = [2, 3, 3, 4, 2, 3, 5, 3];
    await Promise.all(phones.map((p, i) => (i === 1 ? p.dontKnow() : p.vote(firstVotes[i]!))));
    await phones[0]!.vote(4);
    expect(answered.at(-1)).toEqual(TEAM.map((t) => t.id));
    expect(room.ballot()).toEqual({ sam: 4, jo: 3, priya: 4, tom: 2, mei: 3, olu: 5, kate: 3 });
    await screen.getByRole('heading', { name: '8 of 8 have voted' }).waitFor();
    await screen.screenshot({ path: `${ARTIFACTS}room-screen-voting.png` });
    await phones[0]!.page.screenshot({ path: `${ARTIFACTS}room-phone-voting.png`, fullPage: true });

    room.reveal({ votes: room.ballot(), summary: 'Votes are 3 levels apart: discuss before agreeing a level.', warning: true });
    const rows = await Promise.all(phones.map((p) => p.waitForReveal()));
    expect(rows[7]).toEqual([
      '1 Initial: no votes',
      '2 Developing: 1 vote: Tom Reid',
      '3 Defined: 3 votes: Jo Evans, Mei Chen, Kate Moss',
      '4 Managed: 2 votes: Sam Patel, Priya Shah',
      '5 Leading: 1 vote: Olu Ade',
    ]);
    await phones[1]!.page.getByText("Don't know: Ali Khan").waitFor();
    await screen.getByRole('heading', { name: 'The votes' }).waitFor();
    await screen.screenshot({ path: `${ARTIFACTS}room-screen-revealed.png` });
    await phones[2]!.page.screenshot({ path: `${ARTIFACTS}room-phone-revealed.png`, fullPage: true });

    // Question 2: Jo's phone drops and comes back; Priya's phone dies and a new one takes her seat.
    const q2 = question(2);
    await phones[2]!.drop();
    room.show(q2);
    await phones[2]!.reconnect(room.baseUrl);
    await Promise.all(phones.map((p) => p.waitForQuestion(q2.text)));
    await phones[3]!.close();
    const spare = await Phone.open(browser, room.joinUrl, 'priya-new');
    await spare.page.getByRole('button', { name: 'Priya Shah (taken on another device)' }).waitFor();
    expect(await spare.page.getByRole('button', { name: 'Priya Shah (taken on another device)' }).isDisabled()).toBe(true);
    room.freeSeat('priya');
    await spare.takeSeat('Priya Shah');
    await spare.waitForQuestion(q2.text);
    const voters = phones.map((p, i) => (i === 3 ? spare : p));
    const secondVotes = [1, 2, 3, 4, 5, 1, 2, 3];
    await Promise.all(voters.map((p, i) => p.vote(secondVotes[i]!)));
    expect(room.ballot()).toEqual(Object.fromEntries(TEAM.map((t, i) => [t.id, secondVotes[i]])));

    for (const phone of [...voters, phones[3]!]) {
      expect(phone.errors).toEqual([]);
      expect(phone.strayRequests).toEqual([]);
    }
    expect(await phones[0]!.overflows()).toBe(false);
    await Promise.all([...voters.map((p) => p.close()), screen.close()]);
  }, 90_000);

  it.skipIf(!chromium)('seat buttons stay the same buttons while others join, so a tap mid-update is not lost', async () => {
    const room = await open();
    const [first, second] = await Promise.all([Phone.open(browser, room.joinUrl, 'first'), Phone.open(browser, room.joinUrl, 'second')]);
    const jo = await first.page.getByRole('button', { name: 'Jo Evans', exact: true }).elementHandle();
    await second.takeSeat('Sam Patel');
    await first.page.getByRole('button', { name: 'Sam Patel (taken on another device)' }).waitFor();
    expect(await jo!.evaluate((button) => button.isConnected)).toBe(true);
    await jo!.click();
    await first.page.getByText('You are Jo Evans.').waitFor();
    await Promise.all([first.close(), second.close()]);
  });

  it.skipIf(!chromium)('typing a name, and the bare address asks for the code', async () => {
    const room = await open({ respondents: [], openSeating: true });
    const phone = await Phone.open(browser, room.baseUrl, 'typed');
    await phone.page.getByRole('heading', { name: 'Join the workshop' }).waitFor();
    await phone.enterCode('WRONG');
    await phone.page.getByRole('alert').filter({ hasText: 'That is not the room code' }).waitFor();
    await phone.enterCode(room.code.toLowerCase());
    await phone.typeName('<b>Zoë</b> Ng');
    expect(room.seats()).toEqual([{ id: 'b-zoe-b-ng', name: '<b>Zoë</b> Ng', taken: true }]);
    expect(await phone.page.locator('b').count()).toBe(0);
    room.show(question(1));
    await phone.waitForQuestion(question(1).text);
    await phone.vote(3);
    await phone.leave();
    expect(room.answered()).toEqual([]);
    await room.close();
    await phone.page.getByRole('heading', { name: 'The workshop has ended' }).waitFor();
    // The browser logs the wrong code's 403 itself; nothing else went wrong.
    expect(phone.errors).toEqual(['typed: Failed to load resource: the server responded with a status of 403 (Forbidden)']);
    await phone.close();
  }, 30_000);

  it.skipIf(!chromium)('the projector shows what each level means while the room votes, as text, and all of it fits on the screen', async () => {
    const framework = await new FrameworkResolver(ROOT).resolve('local-digital-leadership');
    // The question whose descriptors are longest, and a descriptor that tries to be markup.
    const longest = framework.questions.get('commissioning.contract-length')!;
    const levels = framework.scale.levels.map((l) => ({ level: l.level, label: l.label, descriptor: longest.levels.get(l.level)! }));
    levels[0] = { ...levels[0]!, descriptor: `<img src=x onerror="document.title='pwned'"> ${levels[0]!.descriptor}` };
    const room = await open();
    const screen = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    screen.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    await screen.goto(room.screenUrl);
    room.show(question(1, { text: longest.text, levels }));
    await screen.getByRole('heading', { level: 1, name: longest.text }).waitFor();

    const items = await screen.locator('ol.scale > li').allInnerTexts();
    expect(items.map((t) => t.replace(/\s+/g, ' ').trim())).toEqual(levels.map((l) => `${l.level} ${l.label} ${l.descriptor}`.replace(/\s+/g, ' ')));
    expect(await screen.locator('img').count()).toBe(0);
    expect(await screen.title()).not.toBe('pwned');
    // Readable from the back of the room: descriptors at the projector's body size, and every level on the first screen.
    const size = await screen.locator('ol.scale .level-text').first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(size).toBeGreaterThanOrEqual(24);
    await screen.screenshot({ path: `${ARTIFACTS}room-screen-descriptors.png` });
    const bottom = await screen.locator('ol.scale > li').last().evaluate((e) => e.getBoundingClientRect().bottom);
    expect(bottom).toBeLessThanOrEqual(720);
    expect(await screen.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await screen.screenshot({ path: `${ARTIFACTS}room-screen-descriptors.png` });
    // The join address, as long as a LAN one ("http://192.0.2.2:45019/"), reads whole on one line.
    const address = screen.locator('.join-url');
    expect(await address.innerText()).toBe(room.baseUrl);
    const lines = await address.evaluate((e) => {
      const range = document.createRange();
      range.selectNodeContents(e);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(lines).toBe(1);
    // So does the longest an IPv4 address can be, its parts as the page sets them.
    const longestAddressLines = await address.evaluate((e) => {
      const parts = ['http://', '255.255.255.255', ':65535', '/'];
      const spans = parts.map((text) => Object.assign(document.createElement('span'), { className: 'url-part', textContent: text }));
      e.replaceChildren(...spans.flatMap((span, i) => (i === 0 ? [span] : [document.createElement('wbr'), span])));
      const range = document.createRange();
      range.selectNodeContents(e);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(longestAddressLines).toBe(1);

    // After the reveal the chart takes their place.
    room.reveal({ votes: {}, summary: 'Nobody voted.', warning: false });
    await screen.getByRole('heading', { name: 'The votes' }).waitFor();
    expect(await screen.locator('.level-text').count()).toBe(0);
    expect(errors).toEqual([]);
    await screen.close();
  }, 30_000);

  it.skipIf(!chromium)('axe finds no serious or critical problems on the phone and projector pages', async () => {
    const room = await open();
    const problems: Record<string, string[]> = {};
    const check = async (name: string, page: Page) => {
      problems[name] = await seriousAccessibilityProblems(page);
    };
    const stranger = await Phone.open(browser, room.baseUrl, 'stranger', { bypassCSP: true });
    await check('code form', stranger.page);
    await stranger.enterCode('nope');
    await stranger.page.getByRole('alert').waitFor();
    await check('code form with an error', stranger.page);
    const phone = await Phone.open(browser, room.joinUrl, 'sam', { bypassCSP: true });
    await phone.page.getByRole('heading', { name: 'Who are you?' }).waitFor();
    await check('seat list', phone.page);
    await phone.takeSeat('Sam Patel');
    await check('waiting', phone.page);
    const screen = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 } });
    const projector = await screen.newPage();
    await projector.goto(room.screenUrl);
    await projector.getByRole('heading', { level: 1 }).waitFor();
    room.show(question(1));
    await phone.waitForQuestion(question(1).text);
    await phone.page.getByText('Help: why this matters').click();
    await phone.vote(3);
    await check('voting', phone.page);
    await projector.getByRole('heading', { name: /have voted$/ }).waitFor();
    await check('projector, voting', projector);
    room.reveal({ votes: room.ballot(), summary: 'Votes are all the same.', warning: false });
    await phone.waitForReveal();
    await check('revealed', phone.page);
    await projector.getByRole('heading', { name: 'The votes' }).waitFor();
    await check('projector, revealed', projector);
    expect(problems).toEqual(Object.fromEntries(Object.keys(problems).map((k) => [k, []])));
    await Promise.all([stranger.close(), phone.close(), screen.close()]);
  }, 60_000);
});
