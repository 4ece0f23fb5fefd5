// --focus: one council against the others: its rank and distance to the median in every
// theme, whom to ask about its three weakest themes, and its trend.
import { UsageError } from '../problems.js';
import { COMMON } from '../report/wording/common.js';
import { BENCHMARK_WORDING as W } from '../report/wording/benchmark.js';
import { levelScore } from '../scoring.js';
import { sameCouncilKey } from '../share/names.js';
import { trendVersions } from './answer-versions.js';
import type { Council } from './councils.js';
import type { FiveNumbers } from './stats.js';
import { round3 } from './stats.js';
import { NO_VALUE, changeText, dateText, fromMedianText, rankText, scoreText, shown } from './text.js';
import type { FocusRow, FocusView, PeerView, ThemeColumn, WhomToAskView } from './types.js';

/** The councils named for each weak theme (at the target; else above the council); the rest are counted. */
const PEERS_SHOWN = 5;
const PEERS_HIGHER = 3;
/** Councils tied with the last one named are named too, up to this many in all. */
const PEERS_MOST = 10;
const WEAK_THEMES = 3;

export interface Standings {
  councils: readonly Council[];
  columns: readonly ThemeColumn[];
  /** A council's score in a theme (null: overall), as shown, as ranked: null for a council not ranked. */
  score(council: Council, theme: string | null): number | null;
  /** A council's score as shown, ranked or not. */
  shown(council: Council, theme: string | null): number | null;
  stats: ReadonlyMap<string | null, FiveNumbers>;
  /** Ranks in each theme, in the order of `councils`. */
  ranks: ReadonlyMap<string | null, ReadonlyArray<number | null>>;
}

/** The council --focus names: by its name (any case, spacing, apostrophes, dashes or accents) or its pseudonym. */
export function findFocus(councils: readonly Council[], wanted: string): Council {
  const key = sameCouncilKey(wanted);
  const found = councils.find((c) => sameCouncilKey(c.name) === key);
  if (found) return found;
  const near = councils.filter((c) => !c.anonymous && sameCouncilKey(c.name).includes(key)).map((c) => `"${c.name}"`);
  const hint = near.length ? `; did you mean ${COMMON.list(near.slice(0, 5))}?` : '; give a name (or pseudonym) as the heatmap shows it';
  throw new UsageError(W.focus.noMatch(wanted, councils.length, hint));
}

export function buildFocus(focus: Council, s: Standings): FocusView {
  const index = s.councils.indexOf(focus);
  const row = (id: string | null, title: string): FocusRow => {
    const score = s.shown(focus, id);
    const stats = s.stats.get(id)!;
    const ranks = s.ranks.get(id)!;
    const rank = ranks[index] ?? null;
    const tied = rank !== null && ranks.filter((r) => r === rank).length > 1;
    const fromMedian = score === null || stats.median === null ? null : round3(score - stats.median);
    return {
      id,
      title,
      score,
      scoreText: scoreText(score),
      rank,
      of: stats.count,
      rankText: focus.provisional ? W.notRanked : rankText(rank, stats.count, tied),
      median: stats.median,
      medianText: scoreText(stats.median),
      fromMedian,
      fromMedianText: fromMedianText(score, stats.median),
    };
  };
  const rows = [...s.columns.map((c) => row(c.id, `${c.number}. ${c.title}`)), row(null, W.labels.overall)];
  const overall = rows[rows.length - 1]!;
  const paragraphs = [
    focus.provisional
      ? W.focus.provisional(focus.name, focus.latest.answered, focus.latest.applicable)
      : overall.rank === null
      ? W.focus.noOverall(focus.name)
      : W.focus.overall(focus.name, overall.rankText, overall.scoreText, overall.fromMedianText, overall.medianText),
    W.focus.rankNote,
  ];
  return {
    name: focus.name,
    anonymous: focus.anonymous,
    heading: W.focus.heading(focus.name),
    paragraphs,
    caption: W.focus.caption(focus.name),
    rows,
    whomToAsk: whomToAsk(focus, s),
    trend: trendOf(focus, s),
  };
}

