// Which version of the framework each share's answers were made with: the version the share
// names, unless it says the answers were written for another (`framework.answeredWith`, from
// dma share). A trend, or a group, that mixes them compares levels whose descriptions may have
// been rewritten between versions; the benchmark says so, naming the versions.
import { BENCHMARK_WORDING as W } from '../report/wording/benchmark.js';
import type { ShareDocument } from '../share/schema.js';
import type { Council } from './councils.js';
import { dateText } from './text.js';

/** How many councils a notice names before it counts the rest. */
const NAMED = 3;

export function answeredWith(share: Pick<ShareDocument, 'framework'>): string {
  return share.framework.answeredWith ?? share.framework.version;
}

/** The versions a council's shares were answered with, oldest share first; null when they are all one. */
export function trendVersions(council: Council): string[] | null {
  const versions = [...new Set(council.history.map((s) => answeredWith(s.share)))];
  return versions.length > 1 ? versions : null;
}

/**
 * A notice for each council whose trend mixes versions, and one for the group when the ranked
 * shares do and a share says its answers were made with another version than it names (shares
 * that simply name different versions have their own notice, in versions.ts).
 */
export function answerVersionNotices(councils: readonly Council[], framework: string): string[] {
  const notices: string[] = [];
  for (const council of councils) {
    if (trendVersions(council) === null) continue;
    const points = council.history.map((s) => W.notices.answeredOn(answeredWith(s.share), dateText(s.date).text));
    notices.push(W.notices.trendVersions(council.name, framework, points));
  }
  if (!councils.some((c) => c.latest.share.framework.answeredWith !== undefined)) return notices;
  const byVersion = new Map<string, string[]>();
  for (const c of councils) {
    const version = answeredWith(c.latest.share);
    const names = byVersion.get(version);
    if (names) names.push(c.name);
    else byVersion.set(version, [c.name]);
  }
  if (byVersion.size > 1) {
    const groups = [...byVersion]
      .sort(([a], [b]) => a.localeCompare(b, 'en-GB', { numeric: true }))
      .map(([version, names]) => W.notices.answeredBy(version, names.slice(0, NAMED), names.length - Math.min(names.length, NAMED)));
    notices.push(W.notices.groupVersions(framework, groups));
  }
  return notices;
}
