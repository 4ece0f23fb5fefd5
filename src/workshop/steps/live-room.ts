// The live room (--room): opens the room's web server for the length of the session and makes
// it the ballot box. The command's `finally` ends the box, which stops the server: at the end,
// on Ctrl+C and on any error. Without --team the seating is open: a name typed on a phone makes
// a respondent, added to the answers file with the next save.
import type { AnswersFile, RespondentFile } from '../../core/schema.js';
import type { SeatInfo } from '../../server/room.js';
import type { Setup } from '../context.js';
import { RoomBallot } from '../room-ballot.js';

type Ctx = Pick<Setup, 'options' | 'openRoom' | 'doc' | 'framework' | 'team' | 'prompter' | 'say' | 'warn' | 'chalk' | 'ballot' | 'room' | 'beforeSave'>;

export async function liveRoom(ctx: Ctx): Promise<void> {
  const { options } = ctx;
  if (!options.room) return;
  const doc = ctx.doc!;
  const framework = ctx.framework!;
  const minutesUsed = doc.session?.minutesUsed ?? 0;
  const room = await ctx.openRoom({
    title: `${doc.organisation}: ${framework.title}`,
    respondents: (doc.respondents ?? []).map((r) => ({ id: r.id, name: r.name ?? r.id })),
    openSeating: !options.team,
    ...(options.host === undefined ? {} : { host: options.host }),
    ...(options.port === undefined ? {} : { port: options.port }),
    ...(options.screenAnywhere ? { screenFromAnywhere: true } : {}),
    ...(options.minutes === undefined ? {} : { minutes: options.minutes, usedMs: minutesUsed * 60_000 }),
  });
  const ballot = new RoomBallot({
    room,
    prompter: ctx.prompter,
    say: ctx.say,
    chalk: ctx.chalk,
    framework,
    questionsLeft: () => [...framework.questions.keys()].filter((id) => ctx.doc!.answers?.[id] === undefined).length,
  });
  ctx.room = room;
  ctx.ballot = ballot;
  room.on('seats', (seats) => joinTeam(ctx, seats));
  room.on('error', (error) => {
    ctx.warn(`The live room stopped working: ${error.message}`);
    ballot.fail();
  });
  if (options.minutes !== undefined) ctx.beforeSave = (next) => withMinutesUsed(next, room.pacing()?.minutesUsed);
}

/** People who took a new seat join the team and the answers file's respondents. */
function joinTeam(ctx: Pick<Setup, 'doc' | 'team'>, seats: readonly SeatInfo[]): void {
  const listed = ctx.doc!.respondents ?? [];
  const known = new Set(listed.map((r) => r.id));
  const added: RespondentFile[] = seats.filter((s) => !known.has(s.id)).map((s) => ({ id: s.id, name: s.name }));
  if (!added.length) return;
  const respondents = [...listed, ...added];
  ctx.doc = { ...ctx.doc!, respondents };
  ctx.team = respondents;
}

/** The time used so far, kept in the file so a resumed room paces the whole workshop. */
function withMinutesUsed(doc: AnswersFile, minutesUsed: number | undefined): AnswersFile {
  return minutesUsed === undefined ? doc : { ...doc, session: { ...doc.session, minutesUsed } };
}
