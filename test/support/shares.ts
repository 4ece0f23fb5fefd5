// Share files for tests: made from real answers files through the same code as `dma share`,
// and variants of them with other councils, dates and levels, scored and signed again.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyse } from '../../src/core/analysis.js';
import { round1 } from '../../src/core/score-document.js';
import { buildShare } from '../../src/core/share/build.js';
import type { ShareDocument, UnsignedShare } from '../../src/core/share/schema.js';
import { scoreShare } from '../../src/core/share/scores.js';
import { FrameworkResolver, loadTeam } from '../../src/io/load.js';
import { frameworkHash, shareJson, signShare } from '../../src/io/share-file.js';
import { fixture } from './cli.js';

export const TINY_FRAMEWORK = fixture('tiny-framework.yaml');
export const TINY_ANSWERS = fixture('tiny-answers.yaml');

/** The share `dma share` makes of these answers files. */
export async function shareOf(files: string[], framework?: string): Promise<ShareDocument> {
  const team = await loadTeam(files, framework, new FrameworkResolver(''));
  const analysis = analyse(team.framework, team.assessment);
  const name = team.assessment.organisation;
  return signShare(
    buildShare({ analysis, organisation: { name, anonymous: false }, frameworkHash: frameworkHash(team.framework), shared: '2026-11-21', toolVersion: '0.0.0' }),
  );
}

export interface Variant {
  name?: string;
  anonymous?: boolean;
  assessed?: string | null;
  shared?: string;
  /** The level of each question (null: unanswered); not-applicable answers stay so. */
  levels?: Record<string, number | null>;
}

/** The share with the changes made, its counts and scores worked out again, and signed again. */
export function variant(base: ShareDocument, changes: Variant): ShareDocument {
  const share = structuredClone(base) as UnsignedShare & { checksum?: string };
  delete share.checksum;
  if (changes.name !== undefined) share.organisation = { name: changes.name, anonymous: changes.anonymous ?? false };
  if (changes.assessed !== undefined) share.assessed = changes.assessed;
  if (changes.shared !== undefined) share.shared = changes.shared;
  for (const theme of share.themes) {
    for (const q of theme.questions) {
      if (changes.levels && q.id in changes.levels) {
        q.level = changes.levels[q.id] ?? null;
        q.notApplicable = false;
        q.spread = q.level === null ? null : 0;
      }
    }
  }
  return resign(share);
}

/** Counts and scores from the levels, then a fresh checksum: what a consistent (if forged) file looks like. */
export function resign(share: UnsignedShare): ShareDocument {
  const worked = scoreShare(share);
  share.themes.forEach((theme, i) => {
    theme.score = round1(worked.themes[i]!.score);
    theme.answered = theme.questions.filter((q) => q.level !== null).length;
    theme.notApplicable = theme.questions.filter((q) => q.notApplicable).length;
    theme.total = theme.questions.length - theme.notApplicable;
  });
  share.overall.score = round1(worked.overall);
  share.overall.answered = share.themes.reduce((n, t) => n + t.answered, 0);
  share.overall.notApplicable = share.themes.reduce((n, t) => n + t.notApplicable, 0);
  share.overall.total = share.themes.reduce((n, t) => n + t.total, 0);
  return signShare(share);
}

/** Writes the shares (or raw texts) to a new temporary folder; returns their paths. */
export function writeShares(files: Record<string, ShareDocument | string>): { dir: string; paths: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'dma-shares-'));
  mkdirSync(dir, { recursive: true });
  const paths = Object.entries(files).map(([name, content]) => {
    const path = join(dir, name);
    writeFileSync(path, typeof content === 'string' ? content : shareJson(content));
    return path;
  });
  return { dir, paths };
}
