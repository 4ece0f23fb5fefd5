// Quick vote entry ("3 4 2") and the reveal chart. Pure functions, so they are easy to test.
import type { Scale } from '../core/framework.js';
import type { RespondentFile } from '../core/schema.js';

/** What the facilitator can type at the votes prompt besides votes. */
export type VoteCommand = 'back' | 'skip' | 'not-applicable' | 'help';

const COMMANDS: Record<string, VoteCommand> = {
  b: 'back',
  back: 'back',
  s: 'skip',
  skip: 'skip',
  n: 'not-applicable',
  na: 'not-applicable',
  'n/a': 'not-applicable',
  h: 'help',
  help: 'help',
  '?': 'help',
};

export type VoteEntry =
  | { kind: 'votes'; votes: Record<string, number> }
  | { kind: 'command'; command: VoteCommand }
  | { kind: 'invalid'; message: string };

/** A dash stands for someone who does not vote on this question. */
export const ABSTAIN = '-';

export interface AllowedCommands {
  notApplicable: boolean;
  back: boolean;
  help: boolean;
}

/** b, s, n or ? (and their long forms), refused where the question does not allow it; undefined for other text. */
export function parseCommand(text: string, allowed: AllowedCommands): Exclude<VoteEntry, { kind: 'votes' }> | undefined {
  const command = COMMANDS[text.trim().toLowerCase()];
  if (!command) return undefined;
  if (command === 'not-applicable' && !allowed.notApplicable) return { kind: 'invalid', message: 'This question cannot be marked not applicable.' };
  if (command === 'back' && !allowed.back) return { kind: 'invalid', message: 'This is the first question: there is nothing to go back to.' };
  if (command === 'help' && !allowed.help) return { kind: 'invalid', message: 'This question has no extra guidance.' };
  return { kind: 'command', command };
}

/** "n = not applicable, s = skip, b = back, ? = help": what may be typed besides votes; s keeps a saved answer. */
export function commandHints(allowed: AllowedCommands, keepsSaved: boolean): string {
  const skip = keepsSaved ? 's = keep the saved answer' : 's = skip';
  return [allowed.notApplicable && 'n = not applicable', skip, allowed.back && 'b = back', allowed.help && '? = help'].filter(Boolean).join(', ');
}

export function parseVoteEntry(text: string, respondents: readonly RespondentFile[], scale: Scale, allowed: AllowedCommands): VoteEntry {
  const command = parseCommand(text, allowed);
  if (command) return command;
  const trimmed = text.trim().toLowerCase();
  const parts = trimmed.split(/[\s,]+/).filter(Boolean);
  const range = `${scale.min} to ${scale.max}`;
  if (parts.length !== respondents.length) {
    return {
      kind: 'invalid',
      message: `Enter ${respondents.length} votes, one for each person in order (${respondents.map((r) => r.name ?? r.id).join(', ')}), each ${range}, or ${ABSTAIN} for no vote.`,
    };
  }
  const votes: Record<string, number> = {};
  for (const [i, part] of parts.entries()) {
    if (part === ABSTAIN) continue;
    const level = Number(part);
    if (!/^-?\d+$/.test(part) || level < scale.min || level > scale.max) {
      return { kind: 'invalid', message: `"${part}" is not a level: each vote must be ${range}, or ${ABSTAIN} for no vote.` };
    }
    votes[respondents[i]!.id] = level;
  }
  if (Object.keys(votes).length === 0) return { kind: 'invalid', message: 'At least one person must vote.' };
  return { kind: 'votes', votes };
}

/** Lines of the reveal: one row per level with a bar and the names who chose it. */
export function voteChart(votes: Record<string, number>, respondents: readonly RespondentFile[], scale: Scale): string[] {
  const labelWidth = Math.max(...scale.levels.map((l) => `${l.level} ${l.label}`.length));
  return scale.levels.map((l) => {
    const who = respondents.filter((r) => votes[r.id] === l.level).map((r) => r.name ?? r.id);
    const barText = '██'.repeat(who.length);
    return `${`${l.level} ${l.label}`.padEnd(labelWidth)} │ ${barText}${who.length ? ` ${who.join(', ')}` : ''}`.trimEnd();
  });
}

/** Votes as the facilitator would type them, in the team's order: "3 1 -". */
export function formatVoteLine(votes: Record<string, number>, respondents: readonly RespondentFile[]): string {
  return respondents.map((r) => (votes[r.id] === undefined ? ABSTAIN : String(votes[r.id]))).join(' ');
}
