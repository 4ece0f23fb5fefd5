// The committee paper: what a UK council committee report needs on top of the report model,
// worked out once so the Markdown, HTML, Word and PDF papers all say the same thing.
// Pure: the report model in, plain data out; no I/O, no clock.
//
// The red/amber/green (RAG) rating of a theme compares its level, as shown (rounded to one
// decimal place), with the target. The thresholds are documented in docs/templates.md:
//   Green         at or above the target
//   Amber (near)  below the target by 0.5 of a level or less
//   Amber         below the target by more than 0.5 and up to 1.5 levels
//   Red           more than 1.5 levels below the target
//   Not rated     no answers
import type { ActionView, PersonView, ReportModel, SourceView } from './report-model.js';
import { round1 } from './score-document.js';

/** A theme this far below the target, or nearer, is Amber (near). */
export const RAG_NEAR = 0.5;
/** A theme this far below the target, or nearer, is Amber; further below, Red. */
export const RAG_AMBER = 1.5;

/** What the paper says where the report author has to write something. */
export const AUTHOR_PLACEHOLDER = '[To be completed by the report author]';
/** "Report of" when no respondent has a role that fits. */
export const REPORT_OF_PLACEHOLDER = "[Report author's role]";

export type RagRating = 'green' | 'amber-near' | 'amber' | 'red' | 'none';

export const RAG_TEXT: Record<RagRating, string> = {
  green: 'Green',
  'amber-near': 'Amber (near)',
  amber: 'Amber',
  red: 'Red',
  none: 'Not rated',
};

export interface RagView {
  rating: RagRating;
  /** "Green", "Amber (near)", "Amber", "Red" or "Not rated": always print the words, never colour alone. */
  ratingText: string;
  /** "At or above the target", "0.3 levels below the target" or "No answers". */
  ratingMeaning: string;
}

/** The RAG rating of a level (as shown, rounded to one decimal place) against the target. */
export function ragRating(level: number | null, target: number): RagView {
  if (level === null) return { rating: 'none', ratingText: RAG_TEXT.none, ratingMeaning: 'No answers' };
  const gap = round1(target - round1(level));
  const rating: RagRating = gap <= 0 ? 'green' : gap <= RAG_NEAR ? 'amber-near' : gap <= RAG_AMBER ? 'amber' : 'red';
  const ratingMeaning = gap <= 0 ? 'At or above the target' : `${gap.toFixed(1)} ${gap === 1 ? 'level' : 'levels'} below the target`;
  return { rating, ratingText: RAG_TEXT[rating], ratingMeaning };
}

/** A numbered paragraph: "4.2". */
export interface NumberedParagraph {
  number: string;
  text: string;
}

export interface CommitteeSection {
  /** "4" */
  number: string;
  title: string;
}

export interface RagRow extends RagView {
  /** The theme's number, or null for the overall row. */
  number: number | null;
  id: string | null;
  title: string;
  level: number | null;
  levelText: string;
  label: string | null;
  target: number;
  /** Levels below the target (0 when at or above it); null when unscored. */
  gap: number | null;
  /** "0.5", "0.0" or "–". */
  gapText: string;
}

export interface Recommendation {
  number: number;
  text: string;
  /** Sub-items: the priority actions, for instance. */
  items: string[];
}

export interface Implication {
  id: 'financial' | 'legal' | 'equalities' | 'risk' | 'climate';
  number: string;
  title: string;
  /** "[To be completed by the report author]" */
  placeholder: string;
  /** What the author should cover. */
  guidance: string;
  /** Facts from the results that bear on it (may be empty). */
  facts: string[];
}

export interface CommitteeModel {
  /** "Digital maturity self-assessment: results and action plan" */
  title: string;
  /** The cover table: label and value, placeholders in square brackets. */
  cover: Array<{ label: string; value: string; placeholder: boolean }>;
  reportOf: {
    /** The role, or "[Report author's role]". */
    text: string;
    /** The respondent whose role it is, or null. */
    person: PersonView | null;
    placeholder: boolean;
  };
  placeholder: string;
  sections: {
    purpose: CommitteeSection;
    recommendations: CommitteeSection;
    background: CommitteeSection;
    findings: CommitteeSection;
    actions: CommitteeSection;
    implications: CommitteeSection;
    papers: CommitteeSection;
  };
  purpose: NumberedParagraph[];
  /** The sentence before the recommendations. */
  recommendationsIntro: string;
  recommendations: Recommendation[];
  background: NumberedParagraph[];
  /** The framework's sources, listed after the last background paragraph. */
  sources: SourceView[];
  findings: {
    paragraphs: NumberedParagraph[];
    /** One row per theme, in framework order. */
    themes: RagRow[];
    overall: RagRow;
    counts: Record<RagRating, number>;
    /** "4.9": the number of the paragraph that explains the ratings. */
    thresholdsParagraph: NumberedParagraph;
    thresholds: Array<{ rating: RagRating; ratingText: string; rule: string }>;
  };
  actionPlan: {
    paragraphs: NumberedParagraph[];
    /** The priority actions the recommendations name (up to three). */
    priority: ActionView[];
  };
  implications: Implication[];
  backgroundPapers: string[];
  appendix: { letter: string; title: string };
}

