// en-GB: the headings, labels and sentences of the report (every format, and the terminal
// summary of `dma score`). Sentences that depend on the results are functions of plain values.
import { COMMON } from './common.js';

const { list, plural, count, capitalise, levelGap } = COMMON;
/** "39 questions", or "38 questions that apply" when some are not applicable. */
const answeredOf = (total: number, notApplicable: number) => `${count.questions(total)}${notApplicable ? (total === 1 ? ' that applies' : ' that apply') : ''}`;

export const HEADINGS = {
  summary: 'Summary',
  topActions: 'Most important actions',
  chart: 'Theme levels at a glance',
  themes: 'Theme by theme',
  team: 'Team view',
  disagreements: 'Where the team disagreed',
  roles: 'Views by role',
  change: 'Change since the baseline',
  questionsMoved: 'Questions that moved',
  actions: 'Action plan',
  method: 'Method and sources',
  methodOnly: 'Method',
  sources: 'Sources',
  contents: 'Contents',
};

/** A level in a table headed "Agreed level", when it is only the votes' median: "2 (Developing), median of the votes, not agreed". */
const medianOnly = (levelText: string) => `${levelText}, median of the votes, not agreed`;

export const LABELS = {
  reportKind: 'Digital maturity report',
  framework: 'Framework',
  assessed: 'Assessed',
  reportProduced: 'Report produced',
  whoTookPart: 'Who took part',
  producedWith: 'Produced with',
  skipLink: 'Skip to the report',
  overall: 'Overall',
  overallLevel: 'Overall level',
  target: 'Target',
  /** After a level in the scale table: "4 Embedded (target)". */
  isTarget: '(target)',
  questionsAnswered: 'Questions answered',
  notApplicable: 'Not applicable',
  notAnswered: 'Not answered',
  /** The earlier name of `notAnswered`, kept for templates written before it. */
  skipped: 'Not answered',
  actions: 'Actions',
  actionsInPlan: 'Actions in the plan',
  theme: 'Theme',
  themeTitle: 'Theme title',
  questionId: 'Question id',
  reason: 'Reason',
  fromLevel: 'From level',
  fromLabel: 'From label',
  toLevel: 'To level',
  toLabel: 'To label',
  yes: 'yes',
  no: 'no',
  level: 'Level',
  label: 'Label',
  score: 'Score',
  bar: 'Bar',
  baseline: 'Baseline',
  baselineBar: 'Bar (baseline)',
  now: 'Now',
  change: 'Change',
  difference: 'Difference',
  againstTarget: 'Against the target',
  rating: 'Rating',
  rated: 'rated',
  meaning: 'Meaning',
  question: 'Question',
  questionNumber: 'No.',
  agreed: 'Agreed',
  spread: 'Spread',
  votes: 'Votes',
  gap: 'Gap',
  agreedLevel: 'Agreed level',
  medianLevel: 'Level from the votes (their median; not agreed in the room)',
  howToChoose: 'How to choose a level for this question',
  whyNotApplicable: 'Why not applicable',
  notes: 'Notes',
  evidence: 'Evidence',
  confidence: 'Confidence',
  flag: 'Flag',
  flags: 'Flags',
  notesAndEvidence: 'Notes and evidence',
  priority: 'Priority',
  action: 'Action',
  owner: 'Owner',
  horizon: 'Horizon',
  step: 'Step',
  source: 'Source',
  /** A bar with no level to draw. */
  noAnswers: 'no answers',
  noEvidence: 'None recorded',
  page: 'Page',
  /** Under a Word report's contents when the report is too long for dma to number its pages. */
  contentsUnnumbered: 'To show the page numbers of these contents in Word, right-click them and choose Update Field.',
  pageOf: 'of',
};

