// The room as phones on a real network reach it: plain http to a non-loopback address of this
// machine, which browsers treat as not trustworthy (no Sec-Fetch-* headers; under
// Referrer-Policy: no-referrer a form says "Origin: null"). The tests on 127.0.0.1 cannot show
// this, because browsers trust loopback. A phone opens the bare address, types the code as shown,
// in lower case and with a space, takes a seat and votes; wrong codes are limited; and a page of
// another origin on the same machine (same site, so the room's SameSite cookie goes with it)
// cannot join or vote with a form. Skips, saying why, without Chromium or such an address.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lanAddress } from '../../src/server/network.js';
import { openRoom } from '../../src/server/room.js';
import type { Room } from '../../src/server/room.js';
import { SKIP_BROWSER, chromium, launchBrowser } from '../support/browser.js';
import { question } from './helpers.js';
import { Phone } from './phone-driver.js';

const LAN = lanAddress();
const SKIP_LAN = 'LAN browser tests skipped: this machine has no non-loopback IPv4 address to open the room on';
if (!chromium) console.warn(SKIP_BROWSER);
else if (LAN === '127.0.0.1') console.warn(SKIP_LAN);
const CAN_RUN = chromium !== undefined && LAN !== '127.0.0.1';

const TEAM = [
  { id: 'sam', name: 'Sam Patel' },
  { id: 'ali', name: 'Ali Khan' },
  { id: 'jo', name: 'Jo Evans' },
];

/** The headers of each POST a context sends to the room, by path. */
function recordPosts(context: BrowserContext): Array<{ path: string; headers: Record<string, string> }> {
  const posts: Array<{ path: string; headers: Record<string, string> }> = [];
  context.on('request', (r) => {
    if (r.method() === 'POST') posts.push({ path: new URL(r.url()).pathname, headers: r.headers() });
  });
  return posts;
}

