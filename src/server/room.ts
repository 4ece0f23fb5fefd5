// The live room: a small web server on the laptop for the length of an assessment, where each
// person votes privately from their own phone and a projector page shows the room's progress.
// Loaded only by `dma assess --room` (a dynamic import), so nothing else pays for it.
//
// ── For the author of `dma assess --room` ────────────────────────────────────────────────────
//
//   const room = await openRoom({ title, respondents, openSeating, host, port, minutes });
//   say(`Join at ${room.joinUrl}  (room code ${displayCode(room.code)})`); say(room.qrText);
//   say(`Projector page: ${room.screenUrl}`);
//   room.on('seats', (seats) => …);          // who holds a seat; new respondents (open seating)
//   room.on('voted', ({ answered }) => …);   // ids who have answered this question: never values
//   room.on('pacing', (pacing) => …);        // pacing.text, when --minutes was given
//   room.on('error', (error) => …);          // the server failed after it started: stop the room
//   for each question:
//     room.show({ id, text, help, levels: [{ level, label, descriptor }], notApplicableAllowed,
//                 progress: { number, total, left, theme: { number, count, title } } });
//     room.castFor(id, level | null);        // a vote typed for someone without a device
//     … when the facilitator reveals:
//     const votes = room.ballot();           // { respondentId: level }; "don't know" left out
//     room.reveal({ votes, summary, warning });   // phones and /screen now show the chart
//     room.agree('Agreed: level 3 Defined');      // optional, once the room has agreed
//   room.wait('…');                          // between questions, or before the first
//   room.freeSeat(id);                       // a phone died: its person can join again
//   await room.close();                      // always, in a finally: Ctrl+C, errors, the end
//
// Votes are keyed by respondent id. With --team the seats are the team (`respondents`,
// openSeating false). Without it (openSeating true) a typed name takes the seat whose name it
// matches (case and spacing aside) or makes a respondent with a slugified, unique id; the
// 'seats' event carries it, for the answers file. `addRespondent(name)` does the same for
// someone without a device.
//
// Restarts (`--resume --room`): device passes and seat tokens live only in this process and are
// never written down, so a new room has a new code and new tokens, and old cookies are ignored.
// Pass the answers file's respondents as `respondents`: each person scans the new code and
// chooses their name again. The room never keeps Node running on its own (its server, sockets
// and timers are unref'd); close() ends every connection and frees the port.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { UsageError } from '../core/problems.js';
import { CodeLimiter } from './code-limiter.js';
import { roomApp } from './http-app.js';
import { allowedHosts, hostPort, isLoopback, isOwnAddress, lanAddress, localAddresses } from './network.js';
import { pacing as pacingOf } from './pacing.js';
import type { Pacing } from './pacing.js';
import { svgQr, terminalQr } from './qr.js';
import { RoomState } from './room-state.js';
import type { ChangeKind, Respondent, RevealInput, RoomQuestion, SeatInfo, Vote, VoteRefusal } from './room-state.js';
import { deviceToken, roomCode, secureRandom } from './secrets.js';
import type { RandomSource } from './secrets.js';
import { EventHub } from './sse.js';
import { screenView } from './views.js';

export type { Pacing } from './pacing.js';
export type { Respondent, RevealInput, RoomLevel, RoomQuestion, SeatInfo, Vote, VoteRefusal } from './room-state.js';
export { displayCode } from './secrets.js';
export { terminalQr } from './qr.js';

export interface OpenRoomOptions {
  /** Shown at the top of the pages: the organisation and the framework. */
  title: string;
  /** Address to listen on; default the laptop's address on the local network (network.ts). */
  host?: string;
  /** Default 0: a free port. */
  port?: number;
  /** The seats known from the start: the team, or the respondents of a resumed file. */
  respondents?: readonly Respondent[];
  /** Typing a name takes or makes a seat (no --team). Default: true when there are no respondents. */
  openSeating?: boolean;
  /** Serve /screen to any device with the room code, not only to this laptop. */
  screenFromAnywhere?: boolean;
  /** The time the room has, for pacing; none without it. */
  minutes?: number;
  /** Milliseconds used in earlier sittings of this assessment. */
  usedMs?: number;
  now?: () => number;
  random?: RandomSource;
  /** How often idle streams get a heartbeat and pacing is refreshed. */
  heartbeatMs?: number;
}