export const REPORT_WORDING = {
  title: (organisation: string) => `Digital maturity report: ${organisation}`,
  target: {
    none: 'No answers yet',
    met: 'At or above the target',
    below: (gap: number, gapText: string) => `Below the target by ${levelGap(gap, gapText)}`,
  },
  figures: {
    noLevel: 'No level yet',
    questions: (notApplicable: number, unanswered: number) => `${notApplicable} not applicable · ${unanswered} not answered`,
    /** "37 of 38 answered · 1 not applicable · 1 not answered" (no clause for a 0): the line every command gives the counts in. */
    answeredLine: (c: { answered: number; total: number; notApplicable: number; unanswered: number }) =>
      [`${c.answered} of ${c.total} answered`, c.notApplicable ? `${c.notApplicable} not applicable` : '', c.unanswered ? `${c.unanswered} not answered` : ''].filter(Boolean).join(' · '),
    horizons: (h: { now: number; next: number; later: number; none: number }) =>
      `${h.now} now · ${h.next} next · ${h.later} later${h.none ? ` · ${h.none} with no horizon` : ''}`,
  },
  summary: {
    nothingAnswered: (target: string) => `No questions have been answered yet, so there is no overall level. The target is ${target}.`,
    where: (o: { organisation: string; levelText: string; label: string; lowest: string; highest: string }) =>
      `Overall, ${o.organisation} is at level ${o.levelText} (${o.label}) on a scale from ${o.lowest} to ${o.highest}.`,
    meets: (target: string) => `This meets the target of ${target}.`,
    meetsSoFar: (target: string) => `On the answers so far, this meets the target of ${target}.`,
    /** Before the overall level, when questions are still unanswered. */
    soFar: (c: { answered: number; total: number; notApplicable: number; provisional: boolean }) =>
      c.provisional
        ? `Only ${c.answered} of the ${answeredOf(c.total, c.notApplicable)} ${c.answered === 1 ? 'has' : 'have'} been answered so far, fewer than half, so these results are provisional.`
        : `${c.answered} of the ${answeredOf(c.total, c.notApplicable)} ${c.answered === 1 ? 'has' : 'have'} been answered so far, so these results may change.`,
    below: (target: string, gap: number, gapText: string) => `The target is ${target}, ${levelGap(gap, gapText)} higher.`,
    allSame: (levelText: string) => `All the themes with answers are at the same level, ${levelText}.`,
    balance: (strongest: string[], strongestLevel: string, weakest: string[], weakestLevel: string) => {
      const s = strongest.length === 1
        ? `The strongest theme is ${list(strongest)} (level ${strongestLevel})`
        : `The strongest themes are ${list(strongest)} (level ${strongestLevel} each)`;
      const w = weakest.length === 1 ? `the weakest is ${list(weakest)} (level ${weakestLevel})` : `the weakest are ${list(weakest)} (level ${weakestLevel} each)`;
      return `${s}; ${w}.`;
    },
    onlyOne: (title: string, levelText: string) => `Only one theme, ${title}, has answers so far (level ${levelText}).`,
    /** The same counts as the figures ("37 of 38 answered"): out of the questions that apply. */
    questions: (c: { questionCount: number; answered: number; notApplicable: number; unanswered: number }) => {
      const total = c.questionCount - c.notApplicable;
      const q = answeredOf(total, c.notApplicable);
      const were = (n: number) => (n === 1 ? 'was' : 'were');
      const answered =
        c.answered === 0 ? `None of the ${q} ${were(total)} answered`
        : c.unanswered === 0 ? (total === 1 ? `The ${q} was answered` : `All ${q} were answered`)
        : `${c.answered} of the ${q} ${were(c.answered)} answered and ${c.unanswered} ${were(c.unanswered)} not`;
      const na = c.notApplicable ? `; ${plural(c.notApplicable, 'question was', 'questions were')} marked not applicable` : '';
      return `${answered}${na}.`;
    },
    teamDisagreed: (size: number, threshold: number, questions: number, teamHeading: string) =>
      `${size} people took part. Their votes were ${threshold} or more levels apart on ${count.questions(questions)}: see "${teamHeading}".`,
    teamAgreed: (size: number, threshold: number) => `${size} people took part, and their votes were never ${threshold} or more levels apart.`,
    teamTookPart: (size: number) => `${size} people took part.`,
    evidenceWarnings: (n: number, themesHeading: string) =>
      `${plural(n, 'answer claims', 'answers claim')} a level at or above the target with no evidence recorded; ${n === 1 ? 'it is' : 'they are'} flagged in "${themesHeading}".`,
  },
  actions: {
    none: 'There are no actions: every answered question is at or above the target, or the framework suggests no step for it.',
    noneYet: 'There are no actions yet: nothing has been answered.',
    top: (n: number, top: number) =>
      `The action plan has ${count.actions(n)}; ${top === 1 ? 'the most important is' : `the ${COMMON.inWords(top)} most important (one for each question) are`}:`,
    intro: (n: number) => `${count.actions(n)} in all, grouped by when to start them: now, next, later, then those the framework gives no horizon.`,
    priorityRule:
      'Priority 1 is the action to do first. Actions are ordered by how far their question is below the target, ' +
      "multiplied by the question's and the theme's weights (largest first); then the nearer step first; " +
      'then by horizon (now, next, later, none); then in framework order.',
    ownerNotSet: 'Not set',
    horizons: {
      now: { title: 'Now', description: 'Start these now.' },
      next: { title: 'Next', description: 'Start these once the actions for now are under way.' },
      later: { title: 'Later', description: 'Plan these for later.' },
      none: { title: 'No horizon set', description: 'The framework does not say when to do these.' },
    },
    step: (from: number, fromLabel: string, to: number, toLabel: string) => `${from} (${fromLabel}) to ${to} (${toLabel})`,
    priority: (n: number) => `Priority ${n}`,
    /** Beside one of the summary's few actions, which are numbered 1, 2, 3 in their own list. */
    planPriority: (n: number) => `Priority ${n} in the action plan`,
    owner: (owner: string) => `Owner: ${owner}`,
    question: (number: string) => `Question ${number}`,
    fromLevel: (step: string) => `From level ${step}`,
  },
  questions: {
    status: { answered: 'Answered', 'not-applicable': 'Not applicable', unanswered: 'Not answered' },
    confidence: { low: 'Low', medium: 'Medium', high: 'High', none: 'Not stated' },
    spread: (n: number) => `spread ${n}`,
    medianOnly,
    flags: {
      noEvidence: { title: 'No evidence', text: (level: number, label: string) => `Level ${level} (${label}) is at or above the target, but no evidence is recorded.` },
      lowConfidence: { title: 'Low confidence', text: 'The team said this answer is not well evidenced.' },
      disagreement: { title: 'Disagreement', text: (lowest: number, highest: number, spread: number) => `Votes ranged from ${lowest} to ${highest}, ${spread} levels apart.` },
    },
  },
  themes: {
    intro: (threshold: number) =>
      `For each question: the agreed level and what the framework says that level looks like, the notes and evidence recorded, and any flags. ${flagsExplained(threshold)}`,
    tableIntro: (threshold: number) => `For each question: the agreed level, the notes and evidence recorded, and any flags. ${flagsExplained(threshold)}`,
    score: (scoreText: string) => `Score ${scoreText} of 100`,
    answered: (answered: number, total: number) => `${answered} of ${total} answered`,
    counts: (answered: number, total: number, notApplicable: number) =>
      `${answered} of ${total} answered${notApplicable ? `, ${notApplicable} not applicable` : ''}`,
    questionsCaption: (number: number) => `Questions in theme ${number}`,
  },
  chart: {
    current: (date: string | null) => (date ? `This assessment (${date})` : 'This assessment'),
    baseline: (date: string | null) => (date ? `Baseline (${date})` : 'Baseline'),
    targetLegend: (target: number) => `Target (level ${target})`,
    radarNote: (min: number, themes: number) => `A radar chart needs at least ${min} themes and this framework has ${themes}, so only the bar chart is shown.`,
    intro: (range: string, target: string, hasBaseline: boolean) =>
      `Each theme's level on the scale from ${range}, against the target of ${target}${hasBaseline ? ' and the baseline' : ''}.`,
    tableNote: 'The table after the charts gives the same figures.',
    scaleOnly: (range: string) => `Each theme's level on the scale from ${range}.`,
    barKey: (max: number, target: string) => `A full bar is level ${max}; ┃ marks the target, ${target}.`,
    radarTitle: 'Radar chart: theme levels against the target',
    radarCaption: "Radar chart: every theme's level against the target",
    barsTitle: 'Bar chart: the level of each theme against the target',
    barsCaption: 'Bar chart: level of each theme',
    tableCaption: 'Theme levels (the figures in the charts)',
    /** "level 2.8"; a theme with no level is `labels.noAnswers`. */
    value: (levelText: string) => `level ${levelText}`,
    noAnswers: 'No answers',
    baselineNoAnswers: 'Baseline: no answers',
    was: (levelText: string) => `was ${levelText}`,
    describe: (min: number, max: number, target: number, themes: string[]) =>
      `Scale ${min} to ${max}; target level ${target}. ${themes.join('; ')}. The table after the charts gives the same figures.`,
    describeRow: (theme: string, now: string, baseline: string | null) => `${theme}: ${now}${baseline === null ? '' : `, baseline ${baseline}`}`,
    barsNote: (lowest: string, highest: string, target: string, hasBaseline: boolean) =>
      `Each bar runs from ${lowest} at the left to ${highest} at the right; ` +
      `the numbers above the bars mark where each level ends, and the thick line marks the target, ${target}.` +
      (hasBaseline ? ' The baseline is shown in the table that follows.' : ''),
  },
  team: {
    noVotes: 'No individual votes were recorded, so there is no team view.',
    noVotesOne: 'Only one set of answers was given and no individual votes were recorded, so there is no team view.',
    takingPart: (people: string) => `Taking part: ${people}.`,
    disagreementsIntro: (threshold: number) => `Questions where the votes were ${threshold} or more levels apart, widest first.`,
    disagreementsAdvice: 'These are worth discussing before the report goes to committee.',
    disagreementsCaption: (threshold: number) => `Questions with votes ${threshold} or more levels apart, widest first`,
    noDisagreements: (threshold: number) => `The votes were never ${threshold} or more levels apart.`,
    rolesIntro: (withoutRole: string[]) =>
      `For each theme, the mean of the votes cast by the people in each role (not weighted)${withoutRole.length ? `; people who gave no role (${withoutRole.join(', ')}) are not included` : ''}. The gap is the highest role's mean less the lowest.`,
    rolesCaption: 'Mean vote by role, theme by theme (not weighted)',
    allThemes: 'All themes',
    /** A disagreement's level in its table: "3", "2, median of the votes, not agreed" or "–". */
    levelCell: (level: number | null, agreed: boolean) => (level === null ? '–' : agreed ? String(level) : medianOnly(String(level))),
    /** The terminal's line for one disagreement: "votes 1, 3, 2, 4, agreed 3", or "…, median 2, not agreed". */
    votesLine: (votes: number[], level: string, agreed: boolean) => `votes ${votes.join(', ')}, ${agreed ? `agreed ${level}` : `median ${level}, not agreed`}`,
    more: (n: number) => `and ${n} more in the report`,
  },
  comparison: {
    change: { up: 'Up', down: 'Down', unchanged: 'Unchanged', new: 'Newly scored', dropped: 'No longer scored' },
    moved: {
      newlyAnswered: 'Newly answered',
      answeredWasNotApplicable: 'Answered (was not applicable)',
      nowNotApplicable: 'Now not applicable',
      noLongerNotApplicable: 'No longer marked not applicable',
      noLongerAnswered: 'No longer answered',
    },
    sinceBaseline: (symbol: string, changeText: string, deltaText: string | null) =>
      `${symbol} ${changeText} since the baseline${deltaText === null ? '' : ` (${deltaText})`}`,
    baseline: (b: { organisation: string; date: string | null; people: string; version: string | null }) =>
      `The baseline: ${b.organisation}, assessed ${b.date ?? 'on a date not recorded'}; taking part: ${b.people}.` +
      (b.version === null ? '' : ` It was made with version ${b.version} of the framework; questions that version did not have count as not answered.`),
    tableCaption: 'Theme levels then and now',
    movedCaption: 'Questions whose level changed since the baseline',
    noneMoved: 'No question changed.',
    sentence: comparisonSentence,
  },
  method: {
    noSources: 'The framework cites no published sources.',
    scaleCaption: 'The scale',
  },
  /** The terminal summary of `dma score`, where it says things its own way. */
  terminal: {
    framework: (title: string, version: string, date: string | null) => `${title} ${version}${date ? ` · assessed ${date}` : ''}`,
    overall: (o: { scoreText: string; levelText: string; range: string; label: string | null; target: number }) =>
      `score ${o.scoreText}  level ${o.levelText} on ${o.range}${o.label ? ` (${o.label})` : ''}  target ${o.target}`,
    disagreements: (heading: string, threshold: number, n: number) => `${heading} (votes ${threshold} or more levels apart): ${n}`,
  },
  colophon: (title: string, framework: string, assessed: string | null, generated: string, tool: string) =>
    `${title}. ${framework}. Assessed ${assessed ?? 'on a date not recorded'}; report produced ${generated} with ${tool}.`,
  /** Beside the organisation in a printed page's footer. */
  footerDate: (assessed: string | null, generated: string) => (assessed ? `assessed ${assessed}` : `produced ${generated}`),
  documentDescription: 'Made with dma, the digital maturity assessment tool.',
};

