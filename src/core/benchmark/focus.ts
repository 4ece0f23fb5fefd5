// --focus: one council against the others: its rank and distance to the median in every
// theme, whom to ask about its three weakest themes, and its trend.
import { UsageError } from '../problems.js';
import { COMMON } from '../report/wording/common.js';
import { BENCHMARK_WORDING as W } from '../report/wording/benchmark.js';
import { levelScore } from '../scoring.js';
import { normaliseName } from '../share/names.js';
import { trendVersions } from './answer-versions.js';
import type { Council } from './councils.js';
import type { FiveNumbers } from './stats.js';
import { round3 } from './stats.js';
import { NO_VALUE, changeText, dateText, figureText, fromMedianText, rankText, scoreText } from './text.js';
import type { FocusRow, FocusView, PeerView, ThemeColumn, WhomToAskView } from './types.js';

/** The councils named for each weak theme; the rest are counted. */
const PEERS_SHOWN = 5;
const WEAK_THEMES = 3;

export interface Standings {
  councils: readonly Council[];
  columns: readonly ThemeColumn[];
  /** A council's score in a theme (null: overall), as shown. */
  score(council: Council, theme: string | null): number | null;
  stats: ReadonlyMap<string | null, FiveNumbers>;
  /** Ranks in each theme, in the order of `councils`. */
  ranks: ReadonlyMap<string | null, ReadonlyArray<number | null>>;
}

/** The council --focus names: by its name (any case and spacing) or its pseudonym. */
export function findFocus(councils: readonly Council[], wanted: string): Council {
  const key = normaliseName(wanted);
  const found = councils.find((c) => normaliseName(c.name) === key);
  if (found) return found;
  const near = councils.filter((c) => !c.anonymous && normaliseName(c.name).includes(key)).map((c) => `"${c.name}"`);
  const hint = near.length ? `; did you mean ${COMMON.list(near.slice(0, 5))}?` : '; give a name (or pseudonym) as the heatmap shows it';
  throw new UsageError(`--focus "${wanted}" matches none of the ${councils.length} councils in these share files${hint}`);
}

export function buildFocus(focus: Council, s: Standings): FocusView {
  const index = s.councils.indexOf(focus);
  const row = (id: string | null, title: string): FocusRow => {
    const score = s.score(focus, id);
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
      rankText: rankText(rank, stats.count, tied),
      median: stats.median,
      medianText: figureText(stats.median),
      fromMedian,
      fromMedianText: fromMedianText(fromMedian),
    };
  };
  const rows = [...s.columns.map((c) => row(c.id, `${c.number}. ${c.title}`)), row(null, W.labels.overall)];
  const overall = rows[rows.length - 1]!;
  const paragraphs = [
    overall.rank === null
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
  const weakest = s.columns
    .map((column, order) => ({ column, order, score: s.score(focus, column.id) }))
    .filter((t): t is { column: ThemeColumn; order: number; score: number } => t.score !== null)
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, WEAK_THEMES);
  const { scale } = focus.latest.share;
  const target = levelScore({ min: scale.min, max: scale.max, levels: [] }, scale.target);
  const intro = W.focus.whomToAskIntro(focus.name, weakest.length, scale.target, scoreText(target));
  return { heading: W.focus.whomToAsk, intro, themes: weakest.map((t) => askAbout(focus, t.column, t.score, target, s)) };
}

function askAbout(focus: Council, column: ThemeColumn, own: number, target: number, s: Standings): WhomToAskView {
  const named = s.councils
    .filter((c) => c !== focus && !c.anonymous)
    .map((c) => ({ council: c, score: s.score(c, column.id) }))
    .filter((p): p is { council: Council; score: number } => p.score !== null && p.score > own)
    .sort((a, b) => b.score - a.score || a.council.name.localeCompare(b.council.name, 'en-GB'));
  const atTarget = named.filter((p) => p.score >= target - 1e-9);
  const peer = (p: { council: Council; score: number }): PeerView => ({
    name: p.council.name,
    score: p.score,
    scoreText: scoreText(p.score),
    dateText: p.council.latest.share.assessed ? dateText(p.council.latest.share.assessed).text : W.shared(dateText(p.council.latest.share.shared).text),
  });
  const base = { theme: column, scoreText: scoreText(own) };
  if (atTarget.length) {
    const shown = atTarget.slice(0, PEERS_SHOWN);
    const more = atTarget.length - shown.length;
    return {
      ...base,
      text: W.focus.atTarget(atTarget.length, focus.name, scoreText(own)),
      peers: shown.map(peer),
      moreCount: more,
      moreText: more > 0 ? W.focus.more(more) : null,
    };
  }
  if (named.length) {
    return {
      ...base,
      text: W.focus.higher(named.length, focus.name, scoreText(own)),
      peers: named.slice(0, WEAK_THEMES).map(peer),
      moreCount: 0,
      moreText: null,
    };
  }
  return { ...base, text: W.focus.noneHigher(focus.name, scoreText(own)), peers: [], moreCount: 0, moreText: null };
}

function trendOf(focus: Council, s: Standings): FocusView['trend'] {
  if (focus.shares.length < 2) return null;
  const first = focus.shares[0]!;
  const latest = focus.latest;
  const column = (id: string | null, title: string) => {
    const from = id === null ? first.overall : (first.themes.get(id) ?? null);
    const to = s.score(focus, id);
    return { title, fromText: scoreText(from), toText: scoreText(to), changeText: from === null || to === null ? NO_VALUE : changeText(round3(to - from)) };
  };
  const rows = [...s.columns.map((c) => column(c.id, `${c.number}. ${c.title}`)), column(null, W.labels.overall)];
  const overall = rows[rows.length - 1]!;
  return {
    text: W.focus.trend(focus.name, focus.shares.length, dateText(first.date).text, dateText(latest.date).text, overall.fromText, overall.toText, overall.changeText, trendVersions(focus)),
    caption: W.focus.trendCaption(focus.name),
    rows,
  };
}