/** A page of another origin on the same address (another port): what a hostile page could do. */
async function otherOrigin(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((resolve) => server.listen(0, LAN, resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://${LAN}:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A form on another origin that posts itself to the room as soon as it loads. */
function selfPostingForm(action: string, fields: string, referrer: 'default' | 'no-referrer'): string {
  const meta = referrer === 'no-referrer' ? '<meta name="referrer" content="no-referrer">' : '';
  return `<!doctype html><html><head>${meta}<title>Win a prize</title></head><body>
<form method="post" action="${action}" ${fields}></form>
<script>document.forms[0].submit()</script></body></html>`;
}

describe('the room on a LAN address, in a browser', () => {
  let browser: Browser;
  const rooms: Room[] = [];

  beforeAll(async () => {
    if (CAN_RUN) browser = await launchBrowser();
  });

  afterAll(async () => {
    await Promise.all(rooms.map((r) => r.close()));
    await browser?.close();
  });

  const open = async () => {
    const room = await openRoom({ title: 'Example Borough Council', host: LAN, respondents: TEAM, openSeating: false });
    rooms.push(room);
    expect(new URL(room.baseUrl).hostname).toBe(LAN);
    return room;
  };

  it.skipIf(!CAN_RUN)('typing the code at the bare address: as shown, in lower case with a space; then a seat and a vote', async () => {
    const room = await open();
    const typed = [room.displayCode, `${room.code.slice(0, 4).toLowerCase()} ${room.code.slice(4).toLowerCase()}`];
    const phones: Phone[] = [];
    for (const [i, code] of typed.entries()) {
      const phone = await Phone.open(browser, room.baseUrl, TEAM[i]!.id);
      const posts = recordPosts(phone.context);
      await phone.page.getByRole('heading', { name: 'Join the workshop' }).waitFor();
      await phone.enterCode(code);
      await phone.page.getByRole('heading', { name: 'Who are you?' }).waitFor();
      // The browser vouches for the room's own form with the room's own origin.
      expect(posts.find((p) => p.path === '/code')?.headers.origin).toBe(new URL(room.baseUrl).origin);
      await phone.takeSeat(TEAM[i]!.name);
      phones.push(phone);
    }
    room.show(question(1));
    await Promise.all(phones.map((p) => p.waitForQuestion(question(1).text)));
    await phones[0]!.vote(3);
    await phones[1]!.vote(4);
    expect(room.ballot()).toEqual({ sam: 3, ali: 4 });
    for (const phone of phones) {
      expect(phone.strayRequests).toEqual([]);
      // Chromium warns that it ignores Cross-Origin-Opener-Policy on an untrustworthy origin; nothing else.
            expect(phone.errors.filter((e) => !e.includes('Cross-Origin-Opener-Policy'))).toEqual([]);
      await phone.close();
    }
  }, 60_000);

  it.skipIf(!CAN_RUN)('wrong codes typed in the browser: five are free, then the device waits, and is told for how long', async () => {
    const room = await open();
    const phone = await Phone.open(browser, room.baseUrl, 'guesser');
    /** Types a code and waits for the page the room answers with; returns its status and alert. */
    const submit = async (code: string) => {
      const answered = phone.page.waitForResponse((r) => r.url().endsWith('/code') && r.request().method() === 'POST');
      const navigated = phone.page.waitForEvent('framenavigated', (frame) => frame === phone.page.mainFrame());
      await phone.enterCode(code);
      const status = (await answered).status();
      await navigated;
      await phone.page.waitForLoadState();
      const alert = phone.page.getByRole('alert');
      return { status, alert: (await alert.count()) > 0 ? await alert.textContent() : '' };
    };
    for (let i = 1; i <= 6; i++) {
      const { status, alert } = await submit(`WRONG${i}`);
      expect(status).toBe(403);
      expect(alert).toContain('That is not the room code');
    }
    // The sixth wrong code shut the address out for a second: even the right code waits.
    const shut = await submit(room.code);
    expect(shut.status).toBe(429);
    expect(shut.alert).toContain('Too many wrong codes from this device. Wait 1 second, then try again.');
    await phone.page.waitForTimeout(1100);
    await phone.enterCode(room.code);
    await phone.page.getByRole('heading', { name: 'Who are you?' }).waitFor();
    await phone.close();
  }, 60_000);

  it.skipIf(!CAN_RUN)('a form on another origin of the same machine cannot join the room or vote, with or without a referrer', async () => {
    const room = await open();
    const sam = await Phone.open(browser, room.joinUrl, 'sam');
    await sam.takeSeat('Sam Patel');
    room.show(question(1));
    await sam.waitForQuestion(question(1).text);
    const posts = recordPosts(sam.context);
    const origins: Array<string | undefined> = [];
    for (const referrer of ['default', 'no-referrer'] as const) {
      const forms = [
        selfPostingForm(`${room.baseUrl}code`, '><input name="code" value="' + room.code + '"', referrer),
        // A text/plain form whose body reads as JSON; Sam's cookie goes with it (same site).
        selfPostingForm(`${room.baseUrl}api/vote`, 'enctype="text/plain"><input name=\'{"round":1,"level":5,"x":"\' value=\'"}\'', referrer),
      ];
      for (const html of forms) {
        const hostile = await otherOrigin(html);
        const page = await sam.context.newPage();
        const refused = page.waitForResponse((r) => r.url().startsWith(room.baseUrl));
        await page.goto(hostile.url);
        expect((await refused).status()).toBe(403);
        await page.close();
        await hostile.close();
      }
    }
    for (const p of posts) origins.push(p.headers.origin);
    expect(origins).toEqual([expect.stringMatching(/^http:\/\//), expect.stringMatching(/^http:\/\//), 'null', 'null']);
    expect(origins.every((o) => o !== new URL(room.baseUrl).origin)).toBe(true);
    expect(room.ballot()).toEqual({});
    const strangers = await browser.newContext();
    const stranger = await strangers.newPage();
    const hostile = await otherOrigin(selfPostingForm(`${room.baseUrl}code`, '><input name="code" value="' + room.code + '"', 'default'));
    await stranger.goto(hostile.url);
    await stranger.getByText('Cross-site requests are refused.').waitFor();
    expect((await strangers.cookies(room.baseUrl)).length).toBe(0);
    await hostile.close();
    await strangers.close();
    await sam.close();
  }, 60_000);
});
