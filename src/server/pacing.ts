// Pacing: time used, questions left and whether the room will finish in the time it has at its
// current pace. Pure, so the terminal and the projector page say the same thing.
import { MINUTES_PER_QUESTION } from '../core/choosing-rule.js';

export interface PacingInput {
  /** The time the room has, in minutes. */
  minutes: number;
  /** Milliseconds used so far, counting any earlier sitting of the same assessment. */
  usedMs: number;
  /** Milliseconds used in this sitting, in which `answeredThisSitting` questions were answered. */
  sittingMs: number;
  answeredThisSitting: number;
  /** Questions not yet answered, the one on show included. */
  questionsLeft: number;
}

export interface Pacing {
  minutesAllowed: number;
  minutesUsed: number;
  questionsLeft: number;
  /** Minutes a question takes at the current pace (the planned pace until two are answered). */
  minutesPerQuestion: number;
  /** Minutes still needed at that pace. */
  minutesNeeded: number;
  onTime: boolean;
  /** "12 of 90 minutes used · 30 questions left · on time at this pace (about 60 minutes more)" */
  text: string;
}

const MINUTE = 60_000;

export function pacing(input: PacingInput): Pacing {
  const measured = input.answeredThisSitting >= 2;
  const perQuestion = measured ? input.sittingMs / MINUTE / input.answeredThisSitting : MINUTES_PER_QUESTION;
  // Rounded once, here; everything after is whole minutes, so the line adds up as shown
  // (used + more - allowed = over) and the file keeps the minutes the line showed.
  const minutesUsed = Math.round(input.usedMs / MINUTE);
  const minutesNeeded = Math.ceil(perQuestion * input.questionsLeft);
  const minutesOver = minutesUsed + minutesNeeded - input.minutes;
  const onTime = minutesOver <= 0;
  const pace = measured ? 'at this pace' : `at the planned ${MINUTES_PER_QUESTION} minutes a question`;
  const left = `${input.questionsLeft} question${input.questionsLeft === 1 ? '' : 's'} left`;
  const verdict =
    input.questionsLeft === 0
      ? 'all questions answered'
      : onTime
        ? `on time ${pace} (about ${minutes(minutesNeeded)} more)`
        : `behind ${pace}: about ${minutes(minutesNeeded)} more, ${minutes(minutesOver)} over`;
  return {
    minutesAllowed: input.minutes,
    minutesUsed,
    questionsLeft: input.questionsLeft,
    minutesPerQuestion: Math.round(perQuestion * 10) / 10,
    minutesNeeded,
    onTime,
    text: `${minutesUsed} of ${minutes(input.minutes)} used · ${left} · ${verdict}`,
  };
}

function minutes(n: number): string {
  return `${n} minute${n === 1 ? '' : 's'}`;
}

/** Time used and the pace of this sitting, for the pacing line; undefined until a question is shown. */
export class PacingClock {
  private readonly startedAt: number;
  private firstLeft: number | undefined;
  private left: number | undefined;
  private lastText: string | undefined;

  constructor(
    private readonly options: { minutes?: number; usedMs?: number },
    private readonly now: () => number,
  ) {
    this.startedAt = now();
  }

  /** A question is on show with `left` questions still unanswered. */
  shown(left: number): void {
    this.firstLeft ??= left;
    this.left = left;
  }

  current(): Pacing | undefined {
    const { minutes } = this.options;
    if (minutes === undefined || this.left === undefined) return undefined;
    const sittingMs = this.now() - this.startedAt;
    return pacing({
      minutes,
      usedMs: (this.options.usedMs ?? 0) + sittingMs,
      sittingMs,
      answeredThisSitting: Math.max(0, this.firstLeft! - this.left),
      questionsLeft: this.left,
    });
  }

  /**
   * The pacing line now, for every place that shows or keeps it (the facilitator's terminal, the
   * projector, the answers file), so they never disagree; calls `report` when it has changed.
   */
  update(report: (pacing: Pacing) => void): Pacing | undefined {
    const current = this.current();
    if (current && current.text !== this.lastText) {
      this.lastText = current.text;
      report(current);
    }
    return current;
  }
}