type BaseModel = Omit<ReportModel, 'committee'>;

const ROLE_PREFERENCE = [/information officer/i, /chief executive/i];

/**
 * "Report of": the first respondent whose role contains "Information Officer" (a CIO, or a
 * Chief Digital and Information Officer), else the first whose role contains "Chief
 * Executive", else a placeholder for the author to fill in.
 */
export function reportOf(respondents: PersonView[]): CommitteeModel['reportOf'] {
  for (const pattern of ROLE_PREFERENCE) {
    const person = respondents.find((p) => p.role !== null && pattern.test(p.role));
    if (person) return { text: person.role!, person, placeholder: false };
  }
  return { text: REPORT_OF_PLACEHOLDER, person: null, placeholder: true };
}

function numbered(section: string, texts: string[], from = 1): NumberedParagraph[] {
  return texts.map((text, i) => ({ number: `${section}.${i + from}`, text }));
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function listText(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const inWords = (n: number) => NUMBER_WORDS[n] ?? String(n);

function ragRow(
  t: { number: number | null; id: string | null; title: string; level: number | null; levelText: string; label: string | null },
  target: number,
): RagRow {
  const gap = t.level === null ? null : Math.max(0, round1(target - t.level));
  return {
    number: t.number,
    id: t.id,
    title: t.title,
    level: t.level,
    levelText: t.levelText,
    label: t.label,
    target,
    gap,
    gapText: gap === null ? '–' : gap.toFixed(1),
    ...ragRating(t.level, target),
  };
}

/** "1 theme is rated Green, 2 Amber and 1 Red" */
function countsText(counts: Record<RagRating, number>, themes: number): string {
  const parts = (['green', 'amber-near', 'amber', 'red', 'none'] as const)
    .filter((r) => counts[r] > 0)
    .map((r, i) => (i === 0 ? `${counts[r]} ${counts[r] === 1 ? 'is' : 'are'} rated ${RAG_TEXT[r]}` : `${counts[r]} ${RAG_TEXT[r]}`));
  return `Of the ${plural(themes, 'theme', 'themes')}, ${listText(parts)}.`;
}

function actionLine(a: ActionView): string {
  const owner = a.owner ? `owner: ${a.owner}` : 'owner not set';
  const when = a.horizon ? `start: ${a.horizonText.toLowerCase()}` : 'no horizon set';
  return `${a.text} (${owner}; ${when})`;
}

export function buildCommitteeModel(m: BaseModel): CommitteeModel {
  const sections = {
    purpose: { number: '1', title: 'Purpose of the report' },
    recommendations: { number: '2', title: 'Recommendations' },
    background: { number: '3', title: 'Background' },
    findings: { number: '4', title: 'Summary of findings' },
    actions: { number: '5', title: 'Action plan' },
    implications: { number: '6', title: 'Implications' },
    papers: { number: '7', title: 'Background papers' },
  } satisfies CommitteeModel['sections'];
  const appendix = { letter: 'A', title: 'Full results' };
  const author = reportOf(m.team.respondents);
  const target = m.scale.target;
  const targetText = `level ${target} (${m.scale.targetLabel})`;
  const when = m.assessed ? `on ${m.assessed.text}` : 'recently';
  const people = listText(m.team.respondents.map((p) => p.display));
  const who = m.team.respondents.length
    ? m.team.isTeam
      ? `by ${inWords(m.team.size)} members of the leadership team: ${people}`
      : `by ${people}`
    : 'by the leadership team';

  // Ratings.
  const themes = m.themes.map((t) => ragRow(t, target));
  const overall = ragRow({ number: null, id: null, title: 'Overall', level: m.overall.level, levelText: m.overall.levelText, label: m.overall.label }, target);
  const counts: Record<RagRating, number> = { green: 0, 'amber-near': 0, amber: 0, red: 0, none: 0 };
  for (const row of themes) counts[row.rating] += 1;
  const red = themes.filter((r) => r.rating === 'red');

  const thresholds: CommitteeModel['findings']['thresholds'] = [
    { rating: 'green', ratingText: RAG_TEXT.green, rule: 'at or above the target' },
    { rating: 'amber-near', ratingText: RAG_TEXT['amber-near'], rule: `below the target by ${RAG_NEAR} of a level or less` },
    { rating: 'amber', ratingText: RAG_TEXT.amber, rule: `below the target by more than ${RAG_NEAR} and up to ${RAG_AMBER} levels` },
    { rating: 'red', ratingText: RAG_TEXT.red, rule: `more than ${RAG_AMBER} levels below the target` },
    { rating: 'none', ratingText: RAG_TEXT.none, rule: 'no questions answered' },
  ];
  const thresholdsText =
    `How the ratings are worked out: each theme's level, as shown to one decimal place, is compared with the target of ${targetText}. ` +
    `${thresholds.map((t) => `${t.ratingText}: ${t.rule}`).join('; ')}. The rating is always written in words, so it does not depend on colour.`;

  // 1. Purpose.
  const purpose = [
    `This report sets out the results of ${m.organisation}'s self-assessment of its digital maturity against the framework ` +
      `"${m.framework.title}" (version ${m.framework.version}). The assessment was carried out ${when} ${who}.`,
    m.actions.count
      ? 'It asks the committee to note the results and to endorse the action plan that follows from them.'
      : 'It asks the committee to note the results.',
  ];

  // 2. Recommendations.
  const priority = m.summary.topActions;
  const recommendations: Recommendation[] = [];
  if (m.overall.level === null) {
    recommendations.push({ number: 1, text: 'notes that the self-assessment has not yet been completed: no questions have been answered.', items: [] });
  } else {
    const redText = red.length ? `; ${listText(red.map((r) => `${r.title}`))} ${red.length === 1 ? 'is' : 'are'} rated Red, the furthest below the target` : '';
    const change = m.comparison?.assessed ? ` and the change since the baseline assessment of ${m.comparison.assessed.text}` : m.comparison ? ' and the change since the baseline assessment' : '';
    recommendations.push({
      number: 1,
      text:
        `notes the results of the digital maturity self-assessment${change}: an overall level of ${m.overall.levelText} (${m.overall.label}) ` +
        `against the target of ${targetText}, rated ${overall.ratingText}${redText} (section ${sections.findings.number}).`,
      items: [],
    });
  }
  if (m.actions.count) {
    const lead = priority.length === 1 ? 'its priority action' : `its ${inWords(priority.length)} priority actions`;
    recommendations.push({
      number: 2,
      text: `endorses the action plan in section ${sections.actions.number} and, in particular, ${lead}:`,
      items: priority.map(actionLine),
    });
    recommendations.push({
      number: 3,
      text: `asks the ${author.placeholder ? REPORT_OF_PLACEHOLDER : author.text} to report progress on the action plan to the committee in twelve months' time, with a repeat self-assessment to measure the change.`,
      items: [],
    });
  } else if (m.overall.level !== null) {
    recommendations.push({
      number: 2,
      text: `notes that the framework suggests no further actions: every answered question is at or above the target, or the framework gives no step for it.`,
      items: [],
    });
  }

  // 3. Background.
  const sources = m.method.sources;
  const background = [
    `Digital maturity is how well an organisation uses digital technology, data and ways of working to run its services and serve its residents. ` +
      `A self-assessment gives the leadership team a shared view of where the council stands, and a basis for agreeing what to do next.`,
    `The framework used, "${m.framework.title}" (version ${m.framework.version}), has ${plural(m.themes.length, 'theme', 'themes')} and ${plural(m.overall.questionCount, 'question', 'questions')}. ` +
      `Each question is answered with a level from ${m.scale.rangeText}: ${listText(m.scale.levels.map((l) => `${l.level} is ${l.label}`))}. ` +
      `The target is ${targetText}${m.scale.targetOverridden ? `, set for this report in place of the framework's level ${m.scale.frameworkTarget}` : ''}.`,
    `${m.team.isTeam ? 'Each person answered every question; where their answers differed, the agreed level is the median of their answers, rounded down. ' : ''}` +
      `Themes and the overall result are scored from the answers as set out in Appendix ${appendix.letter}.`,
    sources.length
      ? `The framework draws on ${sources.length === 1 ? 'this published source' : `these ${inWords(sources.length)} published sources`}:`
      : 'The framework cites no published sources.',
  ];

  // 4. Findings.
  const findings = [m.summary.paragraphs[0] ?? '', countsText(counts, themes.length), ...m.summary.paragraphs.slice(1)].filter((p) => p !== '');
  const findingsParagraphs = numbered(sections.findings.number, [
    ...findings,
    `The table below gives each theme's level and rating; Appendix ${appendix.letter} gives the full results, question by question.`,
  ]);
  const thresholdsParagraph = { number: `${sections.findings.number}.${findingsParagraphs.length + 1}`, text: thresholdsText };

  // 5. Action plan.
  const h = m.actions.byHorizon;
  const actionParagraphs = m.actions.count
    ? [
        `The actions come from the framework: for each question below the target, the steps that lead from its level up to the target. ` +
          `The plan has ${plural(m.actions.count, 'action', 'actions')}: ${listText([
            ...(h.now ? [`${h.now} to start now`] : []),
            ...(h.next ? [`${h.next} to start next${h.now ? ', once those are under way' : ''}`] : []),
            ...(h.later ? [`${h.later} for later`] : []),
            ...(h.none ? [`${h.none} with no horizon set`] : []),
          ])}.`,
        m.actions.priorityRule,
        'Owners are roles, as the framework names them; the report author should confirm the officer who will lead each action.',
      ]
    : [m.actions.intro];

  // 6. Implications.
  const redNames = listText(red.map((r) => r.title));
  const implications: Implication[] = [
    {
      id: 'financial',
      title: 'Financial implications',
      guidance:
        'Set out the cost of the action plan, whether it can be met from existing budgets, and the comments of the Chief Finance Officer (section 151 officer).',
      facts: m.actions.count ? [`The action plan has ${plural(m.actions.count, 'action', 'actions')}, ${h.now ? `${h.now} of them to start now` : 'none of them to start now'}.`] : [],
    },
    {
      id: 'legal',
      title: 'Legal implications, including data protection',
      guidance:
        'Set out the comments of the Monitoring Officer, and the data protection implications: whether any action shares or processes personal data and needs a data protection impact assessment under the UK GDPR and the Data Protection Act 2018.',
      facts: [],
    },
    {
      id: 'equalities',
      title: 'Equalities implications',
      guidance:
        "Set out how the council has had due regard to the Public Sector Equality Duty (Equality Act 2010, section 149), including digital inclusion for residents who cannot or do not want to go online, and whether an equality impact assessment is needed.",
      facts: [],
    },
    {
      id: 'risk',
      title: 'Risk implications',
      guidance: 'Set out the risks of acting and of not acting on the findings, how they will be managed, and whether any should be added to the corporate risk register.',
      facts: red.length ? [`${red.length === 1 ? 'The theme' : 'The themes'} rated Red, ${redNames}, ${red.length === 1 ? 'is' : 'are'} more than ${RAG_AMBER} levels below the target.`] : [],
    },
    {
      id: 'climate',
      title: 'Climate and environmental implications',
      guidance:
        "Set out the effect of the action plan on the council's climate commitments, for example the energy used by data centres and cloud services, the lifecycle of devices, and travel saved by online services.",
      facts: [],
    },
  ].map((i, n) => ({ ...i, id: i.id as Implication['id'], number: `${sections.implications.number}.${n + 1}`, placeholder: AUTHOR_PLACEHOLDER }));

  // 7. Background papers.
  const backgroundPapers = [
    `The self-assessment answers recorded ${when} ${who}, held by the report author.`,
    `The framework "${m.framework.title}", version ${m.framework.version}.`,
  ];

  const cover: CommitteeModel['cover'] = [
    { label: 'Report to', value: '[Name of the committee]', placeholder: true },
    { label: 'Date of meeting', value: '[Date of the meeting]', placeholder: true },
    { label: 'Report of', value: author.text, placeholder: author.placeholder },
    { label: 'Contact officer', value: '[Name, job title, telephone and email]', placeholder: true },
    { label: 'Wards affected', value: 'All', placeholder: false },
    { label: 'Key decision', value: '[Yes or No]', placeholder: true },
    { label: 'Subject', value: `${m.organisation}: digital maturity self-assessment${m.assessed ? `, ${m.assessed.text}` : ''}`, placeholder: false },
  ];

  return {
    title: 'Digital maturity self-assessment: results and action plan',
    cover,
    reportOf: author,
    placeholder: AUTHOR_PLACEHOLDER,
    sections,
    purpose: numbered(sections.purpose.number, purpose),
    recommendationsIntro: 'That the committee:',
    recommendations,
    background: numbered(sections.background.number, background),
    sources,
    findings: { paragraphs: findingsParagraphs, themes, overall, counts, thresholdsParagraph, thresholds },
    actionPlan: { paragraphs: numbered(sections.actions.number, actionParagraphs), priority },
    implications,
    backgroundPapers,
    appendix,
  };
}
