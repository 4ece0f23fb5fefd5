// --focus: one council against the others: its rank and distance to the median in every
// theme, whom to ask about its three weakest themes, and its trend.
import { UsageError } from '../problems.js';
import { listText, plural } from '../report-text.js';
import { levelScore } from '../scoring.js';
import { normaliseName } from '../share/names.js';
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
  const hint = near.length ? `; did you mean ${listText(near.slice(0, 5))}?` : '; give a name (or pseudonym) as the heatmap shows it';
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
  const rows = [...s.columns.map((c) => row(c.id, `${c.number}. ${c.title}`)), row(null, 'Overall')];
  const overall = rows[rows.length - 1]!;
  const paragraphs = [
    overall.rank === null
      ? `${focus.name} has no overall score: none of the questions compared was answered.`
      : `${focus.name} ranks ${overall.rankText} overall, with a score of ${overall.scoreText}: ${describeDistance(overall.fromMedianText)} the median of ${overall.medianText}.`,
    'A rank of 1 is the highest score; councils with the same score share the best rank. The distance to the median is the council\'s score less the median score of all the councils.',
  ];
  return {
    name: focus.name,
    anonymous: focus.anonymous,
    heading: `How ${focus.name} compares`,
    paragraphs,
    caption: `${focus.name}: score, rank and distance to the median in each theme`,
    rows,
    whomToAsk: whomToAsk(focus, s),
    trend: trendOf(focus, s),
  };
}

function describeDistance(text: string): string {
  return text === 'at the median' ? 'at' : `${text}`;
}

function whomToAsk(focus: Council, s: Standings): FocusView['whomToAsk'] {
  const weakest = s.columns
    .map((column, order) => ({ column, order, score: s.score(focus, column.id) }))
    .filter((t): t is { column: ThemeColumn; order: number; score: number } => t.score !== null)
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, WEAK_THEMES);
  const { scale } = focus.latest.share;
  const target = levelScore({ min: scale.min, max: scale.max, levels: [] }, scale.target);
  const intro =
    `For ${focus.name}'s ${plural(weakest.length, 'weakest theme', 'weakest themes')}, the councils that shared their names and are at or above ` +
    `the target (level ${scale.target}, a score of ${scoreText(target)} or more) with a higher score: whom to ask how they got there.`;
  return { heading: 'Whom to ask', intro, themes: weakest.map((t) => askAbout(focus, t.column, t.score, target, s)) };
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
    dateText: p.council.latest.share.assessed ? dateText(p.council.latest.share.assessed).text : `shared ${dateText(p.council.latest.share.shared).text}`,
  });
  const base = { theme: column, scoreText: scoreText(own) };
  if (atTarget.length) {
    const shown = atTarget.slice(0, PEERS_SHOWN);
    const more = atTarget.length - shown.length;
    return {
      ...base,
      text: `${plural(atTarget.length, 'council that shared its name is', 'councils that shared their names are')} at or above the target, against ${focus.name}'s ${scoreText(own)}:`,
      peers: shown.map(peer),
      moreCount: more,
      moreText: more > 0 ? `and ${more} more (see the heatmap)` : null,
    };
  }
  if (named.length) {
    return {
      ...base,
      text: `No council that shared its name is at the target yet; ${named.length === 1 ? 'this one scores' : 'these score'} higher than ${focus.name}'s ${scoreText(own)}:`,
      peers: named.slice(0, WEAK_THEMES).map(peer),
      moreCount: 0,
      moreText: null,
    };
  }
  return { ...base, text: `No council that shared its name scores higher than ${focus.name}'s ${scoreText(own)} in this theme.`, peers: [], moreCount: 0, moreText: null };
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
  const rows = [...s.columns.map((c) => column(c.id, `${c.number}. ${c.title}`)), column(null, 'Overall')];
  const overall = rows[rows.length - 1]!;
  return {
    text:
      `${focus.name} has shared ${plural(focus.shares.length, 'assessment', 'assessments')}, from ${dateText(first.date).text} to ${dateText(latest.date).text}. ` +
      `Its overall score went from ${overall.fromText} to ${overall.toText} (${overall.changeText}).`,
    caption: `${focus.name}: scores in its first and latest shares`,
    rows,
  };
}
