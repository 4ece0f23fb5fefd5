// The room's programmatic interface, driven as `dma assess --room` will drive it, with phones
// as raw HTTP clients: seats, votes, the facilitator's events, the reveal, freeing a seat,
// reconnecting, and closing.
import { createServer } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Room } from '../../src/server/room.js';
import { TEAM, join, openTestRoom, postJson, question, request, seated, stream } from './helpers.js';

let room: Room | undefined;
afterEach(async () => {
  await room?.close();
  room = undefined;
});

describe('the live room', () => {
  it('gives a join URL carrying an 8-character code, a QR code and a projector address', async () => {
    room = await openTestRoom();
    expect(room.code).toMatch(/^[ACDEFHJKMNPQRTWXY346789]{8}$/);
    expect(room.joinUrl).toBe(`http://127.0.0.1:${room.port}/j/${room.code}`);
    expect(room.screenUrl).toBe(`http://127.0.0.1:${room.port}/screen`);
    expect(room.qrText.split('\n').length).toBeGreaterThan(10);
    expect(room.qrText).toMatch(/[█▀▄]/);
    expect(room.port).toBeGreaterThan(0);
    expect(room.warnings.join(' ')).toMatch(/this computer only/);
  });

  it('seats the team, tells the facilitator who has voted (never how), and keeps the ballot server-side', async () => {
    room = await openTestRoom();
    const seatsSeen: string[][] = [];
    const voted: string[][] = [];
    room.on('seats', (seats) => seatsSeen.push(seats.filter((s) => s.taken).map((s) => s.id)));
    room.on('voted', (update) => voted.push(update.answered));
    const sam = await seated(room, 'sam');
    const ali = await seated(room, 'ali');
    expect(seatsSeen.at(-1)).toEqual(['sam', 'ali']);

    room.show(question(1));
    const round = 1;
    expect((await postJson(room, '/api/vote', { round, level: 3 }, sam)).status).toBe(200);
    expect((await postJson(room, '/api/vote', { round, level: 2 }, sam)).status).toBe(200); // changed
    expect((await postJson(room, '/api/vote', { round, level: null }, ali)).status).toBe(200); // don't know
    room.castFor('jo', 4);
    expect(voted).toEqual([[], ['sam'], ['sam', 'ali'], ['sam', 'ali', 'jo']]);
    expect(JSON.stringify(voted)).not.toMatch(/[2-4]/);
    expect(room.ballot()).toEqual({ sam: 2, jo: 4 });
    expect(room.answered()).toEqual(['sam', 'ali', 'jo']);
  });

  it('shows the chart to phones only after the reveal, with the names and the summary', async () => {
    room = await openTestRoom();
    const sam = await seated(room, 'sam');
    const ali = await seated(room, 'ali');
    const phone = await stream(room, '/events', sam);
    room.show(question(1));
    await postJson(room, '/api/vote', { round: 1, level: 3 }, sam);
    await postJson(room, '/api/vote', { round: 1, level: 1 }, ali);
    const before = await phone.waitFor((s) => s.voted?.count === 2);
    expect(before.reveal).toBeNull();
    expect(before.yourVote).toEqual({ level: 3 });

    room.reveal({ votes: room.ballot(), summary: 'Votes are 2 levels apart: discuss before agreeing a level.', warning: true });
    const after = await phone.waitFor((s) => s.phase === 'revealed');
    expect(after.reveal.rows.map((r: any) => [r.level, r.count, r.names])).toEqual([
      [1, 1, ['Ali Khan']],
      [2, 0, []],
      [3, 1, ['Sam Patel']],
      [4, 0, []],
      [5, 0, []],
    ]);
    expect(after.reveal.summary).toMatch(/2 levels apart/);
    expect((await postJson(room, '/api/vote', { round: 1, level: 5 }, sam)).status).toBe(409);
    room.agree('Agreed: level 2 Developing');
    expect((await phone.waitFor((s) => s.reveal?.agreed)).reveal.agreed).toBe('Agreed: level 2 Developing');
    phone.close();
  });

  it('refuses a vote for an earlier showing of a question and one off the scale', async () => {
    room = await openTestRoom();
    const sam = await seated(room, 'sam');
    room.show(question(1));
    room.show(question(2));
    const stale = await postJson(room, '/api/vote', { round: 1, level: 3 }, sam);
    expect(stale.status).toBe(409);
    expect(JSON.parse(stale.text).message).toMatch(/moved on/);
    expect((await postJson(room, '/api/vote', { round: 2, level: 9 }, sam)).status).toBe(409);
    expect(room.ballot()).toEqual({});
  });

  it('one device per seat: a second device is refused; once freed, a new device takes it', async () => {
    room = await openTestRoom();
    await seated(room, 'sam');
    const newPhone = await join(room);
    const refused = await postJson(room, '/api/seat', { seat: 'sam' }, newPhone);
    expect(refused.status).toBe(409);
    expect(JSON.parse(refused.text).message).toMatch(/held by another device/);
    expect(room.freeSeat('sam')).toBe(true);
    expect((await postJson(room, '/api/seat', { seat: 'sam' }, newPhone)).status).toBe(200);
    expect(room.seats().find((s) => s.id === 'sam')?.taken).toBe(true);
  });

  it('a phone that reconnects gets the current state at once', async () => {
    room = await openTestRoom();
    const sam = await seated(room, 'sam');
    room.show(question(3));
    await postJson(room, '/api/vote', { round: 1, level: 4 }, sam);
    const again = await stream(room, '/events', sam);
    const first = await again.waitFor(() => true);
    expect(first.question.id).toBe('leadership.q3');
    expect(first.yourVote).toEqual({ level: 4 });
    again.close();
  });

  it('open seating: a typed name makes a respondent with a unique slug id; the same name rejoins it', async () => {
    room = await openTestRoom({ respondents: [{ id: 'sam-patel', name: 'Sam Patel' }], openSeating: true });
    const a = await join(room);
    const made = await postJson(room, '/api/seat', { name: '  Zoë   Ng ' }, a);
    expect(JSON.parse(made.text).view.you).toEqual({ id: 'zoe-ng', name: 'Zoë Ng' });
    const b = await join(room);
    expect((await postJson(room, '/api/seat', { name: 'sam patel' }, b)).status).toBe(200);
    expect(room.seats()).toEqual([
      { id: 'sam-patel', name: 'Sam Patel', taken: true },
      { id: 'zoe-ng', name: 'Zoë Ng', taken: true },
    ]);
    const c = await join(room);
    const clash = await postJson(room, '/api/seat', { name: 'ZOË NG' }, c);
    expect(clash.status).toBe(409);
    expect(JSON.parse(clash.text).message).toMatch(/already has a seat/);
    expect(room.addRespondent('Sam  Patel')?.id).toBe('sam-patel');
    expect(room.addRespondent('Sam Patel-Jones')?.id).toBe('sam-patel-jones');
  });

  it('leaving a seat takes back an unrevealed vote', async () => {
    room = await openTestRoom();
    const sam = await seated(room, 'sam');
    room.show(question(1));
    await postJson(room, '/api/vote', { round: 1, level: 2 }, sam);
    expect(room.answered()).toEqual(['sam']);
    await postJson(room, '/api/leave', {}, sam);
    expect(room.answered()).toEqual([]);
    expect(room.seats().every((s) => !s.taken)).toBe(true);
  });

  it('close() tells the phones, ends every connection and frees the port', async () => {
    room = await openTestRoom();
    const sam = await seated(room, 'sam');
    const phone = await stream(room, '/events', sam);
    const { port } = room;
    await room.close();
    expect((await phone.waitFor((s) => s.phase === 'closed', 1000)).message).toMatch(/ended/);
    await room.close(); // a second close is harmless
    room = undefined;
    await new Promise<void>((resolve, reject) => {
      const probe = createServer().once('error', reject);
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
    });
  });

  it('a port in use is a usage error that says what to do', async () => {
    room = await openTestRoom();
    await expect(openTestRoom({ port: room.port })).rejects.toThrow(/in use; choose another --port/);
    await expect(openTestRoom({ host: '192.0.2.77' })).rejects.toThrow(/not an address of this computer/);
  });

  it('a restarted room (--resume): old cookies are strangers, and people rejoin their own seats by name', async () => {
    const first = await openTestRoom({ respondents: [], openSeating: true });
    const old = await join(first);
    await postJson(first, '/api/seat', { name: 'Sam Patel' }, old);
    const saved = first.seats().map(({ id, name }) => ({ id, name }));
    await first.close();

    room = await openTestRoom({ respondents: saved, openSeating: true });
    expect(room.code).not.toBe(first.code);
    expect((await postJson(room, '/api/seat', { seat: 'sam-patel' }, old)).status).toBe(401);
    const phone = await join(room);
    const seat = await postJson(room, '/api/seat', { name: 'sam patel' }, phone);
    expect(JSON.parse(seat.text).view.you).toEqual({ id: 'sam-patel', name: 'Sam Patel' });
    room.show(question(4));
    await postJson(room, '/api/vote', { round: 1, level: 2 }, phone);
    expect(room.ballot()).toEqual({ 'sam-patel': 2 });
  });

  it('keeps idle streams alive with a heartbeat, and the projector’s pacing line moves with the clock', async () => {
    let now = 0;
    room = await openTestRoom({ now: () => now, minutes: 30, heartbeatMs: 20 });
    const paced: string[] = [];
    room.on('pacing', (p) => paced.push(p.text));
    const screen = await stream(room, '/screen/events');
    room.show(question(1));
    await screen.waitFor((s) => s.pacing?.text.startsWith('0 of 30 minutes used · 10 questions left'));
    now = 12 * 60_000;
    room.show(question(2));
    now = 25 * 60_000;
    const late = await screen.waitFor((s) => s.pacing?.minutesUsed === 25);
    expect(late.pacing.text).toBe('25 of 30 minutes used · 9 questions left · behind at the planned 2 minutes a question: about 18 minutes more, 13 minutes over');
    expect(late.pacing.onTime).toBe(false);
    await vi.waitFor(() => expect(paced.at(-1)).toBe(late.pacing.text)); // with the projector's
    expect(room.pacing()?.text).toBe(late.pacing.text);
    await vi.waitFor(() => expect(screen.raw().toString()).toContain('\n: ping\n'));
    screen.close();
  });

  it('asking for the pacing (as a save does) brings the terminal’s and the projector’s line up to the same minutes', async () => {
    let now = 0;
    room = await openTestRoom({ now: () => now, minutes: 30, heartbeatMs: 60_000 });
    const paced: string[] = [];
    room.on('pacing', (p) => paced.push(p.text));
    const screen = await stream(room, '/screen/events');
    room.show(question(1));
    expect(paced).toEqual(['0 of 30 minutes used · 10 questions left · on time at the planned 2 minutes a question (about 20 minutes more)']);
    now = 2 * 60_000 + 10_000; // the discussion ran on; no heartbeat since
    const saved = room.pacing()!;
    expect(saved.minutesUsed).toBe(2);
    expect(paced.at(-1)).toBe(saved.text);
    await screen.waitFor((s) => s.pacing?.text === saved.text);
    screen.close();
  });

  it('keeps the team in the order given', async () => {
    room = await openTestRoom();
    expect(room.seats().map((s) => s.id)).toEqual(TEAM.map((t) => t.id));
    expect((await request(room, '/')).status).toBe(200);
  });
});