export interface RoomEvents {
  seats: (seats: SeatInfo[]) => void;
  voted: (update: { round: number; questionId: string; answered: string[] }) => void;
  pacing: (pacing: Pacing) => void;
  error: (error: Error) => void;
}

export interface Room {
  /** http://192.168.1.5:41234/j/KM7RXQ4P: the address to open, carrying the code. */
  readonly joinUrl: string;
  /** http://192.168.1.5:41234/: the address without the code, which asks for it. */
  readonly baseUrl: string;
  readonly code: string;
  readonly screenUrl: string;
  /** The join address as a QR code for a dark terminal (terminalQr for a light one). */
  readonly qrText: string;
  readonly host: string;
  readonly port: number;
  /** Things the facilitator should know, such as listening on loopback only. */
  readonly warnings: readonly string[];
  show(question: RoomQuestion): void;
  wait(message: string): void;
  ballot(): Record<string, number>;
  /** Ids who have answered the question on show (a level or "don't know"). */
  answered(): string[];
  /** Refused ('not-voting', 'bad-level') when no question is being voted on or the level is not on it. */
  castFor(respondentId: string, vote: Vote): VoteRefusal | undefined;
  reveal(result: RevealInput): void;
  agree(text: string): void;
  addRespondent(name: string): Respondent | undefined;
  freeSeat(respondentId: string): boolean;
  seats(): SeatInfo[];
  pacing(): Pacing | undefined;
  on<K extends keyof RoomEvents>(event: K, listener: RoomEvents[K]): () => void;
  close(message?: string): Promise<void>;
}

export async function openRoom(options: OpenRoomOptions): Promise<Room> {
  const now = options.now ?? Date.now;
  const random = options.random ?? secureRandom;
  const listeners = new Map<keyof RoomEvents, Set<(payload: never) => void>>();
  const emit = <K extends keyof RoomEvents>(event: K, payload: Parameters<RoomEvents[K]>[0]) => {
    for (const listener of listeners.get(event) ?? []) (listener as unknown as (p: typeof payload) => void)(payload);
  };
  const hub = new EventHub();
  const clock = new PacingClock(options, now);
  const state = new RoomState(options.respondents ?? [], options.openSeating ?? !options.respondents?.length, (kind) => changed(kind));
  const changed = (kind: ChangeKind) => {
    if (kind === 'question' && state.question) clock.shown(state.question.progress.left);
    hub.refresh();
    if (kind === 'seats') emit('seats', state.seats());
    if ((kind === 'votes' || kind === 'question') && state.question) {
      emit('voted', { round: state.round, questionId: state.question.id, answered: state.answered() });
    }
    if (kind === 'question') clock.report((p) => emit('pacing', p));
  };

  const code = roomCode(random);
  const bound = options.host ?? lanAddress();
  const hosts = new Set<string>();
  const addresses = localAddresses();
  const join = { url: '', code, qrSvg: '' };
  const app = roomApp({
    state,
    hub,
    limiter: new CodeLimiter(now),
    code,
    title: options.title,
    join,
    // Named per room: cookies ignore ports, and two rooms on one laptop must not overwrite each other's.
    cookieName: `dma_room_${Buffer.from(random(4)).toString('hex')}`,
    hosts,
    newToken: () => deviceToken(random),
    screenAllowed: (address, hasPass) => isOwnAddress(address, addresses) || (options.screenFromAnywhere === true && hasPass),
    screenView: () => screenView(state, clock.current()),
  });
  const server = createServer(
    { requestTimeout: 15_000, headersTimeout: 10_000, keepAliveTimeout: 5_000, maxHeaderSize: 8192 },
    getRequestListener(app.fetch, { overrideGlobalObjects: false }),
  );
  server.maxConnections = 400;
  server.on('connection', (socket) => socket.unref());
  const port = await listen(server, bound, options.port ?? 0);
  server.on('error', (error) => emit('error', error));
  server.unref();

  const publicHost = bound === '0.0.0.0' || bound === '::' ? lanAddress(addresses) : bound;
  for (const h of allowedHosts(bound, publicHost, port, addresses)) hosts.add(h);
  const baseUrl = `http://${hostPort(publicHost, port)}/`;
  join.url = baseUrl;
  join.qrSvg = svgQr(`${baseUrl}j/${code}`);
  const screenHost = bound === '0.0.0.0' ? '127.0.0.1' : bound === '::' ? '::1' : bound;
  const warnings = isLoopback(publicHost)
    ? ['The room is listening on this computer only (no network address was found): phones cannot reach it. Join a network or start a hotspot, or give --host.']
    : [];

  const timer = setInterval(() => {
    hub.heartbeat();
    hub.refresh();
    clock.report((p) => emit('pacing', p));
  }, options.heartbeatMs ?? 15_000);
  timer.unref();

  let closing: Promise<void> | undefined;
  const room: Room = {
    joinUrl: `${baseUrl}j/${code}`,
    baseUrl,
    code,
    screenUrl: `http://${hostPort(screenHost, port)}/screen`,
    qrText: terminalQr(`${baseUrl}j/${code}`),
    host: publicHost,
    port,
    warnings,
    show: (question) => state.show(question),
    wait: (message) => state.wait(message),
    ballot: () => state.ballot(),
    answered: () => state.answered(),
    castFor: (id, vote) => state.castFor(id, vote),
    reveal: (result) => state.reveal(result),
    agree: (text) => state.agree(text),
    addRespondent: (name) => state.addRespondent(name),
    freeSeat: (id) => state.freeSeat(id),
    seats: () => state.seats(),
    pacing: () => clock.current(),
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
    close(message = 'The workshop has ended. Thank you for taking part.') {
      closing ??= (async () => {
        clearInterval(timer);
        state.close(message);
        hub.close();
        await stop(server);
      })();
      return closing;
    },
  };
  return room;
}

