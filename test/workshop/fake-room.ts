// A live room without a web server, for the workshop's tests: the real room state (seats, votes,
// the reveal) behind the facilitator's interface of src/server/room.ts, with phones that vote
// from code. Every call the workshop makes is written down.
import type { OpenRoomOptions, Pacing, RevealInput, Room, RoomEvents, RoomQuestion, Vote } from '../../src/server/room.js';
import { RoomState } from '../../src/server/room-state.js';
import type { ChangeKind } from '../../src/server/room-state.js';

export class FakeRoom implements Room {
  readonly joinUrl = 'http://192.0.2.10:41234/j/KM7RXQ4P';
  readonly baseUrl = 'http://192.0.2.10:41234/';
  readonly code = 'KM7RXQ4P';
  readonly displayCode = 'KM7R-XQ4P';
  readonly screenUrl = 'http://192.0.2.10:41234/screen';
  readonly qrText = '[QR for a dark terminal]';
  readonly qrTextLight = '[QR for a light terminal]';
  readonly host = '192.0.2.10';
  readonly port = 41234;
  readonly warnings: string[] = [];
  readonly state: RoomState;
  /** What the workshop did to the room, in order: "show lead.vision", "reveal …", "agree …", "wait …", "close". */
  readonly calls: string[] = [];
  readonly shown: RoomQuestion[] = [];
  readonly reveals: RevealInput[] = [];
  /** Set by a test to stand for --minutes. */
  pacingNow: Pacing | undefined;
  closed = false;
  private readonly listeners = new Map<keyof RoomEvents, Set<(payload: never) => void>>();
  private devices = 0;

  constructor(readonly options: OpenRoomOptions) {
    this.state = new RoomState(options.respondents ?? [], options.openSeating ?? !options.respondents?.length, (kind) => this.changed(kind));
  }

  private changed(kind: ChangeKind): void {
    if (kind === 'seats') this.emit('seats', this.state.seats());
    if ((kind === 'votes' || kind === 'question') && this.state.question) {
      this.emit('voted', { round: this.state.round, questionId: this.state.question.id, answered: this.state.answered() });
    }
  }

  emit<K extends keyof RoomEvents>(event: K, payload: Parameters<RoomEvents[K]>[0]): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as unknown as (p: typeof payload) => void)(payload);
  }

  on<K extends keyof RoomEvents>(event: K, listener: RoomEvents[K]): () => void {
    const set = this.listeners.get(event) ?? new Set();
    this.listeners.set(event, set);
    set.add(listener as (payload: never) => void);
    return () => set.delete(listener as (payload: never) => void);
  }

  /** How many listeners an event has (a prompt must stop listening when it ends). */
  listening(event: keyof RoomEvents): number {
    return this.listeners.get(event)?.size ?? 0;
  }

  // ── Phones ──────────────────────────────────────────────────────────────────────────────────

  /** A phone on a named seat (with --team), or typing a name (open seating). */
  phone(seat: { seat: string } | { name: string }): { id: string; vote: (level: Vote) => void; leave: () => void } {
    const token = `device-${++this.devices}`;
    this.state.addDevice(token);
    const taken = this.state.takeSeat(token, seat);
    if (typeof taken === 'string') throw new Error(`the phone could not take its seat: ${taken}`);
    return {
      id: taken.id,
      vote: (level) => {
        const refused = this.state.vote(token, this.state.round, level);
        if (refused) throw new Error(`vote refused: ${refused}`);
      },
      leave: () => this.state.leaveSeat(token),
    };
  }

  // ── The facilitator's interface ─────────────────────────────────────────────────────────────

  show(question: RoomQuestion): void {
    this.calls.push(`show ${question.id}`);
    this.shown.push(question);
    this.state.show(question);
  }
  wait(message: string): void {
    this.calls.push(`wait ${message}`);
    this.state.wait(message);
  }
  ballot(): Record<string, number> {
    return this.state.ballot();
  }
  answered(): string[] {
    return this.state.answered();
  }
  castFor(id: string, vote: Vote) {
    this.calls.push(`castFor ${id} ${vote}`);
    return this.state.castFor(id, vote);
  }
  reveal(result: RevealInput): void {
    this.calls.push(`reveal ${JSON.stringify(result.votes)} ${result.summary}`);
    this.reveals.push(result);
    this.state.reveal(result);
  }
  agree(text: string): void {
    this.calls.push(`agree ${text}`);
    this.state.agree(text);
  }
  addRespondent(name: string) {
    return this.state.addRespondent(name);
  }
  freeSeat(id: string): boolean {
    this.calls.push(`freeSeat ${id}`);
    return this.state.freeSeat(id);
  }
  seats() {
    return this.state.seats();
  }
  pacing(): Pacing | undefined {
    return this.pacingNow;
  }
  async close(message?: string): Promise<void> {
    this.calls.push('close');
    this.closed = true;
    this.state.close(message ?? 'The workshop has ended.');
  }
}

/** An opener for runAssess that makes fake rooms and keeps them for the test. */
export function fakeRooms(): { rooms: FakeRoom[]; open: (options: OpenRoomOptions) => Promise<Room> } {
  const rooms: FakeRoom[] = [];
  return {
    rooms,
    open: async (options) => {
      const room = new FakeRoom(options);
      rooms.push(room);
      return room;
    },
  };
}