function flagsExplained(threshold: number): string {
  return `A flag marks an answer to check: a level at or above the target with no evidence, low confidence, or votes ${threshold} or more levels apart.`;
}

export interface ComparisonCounts {
  up: number;
  down: number;
  unchanged: number;
  new: number;
  dropped: number;
}

/** "Since the baseline assessment of 13 May 2025, the overall level has gone up from 2.3 to 2.8. …" */
function comparisonSentence(c: {
  date: string | null;
  change: keyof ComparisonCounts;
  fromText: string;
  toText: string;
  hasLevelNow: boolean;
  counts: ComparisonCounts;
  questionsMoved: number;
}): string {
  const when = c.date ? `the baseline assessment of ${c.date}` : 'the baseline assessment';
  const overall = {
    up: `the overall level has gone up from ${c.fromText} to ${c.toText}`,
    down: `the overall level has gone down from ${c.fromText} to ${c.toText}`,
    unchanged: c.hasLevelNow ? `the overall level is unchanged at ${c.toText}` : 'there is still no overall level',
    new: `the overall level is now ${c.toText} (the baseline had no answers)`,
    dropped: `there is no overall level now (it was ${c.fromText})`,
  }[c.change];
  const n = c.counts;
  const parts = [
    `${count.themes(n.up)} went up`,
    `${n.down} went down`,
    `${n.unchanged} stayed the same`,
    ...(n.new ? [`${n.new} ${n.new === 1 ? 'was' : 'were'} scored for the first time`] : []),
    ...(n.dropped ? [`${n.dropped} no longer ${n.dropped === 1 ? 'has' : 'have'} answers`] : []),
  ];
  return `Since ${when}, ${overall}. ${capitalise(list(parts))}; ${count.questions(c.questionsMoved)} changed.`;
}
