// Which shares can be compared: one framework only; several versions of it (or copies whose
// questions differ) only on the questions they all have.
import { DataError } from '../problems.js';
import { BENCHMARK_WORDING as W } from '../report/wording/benchmark.js';
import { COMMON } from '../report/wording/common.js';
import { short } from '../share/check.js';
import type { ShareDocument } from '../share/schema.js';

export interface ShareEntry {
  file: string;
  share: ShareDocument;
}

export interface VersionGroup {
  version: string;
  hash: string;
  /** "1.0.0", or "1.0.0 (sha256:1a2b…)" when two groups claim the same version. */
  label: string;
  shares: number;
  questions: number;
}

export interface Versions {
  groups: VersionGroup[];
  /** The question ids every group has; null when there is one group (every question counts). */
  common: ReadonlySet<string> | null;
  /** Sentences for the report and the terminal. */
  notices: string[];
}

/** Shares of different frameworks cannot be compared: refuse, naming a file of each. */
export function requireOneFramework(entries: readonly ShareEntry[]): void {
  const byId = new Map<string, string[]>();
  for (const e of entries) {
    const files = byId.get(e.share.framework.id);
    if (files) files.push(e.file);
    else byId.set(e.share.framework.id, [e.file]);
  }
  if (byId.size <= 1) return;
  const named = [...byId].map(([id, files]) => `${id} (${COMMON.list(files.slice(0, 2))}${files.length > 2 ? ` and ${files.length - 2} more` : ''})`);
  throw new DataError({
    code: 'framework-mismatch',
    reason: `these share files use different frameworks: ${COMMON.list(named)}`,
    advice: 'A benchmark compares councils on one framework: run dma benchmark once for each.',
  });
}

const questionIds = (share: ShareDocument) => share.themes.flatMap((t) => t.questions.map((q) => q.id));

export function compareVersions(entries: readonly ShareEntry[]): Versions {
  const groups = new Map<string, { version: string; hash: string; shares: number; ids: string[]; who: string[] }>();
  for (const { file, share } of entries) {
    const key = `${share.framework.version}\u0000${share.framework.hash}`;
    const group = groups.get(key) ?? { version: share.framework.version, hash: share.framework.hash, shares: 0, ids: questionIds(share), who: [] };
    group.shares++;
    group.who.push(`${share.organisation.name} (${file})`);
    groups.set(key, group);
  }
  const list = [...groups.values()];
  const versionCount = new Map<string, number>();
  for (const g of list) versionCount.set(g.version, (versionCount.get(g.version) ?? 0) + 1);
  const labelled = list.map((g) => ({ ...g, label: versionCount.get(g.version)! > 1 ? `${g.version} (${short(g.hash)})` : g.version }));
  const out = labelled.map(({ ids, who: _who, ...g }) => ({ ...g, questions: ids.length }));
  if (list.length === 1) return { groups: out, common: null, notices: [] };

  let common = new Set(list[0]!.ids);
  for (const g of list.slice(1)) common = new Set(g.ids.filter((id) => common.has(id)));
  const framework = entries[0]!.share.framework.id;
  if (common.size === 0) {
    throw new DataError({
      code: 'framework-mismatch',
      reason: `these share files use versions of ${framework} with no question in common (${COMMON.list(labelled.map((g) => g.label))}), so there is nothing to compare`,
    });
  }
  const each = labelled.map((g) => W.notices.version(g.label, g.shares, g.ids.length));
  const notices = [W.notices.versions(labelled.length, framework, each, common.size)];
  const ambiguous = [...versionCount].filter(([, n]) => n > 1).map(([v]) => v);
  if (ambiguous.length) {
    notices.push(W.notices.sameVersion(ambiguous));
    for (const version of ambiguous) notices.push(editedCopies(version, list.filter((g) => g.version === version)));
  }
  return { groups: out, common, notices };
}

/** Names the shares made with a copy of `version` that fewer shares used (every copy, when none is most used). */
function editedCopies(version: string, copies: ReadonlyArray<{ shares: number; who: string[] }>): string {
  const most = Math.max(...copies.map((c) => c.shares));
  const usual = copies.filter((c) => c.shares === most);
  const odd = usual.length === 1 ? copies.filter((c) => c !== usual[0]) : copies;
  return W.notices.editedCopy(version, odd.flatMap((c) => c.who), usual.length === 1 ? most : null);
}
