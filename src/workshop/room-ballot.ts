// The live room's ballot box (`dma assess --room`): each person votes on their own phone. The
// terminal shows who has voted as it happens (names, never levels) and waits for the facilitator
// to reveal with Enter, whether or not everyone has voted; the facilitator can also type votes
// for people without a device, free a seat, add someone, or go back, skip, mark not applicable
// or ask for help as without the room (room-entry.ts). The reveal, the chart, the warning, the
// agreed level and the note are the questions step's, as for every box; the phones and the
// projector page show the same chart and sentence once revealed.
import type { ChalkInstance } from 'chalk';
import type { Framework, Question } from '../core/framework.js';
import type { AnswerFile } from '../core/schema.js';
import type { LiveStatus, Prompter } from '../prompts/prompter.js';
import type { Room, RoomQuestion } from '../server/room.js';
import type { BallotBox, Collected, Round, Votes } from './ballot-box.js';
import { revealSummary } from './reveal.js';
import type { RoomEntry } from './room-entry.js';
import { parseRoomEntry } from './room-entry.js';
import { showQuestion } from './typed-ballot.js';
import { isAgreed, savedAnswerLine, verdict } from './verdict.js';
import { commandHints } from './votes.js';
import type { AllowedCommands } from './votes.js';

export interface RoomBallotDeps {
  room: Room;
  prompter: Prompter;
  say: (text: string) => void;
  chalk: ChalkInstance;
  framework: Framework;
  /** Questions with no answer yet, for pacing. */
  questionsLeft: () => number;
}

export const WAITING_MESSAGE = 'Waiting for the next question.';

export class RoomBallot implements BallotBox {
  private showing: { question: Question; round: Round } | undefined;
  private readonly stopped = new AbortController();
  private readonly position: Map<string, number>;

  constructor(private readonly deps: RoomBallotDeps) {
    this.position = new Map([...deps.framework.questions.keys()].map((id, i) => [id, i + 1]));
  }

  /** The room has failed: the prompt waiting on it ends as Ctrl+C would, and the session stops. */
  fail(): void {
    this.stopped.abort();
  }

  async open(question: Question, round: Round): Promise<void> {
    const { room, framework, say, chalk: c } = this.deps;
    this.showing = { question, round };
    room.show(this.roomQuestion(question));
    // Prepared votes fill each phone; their owners may still change them.
    const seated = new Set(room.seats().map((s) => s.id));
    for (const [id, level] of Object.entries(round.prepared ?? {})) if (seated.has(id)) room.castFor(id, level);
    showQuestion({ say, chalk: c, scale: framework.scale }, question);
    if (round.saved) say(c.cyan(savedAnswerLine(framework, room.seats(), round.saved)));
  }

  async collect(): Promise<Collected> {
    if (!this.showing) throw new Error('collect() before open()');
    const { room, prompter, framework } = this.deps;
    const { allowed, saved } = this.showing.round;
    for (;;) {
      const text = await prompter.input({ message: promptMessage(allowed, isAgreed(saved)), validate: (value) => this.check(value, allowed), live: this.live() });
      const entry = parseRoomEntry(text, room.seats(), framework.scale, allowed);
      if (entry.kind === 'command') return entry;
      if (entry.kind === 'reveal') {
        const votes = room.ballot();
        if (Object.keys(votes).length) return { kind: 'votes', votes };
      }
      this.act(entry);
    }
  }

  /** What the prompt refuses before Enter is taken: text it cannot read, a reveal with no vote. */
  private check(value: string, allowed: AllowedCommands): true | string {
    const { room, framework } = this.deps;
    const entry = parseRoomEntry(value, room.seats(), framework.scale, allowed);
    if (entry.kind === 'invalid') return entry.message;
    if (entry.kind === 'reveal' && !Object.keys(room.ballot()).length) return noLevelYet(isAgreed(this.showing?.round.saved));
    return true;
  }

