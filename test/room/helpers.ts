// Raw HTTP against a live room on loopback: every byte a client receives is kept, so tests can
// check what was sent, not only what a page shows.
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import type { IncomingHttpHeaders } from 'node:http';
import { openRoom } from '../../src/server/room.js';
import type { OpenRoomOptions, Room, RoomQuestion } from '../../src/server/room.js';

/** Whether this machine can send from 127.0.0.2–5 (Linux and Windows can; macOS has only 127.0.0.1). */
async function canSendFromOtherLoopbacks(): Promise<boolean> {
  for (const address of ['127.0.0.2', '127.0.0.3', '127.0.0.4', '127.0.0.5']) {
    const ok = await new Promise<boolean>((resolve) => {
      const probe = createServer().once('error', () => resolve(false));
      probe.listen(0, address, () => probe.close(() => resolve(true)));
    });
    if (!ok) return false;
  }
  return true;
}

/** Other devices are stood for by other loopback addresses; tests that need them skip without. */
export const OTHER_DEVICES = await canSendFromOtherLoopbacks();
export const SKIP_OTHER_DEVICES = 'skipped: this machine cannot send from 127.0.0.2 to 127.0.0.5, which stand for other devices';

export const TEAM = [
  { id: 'sam', name: 'Sam Patel' },
  { id: 'ali', name: 'Ali Khan' },
  { id: 'jo', name: 'Jo Evans' },
];

export function question(n: number, overrides: Partial<RoomQuestion> = {}): RoomQuestion {
  return {
    id: `leadership.q${n}`,
    text: `Question ${n}: how well does the leadership team champion digital?`,
    help: 'Look for evidence in the council plan and in budget decisions.',
    levels: [
      { level: 1, label: 'Initial', descriptor: 'Digital is left to the IT team.' },
      { level: 2, label: 'Developing', descriptor: 'Some leaders talk about digital.' },
      { level: 3, label: 'Defined', descriptor: 'A named leader champions digital.' },
      { level: 4, label: 'Managed', descriptor: 'The whole team owns a digital plan.' },
      { level: 5, label: 'Leading', descriptor: 'The council shapes digital practice across the region.' },
    ],
    notApplicableAllowed: false,
    progress: { number: n, total: 10, left: 11 - n, theme: { number: 1, count: 3, title: 'Leadership' } },
    ...overrides,
  };
}

/** Repeatable "random" bytes: a counter, so two runs get the same code and tokens. */
export function countingRandom(seed = 1): (size: number) => Uint8Array {
  let n = seed;
  return (size) => Uint8Array.from({ length: size }, () => (n = (n * 1103515245 + 12345) % 2 ** 31) % 256);
}

export function openTestRoom(options: Partial<OpenRoomOptions> = {}): Promise<Room> {
  return openRoom({ title: 'Example Borough Council: Local digital leadership', host: '127.0.0.1', respondents: TEAM, openSeating: false, ...options });
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  text: string;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** A loopback address to send from (127.0.0.2 …), to stand for another device. */
  from?: string;
  cookie?: string;
}

export function request(room: Room, path: string, options: RequestOptions = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...(options.cookie ? { cookie: options.cookie } : {}), ...options.headers };
    const req = httpRequest(
      { host: '127.0.0.1', port: room.port, path, method: options.method ?? 'GET', headers, agent: false, localAddress: options.from },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString('utf8') });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** The origin headers a page of the room itself sends with a POST. */
export function sameOrigin(room: Room): Record<string, string> {
  return { origin: `http://127.0.0.1:${room.port}`, 'sec-fetch-site': 'same-origin' };
}

export function postJson(room: Room, path: string, body: unknown, cookie: string, extra: Record<string, string> = {}): Promise<RawResponse> {
  return request(room, path, {
    method: 'POST',
    cookie,
    headers: { ...sameOrigin(room), 'content-type': 'application/json', 'x-dma-room': '1', ...extra },
    body: JSON.stringify(body),
  });
}

/** Enters the code; returns the device's cookie ("name=value"). */
export async function join(room: Room, from?: string): Promise<string> {
  const res = await request(room, `/j/${room.code}`, { from });
  const setCookie = res.headers['set-cookie']?.[0];
  if (res.status !== 303 || !setCookie) throw new Error(`join failed: ${res.status} ${res.text}`);
  return setCookie.split(';')[0]!;
}

/** Joins and takes a named seat. */
export async function seated(room: Room, seat: string): Promise<string> {
  const cookie = await join(room);
  const res = await postJson(room, '/api/seat', { seat }, cookie);
  if (res.status !== 200) throw new Error(`seat failed: ${res.status} ${res.text}`);
  return cookie;
}

export interface Stream {
  /** Every byte received, headers excluded. */
  raw(): Buffer;
  status: number;
  /** The parsed `state` events so far. */
  states(): any[];
  waitFor(predicate: (state: any) => boolean, timeoutMs?: number): Promise<any>;
  close(): void;
}

/** Opens an event stream and keeps everything it receives. */
export function stream(room: Room, path: string, cookie?: string, from?: string): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const waiters = new Set<() => void>();
    const req = httpRequest(
      { host: '127.0.0.1', port: room.port, path, headers: cookie ? { cookie, accept: 'text/event-stream' } : {}, agent: false, localAddress: from },
      (res) => {
        res.on('data', (c: Buffer) => {
          chunks.push(c);
          for (const w of [...waiters]) w();
        });
        res.on('error', () => {});
        const states = () =>
          Buffer.concat(chunks)
            .toString('utf8')
            .split('\n\n')
            .filter((block) => block.includes('event: state'))
            .map((block) => JSON.parse(block.split('\n').find((l) => l.startsWith('data: '))!.slice(6)));
        resolve({
          status: res.statusCode ?? 0,
          raw: () => Buffer.concat(chunks),
          states,
          waitFor(predicate, timeoutMs = 3000) {
            return new Promise((done, fail) => {
              const check = () => {
                const found = states().find(predicate);
                if (found === undefined) return;
                waiters.delete(check);
                clearTimeout(timer);
                done(found);
              };
              const timer = setTimeout(() => {
                waiters.delete(check);
                fail(new Error(`no matching event on ${path}; got ${JSON.stringify(states().at(-1))}`));
              }, timeoutMs);
              waiters.add(check);
              check();
            });
          },
          close: () => req.destroy(),
        });
      },
    );
    req.on('error', (e) => (chunks.length ? undefined : reject(e)));
    req.end();
  });
}
