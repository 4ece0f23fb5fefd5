// No vote leaves the server before its reveal, to any client, checked on the bytes sent. The same
// room is run twice with the same actions in the same order and the same secrets, but the other
// people's votes differ between the runs. Everything Sam's phone, the projector, a stranger and
// the facilitator's events receive before the reveal must then be byte for byte the same: if a
// single byte depended on another person's vote, the runs would differ. After the reveal they do
// differ, which shows the comparison can see a vote when one is sent.
import { describe, expect, it } from 'vitest';
import type { Room } from '../../src/server/room.js';
import { OTHER_DEVICES, countingRandom, join, openTestRoom, postJson, question, request, seated, stream } from './helpers.js';

interface Capture {
  beforeReveal: Record<string, string>;
  afterReveal: Record<string, string>;
}

/** One run: Sam always votes 3 then 4; Ali and Jo vote `others` (then change to `changes`). */
async function run(others: { ali: number | null; jo: number }, changes: { ali: number; jo: number | null }): Promise<Capture> {
  let now = 5_000_000;
  const room: Room = await openTestRoom({ random: countingRandom(7), now: () => now, minutes: 60 });
  try {
    const sam = await seated(room, 'sam');
    const ali = await seated(room, 'ali');
    const jo = await seated(room, 'jo');
    const stranger = await request(room, '/events', { from: OTHER_DEVICES ? '127.0.0.2' : undefined });
    const phone = await stream(room, '/events', sam);
    const screen = await stream(room, '/screen/events');
    const events: string[] = [];
    room.on('voted', (v) => events.push(JSON.stringify(v)));
    room.on('seats', (s) => events.push(JSON.stringify(s)));
    const samResponses: string[] = [];
    const own = async (level: number | null) => samResponses.push((await postJson(room, '/api/vote', { round: 1, level }, sam)).text);

    room.show(question(1));
    now += 30_000;
    await own(3);
    await postJson(room, '/api/vote', { round: 1, level: others.ali }, ali);
    await postJson(room, '/api/vote', { round: 1, level: others.jo }, jo);
    await phone.waitFor((s) => s.voted?.count === 3);
    await screen.waitFor((s) => s.seats.every((x: { voted: boolean }) => x.voted));
    await postJson(room, '/api/vote', { round: 1, level: changes.ali }, ali);
    await postJson(room, '/api/vote', { round: 1, level: changes.jo }, jo);
    await own(4);
    await phone.waitFor((s) => s.yourVote?.level === 4);
    samResponses.push((await request(room, '/', { cookie: sam })).text);
    samResponses.push((await request(room, '/phone.js', { cookie: sam })).text);
    await new Promise((r) => setTimeout(r, 50)); // anything still in flight arrives now
    const snapshot = () => ({
      phone: phone.raw().toString('utf8'),
      screen: screen.raw().toString('utf8'),
      sam: samResponses.join('\n'),
      stranger: stranger.text + String(stranger.status),
      facilitatorEvents: events.join('\n'),
    });
    const beforeReveal = snapshot();

    room.reveal({ votes: room.ballot(), summary: 'The votes.', warning: false });
    await phone.waitFor((s) => s.phase === 'revealed');
    await screen.waitFor((s) => s.phase === 'revealed');
    const afterReveal = snapshot();
    phone.close();
    screen.close();
    return { beforeReveal, afterReveal };
  } finally {
    await room.close();
  }
}

describe('vote secrecy on the wire', () => {
  it('nothing any other client receives before the reveal depends on the other votes', async () => {
    const a = await run({ ali: 1, jo: 5 }, { ali: 2, jo: null });
    const b = await run({ ali: null, jo: 2 }, { ali: 5, jo: 1 });
    for (const observer of Object.keys(a.beforeReveal)) {
      expect(b.beforeReveal[observer], observer).toBe(a.beforeReveal[observer]);
    }
    // Sam's own vote does reach Sam, and the captures are not empty.
    expect(a.beforeReveal.phone).toContain('"yourVote":{"level":4}');
    expect(a.beforeReveal.screen).toContain('"voted":true');
    expect(a.beforeReveal.facilitatorEvents).toContain('"answered":["sam","ali","jo"]');
    // After the reveal the votes are sent, so the same comparison sees them.
    expect(b.afterReveal.phone).not.toBe(a.afterReveal.phone);
    expect(b.afterReveal.screen).not.toBe(a.afterReveal.screen);
  });

  it('a phone stream carries no one else’s vote, and no reveal, until the reveal', async () => {
    const room = await openTestRoom();
    try {
      const sam = await seated(room, 'sam');
      const ali = await seated(room, 'ali');
      const watcher = await join(room); // with a pass but no seat
      const phone = await stream(room, '/events', sam);
      const unseated = await stream(room, '/events', watcher);
      room.show(question(1));
      await postJson(room, '/api/vote', { round: 1, level: 5 }, ali);
      await phone.waitFor((s) => s.voted?.count === 1);
      for (const state of [...phone.states(), ...unseated.states()]) {
        expect(state.reveal).toBeNull();
        expect(state.yourVote).toBeNull();
      }
      expect(unseated.states().every((s) => s.question === null && s.voted === null)).toBe(true);
      phone.close();
      unseated.close();
    } finally {
      await room.close();
    }
  });
});
