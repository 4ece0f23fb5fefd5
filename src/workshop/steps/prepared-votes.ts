// Votes prepared beforehand (--votes-from): each director answered alone with `dma assess`; each
// file is one person's votes (named by its first respondent, else by the file's name, as for
// a team of files in `dma score`), matched to the team by id or name. A file for someone who is
// not in the team is an error that names it. Without --team, in the live room, the files'
// people become the room's first seats.
import { DataError, UsageError, formatProblem } from '../../core/problems.js';
import type { RespondentFile } from '../../core/schema.js';
import { IdAllocator, nameKey, slugify } from '../../core/slug.js';
import { loadTeam } from '../../io/load.js';
import type { Votes } from '../ballot-box.js';
import type { Setup } from '../context.js';

type Ctx = Pick<Setup, 'options' | 'frameworkRef' | 'framework' | 'resolver' | 'doc' | 'team' | 'warn' | 'prepared'>;

interface PreparedFile {
  file: string;
  respondent: RespondentFile;
  levels: Map<string, number>;
}

export async function preparedVotes(ctx: Ctx): Promise<void> {
  const files = ctx.options.votesFrom ?? [];
  if (!files.length) return;
  if (!ctx.team?.length && !ctx.options.room) {
    throw new UsageError('--votes-from needs the people whose votes they are: give --team, or use --room');
  }
  const prepared = await readPrepared(ctx, files);
  const owners = matchTeam(ctx, prepared);
  const byQuestion = new Map<string, Record<string, number>>();
  prepared.forEach((p, i) => {
    for (const [questionId, level] of p.levels) {
      const votes = byQuestion.get(questionId) ?? {};
      votes[owners[i]!] = level;
      byQuestion.set(questionId, votes);
    }
  });
  ctx.prepared = byQuestion as ReadonlyMap<string, Votes>;
}

async function readPrepared(ctx: Ctx, files: readonly string[]): Promise<PreparedFile[]> {
  const framework = ctx.framework!;
  const loaded = await loadTeam(files, ctx.frameworkRef ?? framework.id, ctx.resolver, { keepMembers: true });
  for (const warning of loaded.warnings) ctx.warn(`${formatProblem(warning)} (warning)`);
  return (loaded.members ?? []).map((member, i) => {
    const file = files[i]!;
    const { assessment } = member;
    if (assessment.framework.id !== framework.id) {
      throw new DataError({ code: 'framework-mismatch', file, reason: `answers ${assessment.framework.id}, but this workshop uses ${framework.id}` });
    }
    const first = assessment.respondents[0];
    const respondent: RespondentFile = first ? { ...first } : { id: member.fallbackId };
    const levels = new Map<string, number>();
    for (const [id, answer] of assessment.answers) if (answer.level !== null) levels.set(id, answer.level);
    return { file, respondent, levels };
  });
}

/** The team member each file belongs to (ids); in an open room, people not yet listed are added. */
function matchTeam(ctx: Ctx, prepared: readonly PreparedFile[]): string[] {
  const team = [...(ctx.team ?? [])];
  const ids = new IdAllocator();
  for (const r of team) ids.take(r.id);
  const open = !ctx.options.team && ctx.options.room === true;
  const owners = prepared.map((p) => {
    const found = team.find((r) => r.id === p.respondent.id) ?? team.find((r) => r.name !== undefined && nameKey(r.name) === nameKey(p.respondent.name ?? p.respondent.id));
    if (found) return found.id;
    if (!open) {
      const names = team.map((r) => r.name ?? r.id).join(', ');
      throw new DataError({ code: 'unknown-respondent', file: p.file, reason: `holds the answers of ${who(p.respondent)}, who is not in the team (${names})` });
    }
    const id = ids.take(slugify(p.respondent.name ?? p.respondent.id) || 'person');
    team.push({ ...p.respondent, id, name: p.respondent.name ?? p.respondent.id });
    return id;
  });
  const firstFile = new Map<string, string>();
  owners.forEach((owner, i) => {
    const { file, respondent } = prepared[i]!;
    const earlier = firstFile.get(owner);
    if (earlier !== undefined) throw new DataError({ code: 'unknown-respondent', file, reason: `holds the answers of ${who(respondent)}, as ${earlier} does: give one file per person` });
    firstFile.set(owner, file);
  });
  if (team.length !== (ctx.team ?? []).length) {
    ctx.team = team;
    ctx.doc = { ...ctx.doc!, respondents: team };
  }
  return owners;
}

function who(r: RespondentFile): string {
  return r.name && r.name !== r.id ? `"${r.name}" (${r.id})` : `"${r.id}"`;
}
