// The room's defences, each checked on the wire: the code gate, the wrong-code limit, seat
// tokens bound to their seat and room, small checked bodies, no cross-site requests, the
// headers every response carries, and the projector page kept to the laptop.
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/server/guard.js';
import type { Room } from '../../src/server/room.js';
import { OTHER_DEVICES, SKIP_OTHER_DEVICES, join, openTestRoom, postJson, question, request, sameOrigin, seated, stream } from './helpers.js';

if (!OTHER_DEVICES) console.warn(SKIP_OTHER_DEVICES);

const rooms: Room[] = [];
async function open(options: Parameters<typeof openTestRoom>[0] = {}): Promise<Room> {
  const room = await openTestRoom(options);
  rooms.push(room);
  return room;
}
afterEach(async () => {
  await Promise.all(rooms.splice(0).map((r) => r.close()));
});

const STRANGER = '127.0.0.2';
const CODE_FORM = '<form method="post" action="/code"';

describe('a stranger without the code', () => {
  it.skipIf(!OTHER_DEVICES)('gets the code form and nothing else, whatever the address', async () => {
    const room = await open();
    room.show(question(1));
    const sam = await seated(room, 'sam');
    await postJson(room, '/api/vote', { round: 1, level: 4 }, sam);
    const secrets = ['Sam Patel', 'Ali Khan', 'Question 1', 'Example Borough', 'Initial', 'leadership.q1', room.code];
    for (const path of ['/', '/phone.js', '/screen', '/screen.js', '/screen/events', '/api/vote', '/j/WRONG000', '/anything', '/index.html']) {
      const res = await request(room, path, { from: STRANGER });
      expect(res.text, path).toContain(CODE_FORM);
      for (const secret of secrets) expect(res.text, `${path} leaks ${secret}`).not.toContain(secret);
      expect(res.headers['set-cookie'], path).toBeUndefined();
    }
    // The event stream answers 204, which stops EventSource retrying; the page then shows the form.
    const events = await request(room, '/events', { from: STRANGER });
    expect([events.status, events.body.length]).toEqual([204, 0]);
    // A POST without a pass is refused before anything is read.
    const vote = await request(room, '/api/vote', {
      method: 'POST',
      from: STRANGER,
      headers: { ...sameOrigin(room), 'content-type': 'application/json', 'x-dma-room': '1' },
      body: JSON.stringify({ round: 1, level: 1 }),
    });
    expect(vote.status).toBe(401);
    expect(room.ballot()).toEqual({ sam: 4 });
    // The stylesheet is the code form's own and holds nothing of the room.
    const css = await request(room, '/room.css', { from: STRANGER });
    for (const secret of secrets) expect(css.text).not.toContain(secret);
  });

  it('a forged or made-up token is no pass', async () => {
    const room = await open();
    const real = await join(room);
    const name = real.split('=')[0]!;
    for (const cookie of [`${name}=${'A'.repeat(43)}`, `${name}=`, `dma_room=${real.split('=')[1]}`]) {
      expect((await request(room, '/', { cookie })).text).toContain(CODE_FORM);
      expect((await postJson(room, '/api/seat', { seat: 'sam' }, cookie)).status).toBe(401);
    }
  });
});

describe('wrong codes', () => {
  it.skipIf(!OTHER_DEVICES)('are limited per address with a growing wait; the right code works again once it is over', async () => {
    let now = 1_000_000;
    const room = await open({ now: () => now });
    const attacker = '127.0.0.3';
    for (let i = 1; i <= 5; i++) expect((await request(room, `/j/WRONG${i}`, { from: attacker })).status).toBe(403);
    expect((await request(room, '/j/WRONG6', { from: attacker })).status).toBe(403); // the sixth starts a 1 s wait
    const blocked = await request(room, `/j/${room.code}`, { from: attacker });
    expect(blocked.status).toBe(429);
    expect(blocked.headers['retry-after']).toBe('1');
    expect(blocked.text).toMatch(/Too many wrong codes/);
    expect(blocked.headers['set-cookie']).toBeUndefined();
    // The form's POST is limited the same way.
    const form = await request(room, '/code', {
      method: 'POST',
      from: attacker,
      headers: { ...sameOrigin(room), 'content-type': 'application/x-www-form-urlencoded' },
      body: `code=${room.code}`,
    });
    expect(form.status).toBe(429);
    // Another device is not held up.
    expect((await request(room, `/j/${room.code}`, { from: '127.0.0.4' })).status).toBe(303);
    now += 1001;
    expect((await request(room, '/j/WRONG7', { from: attacker })).headers['retry-after']).toBeUndefined();
    expect((await request(room, `/j/${room.code}`, { from: attacker })).status).toBe(429); // now 2 s
    expect((await request(room, `/j/${room.code}`, { from: attacker })).headers['retry-after']).toBe('2');
    now += 2001;
    expect((await request(room, `/j/${room.code}`, { from: attacker })).status).toBe(303);
  });

  it('the typed code ignores case, spaces and the hyphen', async () => {
    const room = await open();
    const typed = `${room.code.slice(0, 4).toLowerCase()} - ${room.code.slice(4)}`;
    const res = await request(room, '/code', {
      method: 'POST',
      headers: { ...sameOrigin(room), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ code: typed }).toString(),
    });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/');
  });
});

