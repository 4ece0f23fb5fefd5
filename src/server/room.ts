// The live room: a small web server on the laptop for the length of an assessment, where each
// person votes privately from their own phone and a projector page shows the room's progress.
// Loaded only by `dma assess --room` (a dynamic import), so nothing else pays for it.
//
// ── For the author of `dma assess --room` ────────────────────────────────────────────────────
//
//   const room = await openRoom({ title, respondents, openSeating, host, port, minutes });
//   say(`Join at ${room.joinUrl}  (room code ${room.displayCode})`); say(room.qrText);
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
import { CodeLimiter } from './code-limiter.js';
import { roomApp } from './http-app.js';
import { isOwnAddress, lanAddress, localAddresses } from './network.js';
import { PacingClock } from './pacing.js';
import type { Pacing } from './pacing.js';
import { svgQr, terminalQr } from './qr.js';
import { RoomState } from './room-state.js';
import type { ChangeKind, Respondent, RevealInput, RoomQuestion, SeatInfo, Vote, VoteRefusal } from './room-state.js';
import { listen, roomAddresses, roomServer, stop } from './room-server.js';
import { deviceToken, displayCode, roomCode, secureRandom } from './secrets.js';
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
  /** The code as people type it: "KM7R-XQ4P". */
  readonly displayCode: string;
  readonly screenUrl: string;
  /** The join address as a QR code for a dark terminal (terminalQr for a light one). */
  readonly qrText: string;
  /** The same for dark modules on a light background (drawn black on white, it reads on any terminal). */
  readonly qrTextLight: string;
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
  /** The pacing line now; a change is also sent to the 'pacing' listeners and the projector. */
  pacing(): Pacing | undefined;
  on<K extends keyof RoomEvents>(event: K, listener: RoomEvents[K]): () => void;
  close(message?: string): Promise<void>;
}

export async function openRoom(options: OpenRoomOptions): Promise<Room> {
  const now = options.now ?? Date.now;
  const random = options.random ?? secureRandom;
  const events = new Emitter();
  const hub = new EventHub();
  const clock = new PacingClock(options, now);
  const state = new RoomState(options.respondents ?? [], options.openSeating ?? !options.respondents?.length, (kind) => changed(kind));
  const changed = (kind: ChangeKind) => {
    if (kind === 'question' && state.question) clock.shown(state.question.progress.left);
    hub.refreshSoon();
    if (kind === 'seats') events.emit('seats', state.seats());
    if ((kind === 'votes' || kind === 'question') && state.question) {
      events.emit('voted', { round: state.round, questionId: state.question.id, answered: state.answered() });
    }
    if (kind === 'question') pacingNow();
  };
  const pacingNow = pacingLine(clock, events, hub);

  const code = roomCode(random);
  const bound = options.host ?? lanAddress();
  const hosts = new Set<string>();
  const interfaces = localAddresses();
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
    screenAllowed: (address, hasPass) => isOwnAddress(address, interfaces) || (options.screenFromAnywhere === true && hasPass),
    screenView: () => screenView(state, pacingNow()),
  });
  const server = roomServer(app.fetch);
  const port = await listen(server, bound, options.port ?? 0);
  server.on('error', (error) => events.emit('error', error));
  const where = roomAddresses(bound, port, interfaces);
  for (const h of where.hosts) hosts.add(h);
  const joinUrl = `${where.baseUrl}j/${code}`;
  Object.assign(join, { url: where.baseUrl, qrSvg: svgQr(joinUrl) });

  // Views change only with the room's state, which refreshes them itself, or with the pacing
  // line, which pacingNow refreshes when it changes.
  const timer = setInterval(() => {
    hub.heartbeat();
    pacingNow();
  }, options.heartbeatMs ?? 15_000);
  timer.unref();

  let closing: Promise<void> | undefined;
  return {
    host: where.host,
    baseUrl: where.baseUrl,
    screenUrl: where.screenUrl,
    warnings: where.warnings,
    joinUrl,
    code,
    displayCode: displayCode(code),
    qrText: terminalQr(joinUrl),
    qrTextLight: terminalQr(joinUrl, { lightBackground: true }),
    port,
    ...facilitator(state),
    pacing: pacingNow,
    on: (event, listener) => events.on(event, listener),
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
}

/** The pacing line now; when it changes, the facilitator's listeners and the projector get it too. */
function pacingLine(clock: PacingClock, events: Emitter, hub: EventHub): () => Pacing | undefined {
  return () =>
    clock.update((p) => {
      events.emit('pacing', p);
      hub.refreshSoon();
    });
}

type Facilitator = Pick<Room, 'show' | 'wait' | 'ballot' | 'answered' | 'castFor' | 'reveal' | 'agree' | 'addRespondent' | 'freeSeat' | 'seats'>;

/** What the facilitator does to the room, straight onto its state. */
function facilitator(state: RoomState): Facilitator {
  return {
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
  };
}

/** The facilitator's listeners, by event. */
class Emitter {
  private readonly listeners = new Map<keyof RoomEvents, Set<(payload: never) => void>>();

  on<K extends keyof RoomEvents>(event: K, listener: RoomEvents[K]): () => void {
    const set = this.listeners.get(event) ?? new Set();
    this.listeners.set(event, set);
    set.add(listener);
    return () => set.delete(listener);
  }

  emit<K extends keyof RoomEvents>(event: K, payload: Parameters<RoomEvents[K]>[0]): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as unknown as (p: typeof payload) => void)(payload);
  }
}
