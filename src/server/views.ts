// What each client may see of the room. A phone sees the question, how many have voted, its own
// vote and, only after the reveal, everyone's; the projector sees who has voted and the reveal.
// Nothing here reads another person's vote before the reveal: that is the secrecy rule, and
// test/room/secrecy.test.ts checks the bytes sent.
import type { Pacing } from './pacing.js';
import type { Phase, Respondent, RoomLevel, RoomQuestion, RoomState, SeatInfo, Vote } from './room-state.js';

export interface QuestionView {
  round: number;
  id: string;
  text: string;
  help: string | null;
  levels: RoomLevel[];
  progress: RoomQuestion['progress'];
}

export interface RevealView {
  rows: Array<{ level: number; label: string; count: number; names: string[] }>;
  dontKnow: string[];
  summary: string;
  warning: boolean;
  agreed: string | null;
}

export interface PhoneView {
  phase: Phase;
  message: string | null;
  /** The seats to choose from, while the device has none. */
  seating: { open: boolean; seats: SeatInfo[] } | null;
  you: Respondent | null;
  question: QuestionView | null;
  /** How many have answered, of how many seats. */
  voted: { count: number; of: number } | null;
  /** This device's own vote: a level, null for "don't know", absent before it votes. */
  yourVote: { level: Vote } | null;
  reveal: RevealView | null;
}

export interface ScreenView {
  phase: Phase;
  message: string | null;
  question: QuestionView | null;
  seats: Array<{ id: string; name: string; present: boolean; voted: boolean }>;
  reveal: RevealView | null;
  pacing: Pick<Pacing, 'text' | 'onTime' | 'minutesUsed' | 'minutesAllowed' | 'questionsLeft'> | null;
}

export function phoneView(state: RoomState, token: string): PhoneView {
  const you = state.seatOf(token) ?? null;
  const voting = state.phase === 'voting' || state.phase === 'revealed';
  const own = you ? state.voteOf(you.id) : undefined;
  return {
    phase: state.phase,
    message: voting ? null : state.message,
    seating: you ? null : { open: state.openSeating, seats: state.seats() },
    you,
    question: you && voting ? questionView(state) : null,
    voted: you && voting ? { count: state.answeredCount(), of: state.seatCount() } : null,
    yourVote: you && voting && own !== undefined ? { level: own } : null,
    reveal: you ? revealView(state) : null,
  };
}

export function screenView(state: RoomState, pacing: Pacing | undefined): ScreenView {
  const voting = state.phase === 'voting' || state.phase === 'revealed';
  const answered = new Set(state.answered());
  return {
    phase: state.phase,
    message: voting ? null : state.message,
    question: voting ? questionView(state) : null,
    seats: state.seats().map((s) => ({ id: s.id, name: s.name, present: s.taken, voted: voting && answered.has(s.id) })),
    reveal: revealView(state),
    pacing: pacing
      ? { text: pacing.text, onTime: pacing.onTime, minutesUsed: pacing.minutesUsed, minutesAllowed: pacing.minutesAllowed, questionsLeft: pacing.questionsLeft }
      : null,
  };
}

function questionView(state: RoomState): QuestionView | null {
  const q = state.question;
  if (!q) return null;
  return { round: state.round, id: q.id, text: q.text, help: q.help ?? null, levels: q.levels, progress: q.progress };
}

/** The chart, only once the facilitator has revealed the votes. */
function revealView(state: RoomState): RevealView | null {
  const result = state.revealed;
  if (state.phase !== 'revealed' || !result || !state.question) return null;
  const nameOf = (id: string) => state.respondent(id)?.name ?? id;
  const voters = Object.keys(result.votes);
  return {
    rows: state.question.levels.map((l) => {
      const names = voters.filter((id) => result.votes[id] === l.level).map(nameOf);
      return { level: l.level, label: l.label, count: names.length, names };
    }),
    dontKnow: state.dontKnow().filter((id) => !(id in result.votes)).map(nameOf),
    summary: result.summary,
    warning: result.warning,
    agreed: state.agreed ?? null,
  };
}
