// The team: who votes, and so which ballot box collects the votes: the typed line for a team of
// two or more, the list of levels for one person alone. In the live room (--room) everyone
// listed is in the team, however many, and the room step (live-room.ts) opens the box.
import { parseTeamOption, respondentsFromNames } from '../../core/answers-document.js';
import { UsageError } from '../../core/problems.js';
import type { Setup } from '../context.js';
import { SoloBallot } from '../solo-ballot.js';
import { TypedBallot } from '../typed-ballot.js';

export async function team(ctx: Pick<Setup, 'options' | 'doc' | 'resumed' | 'framework' | 'prompter' | 'say' | 'chalk' | 'team' | 'ballot'>): Promise<void> {
  const doc = ctx.doc!;
  const framework = ctx.framework!;
  const names = ctx.options.team ? parseTeamOption(ctx.options.team) : [];
  const listed = doc.respondents ?? [];
  if (names.length && listed.length) {
    if (names.map((n) => n.name).join(',') !== listed.map((r) => r.name ?? r.id).join(',')) {
      const file = ctx.options.resume ?? ctx.options.out;
      throw new UsageError(`${file} already lists its team (${listed.map((r) => r.name ?? r.id).join(', ')}); leave out --team to carry on with them`);
    }
  } else if (names.length) {
    ctx.doc = { ...doc, respondents: respondentsFromNames(names) };
  }
  const respondents = ctx.doc!.respondents ?? [];
  if (ctx.options.room) {
    ctx.team = respondents;
    return;
  }
  ctx.team = respondents.length >= 2 ? respondents : [];
  ctx.ballot = ctx.team.length
    ? new TypedBallot({ prompter: ctx.prompter, say: ctx.say, chalk: ctx.chalk, framework, respondents: ctx.team })
    : new SoloBallot({ prompter: ctx.prompter, framework });
}
