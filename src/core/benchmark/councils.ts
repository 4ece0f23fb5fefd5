// From share files to councils: each share scored on the questions being compared, shares of
// one council put in date order (its latest is the one ranked), and duplicates counted once. A
// council is matched by its name however its apostrophes, dashes and accents were typed.
import { fewerThanHalf } from '../report/rules.js';
import { BENCHMARK_WORDING as W } from '../report/wording/benchmark.js';
import { round1 } from '../score-document.js';
import { sameCouncilKey } from '../share/names.js';
import type { ShareDocument } from '../share/schema.js';
import { scoreShare } from '../share/scores.js';
import type { ShareEntry } from './versions.js';

export interface ScoredShare {
  file: string;
  share: ShareDocument;
  /** Scores as shown, to one decimal place, on the questions compared. */
  overall: number | null;
  themes: ReadonlyMap<string, number | null>;
  /** The date of the assessment, else the date it was shared. */
  date: string;
  /** Questions compared that were given a level, and those that apply (not answered not applicable). */
  answered: number;
  applicable: number;
}

export interface Council {
  key: string;
  name: string;
  anonymous: boolean;
  /** Oldest first; the last is the one ranked. */
  shares: ScoredShare[];
  /** The shares a trend shows: one for each date, the last shared (a later share of the same assessment corrects it). */
  history: ScoredShare[];
  latest: ScoredShare;
  /** Fewer than half the questions that apply answered: shown, but not ranked or counted in the figures. */
  provisional: boolean;
}

/** Scores each share; with `common`, on those questions alone (shares of several versions). */
export function scoreEntries(entries: readonly ShareEntry[], common: ReadonlySet<string> | null): ScoredShare[] {
  return entries.map(({ file, share }) => {
    const date = share.assessed ?? share.shared;
    const questions = share.themes.flatMap((t) => t.questions).filter((q) => common === null || common.has(q.id));
    const counts = { answered: questions.filter((q) => q.level !== null).length, applicable: questions.filter((q) => !q.notApplicable).length };
    if (common === null) {
      // round1: a file may state a score within the checker's tolerance of its levels; it is compared as shown.
      return { file, share, date, ...counts, overall: round1(share.overall.score), themes: new Map(share.themes.map((t) => [t.id, round1(t.score)])) };
    }
    const worked = scoreShare(share, common);
    return { file, share, date, ...counts, overall: round1(worked.overall), themes: new Map(worked.themes.map((t) => [t.id, round1(t.score)])) };
  });
}

/** As the report calls results provisional: fewer than half the questions that apply answered. */
export function isProvisional(s: Pick<ScoredShare, 'answered' | 'applicable'>): boolean {
  return fewerThanHalf(s.answered, s.applicable);
}

/** How shares are matched to a council: its name as the same council's, or its pseudonym. */
export function councilKey(share: Pick<ShareDocument, 'organisation'>): string {
  return share.organisation.anonymous ? `pseudonym:${share.organisation.name}` : `name:${sameCouncilKey(share.organisation.name)}`;
}

const byDate = (a: ScoredShare, b: ScoredShare) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.share.shared < b.share.shared ? -1 : a.share.shared > b.share.shared ? 1 : 0);

export function groupCouncils(scored: readonly ScoredShare[]): { councils: Council[]; notices: string[] } {
  const notices: string[] = [];
  const seen = new Map<string, ScoredShare>();
  const byCouncil = new Map<string, ScoredShare[]>();
  for (const s of scored) {
    const same = seen.get(s.share.checksum);
    if (same) {
      notices.push(W.notices.sameShare(s.file, same.file, s.share.organisation.name));
      continue;
    }
    seen.set(s.share.checksum, s);
    const key = councilKey(s.share);
    byCouncil.set(key, [...(byCouncil.get(key) ?? []), s]);
  }
  const councils = [...byCouncil].map(([key, shares]): Council => {
    // A stable sort: shares of the same dates keep the order they were given in.
    const ordered = [...shares].sort(byDate);
    const latest = ordered[ordered.length - 1]!;
    const tied = ordered.filter((s) => s.date === latest.date && s.share.shared === latest.share.shared);
    if (tied.length > 1) {
      notices.push(W.notices.sameDate(latest.share.organisation.name, tied.length, tied.map((s) => s.file), latest.file));
    }
    const spellings = [...new Set(ordered.map((s) => s.share.organisation.name))];
    if (spellings.length > 1) notices.push(W.notices.spellings(spellings, latest.share.organisation.name));
    // In date order, a share of the same date as the next one is an earlier share of that assessment.
    const history = ordered.filter((s, i) => ordered[i + 1]?.date !== s.date);
    // Earlier shares of an assessment set aside, beyond the tie the sameDate notice already names.
    const corrected = ordered.length - history.length - (tied.length - 1);
    if (corrected > 0) notices.push(W.notices.corrected(latest.share.organisation.name));
    return { key, name: latest.share.organisation.name, anonymous: latest.share.organisation.anonymous, shares: ordered, history, latest, provisional: isProvisional(latest) };
  });
  return { councils, notices };
}
