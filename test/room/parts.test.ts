// The room's small parts: the code and tokens, the wrong-code limiter, choosing the address to
// listen on, pacing, and the room state's rules on its own.
import { describe, expect, it } from 'vitest';
import { CodeLimiter, FREE_TRIES, MAX_BLOCK_MS } from '../../src/server/code-limiter.js';
import { allowedHosts, isOwnAddress, lanAddress } from '../../src/server/network.js';
import type { InterfaceAddress } from '../../src/server/network.js';
import { PacingClock, pacing } from '../../src/server/pacing.js';
import { svgQr } from '../../src/server/qr.js';
import { RoomState, tidyName } from '../../src/server/room-state.js';
import { CODE_ALPHABET, deviceToken, displayCode, normaliseCode, roomCode, secureRandom } from '../../src/server/secrets.js';
import { phoneView, screenView } from '../../src/server/views.js';
import { TEAM, question } from './helpers.js';

describe('secrets', () => {
  it('room codes use the unambiguous alphabet, evenly, and differ each time', () => {
    const counts = new Map<string, number>();
    const codes = new Set<string>();
    for (let i = 0; i < 3000; i++) {
      const code = roomCode(secureRandom);
      codes.add(code);
      for (const ch of code) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
    expect(codes.size).toBe(3000);
    expect([...counts.keys()].sort().join('')).toBe([...CODE_ALPHABET].sort().join(''));
    const expected = (3000 * 8) / CODE_ALPHABET.length;
    for (const n of counts.values()) expect(Math.abs(n - expected) / expected).toBeLessThan(0.15);
    expect(CODE_ALPHABET).not.toMatch(/[O0I1LSZ5BUV2G]/);
  });

  it('codes read in two groups and are typed without care for case, spaces or hyphens', () => {
    expect(displayCode('KM7RXQ4P')).toBe('KM7R-XQ4P');
    expect(normaliseCode(' km7r - xq4p ')).toBe('KM7RXQ4P');
  });

  it('device tokens carry 256 bits', () => {
    const token = deviceToken(secureRandom);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(deviceToken(secureRandom)).not.toBe(token);
  });
});

describe('the wrong-code limiter', () => {
  it('lets a few mistakes pass, then doubles the wait up to a ceiling, per address', () => {
    let now = 0;
    const limiter = new CodeLimiter(() => now);
    for (let i = 0; i < FREE_TRIES; i++) limiter.failed('a');
    expect(limiter.check('a')).toEqual({ allowed: true });
    const waits: number[] = [];
    for (let i = 0; i < 12; i++) {
      limiter.failed('a');
      const check = limiter.check('a');
      waits.push(check.allowed ? 0 : check.retryAfterSeconds);
    }
    expect(waits.slice(0, 5)).toEqual([1, 2, 4, 8, 16]);
    expect(Math.max(...waits)).toBe(MAX_BLOCK_MS / 1000);
    expect(limiter.check('b')).toEqual({ allowed: true });
    now += MAX_BLOCK_MS + 1;
    expect(limiter.check('a')).toEqual({ allowed: true });
    limiter.succeeded('a');
    limiter.failed('a');
    expect(limiter.check('a')).toEqual({ allowed: true });
  });
});

describe('network addresses', () => {
  const iface = (name: string, address: string, internal = false): InterfaceAddress => ({ name, address, family: 'IPv4', internal });

  it('listens on the laptop’s private address on a real interface, not a container bridge', () => {
    expect(lanAddress([iface('lo', '127.0.0.1', true), iface('docker0', '172.17.0.1'), iface('wlp2s0', '192.168.1.23')])).toBe('192.168.1.23');
    expect(lanAddress([iface('lo', '127.0.0.1', true), iface('eth0', '81.2.69.160')])).toBe('81.2.69.160');
    expect(lanAddress([iface('lo', '127.0.0.1', true)])).toBe('127.0.0.1');
  });

  it('tells the laptop’s own addresses from other devices', () => {
    const list = [iface('lo', '127.0.0.1', true), iface('wlan0', '192.168.1.23')];
    expect(isOwnAddress('127.0.0.1', list)).toBe(true);
    expect(isOwnAddress('::ffff:192.168.1.23', list)).toBe(true);
    expect(isOwnAddress('192.168.1.24', list)).toBe(false);
    expect(isOwnAddress('127.0.0.2', list)).toBe(false);
    expect(isOwnAddress(undefined, list)).toBe(false);
  });

  it('answers to its own host and port only', () => {
    expect([...allowedHosts('192.168.1.23', '192.168.1.23', 8080, [])]).toEqual(['192.168.1.23:8080']);
    expect(allowedHosts('127.0.0.1', '127.0.0.1', 8080, []).has('localhost:8080')).toBe(true);
    expect(allowedHosts('0.0.0.0', '10.0.0.4', 8080, [iface('eth0', '10.0.0.4'), iface('wlan0', '10.1.0.4')]).has('10.1.0.4:8080')).toBe(true);
  });
});

describe('pacing', () => {
  const minute = 60_000;

  it('uses the planned two minutes a question until two are answered, then the room’s own pace', () => {
    const planned = pacing({ minutes: 60, usedMs: 5 * minute, sittingMs: 5 * minute, answeredThisSitting: 1, questionsLeft: 20 });
    expect(planned.text).toBe('5 of 60 minutes used · 20 questions left · on time at the planned 2 minutes a question (about 40 minutes more)');
    const slow = pacing({ minutes: 60, usedMs: 30 * minute, sittingMs: 30 * minute, answeredThisSitting: 6, questionsLeft: 10 });
    expect(slow.onTime).toBe(false);
    expect(slow.text).toBe('30 of 60 minutes used · 10 questions left · behind at this pace: about 50 minutes more, 20 minutes over');
    const done = pacing({ minutes: 60, usedMs: 61 * minute, sittingMs: minute, answeredThisSitting: 3, questionsLeft: 0 });
    expect(done.text).toMatch(/0 questions left · all questions answered$/);
  });

  it('adds up as shown: used + more - allowed = over, in the whole minutes on the line, whatever the seconds', () => {
    // The tester's line: 20 seconds in, 39 questions at 2 minutes: "0 of 30 … about 78 minutes more, 49 minutes over".
    expect(pacing({ minutes: 30, usedMs: 20_000, sittingMs: 20_000, answeredThisSitting: 0, questionsLeft: 39 }).text).toBe(
      '0 of 30 minutes used · 39 questions left · behind at the planned 2 minutes a question: about 78 minutes more, 48 minutes over',
    );
    const numbers = /^(\d+) of (\d+) minutes used · \d+ questions? left · (?:on time|behind) [^:(]*(?::|\() ?about (\d+) minutes? more(?:, (\d+) minutes? over)?/;
    for (let usedMs = 0; usedMs <= 40 * minute; usedMs += 7_919) {
      for (const [answered, left] of [[0, 39], [3, 20], [7, 5], [2, 1]] as const) {
        const p = pacing({ minutes: 30, usedMs, sittingMs: usedMs, answeredThisSitting: answered, questionsLeft: left });
        const [, used, allowed, more, over] = numbers.exec(p.text)!.map(Number);
        const label = `${usedMs} ms, ${answered} answered: ${p.text}`;
        expect([used, more], label).toEqual([p.minutesUsed, p.minutesNeeded]);
        expect(p.text.includes(' over'), label).toBe(!p.onTime);
        if (!p.onTime) expect(used! + more! - allowed!, label).toBe(over);
        else expect(used! + more!, label).toBeLessThanOrEqual(allowed!);
      }
    }
  });

  it('counts time from earlier sittings and the questions answered in this one', () => {
    let now = 0;
    const clock = new PacingClock({ minutes: 90, usedMs: 30 * minute }, () => now);
    expect(clock.current()).toBeUndefined();
    clock.shown(20);
    now = 6 * minute;
    clock.shown(17);
    const p = clock.current()!;
    expect([p.minutesUsed, p.questionsLeft, p.minutesPerQuestion, p.minutesNeeded, p.onTime]).toEqual([36, 17, 2, 34, true]);
    const reported: string[] = [];
    expect(clock.update((x) => reported.push(x.text))?.text).toBe(p.text);
    clock.update((x) => reported.push(x.text));
    expect(reported).toEqual([p.text]);
  });
});

describe('the room state', () => {
  it('tidies typed names and refuses unusable ones', () => {
    expect(tidyName('  Sam \t Patel ')).toBe('Sam Patel');
    expect(tidyName('')).toBeUndefined();
    expect(tidyName('a\u0007b')).toBeUndefined();
    expect(tidyName('x'.repeat(61))).toBeUndefined();
    expect(tidyName('😀'.repeat(60))).toBe('😀'.repeat(60));
  });

  it('views: the projector shows who has voted, a phone its own vote and a count, nobody else’s', () => {
    const state = new RoomState(TEAM, false, () => {});
    state.addDevice('t-sam');
    state.addDevice('t-ali');
    state.takeSeat('t-sam', { seat: 'sam' });
    state.takeSeat('t-ali', { seat: 'ali' });
    state.show(question(1));
    expect(state.vote('t-ali', 1, 5)).toBeUndefined();
    const phone = phoneView(state, 't-sam');
    expect(phone.voted).toEqual({ count: 1, of: 3 });
    expect(phone.yourVote).toBeNull();
    expect(phoneView(state, 't-ali').yourVote).toEqual({ level: 5 });
    const screen = screenView(state, undefined);
    expect(screen.seats.map((s) => [s.id, s.present, s.voted])).toEqual([
      ['sam', true, false],
      ['ali', true, true],
      ['jo', false, false],
    ]);
    state.vote('t-ali', 1, 2); // a changed vote changes nothing anyone else sees
    expect(screenView(state, undefined)).toEqual(screen);
    expect(phoneView(state, 't-sam')).toEqual(phone);
    expect(screen.reveal).toBeNull();
    expect(() => state.castFor('nobody', 3)).toThrow(/no respondent/);
    expect(() => new RoomState(TEAM, false, () => {}).reveal({ votes: {}, summary: '', warning: false })).toThrow(/no question/);
  });

  it('a typed name finds the team file’s seat however either spaces or cases it', () => {
    const state = new RoomState([{ id: 'jo', name: 'Jo  Evans' }], true, () => {});
    state.addDevice('t-jo');
    expect(state.takeSeat('t-jo', { name: ' jo evans ' })).toEqual({ id: 'jo', name: 'Jo  Evans' });
    expect(state.addRespondent('JO\tEVANS')).toEqual({ id: 'jo', name: 'Jo  Evans' });
  });

  it('caps the devices and seats it keeps', () => {
    const state = new RoomState([], true, () => {});
    for (let i = 0; i < 1000; i++) expect(state.addDevice(`t${i}`)).toBe(true);
    expect(state.addDevice('one-too-many')).toBe(false);
    for (let i = 0; i < 200; i++) expect(state.takeSeat(`t${i}`, { name: `Person ${i}` })).toMatchObject({ id: `person-${i}` });
    expect(state.takeSeat('t200', { name: 'Late Comer' })).toBe('full');
  });

  it('the projector’s QR code is hidden from screen readers (the page gives the address as text)', () => {
    expect(svgQr('http://192.168.1.5:4000/j/KM7RXQ4P')).toMatch(/^<svg aria-hidden="true" focusable="false" xmlns=/);
  });
});