/** Listens, turning the usual failures into a usage error that says what to do. */
function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const where = hostPort(host, port);
      if (error.code === 'EADDRINUSE') reject(new UsageError(`cannot start the room: ${where} is in use; choose another --port, or leave it out for a free one`));
      else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') reject(new UsageError(`cannot start the room: ${host} is not an address of this computer; check --host`));
      else if (error.code === 'EACCES') reject(new UsageError(`cannot start the room: not allowed to listen on ${where}; choose a --port above 1023`));
      else reject(error);
    });
    server.listen(port, host, () => {
      server.removeAllListeners('error');
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/** Stops listening and ends every connection; open streams get a moment to send their last event. */
function stop(server: Server): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), 250);
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}

/** Time used and the pace of this sitting, for the pacing line. */
class PacingClock {
  private readonly startedAt: number;
  private firstLeft: number | undefined;
  private left: number | undefined;
  private lastText: string | undefined;

  constructor(
    private readonly options: Pick<OpenRoomOptions, 'minutes' | 'usedMs'>,
    private readonly now: () => number,
  ) {
    this.startedAt = now();
  }

  shown(left: number): void {
    this.firstLeft ??= left;
    this.left = left;
  }

  current(): Pacing | undefined {
    const { minutes } = this.options;
    if (minutes === undefined || this.left === undefined) return undefined;
    const sittingMs = this.now() - this.startedAt;
    return pacingOf({
      minutes,
      usedMs: (this.options.usedMs ?? 0) + sittingMs,
      sittingMs,
      answeredThisSitting: Math.max(0, this.firstLeft! - this.left),
      questionsLeft: this.left,
    });
  }

  /** Calls `report` when the pacing line has changed since it last did. */
  report(report: (pacing: Pacing) => void): void {
    const current = this.current();
    if (current && current.text !== this.lastText) {
      this.lastText = current.text;
      report(current);
    }
  }
}