  /** Votes typed, a seat freed, someone added; the room then carries on voting. */
  private act(entry: RoomEntry): void {
    const { room, say } = this.deps;
    if (entry.kind === 'cast') {
      const refused = Object.entries(entry.votes).filter(([id, level]) => room.castFor(id, level) !== undefined);
      const names = Object.keys(entry.votes).filter((id) => !refused.some(([r]) => r === id)).map((id) => this.nameOf(id));
      if (names.length) say(`Vote typed for ${names.join(', ')}.`);
      if (refused.length) say(`Not recorded for ${refused.map(([id]) => this.nameOf(id)).join(', ')}: the room is not taking votes.`);
    } else if (entry.kind === 'free') {
      say(
        room.freeSeat(entry.seat.id)
          ? `${entry.seat.name}'s seat is free: they can join again from another device and choose their name.`
          : `${entry.seat.name} has no device in the room, so there is no seat to free.`,
      );
    } else if (entry.kind === 'add') {
      const added = room.addRespondent(entry.name);
      say(added ? `${added.name} is in the room: type "${added.name} <level>" to vote for them.` : `"${entry.name}" cannot be used as a name.`);
    } else if (entry.kind === 'invalid') {
      say(entry.message);
    }
  }

  private nameOf(id: string): string {
    return this.deps.room.seats().find((s) => s.id === id)?.name ?? id;
  }

  private live(): LiveStatus {
    const { room } = this.deps;
    return {
      text: () => this.status(),
      subscribe: (changed) => {
        const stops = [room.on('seats', changed), room.on('voted', changed), room.on('pacing', changed)];
        return () => stops.forEach((stop) => stop());
      },
      signal: this.stopped.signal,
      done: (value) => (value.trim() ? `Typed: ${value.trim()}` : `Votes revealed: ${Object.keys(room.ballot()).length} of ${room.seats().length} voted a level`),
    };
  }

  /** Who has voted and who the room waits for: names, never levels; then the pacing. */
  status(): string {
    const { room, chalk: c } = this.deps;
    const seats = room.seats();
    if (!seats.length) return `Nobody has joined yet: ${room.joinUrl} (room code ${room.displayCode})`;
    const answered = new Set(room.answered());
    const voted = seats.filter((s) => answered.has(s.id)).map((s) => s.name);
    const waiting = seats.filter((s) => !answered.has(s.id)).map((s) => (s.taken ? s.name : `${s.name} (not joined)`));
    const lines = [`Voted ${voted.length} of ${seats.length}: ${voted.length ? voted.join(', ') : 'nobody yet'}`];
    if (waiting.length) lines.push(`Waiting for: ${waiting.join(', ')}`);
    const pacing = room.pacing();
    if (pacing) lines.push(c.dim(pacing.text));
    return lines.join('\n');
  }

  async revealed(votes: Votes): Promise<void> {
    const summary = revealSummary(votes);
    this.deps.room.reveal({ votes: { ...votes }, summary: summary.text, warning: summary.warning });
  }

  async agreed(answer: AnswerFile): Promise<void> {
    this.deps.room.agree(`Agreed: ${verdict(this.deps.framework, answer)}`);
  }

  async close(): Promise<void> {
    this.showing = undefined;
    this.deps.room.wait(WAITING_MESSAGE);
  }

  async end(): Promise<void> {
    await this.deps.room.close();
  }

  private roomQuestion(question: Question): RoomQuestion {
    const { framework } = this.deps;
    const themeIndex = framework.themes.findIndex((t) => t.id === question.themeId);
    return {
      id: question.id,
      text: question.text,
      ...(question.help ? { help: question.help } : {}),
      levels: framework.scale.levels.map((l) => ({ level: l.level, label: l.label, descriptor: question.levels.get(l.level) ?? '' })),
      notApplicableAllowed: question.notApplicableAllowed,
      progress: {
        number: this.position.get(question.id)!,
        total: framework.questions.size,
        left: this.deps.questionsLeft(),
        theme: { number: themeIndex + 1, count: framework.themes.length, title: framework.themes[themeIndex]!.title },
      },
    };
  }
}

/** Enter with no vote yet: what the room can do instead; s keeps a saved answer, as the prompt says. */
export function noLevelYet(keepsSaved: boolean): string {
  const s = keepsSaved ? 's to keep the saved answer' : 's to skip';
  return `No level has been voted yet ("don't know" is not a level): wait for the phones, type a vote such as "Jo 3", or ${s}.`;
}

/** The prompt under the live lines: Enter reveals; what else may be typed here. */
export function promptMessage(allowed: AllowedCommands, keepsSaved = false): string {
  return `Enter reveals the votes (or type a vote such as "Jo 3", free <name>, add <name>; ${commandHints(allowed, keepsSaved)})`;
}
