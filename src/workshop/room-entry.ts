// What the facilitator types while the live room votes. Pure, so it is easy to test.
//
//   (Enter)          reveal the votes, whenever the facilitator is ready
//   3 - 2 4          votes for everyone in seat order, as without the room; "-" keeps what
//                    that person has voted (or leaves them without a vote)
//   Jo 3             one vote, for someone without a device
//   free Jo          free Jo's seat, so Jo can join again from another device
//   add Kim Lee      add someone without a device (then vote for them)
//   b, s, n, ?       back, skip, not applicable, help, as without the room
import type { Scale } from '../core/framework.js';
import { nameKey } from '../core/slug.js';
import type { AllowedCommands, VoteCommand } from './votes.js';
import { parseCommand } from './votes.js';

export interface Seat {
  id: string;
  name: string;
}

export type RoomEntry =
  | { kind: 'reveal' }
  | { kind: 'command'; command: VoteCommand }
  | { kind: 'cast'; votes: Record<string, number> }
  | { kind: 'free'; seat: Seat }
  | { kind: 'add'; name: string }
  | { kind: 'invalid'; message: string };

export function parseRoomEntry(text: string, seats: readonly Seat[], scale: Scale, allowed: AllowedCommands): RoomEntry {
  const trimmed = text.trim();
  if (!trimmed) return { kind: 'reveal' };
  const command = parseCommand(trimmed, allowed);
  if (command) return command;
  const seatCommand = /^(free|add)\s+(.+)$/i.exec(trimmed);
  if (seatCommand) {
    const name = seatCommand[2]!.trim();
    if (seatCommand[1]!.toLowerCase() === 'add') return { kind: 'add', name };
    const found = findSeat(seats, name);
    return 'message' in found ? { kind: 'invalid', message: found.message } : { kind: 'free', seat: found };
  }
  const parts = trimmed.split(/[\s,]+/);
  if (parts.every((p) => p === '-' || /^-?\d+$/.test(p))) return voteLine(parts, seats, scale);
  return oneVote(trimmed, seats, scale);
}

/** "3 - 2": a vote for each seat in order; "-" keeps what that person voted. */
function voteLine(parts: readonly string[], seats: readonly Seat[], scale: Scale): RoomEntry {
  if (!seats.length) return { kind: 'invalid', message: 'Nobody is in the room yet: add someone first ("add <name>").' };
  if (parts.length !== seats.length) {
    const names = seats.map((s) => s.name).join(', ');
    return { kind: 'invalid', message: `Type ${seats.length} votes, one for each person in order (${names}), each ${scale.min} to ${scale.max}, or - to keep what they voted.` };
  }
  if (parts.every((p) => p === '-')) return { kind: 'invalid', message: '"-" keeps each vote as it is: press Enter on an empty line to reveal.' };
  const votes: Record<string, number> = {};
  for (const [i, part] of parts.entries()) {
    if (part === '-') continue;
    const level = Number(part);
    if (level < scale.min || level > scale.max) return { kind: 'invalid', message: `"${part}" is not a level: each vote must be ${scale.min} to ${scale.max}, or - to keep what they voted.` };
    votes[seats[i]!.id] = level;
  }
  return { kind: 'cast', votes };
}

/** "Jo 3": a name (or id) and a level. */
function oneVote(text: string, seats: readonly Seat[], scale: Scale): RoomEntry {
  const match = /^(.+?)\s+(-?\d+)$/.exec(text);
  if (!match) {
    return { kind: 'invalid', message: 'Press Enter to reveal, or type votes ("3 - 2"), a name and a level ("Jo 3"), free <name>, add <name>, or a command.' };
  }
  const found = findSeat(seats, match[1]!);
  if ('message' in found) return { kind: 'invalid', message: found.message };
  const level = Number(match[2]);
  if (level < scale.min || level > scale.max) return { kind: 'invalid', message: `"${match[2]}" is not a level: each vote must be ${scale.min} to ${scale.max}.` };
  return { kind: 'cast', votes: { [found.id]: level } };
}

/** The seat a typed name means: its name or id, else the one name that starts with it. */
export function findSeat(seats: readonly Seat[], typed: string): Seat | { message: string } {
  const wanted = nameKey(typed);
  const exact = seats.find((s) => nameKey(s.name) === wanted || s.id === wanted);
  if (exact) return exact;
  const starting = seats.filter((s) => nameKey(s.name).startsWith(wanted));
  if (starting.length === 1) return starting[0]!;
  if (starting.length > 1) return { message: `"${typed}" could be ${starting.map((s) => s.name).join(' or ')}: type more of the name.` };
  const names = seats.map((s) => s.name).join(', ');
  return { message: `Nobody called "${typed}" is in the room${names ? ` (${names})` : ''}.` };
}