function whomToAsk(focus: Council, s: Standings): FocusView['whomToAsk'] {
  const scored = s.columns
    .map((column, order) => ({ column, order, score: s.shown(focus, column.id) }))
    .filter((t): t is { column: ThemeColumn; order: number; score: number } => t.score !== null)
    .sort((a, b) => a.score - b.score || a.order - b.order);
  const weakest = scored.slice(0, WEAK_THEMES);
  const tieSplit = scored.length > weakest.length && scored[weakest.length]!.score === weakest.at(-1)!.score;
  const { scale } = focus.latest.share;
  // The target as shown ("75.0 or more"), and compared as shown.
  const target = shown(levelScore({ min: scale.min, max: scale.max, levels: [] }, scale.target));
  const limits = { named: PEERS_SHOWN, higher: PEERS_HIGHER, most: PEERS_MOST };
  const intro = W.focus.whomToAskIntro(focus.name, weakest.length, scale.target, scoreText(target), limits) + (tieSplit ? ` ${W.focus.weakestTie}` : '');
  return { heading: W.focus.whomToAsk, intro, themes: weakest.map((t) => askAbout(focus, t.column, t.score, target, s)) };
}

interface Peer {
  council: Council;
  score: number;
}

/** The first `limit` peers (highest first), then any tied with the last of them, up to PEERS_MOST in all. */
function namedPeers(sorted: readonly Peer[], limit: number): { named: Peer[]; more: number; tiedMore: number } {
  let end = Math.min(limit, sorted.length);
  const last = sorted[end - 1];
  if (last === undefined) return { named: [], more: 0, tiedMore: 0 };
  while (end < sorted.length && end < PEERS_MOST && sorted[end]!.score === last.score) end += 1;
  const rest = sorted.slice(end);
  return { named: sorted.slice(0, end), more: rest.length, tiedMore: rest.filter((p) => p.score === last.score).length };
}

function askAbout(focus: Council, column: ThemeColumn, own: number, target: number, s: Standings): WhomToAskView {
  const higher = s.councils
    .filter((c) => c !== focus && !c.anonymous)
    .map((c) => ({ council: c, score: s.score(c, column.id) }))
    .filter((p): p is Peer => p.score !== null && p.score > own)
    .sort((a, b) => b.score - a.score || a.council.name.localeCompare(b.council.name, 'en-GB'));
  const atTarget = higher.filter((p) => p.score >= target);
  const peer = (p: Peer): PeerView => ({
    name: p.council.name,
    score: p.score,
    scoreText: scoreText(p.score),
    dateText: p.council.latest.share.assessed ? dateText(p.council.latest.share.assessed).text : W.shared(dateText(p.council.latest.share.shared).text),
  });
  const base = { theme: column, scoreText: scoreText(own) };
  if (higher.length === 0) return { ...base, atTarget: false, text: W.focus.noneHigher(focus.name, scoreText(own)), peers: [], moreCount: 0, moreText: null };
  const reached = atTarget.length > 0;
  const { named, more, tiedMore } = namedPeers(reached ? atTarget : higher, reached ? PEERS_SHOWN : PEERS_HIGHER);
  return {
    ...base,
    atTarget: reached,
    text: reached ? W.focus.atTarget(atTarget.length, focus.name, scoreText(own)) : W.focus.higher(higher.length, focus.name, scoreText(own)),
    peers: named.map(peer),
    moreCount: more,
    moreText: more > 0 ? W.focus.more(more, tiedMore, scoreText(named.at(-1)!.score)) : null,
  };
}

function trendOf(focus: Council, s: Standings): FocusView['trend'] {
  if (focus.history.length < 2) return null;
  const first = focus.history[0]!;
  const latest = focus.latest;
  const column = (id: string | null, title: string) => {
    const from = id === null ? first.overall : (first.themes.get(id) ?? null);
    const to = s.shown(focus, id);
    return { title, fromText: scoreText(from), toText: scoreText(to), changeText: from === null || to === null ? NO_VALUE : changeText(round3(to - from)) };
  };
  const rows = [...s.columns.map((c) => column(c.id, `${c.number}. ${c.title}`)), column(null, W.labels.overall)];
  const overall = rows[rows.length - 1]!;
  return {
    text: W.focus.trend(focus.name, focus.history.length, dateText(first.date).text, dateText(latest.date).text, overall.fromText, overall.toText, overall.changeText, trendVersions(focus)),
    caption: W.focus.trendCaption(focus.name),
    rows,
  };
}
