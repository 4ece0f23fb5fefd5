// The rules a share file obeys beyond its shape: ids, levels on the scale, counts and scores
// that agree with the levels, and the two hashes (worked out in io/ and passed in).
import type { Problem } from '../problems.js';
import { round1 } from '../score-document.js';
import type { ShareDocument } from './schema.js';
import { PSEUDONYM_PATTERN } from './schema.js';
import { scoreShare } from './scores.js';

/** Scales are a handful of levels; a wider one is a broken file, not a framework. */
export const MAX_SCALE_LEVELS = 101;
/** Stated scores are rounded to one decimal place; anything further off was changed. */
const SCORE_TOLERANCE = 0.05 + 1e-9;

/** True when the scale is one the hash and the scores can be worked out on. */
export function scaleIsUsable(share: Pick<ShareDocument, 'scale'>): boolean {
  const { min, max } = share.scale;
  return min < max && max - min < MAX_SCALE_LEVELS;
}

export function shareRuleProblems(share: ShareDocument): Problem[] {
  const problems: Problem[] = [];
  const { min, max, target } = share.scale;
  if (!scaleIsUsable(share)) {
    problems.push({ path: ['scale'], message: `the scale from ${min} to ${max} is not a scale of 2 to ${MAX_SCALE_LEVELS} levels` });
    return problems;
  }
  if (target < min || target > max) problems.push({ path: ['scale', 'target'], message: `target ${target} is not on the scale (${min} to ${max})` });
  if (share.organisation.anonymous && !PSEUDONYM_PATTERN.test(share.organisation.name)) {
    problems.push({ path: ['organisation', 'name'], message: 'an anonymous share must carry a pseudonym ("Council" and 8 hexadecimal digits), not a name' });
  }
  problems.push(...idProblems(share), ...questionProblems(share), ...countProblems(share), ...scoreProblems(share));
  return problems;
}

function idProblems(share: ShareDocument): Problem[] {
  const problems: Problem[] = [];
  const themes = new Set<string>();
  const questions = new Set<string>();
  share.themes.forEach((theme, t) => {
    if (themes.has(theme.id)) problems.push({ path: ['themes', t, 'id'], message: `theme id "${theme.id}" is used twice` });
    themes.add(theme.id);
    theme.questions.forEach((q, i) => {
      const path = ['themes', t, 'questions', i, 'id'];
      if (questions.has(q.id)) problems.push({ path, message: `question id "${q.id}" is used twice` });
      if (!q.id.startsWith(`${theme.id}.`)) problems.push({ path, message: `question "${q.id}" is listed under the theme "${theme.id}", but its id names another theme` });
      questions.add(q.id);
    });
  });
  return problems;
}

function questionProblems(share: ShareDocument): Problem[] {
  const problems: Problem[] = [];
  const { min, max } = share.scale;
  share.themes.forEach((theme, t) =>
    theme.questions.forEach((q, i) => {
      const path = ['themes', t, 'questions', i];
      if (q.level !== null && (q.level < min || q.level > max)) problems.push({ path: [...path, 'level'], message: `level ${q.level} is not on the scale (${min} to ${max})` });
      if (q.notApplicable && q.level !== null) problems.push({ path: [...path, 'level'], message: 'a question answered not applicable has no level (null)' });
      if (q.spread !== null && q.spread > max - min) problems.push({ path: [...path, 'spread'], message: `a spread of ${q.spread} is wider than the scale` });
      if (q.notes && !share.includesNotes) problems.push({ path: [...path, 'notes'], atKey: true, message: 'notes are here, but includesNotes is false' });
    }),
  );
  return problems;
}

function countProblems(share: ShareDocument): Problem[] {
  const problems: Problem[] = [];
  const totals = { answered: 0, notApplicable: 0, total: 0 };
  share.themes.forEach((theme, t) => {
    const answered = theme.questions.filter((q) => q.level !== null).length;
    const notApplicable = theme.questions.filter((q) => q.notApplicable).length;
    const counts = { answered, notApplicable, total: theme.questions.length - notApplicable };
    for (const key of ['answered', 'notApplicable', 'total'] as const) {
      if (theme[key] !== counts[key]) problems.push({ path: ['themes', t, key], message: `${key} is ${theme[key]}, but the questions give ${counts[key]}` });
      totals[key] += counts[key];
    }
  });
  for (const key of ['answered', 'notApplicable', 'total'] as const) {
    if (share.overall[key] !== totals[key]) problems.push({ path: ['overall', key], message: `${key} is ${share.overall[key]}, but the questions give ${totals[key]}` });
  }
  return problems;
}

function scoreProblems(share: ShareDocument): Problem[] {
  const problems: Problem[] = [];
  const worked = scoreShare(share);
  const check = (stated: number | null, actual: number | null, path: Array<string | number>) => {
    const agrees = stated === null || actual === null ? stated === actual : Math.abs(stated - actual) <= SCORE_TOLERANCE;
    if (!agrees) {
      const shown = (v: number | null) => (v === null ? 'no score (null)' : round1(v).toFixed(1));
      problems.push({ path, message: `the score ${shown(stated)} does not match the levels and weights of the questions, which give ${shown(actual)}` });
    }
  };
  share.themes.forEach((theme, t) => check(theme.score, worked.themes[t]!.score, ['themes', t, 'score']));
  check(share.overall.score, worked.overall, ['overall', 'score']);
  return problems;
}

export interface ComputedHashes {
  /** The hash of shareStructureText(share). */
  framework: string;
  /** The hash of checksumText(share). */
  checksum: string;
}

/** The hash the file claims against its own questions, and its checksum against its content. */
export function shareHashProblems(share: ShareDocument, computed: ComputedHashes): Problem[] {
  const problems: Problem[] = [];
  if (share.checksum !== computed.checksum) {
    problems.push({
      path: ['checksum'],
      message: 'the checksum does not match the content: the file was changed after dma share wrote it; ask for a new copy made with dma share',
    });
  }
  if (share.framework.hash !== computed.framework) {
    problems.push({
      path: ['framework', 'hash'],
      message:
        `the file claims the framework hash ${short(share.framework.hash)}, but its themes, questions and weights give ${short(computed.framework)}: ` +
        'they do not belong to the framework it names',
    });
  }
  return problems;
}

/** "sha256:1a2b3c4d5e6f…": enough to tell two hashes apart in a message. */
export function short(hash: string): string {
  return `${hash.slice(0, 19)}…`;
}
