// The benchmark's paragraphs: the summary at the top and the method at the end.
import { plural } from '../report-text.js';
import type { Council } from './councils.js';
import type { FiveNumbers } from './stats.js';
import { figureText } from './text.js';
import type { BenchmarkModel, FocusView, ThemeColumn } from './types.js';
import type { Versions } from './versions.js';

export interface SummaryFacts {
  councils: readonly Council[];
  columns: readonly ThemeColumn[];
  stats: ReadonlyMap<string | null, FiveNumbers>;
  focus: FocusView | null;
  counts: BenchmarkModel['counts'];
  frameworkTitle: string;
  versionsText: string;
}

export function summaryParagraphs(f: SummaryFacts): string[] {
  const several = f.councils.filter((c) => c.shares.length > 1).length;
  const paragraphs = [
    `${plural(f.counts.councils, 'council is', 'councils are')} compared on ${f.frameworkTitle}, ${f.versionsText}, from ${plural(f.counts.shares, 'share file', 'share files')}` +
      (several ? `; ${plural(several, 'council', 'councils')} shared more than once, and only the latest share of each is ranked.` : '.'),
  ];
  const overall = f.stats.get(null)!;
  if (overall.median !== null) {
    paragraphs.push(
      `The median overall score is ${figureText(overall.median)} out of 100; the middle half of the councils score between ${figureText(overall.lowerQuartile)} and ${figureText(overall.upperQuartile)}, ` +
        `and the range runs from ${figureText(overall.min)} to ${figureText(overall.max)}.`,
    );
  }
  const medians = f.columns
    .map((c) => ({ c, median: f.stats.get(c.id)!.median }))
    .filter((m): m is { c: ThemeColumn; median: number } => m.median !== null)
    .sort((a, b) => b.median - a.median || a.c.number - b.c.number);
  if (medians.length >= 2) {
    const top = medians[0]!;
    const bottom = medians[medians.length - 1]!;
    paragraphs.push(
      `Across the group, the strongest theme is ${top.c.number}. ${top.c.title} (median ${figureText(top.median)}) and the weakest is ${bottom.c.number}. ${bottom.c.title} (median ${figureText(bottom.median)}): a theme where the whole group could learn together.`,
    );
  }
  if (f.counts.anonymous) {
    paragraphs.push(
      `${plural(f.counts.anonymous, 'council', 'councils')} shared anonymously, under a pseudonym: ${f.counts.anonymous === 1 ? 'its scores count' : 'their scores count'} in every figure, but ${f.counts.anonymous === 1 ? 'it is' : 'they are'} never suggested as a council to ask.`,
    );
  }
  if (f.focus) paragraphs.push(f.focus.paragraphs[0]!);
  return paragraphs;
}

export function methodParagraphs(facts: { versions: Versions; questionsCompared: number }): string[] {
  const paragraphs = [
    "Each council ran dma share on its own answers and sent the share file it wrote. A share file holds the council's name (or a pseudonym), the framework, the dates, each question's agreed level and spread, and the theme and overall scores; it never holds people's names, their votes, their evidence or, unless the council chose to include them, their notes.",
    'Every share file was checked before it was used: its checksum against its content, the framework hash it claims against its questions and weights, and its scores against its levels. A file that fails is left out and named.',
    "Scores run from 0 to 100: a question at the lowest level of the scale scores 0 and one at the highest 100. A theme's score is the weighted mean of its answered questions; the overall score is the weighted mean of the themes. Scores are shown, and compared, to one decimal place.",
    "The lower quartile, median and upper quartile are worked out as Excel's QUARTILE.INC (and LibreOffice's QUARTILE) does: sort the scores; the k-th quartile is the value at position (n − 1) × k ÷ 4, counting from 0, with linear interpolation between the two scores either side.",
    'Rank 1 is the highest score. Councils with the same score share the best rank, and the next rank is skipped (1, 2, 2, 4), as RANK.EQ does. A council that shared more than once is ranked on its latest share (by the date of the assessment).',
  ];
  if (facts.versions.common !== null) {
    paragraphs.push(
      `The shares use more than one version of the framework, so every score in this benchmark is worked out again on the ${plural(facts.questionsCompared, 'question', 'questions')} all the versions have, with each version's weights. Themes with none of those questions are left out.`,
    );
  }
  return paragraphs;
}
