// The room's state: seats, the devices holding them, the question on show, the ballot and the
// reveal. No input or output here: the web server and the facilitator's interface change it
// through these methods, and views.ts decides what each client may see of it.
import { IdAllocator, nameKey, oneSpaced, slugify } from '../core/slug.js';

export interface Respondent {
  id: string;
  name: string;
}

export interface RoomLevel {
  level: number;
  label: string;
  /** What the level means for this question. */
  descriptor: string;
}

export interface RoomQuestion {
  id: string;
  text: string;
  help?: string;
  levels: RoomLevel[];
  notApplicableAllowed: boolean;
  progress: {
    /** Position of the question in the framework, from 1. */
    number: number;
    total: number;
    /** Questions not yet answered, this one included (for pacing). */
    left: number;
    theme?: { number: number; count: number; title: string };
  };
}

/** What the facilitator reveals: the votes the workshop records and its sentence about them. */
export interface RevealInput {
  votes: Record<string, number>;
  /** "Votes are 2 levels apart: discuss before agreeing a level." */
  summary: string;
  /** Whether the summary is a warning (the room disagrees). */
  warning: boolean;
}

export interface SeatInfo extends Respondent {
  /** A device holds the seat. */
  taken: boolean;
}

/** A level, or null for "don't know". */
export type Vote = number | null;

export type Phase = 'waiting' | 'voting' | 'revealed' | 'closed';

/** What changed; 'own-vote' is a changed vote, which only the voter's own view shows. */
export type ChangeKind = 'seats' | 'votes' | 'own-vote' | 'question' | 'reveal' | 'message';

export type SeatRequest = { seat: string } | { name: string };

export type SeatRefusal = 'taken' | 'unknown-seat' | 'name-taken' | 'closed-seating' | 'bad-name' | 'full';
export type VoteRefusal = 'no-seat' | 'not-voting' | 'stale' | 'bad-level';

interface Device {
  seatId?: string;
}

export const MAX_SEATS = 200;
export const MAX_DEVICES = 1000;
export const MAX_NAME_LENGTH = 60;

/** A typed name, tidied: one space between words, no control characters; undefined if unusable. */
export function tidyName(typed: string): string | undefined {
  const name = oneSpaced(typed);
  if (!name || [...name].length > MAX_NAME_LENGTH || /[\p{Cc}\p{Cf}]/u.test(name)) return undefined;
  return name;
}

export class RoomState {
  phase: Phase = 'waiting';
  message = 'The workshop will start in a moment.';
  question: RoomQuestion | undefined;
  /** Goes up each time a question is shown, so a vote meant for an earlier showing is refused. */
  round = 0;
  revealed: RevealInput | undefined;
  agreed: string | undefined;
  private readonly seatList = new Map<string, Respondent & { device?: string }>();
  private readonly devices = new Map<string, Device>();
  private readonly votes = new Map<string, Vote>();
  /** Every seat's id (seats are never removed), so a new person's id is new. */
  private readonly ids = new IdAllocator();

  constructor(
    respondents: readonly Respondent[],
    readonly openSeating: boolean,
    private readonly notify: (kind: ChangeKind) => void,
  ) {
    for (const r of respondents) {
      this.seatList.set(r.id, { id: r.id, name: r.name });
      this.ids.take(r.id);
    }
  }

  // ── Devices and seats ─────────────────────────────────────────────────────────────────────

  /** Registers a device that gave the right code; false when the room has too many. */
  addDevice(token: string): boolean {
    if (this.devices.size >= MAX_DEVICES) return false;
    this.devices.set(token, {});
    return true;
  }

  hasDevice(token: string | undefined): token is string {
    return token !== undefined && this.devices.has(token);
  }

  /** The seat a device holds. */
  seatOf(token: string | undefined): Respondent | undefined {
    const seatId = token === undefined ? undefined : this.devices.get(token)?.seatId;
    const seat = seatId === undefined ? undefined : this.seatList.get(seatId);
    return seat && { id: seat.id, name: seat.name };
  }

  seats(): SeatInfo[] {
    return [...this.seatList.values()].map((s) => ({ id: s.id, name: s.name, taken: s.device !== undefined }));
  }

  seatCount(): number {
    return this.seatList.size;
  }

  respondent(id: string): Respondent | undefined {
    const seat = this.seatList.get(id);
    return seat && { id: seat.id, name: seat.name };
  }

  /** Seats a device: on a named seat, or (open seating) on the seat a typed name matches or makes. */
  takeSeat(token: string, request: SeatRequest): Respondent | SeatRefusal {
    const device = this.devices.get(token);
    if (!device) return 'unknown-seat';
    let seat;
    if ('seat' in request) {
      seat = this.seatList.get(request.seat);
      if (!seat) return 'unknown-seat';
    } else {
      if (!this.openSeating) return 'closed-seating';
      const name = tidyName(request.name);
      if (name === undefined) return 'bad-name';
      seat = [...this.seatList.values()].find((s) => nameKey(s.name) === nameKey(name));
      if (seat?.device !== undefined && seat.device !== token) return 'name-taken';
      if (!seat) {
        if (this.seatList.size >= MAX_SEATS) return 'full';
        seat = this.addRespondentNamed(name);
      }
    }
    if (seat.device !== undefined && seat.device !== token) return 'taken';
    if (device.seatId !== undefined && device.seatId !== seat.id) this.release(token);
    seat.device = token;
    device.seatId = seat.id;
    this.notify('seats');
    return { id: seat.id, name: seat.name };
  }

