// en-GB: the words of the benchmark (`dma benchmark`): its headings, labels and sentences, and how
// it writes ranks and changes. Sentences that depend on the figures are functions of plain values;
// the benchmark model (core/benchmark/) takes every word from here, and Markdown, HTML and CSV
// only lay the model out.
import { COMMON } from './common.js';

const { list, plural } = COMMON;
const they = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** 1 → "1st", 2 → "2nd", 11 → "11th", 23 → "23rd". */
function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** The words of tables and of the page around the benchmark. */
const LABELS = {
  kind: 'Digital maturity benchmark',
  skipLink: 'Skip to the benchmark',
  contents: 'Contents',
  summary: 'Summary',
  readFirst: 'Read this first',
  filesLeftOut: 'Files left out',
  trend: 'Trend',
  heatmapFigures: "The heatmap's figures",
  themeColumnsNumbered: 'Theme columns are numbered:',
  themeColumns: (columns: readonly string[]) => `Theme columns: ${columns.join('; ')}.`,
  theme: 'Theme',
  score: 'Score',
  rank: 'Rank',
  median: 'Median',
  fromMedian: 'From the median',
  first: 'First',
  latest: 'Latest',
  change: 'Change',
  councils: 'Councils',
  council: 'Council',
  lowest: 'Lowest',
  lowerQuartile: 'Lower quartile',
  upperQuartile: 'Upper quartile',
  highest: 'Highest',
  assessed: 'Assessed',
  overall: 'Overall',
  overallByDate: 'Overall score by date',
  anonymous: 'Anonymous',
  date: 'Date',
  shares: 'Shares',
  file: 'File',
  yes: 'yes',
  no: 'no',
  /** "Digital maturity benchmark: 12 councils compared" */
  pageTitle: (title: string) => `Digital maturity benchmark: ${title}`,
  produced: (date: string, tool: string) => `Produced ${date} with ${tool}.`,
};