describe('seat tokens', () => {
  it('vote only for their own seat: no field names another, and a held seat cannot be taken', async () => {
    const room = await open();
    const sam = await seated(room, 'sam');
    await seated(room, 'ali');
    room.show(question(1));
    for (const body of [{ round: 1, level: 2, respondent: 'ali' }, { round: 1, level: 2, seat: 'ali' }, { round: 1, level: 2, id: 'ali' }]) {
      expect((await postJson(room, '/api/vote', body, sam)).status).toBe(400);
    }
    expect((await postJson(room, '/api/seat', { seat: 'ali' }, sam)).status).toBe(409);
    expect((await postJson(room, '/api/vote', { round: 1, level: 2 }, sam)).status).toBe(200);
    expect(room.ballot()).toEqual({ sam: 2 });
  });

  it('work only in their own room', async () => {
    const first = await open();
    const second = await open();
    const sam = await seated(first, 'sam');
    second.show(question(1));
    const [name, value] = sam.split('=');
    for (const cookie of [sam, `${name}=${value}`]) {
      expect((await postJson(second, '/api/vote', { round: 1, level: 3 }, cookie)).status).toBe(401);
      expect((await request(second, '/', { cookie })).text).toContain(CODE_FORM);
    }
    expect(second.ballot()).toEqual({});
  });

  it('are HttpOnly, SameSite=Strict, Path=/ cookies, without Secure (plain http on a local network)', async () => {
    const room = await open();
    const res = await request(room, `/j/${room.code}`);
    const cookie = res.headers['set-cookie']![0]!;
    expect(cookie).toMatch(/^dma_room_[0-9a-f]{8}=[A-Za-z0-9_-]{43}; /);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('scanning the code again keeps the seat', async () => {
    const room = await open();
    const sam = await seated(room, 'sam');
    const again = await request(room, `/j/${room.code}`, { cookie: sam });
    expect(again.status).toBe(303);
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(JSON.parse((await postJson(room, '/api/leave', {}, sam)).text).view.seating).not.toBeNull();
  });
});

describe('request bodies', () => {
  it('are small and checked: too large, not JSON, or the wrong shape is refused', async () => {
    const room = await open();
    const sam = await seated(room, 'sam');
    room.show(question(1));
    expect((await postJson(room, '/api/seat', { name: 'x'.repeat(5000) }, sam)).status).toBe(413);
    const chunked = await request(room, '/api/vote', {
      method: 'POST',
      cookie: sam,
      headers: { ...sameOrigin(room), 'content-type': 'application/json', 'x-dma-room': '1', 'transfer-encoding': 'chunked' },
      body: `{"round":1,"level":2,"pad":"${'y'.repeat(4000)}"}`,
    });
    expect(chunked.status).toBe(413);
    const raw = (body: string) =>
      request(room, '/api/vote', { method: 'POST', cookie: sam, headers: { ...sameOrigin(room), 'content-type': 'application/json', 'x-dma-room': '1' }, body });
    expect((await raw('{"round":1,')).status).toBe(400);
    expect((await raw('[]')).status).toBe(400);
    for (const body of [{ round: 1, level: '3' }, { round: 1, level: 2.5 }, { round: -1, level: 2 }, { level: 2 }, { round: 1, level: 2, extra: true }]) {
      expect((await postJson(room, '/api/vote', body, sam)).status, JSON.stringify(body)).toBe(400);
    }
    expect((await postJson(room, '/api/seat', { name: 'Ann\u0000Other' }, await join(room))).status).toBe(409);
    expect(room.ballot()).toEqual({});
  });
});

describe('cross-site requests', () => {
  it('are refused: another Origin, none, a cross-site fetch, a missing custom header or a form post to the API', async () => {
    const room = await open();
    const sam = await seated(room, 'sam');
    room.show(question(1));
    const json = { 'content-type': 'application/json', 'x-dma-room': '1' };
    const body = JSON.stringify({ round: 1, level: 5 });
    const attempts: Array<Record<string, string>> = [
      { ...json, origin: 'http://evil.example' },
      { ...json },
      { ...json, origin: `http://127.0.0.1:${room.port}`, 'sec-fetch-site': 'cross-site' },
      { ...json, origin: 'null', 'sec-fetch-site': 'cross-site' },
      { ...json, origin: 'null' },
      { ...sameOrigin(room), 'content-type': 'application/json' },
      { ...sameOrigin(room), 'content-type': 'text/plain', 'x-dma-room': '1' },
      { ...sameOrigin(room), 'content-type': 'application/x-www-form-urlencoded' },
    ];
    for (const headers of attempts) {
      expect((await request(room, '/api/vote', { method: 'POST', cookie: sam, headers, body })).status, JSON.stringify(headers)).toBe(403);
    }
    const form = await request(room, '/code', { method: 'POST', headers: { origin: 'http://evil.example', 'content-type': 'application/x-www-form-urlencoded' }, body: `code=${room.code}` });
    expect(form.status).toBe(403);
    // "Origin: null" is refused whatever else is sent: the room's pages (Referrer-Policy: same-origin)
    // send their own origin, and a hostile page can make its form say "null".
    const sites: Array<Record<string, string>> = [{}, { 'sec-fetch-site': 'same-origin' }, { 'sec-fetch-site': 'cross-site' }];
    for (const site of sites) {
      const nullForm = await request(room, '/code', { method: 'POST', headers: { origin: 'null', ...site, 'content-type': 'application/x-www-form-urlencoded' }, body: `code=${room.code}` });
      expect(nullForm.status, JSON.stringify(site)).toBe(403);
      expect(nullForm.headers['set-cookie']).toBeUndefined();
    }
    // The room's own form, as a browser on the LAN sends it: its origin, and no Sec-Fetch-Site.
    const ownForm = await request(room, '/code', { method: 'POST', headers: { origin: `http://127.0.0.1:${room.port}`, 'content-type': 'application/x-www-form-urlencoded' }, body: `code=${room.code}` });
    expect(ownForm.status).toBe(303);
    expect(room.ballot()).toEqual({});
  });

  it('a Host the room does not answer to is refused (DNS rebinding), and only GET, HEAD and POST are served', async () => {
    const room = await open();
    const sam = await seated(room, 'sam');
    const rebound = await request(room, '/', { cookie: sam, headers: { host: `attacker.example:${room.port}` } });
    expect(rebound.status).toBe(421);
    expect(rebound.text).not.toContain('Example Borough');
    expect((await request(room, '/', { method: 'PUT', cookie: sam, headers: sameOrigin(room) })).status).toBe(405);
    expect((await request(room, '/', { cookie: sam, headers: { host: `localhost:${room.port}` } })).status).toBe(200);
  });
});

describe('every response', () => {
  it('carries a strict Content-Security-Policy and no caching, sniffing, framing or referrer to another origin', async () => {
    const room = await open();
    const sam = await seated(room, 'sam');
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    );
    const responses = [
      await request(room, '/'),
      await request(room, '/', { cookie: sam }),
      await request(room, '/phone.js', { cookie: sam }),
      await request(room, '/room.css'),
      await request(room, '/screen'),
      await request(room, '/j/NOPE'),
      await request(room, '/nowhere', { cookie: sam }),
      await request(room, '/', { headers: { host: 'elsewhere' } }),
      await postJson(room, '/api/vote', { round: 9, level: 1 }, sam),
    ];
    const events = await stream(room, '/events', sam);
    for (const headers of [...responses.map((r) => r.headers)]) {
      expect(headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('same-origin');
      expect(headers['cache-control']).toBe('no-store');
      expect(headers['x-frame-options']).toBe('DENY');
    }
    // Cross-Origin-Opener-Policy only where a browser honours it (loopback here; not a LAN address,
    // where Chromium ignores it and logs an error: lan-browser.test.ts).
    expect(responses.map((r) => r.headers['cross-origin-opener-policy'])).toEqual([...Array(7).fill('same-origin'), undefined, 'same-origin']);
    expect(events.status).toBe(200);
    events.close();
  });

  it('escapes the text it is given: a hostile title and name stay text', async () => {
    const room = await open({ title: '<script>alert(1)</script> & "Co"', respondents: [], openSeating: true });
    const device = await join(room);
    const html = (await request(room, '/', { cookie: device })).text;
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;');
    expect(html).not.toContain('<script>alert');
    expect((await request(room, '/screen')).text).not.toContain('<script>alert');
    const seat = await postJson(room, '/api/seat', { name: '<img src=x onerror=alert(1)>' }, device);
    expect(JSON.parse(seat.text).view.you.name).toBe('<img src=x onerror=alert(1)>'); // data, drawn with textContent
  });
});

describe('the projector page', () => {
  it.skipIf(!OTHER_DEVICES)('is served to the laptop itself only, unless the room allows it elsewhere (with the code)', async () => {
    const room = await open();
    expect((await request(room, '/screen')).status).toBe(200);
    const phone = await join(room, '127.0.0.5');
    const refused = await request(room, '/screen', { cookie: phone, from: '127.0.0.5' });
    expect(refused.status).toBe(403);
    expect((await request(room, '/screen/events', { cookie: phone, from: '127.0.0.5' })).status).toBe(403);

    const open_ = await open({ screenFromAnywhere: true });
    expect((await request(open_, '/screen', { from: '127.0.0.5' })).text).toContain(CODE_FORM);
    const pass = await join(open_, '127.0.0.5');
    expect((await request(open_, '/screen', { cookie: pass, from: '127.0.0.5' })).status).toBe(200);
  });
});