  /** A respondent without a device (open seating), for the facilitator to vote for. */
  addRespondent(typed: string): Respondent | undefined {
    const name = tidyName(typed);
    if (name === undefined || this.seatList.size >= MAX_SEATS) return undefined;
    const existing = [...this.seatList.values()].find((s) => nameKey(s.name) === nameKey(name));
    if (existing) return { id: existing.id, name: existing.name };
    const seat = this.addRespondentNamed(name);
    this.notify('seats');
    return { id: seat.id, name: seat.name };
  }

  private addRespondentNamed(name: string): Respondent & { device?: string } {
    const id = this.ids.take(slugify(name) || 'person');
    const seat = { id, name };
    this.seatList.set(id, seat);
    return seat;
  }

  /** The device gives up its seat; an unrevealed vote cast from it goes with it. */
  leaveSeat(token: string): void {
    if (this.release(token)) this.notify('seats');
  }

  /** The facilitator frees a seat, so its person can take it again from another device. */
  freeSeat(id: string): boolean {
    const seat = this.seatList.get(id);
    if (!seat?.device) return false;
    const device = this.devices.get(seat.device);
    if (device) delete device.seatId;
    delete seat.device;
    this.notify('seats');
    return true;
  }

  private release(token: string): boolean {
    const device = this.devices.get(token);
    const seat = device?.seatId === undefined ? undefined : this.seatList.get(device.seatId);
    if (!device || !seat) return false;
    delete seat.device;
    delete device.seatId;
    if (this.phase === 'voting' && this.votes.delete(seat.id)) this.notify('votes');
    return true;
  }

  // ── Questions, votes and the reveal ───────────────────────────────────────────────────────

  show(question: RoomQuestion): void {
    this.question = question;
    this.round += 1;
    this.phase = 'voting';
    this.votes.clear();
    this.revealed = undefined;
    this.agreed = undefined;
    this.notify('question');
  }

  wait(message: string): void {
    this.phase = 'waiting';
    this.message = message;
    this.question = undefined;
    this.votes.clear();
    this.revealed = undefined;
    this.agreed = undefined;
    this.notify('message');
  }

  /** A vote from a seated device, for the showing it saw (`round`). */
  vote(token: string, round: number, vote: Vote): VoteRefusal | undefined {
    const seat = this.seatOf(token);
    if (!seat) return 'no-seat';
    if (this.phase !== 'voting') return 'not-voting';
    if (round !== this.round) return 'stale';
    return this.record(seat.id, vote);
  }

  /** A vote the facilitator types for someone (without a device, or whose phone has died). */
  castFor(id: string, vote: Vote): VoteRefusal | undefined {
    if (!this.seatList.has(id)) throw new Error(`castFor: no respondent "${id}" in the room`);
    if (this.phase !== 'voting') return 'not-voting';
    return this.record(id, vote);
  }

  private record(id: string, vote: Vote): VoteRefusal | undefined {
    if (vote !== null && !this.question!.levels.some((l) => l.level === vote)) return 'bad-level';
    const before = this.votes.has(id);
    this.votes.set(id, vote);
    // Changing a vote tells nobody anything; only a first answer changes who has voted.
    this.notify(before ? 'own-vote' : 'votes');
    return undefined;
  }

  voteOf(id: string): Vote | undefined {
    return this.votes.get(id);
  }

  /** Who has answered the question on show (a level or "don't know"), in seat order. */
  answered(): string[] {
    return [...this.seatList.keys()].filter((id) => this.votes.has(id));
  }

  /** How many have answered: answered().length, without the list (votes are held only for seats). */
  answeredCount(): number {
    return this.votes.size;
  }

  /** The levels voted, by respondent ("don't know" left out). For the facilitator only. */
  ballot(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const id of this.seatList.keys()) {
      const vote = this.votes.get(id);
      if (typeof vote === 'number') out[id] = vote;
    }
    return out;
  }

  /** Who said "don't know", in seat order. */
  dontKnow(): string[] {
    return [...this.seatList.keys()].filter((id) => this.votes.get(id) === null);
  }

  reveal(result: RevealInput): void {
    if (this.phase !== 'voting') throw new Error('reveal: no question is being voted on');
    this.phase = 'revealed';
    this.revealed = result;
    this.notify('reveal');
  }

  agree(text: string): void {
    this.agreed = text;
    this.notify('reveal');
  }

  close(message: string): void {
    this.phase = 'closed';
    this.message = message;
    this.notify('message');
  }
}