export const BENCHMARK_WORDING = {
  labels: LABELS,
  noValue: COMMON.none,
  title: (focus: string | null, councils: number) => (focus === null ? `${plural(councils, 'council', 'councils')} compared` : `${focus} among ${plural(councils, 'council', 'councils')}`),
  subtitle: (framework: string, versionsText: string) => `${framework}, ${versionsText}`,
  /** "version 2.0.0", "versions 1.0.0 and 2.0.0" */
  versions: (labels: readonly string[]) => `version${labels.length > 1 ? 's' : ''} ${list(labels)}`,
  front: {
    councils: 'Councils',
    councilsValue: (councils: number, anonymous: number) => `${councils}${anonymous ? ` (${anonymous} anonymous)` : ''}`,
    shares: 'Share files read',
    /** Every file given is accounted for: "10 (6 compared, 2 copies of another file counted once, 2 left out)". */
    sharesValue: (files: number, compared: number, duplicates: number, leftOut: number) =>
      files === compared
        ? `${files}`
        : `${files} (${[
            `${compared} compared`,
            ...(duplicates ? [`${plural(duplicates, 'copy', 'copies')} of another file counted once`] : []),
            ...(leftOut ? [`${leftOut} left out`] : []),
          ].join(', ')})`,
    assessed: 'Assessed',
    /** One date when every share used (the trends' earlier ones too) has the same one, else the range. */
    assessedRange: (from: string, to: string) => (from === to ? from : `${from} to ${to}`),
    produced: 'Produced',
    producedValue: (date: string, version: string) => `${date} with dma ${version}`,
  },
  leftOut: (files: number) => `${plural(files, 'file', 'files')} could not be read and ${they(files, 'is', 'are')} left out:`,
  /** What `dma benchmark` says on the terminal when it has written the benchmark. */
  compared: (councils: number, shares: number, duplicates: number, leftOut: number) =>
    `Compared ${plural(councils, 'council', 'councils')} from ${plural(shares, 'share file', 'share files')}` +
    `${duplicates ? `; ${plural(duplicates, 'copy', 'copies')} of another file counted once` : ''}${leftOut ? `; ${leftOut} left out` : ''}`,
  /**
   * Why a file was left out, for the group's report: its first problem (the root cause, such as a
   * checksum, comes first); the line and column of each problem go to the terminal.
   */
  leftOutReason: (problem: string, more: number) => `${problem}${more ? ` (and ${plural(more, 'more problem', 'more problems')})` : ''}`,
  /** --strict with unusable files. */
  strictRefused: (bad: number, files: number) =>
    `${files === 1 ? 'the share file cannot be used' : `${bad} of the ${files} share files cannot be used`}; nothing was written (--strict)`,
  /** No file could be used. */
  noneUsable: (files: number) => (files === 1 ? 'the share file could not be used' : `none of the ${files} share files could be used`),
  summary: {
    compared: (councils: number, framework: string, versionsText: string, shares: number, several: number) =>
      `${plural(councils, 'council is', 'councils are')} compared on ${framework}, ${versionsText}, from ${plural(shares, 'share file', 'share files')}` +
      (several ? `; ${plural(several, 'council', 'councils')} shared more than once, and only the latest share of each is ranked.` : '.'),
    /** `asLevel`: the median as a level of the scale, as a council's own report gives its result. */
    spread: (median: string, lower: string, upper: string, min: string, max: string, asLevel: { level: string; min: number; max: number }) =>
      `The median overall score is ${median} out of 100, level ${asLevel.level} on the scale from ${asLevel.min} to ${asLevel.max} that each council's own report uses; ` +
      `the middle half of the councils score between ${lower} and ${upper}, and the range runs from ${min} to ${max}.`,
    /** Themes tied on the median as shown are all named: "1. Lead and 3. Share (median 62.5 each)". */
    strongestWeakest: (top: readonly string[], topMedian: string, bottom: readonly string[], bottomMedian: string) =>
      `Across the group, the strongest ${top.length > 1 ? 'themes are' : 'theme is'} ${list(top)} (median ${topMedian}${top.length > 1 ? ' each' : ''}) ` +
      `and the weakest ${bottom.length > 1 ? 'are' : 'is'} ${list(bottom)} (median ${bottomMedian}${bottom.length > 1 ? ' each' : ''}): ` +
      `${bottom.length > 1 ? 'themes' : 'a theme'} where the whole group could learn together.`,
    sameMedians: (median: string) => `Every theme has the same median score, ${median}.`,
    anonymous: (n: number) =>
      `${plural(n, 'council', 'councils')} shared anonymously, under a pseudonym: ${they(n, 'its scores count', 'their scores count')} in every figure, but ${they(n, 'it is', 'they are')} never suggested as a council to ask.`,
  },
  statistics: {
    heading: 'Theme by theme',
    intro:
      "The spread of the councils' scores in each theme: the lowest, the lower quartile, the median, the upper quartile and the highest. " +
      "A quarter of the councils score at or below the lower quartile and a quarter at or above the upper. Quartiles are worked out as a spreadsheet's QUARTILE.INC does and shown to one decimal place; " +
      'the CSV output holds every score and the exact figures, so you can check them in Excel.',
    caption: "The councils' scores (0 to 100) in each theme",
  },
  heatmap: {
    heading: 'Councils by theme',
    intro: (focus: string | null) =>
      `Every council's score in every theme, highest overall score first; "=" marks a rank shared with another council.${focus ? ` ${focus} is marked with ▶.` : ''}`,
    colourNote:
      'The colour of a cell shows its band of ten points, from dark purple (lowest) to yellow (highest), in a palette that reads the same with the common kinds of colour blindness; every cell also shows its score.',
    title: (councils: number, themes: number) => `Heatmap: ${plural(councils, 'council', 'councils')} by ${plural(themes, 'theme', 'themes')}`,
    description: (councils: number, themes: number) =>
      `${plural(councils, 'council', 'councils')} in rows, highest overall score first, by ${plural(themes, 'theme', 'themes')} and the overall score in columns. ` +
      'Each cell shows a score from 0 to 100, coloured from dark purple (low) to yellow (high). The table after the heatmap gives the same figures.',
    caption: "Every council's scores (0 to 100), highest overall score first",
    legendTitle: 'Score',
    noScore: 'no answers',
    /** "0 to 9.9", …, "90 to 100" */
    band: (from: number, last: boolean) => (last ? `${from} to 100` : `${from} to ${from + 9}.9`),
    /** "=3" for a shared rank. */
    rank: (rank: number, tied: boolean) => `${tied ? '=' : ''}${rank}`,
    /** "33 of 37": questions answered of those that apply. */
    answered: (answered: number, applicable: number) => `${answered} of ${applicable}`,
  },
  trends: {
    heading: 'Trends',
    intro: (n: number) => `${plural(n, 'council has', 'councils have')} shared more than one assessment. The latest is the one ranked; here are their overall scores over time.`,
    caption: 'Overall scores of the councils that shared more than once, oldest first',
  },
  method: {
    heading: 'Method',
    paragraphs: [
      "Each council ran dma share on its own answers and sent the share file it wrote. A share file holds the council's name (or a pseudonym), the framework, the dates, each question's agreed level and spread, and the theme and overall scores; it never holds people's names, their votes, their evidence or, unless the council chose to include them, their notes.",
      'Every share file was checked before it was used: its checksum against its content, the framework hash it claims against its questions and weights, and its scores against its levels. A file that fails is left out and named.',
      "Scores run from 0 to 100: a question at the lowest level of the scale scores 0 and one at the highest 100. A theme's score is the weighted mean of its answered questions; the overall score is the weighted mean of the themes. " +
        'Scores, quartiles and medians are shown, and compared, to one decimal place (halves rounded up): a rank, a tie, and the distance to the median ' +
        '(the score less the median as shown) are worked out from the figures as shown. The CSV and JSON outputs give the quartiles and medians exactly.',
      "The lower quartile, median and upper quartile are worked out as Excel's QUARTILE.INC (and LibreOffice's QUARTILE) does: sort the scores; the k-th quartile is the value at position (n − 1) × k ÷ 4, counting from 0, with linear interpolation between the two scores either side.",
      'Rank 1 is the highest score. Councils with the same score share the best rank, and the next rank is skipped (1, 2, 2, 4), as RANK.EQ does. A council that shared more than once is ranked on its latest share (by the date of the assessment).',
    ],
    versions: (questions: number) =>
      `The shares use more than one version of the framework, so every score in this benchmark is worked out again on the ${plural(questions, 'question', 'questions')} all the versions have, with each version's weights. Themes with none of those questions are left out.`,
  },
  focus: {
    heading: (name: string) => `How ${name} compares`,
    /** --focus names no council; `hint` is "; did you mean …?" or how to name one. */
    noMatch: (wanted: string, councils: number, hint: string) =>
      `--focus "${wanted}" ${councils === 1 ? 'does not match the one council' : `matches none of the ${councils} councils`} in these share files${hint}`,
    noOverall: (name: string) => `${name} has no overall score: none of the questions compared was answered.`,
    provisional: (name: string, answered: number, applicable: number) =>
      `${name} answered ${answered} of the ${plural(applicable, 'question', 'questions')} that apply, fewer than half, so it is not ranked; its scores are shown against the medians of the councils that are.`,
    /** `distance` is fromMedian's text: "4.2 above", "at the median". */
    overall: (name: string, rank: string, score: string, distance: string, median: string) =>
      `${name} ranks ${rank} overall, with a score of ${score}: ${distance === 'at the median' ? 'at' : distance} the median of ${median}.`,
    rankNote: "A rank of 1 is the highest score; councils with the same score share the best rank. The distance to the median is the council's score less the median score of all the councils, as shown.",
    caption: (name: string) => `${name}: score, rank and distance to the median in each theme`,
    whomToAsk: 'Whom to ask',
    whomToAskIntro: (name: string, weakest: number, target: number, targetScore: string, limits: { named: number; higher: number; most: number }) =>
      `For ${name}'s ${plural(weakest, 'weakest theme', 'weakest themes')}, the councils that shared their names and are at or above ` +
      `the target (level ${target}, a score of ${targetScore} or more) with a higher score: whom to ask how they got there. ` +
      `Up to ${limits.named} councils are named in each theme (${limits.higher} when none has reached the target), and any that score the same as the last one named are named too, up to ${limits.most} in all.`,
    atTarget: (n: number, name: string, own: string) =>
      `${plural(n, 'council that shared its name is', 'councils that shared their names are')} at or above the target, against ${name}'s ${own}:`,
    higher: (n: number, name: string, own: string) =>
      `No council that shared its name is at the target yet; ${they(n, 'this one scores', 'these score')} higher than ${name}'s ${own}:`,
    noneHigher: (name: string, own: string) => `No council that shared its name scores higher than ${name}'s ${own} in this theme.`,
    /** `tied`: how many of the `n` not listed score the same as the last one listed (a tie too big to list). */
    more: (n: number, tied: number, score: string) =>
      tied ? `and ${n} more, ${tied === n ? (n === 1 ? 'also' : 'all also') : `${tied} of them also`} scoring ${score} (see the heatmap)` : `and ${n} more (see the heatmap)`,
    /** After the whom-to-ask intro, when a theme left out scores the same as the last weak theme taken. */
    weakestTie: 'Themes with the same score are taken in the order of the framework.',
    trend: (name: string, shares: number, from: string, to: string, fromScore: string, toScore: string, change: string, versions: readonly string[] | null) =>
      `${name} has shared ${plural(shares, 'assessment', 'assessments')}, from ${from} to ${to}. Its overall score went from ${fromScore} to ${toScore} (${change}).` +
      (versions === null ? '' : ` Its answers were made with versions ${list(versions)} of the framework, so part of this change may come from the change of version.`),
    trendCaption: (name: string) => `${name}: scores in its first and latest shares`,
  },
  /** A date of sharing, where the assessment has none: "shared 2 December 2026". */
  shared: (date: string) => `shared ${date}`,
  ordinal,
  /** The rank of a council with fewer than half its questions answered, in the heatmap and with --focus. */
  notRanked: 'not ranked',
  /** "3rd of 40", "joint 3rd of 40", "no score". */
  rank: (rank: number | null, of: number, tied: boolean) => (rank === null ? 'no score' : `${tied ? 'joint ' : ''}${ordinal(rank)} of ${of}`),
  atMedian: 'at the median',
  /** "4.2 above", "3.15 below" */
  fromMedian: (figure: string, above: boolean) => `${figure} ${above ? 'above' : 'below'}`,
  noChange: 'no change',
  /** "up 6.3", "down 2.0" */
  change: (figure: string, up: boolean) => `${up ? 'up' : 'down'} ${figure}`,
  notices: {
    sameShare: (file: string, same: string, name: string) => `${file} is the same share as ${same} (${name}); it is counted once.`,
    provisional: (name: string, answered: number, applicable: number) =>
      `${name} answered ${answered} of the ${plural(applicable, 'question', 'questions')} that apply, fewer than half: its scores are shown, but it is not ranked, and is left out of the medians, the quartiles and whom to ask.`,
    /** Councils ranked with some questions that apply not answered: "Sandbourne District Council (33 of 37)". */
    partial: (councils: readonly string[]) =>
      `Not every question that applies was answered by ${list(councils)}: ${councils.length === 1 ? 'its scores are' : 'their scores are'} on the questions answered.`,
    spellings: (names: readonly string[], shown: string) =>
      `The names ${list(names.map((n) => `"${n}"`))} differ only in their apostrophes, dashes, accents, case or spacing, so they are taken as one council, shown as "${shown}".`,
    corrected: (name: string) =>
      `${name} shared the same assessment more than once; the share made last is the one used, in the ranks and in its trend.`,
    sameDate: (name: string, count: number, files: readonly string[], ranked: string) =>
      `${name} has ${count} different shares of the same date (${list(files)}); the one given last, ${ranked}, is ranked.`,
    version: (label: string, shares: number, questions: number) => `${label} (${plural(shares, 'share', 'shares')}, ${plural(questions, 'question', 'questions')})`,
    versions: (count: number, framework: string, each: readonly string[], common: number) =>
      `These shares use ${count} versions of ${framework}: ${list(each)}. ` +
      `They are compared only on the ${plural(common, 'question', 'questions')} all of them have; every score here is worked out on those questions alone.`,
    /** "1.0.0 (assessed 21 November 2025)" */
    answeredOn: (version: string, date: string) => `${version} (${date})`,
    trendVersions: (name: string, framework: string, points: readonly string[]) =>
      `${name}'s trend compares answers made with different versions of ${framework}: ${list(points)}. ` +
      'The level descriptions may have been rewritten between versions, so part of the change may come from the framework rather than from the council.',
    /** "1.0.0 (Ynys Môn County Council)", "2.0.0 (Felpersham, Llareggub, Borsetshire and 2 more)" */
    answeredBy: (version: string, names: readonly string[], more: number) => `${version} (${list(more ? [...names, `${more} more`] : names)})`,
    groupVersions: (framework: string, groups: readonly string[]) =>
      `The councils' latest answers were made with different versions of ${framework}: ${list(groups)}. ` +
      'A share says so when its answers were written for an older version and read against a newer one; the level descriptions may differ between versions, so compare those councils with care.',
    /** `usual`: how many shares used the most common copy; null when no copy is the most used. */
    editedCopy: (version: string, shares: readonly string[], usual: number | null) =>
      usual === null
        ? `The shares naming ${version} were made with ${shares.length} different copies of it: ${list(shares)}. Ask each council which copy it used.`
        : `Made with a copy of ${version} unlike the one the other ${plural(usual, 'share', 'shares')} used: ${list(shares)}. Ask ${shares.length === 1 ? 'that council' : 'those councils'} whether the framework was edited.`,
    sameVersion: (versions: readonly string[]) =>
      `Shares that name the same version (${list(versions)}) have different questions or weights: one council may be using an edited copy of the framework.`,
  },
};

export type BenchmarkWording = typeof BENCHMARK_WORDING;
export type BenchmarkLabels = typeof LABELS;
