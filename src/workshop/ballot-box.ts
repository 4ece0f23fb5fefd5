// The ballot box: how the room's votes on one question are collected. The questions step talks
// only to this interface, so a new way of voting is a new implementation and nothing else:
//
//   - typed-ballot.ts  the facilitator types everyone's votes in one line ("3 4 -"): team mode today.
//   - solo-ballot.ts   one person picks the level from a list: no reveal.
//   - (Live room)      each director votes on their phone; see the notes at the end of this file.
//
// The lifecycle of one question, driven by the questions step (src/workshop/round.ts):
//
//   open(question, round)      The question is put to the room. Called again when the room comes
//                              back to it ("back", or a refused "replace the saved answer?").
//     collect() → Collected    Waits until the votes are in, or the facilitator gives a command.
//                              After 'help' the step shows the help and calls collect() again:
//                              votes already cast stay cast.
//     revealed(votes)          Only after { kind: 'votes' }. The step has saved the votes (they are
//                              no longer blind) and prints the chart and any disagreement warning;
//                              no vote may change from here on.
//     agreed(answer)           The answer the room agreed (the level, or not applicable), saved.
//   close()                    The question is left: answered, skipped, back, or the session
//                              stopped (also on Ctrl+C, from a finally).
//   end()                      The session is over, for whatever reason.
//
// A ballot box never saves and never decides the agreed level: the step does both, the same way
// for every box, so the reveal, the chart, the warning, the agreed level and the note stay as
// they are whatever collected the votes.
import type { Question } from '../core/framework.js';
import type { AnswerFile } from '../core/schema.js';
import type { AllowedCommands, VoteCommand } from './votes.js';

/** One level per respondent id. Someone who does not vote (abstains) is simply absent. */
export type Votes = Readonly<Record<string, number>>;

/** The state of the question when it is put to the room. */
export interface Round {
  /** What the room may do at this showing of the question, besides voting. */
  allowed: AllowedCommands;
  /** The answer already saved for this question, if any (offered as the default). */
  saved?: AnswerFile;
  /**
   * Votes to start from: prepared before the workshop (`--votes-from`), or saved when an earlier
   * session stopped before a level was agreed. A box offers them; the room may change them.
   */
  prepared?: Votes;
}

export type Collected =
  /** The room's votes (at least one): the step reveals them and the room agrees a level. */
  | { kind: 'votes'; votes: Votes }
  /** One person chose the level; it is the answer, with nothing to reveal. */
  | { kind: 'level'; level: number }
  /** back, skip, not-applicable or help, as allowed by `round.allowed`. */
  | { kind: 'command'; command: VoteCommand };

export interface BallotBox {
  open(question: Question, round: Round): Promise<void>;
  collect(): Promise<Collected>;
  revealed(votes: Votes): Promise<void>;
  agreed(answer: AnswerFile): Promise<void>;
  close(): Promise<void>;
  end(): Promise<void>;
}

// Notes for the Live room (`dma assess --room`), built on this interface:
//
// - open() sends the question (text, level descriptors, who is voting) to the phones and shows
//   the facilitator's screen; `round.prepared` can pre-fill each phone.
// - collect() resolves { kind: 'votes' } when the facilitator presses the reveal key (whether or
//   not everyone has voted; abstainers are left out of `votes`), or { kind: 'command' } for a key
//   such as b, s, n or ?. Until then it shows WHO has voted (names, never levels), takes a typed
//   vote for someone without a device, and lets anyone change their vote. At least one vote is
//   needed to reveal; "-" votes are abstentions.
// - revealed(votes) pushes the chart to the phones; agreed(answer) may show the agreed level.
// - close() tells the phones to wait; the next open() moves them to the next question, so they
//   follow the facilitator, including "back".
// - end() stops the server (the command's `finally` calls it, on Ctrl+C and errors too).
// - Prepared votes reorder the questions through the context's `plan` (a step before the
//   questions step), and reach each question as `round.prepared` through the context's
//   `prepared` map: no change to this interface is needed.
