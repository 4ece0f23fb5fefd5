// How to join the live room, after the introduction: the join address (a full http:// address
// carrying the room code), its QR code, the code on its own for typing, the projector page and
// the keys the facilitator uses at each question.
import type { Workshop } from '../context.js';

export const ROOM_KEYS = [
  'At each question the phones vote; this terminal shows who has voted, never how.',
  '  Enter          reveal the votes when you are ready, everyone voted or not',
  '  Jo 3           type a vote for someone without a device',
  "  3 - 2 ...      type everyone's votes in seat order; - keeps a vote",
  '  add Kim Lee    add someone without a device',
  '  free Jo        free a seat: its person can join again from another device',
  '  n s b ?        not applicable, skip, back, help, as without the room',
];

export async function joinRoom(ctx: Pick<Workshop, 'room' | 'options' | 'say' | 'raw' | 'chalk'>): Promise<void> {
  const { room, say, chalk: c } = ctx;
  if (!room) return;
  say(c.bold('The live room is open. Join from a phone by scanning this code, or open:'));
  say(`  ${room.joinUrl}`);
  // Drawn dark on light, it reads on a dark or a light terminal alike; without colour, as it comes.
  const qr = c.level > 0 ? room.qrTextLight.split('\n').map((line) => c.black.bgWhite(line)).join('\n') : room.qrText;
  ctx.raw(`${qr}\n`);
  say(`Or open ${room.baseUrl} and type the room code ${c.bold(room.displayCode)}.`);
  const where = ctx.options.screenAnywhere ? 'any device with the room code' : 'this computer only';
  say(`Projector page (${where}): ${room.screenUrl}`);
  for (const warning of room.warnings) say(c.yellow(warning));
  say(c.dim(ROOM_KEYS.join('\n')));
}
