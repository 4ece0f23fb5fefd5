// en-GB: the committee paper, in the usual shape of a UK council committee report.
import type { RagRating } from '../rules.js';
import { COMMON } from './common.js';

const { list, count, inWords, levelGap } = COMMON;

/** Recommendation 1's Red themes: what Red means, so it reads true for one theme or for several. */
const redClause = (red: readonly string[], gap: number) =>
  red.length === 0 ? '' : red.length === 1 ? `; ${red[0]} is rated Red, more than ${gap} levels below the target` : `; ${list(red)} are rated Red, each more than ${gap} levels below the target`;

export const COMMITTEE_WORDING = {
  title: 'Digital maturity self-assessment: results and action plan',
  sections: {
    purpose: 'Purpose of the report',
    recommendations: 'Recommendations',
    background: 'Background',
    findings: 'Summary of findings',
    actions: 'Action plan',
    implications: 'Implications',
    papers: 'Background papers',
  },
  appendices: { results: 'Full results', plan: 'The full action plan' },
  appendixHeading: (letter: string, title: string) => `Appendix ${letter}: ${title}`,
  authorPlaceholder: '[To be completed by the report author]',
  reportOfPlaceholder: "[Report author's role]",
  /**
   * Who the paper is "Report of", in order of preference: the first respondent whose role matches
   * a pattern, trying each pattern in turn. A role given only as an abbreviation that can mean one
   * thing is spelled out, as a committee paper would write it ("CIO": Chief Information Officer);
   * "CDO" (digital or data) is kept as written.
   */
  reportOfRoles: [
    /information officer|\bc\.?d?\.?i\.?o\b/i,
    /chief digital|chief technology officer|\bc\.?[dt]\.?o\b/i,
    /chief executive|\bc\.?e\.?o\b/i,
  ] as readonly RegExp[],
  roleSpelledOut: {
    cio: 'Chief Information Officer',
    cdio: 'Chief Digital and Information Officer',
    cto: 'Chief Technology Officer',
    ceo: 'Chief Executive',
  } as Readonly<Record<string, string>>,
  placeholderNote: 'Placeholders in square brackets are for the report author to complete before the paper is published.',
  cover: {
    reportTo: { label: 'Report to', value: '[Name of the committee]' },
    meetingDate: { label: 'Date of meeting', value: '[Date of the meeting]' },
    reportOf: 'Report of',
    contact: { label: 'Contact officer', value: '[Name, job title, telephone and email]' },
    wards: { label: 'Wards affected', value: 'All' },
    keyDecision: { label: 'Key decision', value: '[Yes or No]' },
    subject: { label: 'Subject', value: (organisation: string, date: string | null) => `${organisation}: digital maturity self-assessment${date ? `, ${date}` : ''}` },
  },
  rating: {
    text: { green: 'Green', 'amber-near': 'Amber (near)', amber: 'Amber', red: 'Red', none: 'Not rated' } satisfies Record<RagRating, string>,
    meaningNone: 'No answers',
    meaningMet: 'At or above the target',
    meaningBelow: (gap: number, gapText: string) => `${levelGap(gap, gapText)} below the target`,
    rules: (near: number, amber: number): Record<RagRating, string> => ({
      green: 'at or above the target',
      'amber-near': `below the target by ${near} of a level or less`,
      amber: `below the target by more than ${near} and up to ${amber} levels`,
      red: `more than ${amber} levels below the target`,
      none: 'no questions answered',
    }),
    explained: (target: string, rules: string[]) =>
      `How the ratings are worked out: each theme's level, as shown to one decimal place, is compared with the target of ${target}. ` +
      `${rules.join('; ')}. The rating is always written in words, so it does not depend on colour.`,
    rule: (ratingText: string, rule: string) => `${ratingText}: ${rule}`,
    counts: (themes: number, parts: Array<{ count: number; text: string }>) =>
      `Of the ${count.themes(themes)}, ${list(parts.map((p, i) => (i === 0 ? `${p.count} ${p.count === 1 ? 'is' : 'are'} rated ${p.text}` : `${p.count} ${p.text}`)))}.`,
  },
  findingsTable: {
    caption: (target: string) => `Rating of each theme against the target of ${target}`,
    gap: 'Below the target by',
    note: (appendix: string) => `The table below gives each theme's level and rating; Appendix ${appendix} gives the full results, question by question.`,
  },
  who: (size: number, people: string[], isTeam: boolean) =>
    people.length ? (isTeam ? `by ${inWords(size)} members of the leadership team: ${list(people)}` : `by ${list(people)}`) : 'by the leadership team',
  when: (date: string | null) => (date ? `on ${date}` : 'recently'),
  purpose: (p: { organisation: string; framework: string; version: string; when: string; who: string; hasActions: boolean }) => [
    `This report sets out the results of ${p.organisation}'s self-assessment of its digital maturity against the framework ` +
      `"${p.framework}" (version ${p.version}). The assessment was carried out ${p.when} ${p.who}.`,
    p.hasActions ? 'It asks the committee to note the results and to endorse the action plan that follows from them.' : 'It asks the committee to note the results.',
  ],
  recommendations: {
    intro: 'That the committee:',
    notCompleted: 'notes that the self-assessment has not yet been completed: no questions have been answered.',
    notes: (r: { change: string; levelText: string; label: string; target: string; rating: string; red: string[]; redGap: number; section: string }) =>
      `notes the results of the digital maturity self-assessment${r.change}: an overall level of ${r.levelText} (${r.label}) ` +
      `against the target of ${r.target}, rated ${r.rating}${redClause(r.red, r.redGap)} (section ${r.section}).`,
    /** Recommendation 1 when questions are still unanswered: the result so far, and how far to trust it. */
    notesSoFar: (r: { change: string; answered: number; total: number; notApplicable: number; unanswered: number; provisional: boolean; levelText: string; label: string; target: string; rating: string; red: string[]; redGap: number; section: string }) =>
      `notes the results of the digital maturity self-assessment so far${r.change}: ${r.provisional ? 'only ' : ''}${r.answered} of the ${count.questions(r.total)}${r.notApplicable ? ' that apply' : ''} ` +
      `${r.answered === 1 ? 'has' : 'have'} been answered${r.provisional ? ', fewer than half' : ''}, so the overall level of ${r.levelText} (${r.label}) against the target of ${r.target}, rated ${r.rating}, ` +
      `${r.provisional ? 'is provisional until' : 'may change when'} ${r.unanswered === 1 ? 'the last one is' : `the other ${r.unanswered} are`} answered` +
      `${redClause(r.red, r.redGap)} (section ${r.section}).`,
    sinceBaseline: (date: string | null) => (date ? ` and the change since the baseline assessment of ${date}` : ' and the change since the baseline assessment'),
    endorse: (section: string, priority: number) =>
      `endorses the action plan in section ${section} and, in particular, ${priority === 1 ? 'its priority action' : `its ${inWords(priority)} priority actions`}:`,
    actionLine: (text: string, owner: string | null, horizon: string | null) =>
      `${text} (${owner ? `owner: ${owner}` : 'owner not set'}; ${horizon ? `start: ${horizon.toLowerCase()}` : 'no horizon set'})`,
    reportBack: (author: string) =>
      `asks the ${author} to report progress on the action plan to the committee in twelve months' time, with a repeat self-assessment to measure the change.`,
    noActions: 'notes that the framework suggests no further actions: every answered question is at or above the target, or the framework gives no step for it.',
  },
  background: (b: { framework: string; version: string; themes: number; questions: number; range: string; levels: string[]; target: string; overridden: number | null; agreement: string | null; appendix: string; sources: number }) => [
    'Digital maturity is how well an organisation uses digital technology, data and ways of working to run its services and serve its residents. ' +
      'A self-assessment gives the leadership team a shared view of where the council stands, and a basis for agreeing what to do next.',
    `The framework used, "${b.framework}" (version ${b.version}), has ${count.themes(b.themes)} and ${count.questions(b.questions)}. ` +
      `Each question is answered with a level from ${b.range}: ${list(b.levels)}. ` +
      `The target is ${b.target}${b.overridden === null ? '' : `, set for this report in place of the framework's level ${b.overridden}`}.`,
    `${b.agreement === null ? '' : `${b.agreement} `}` +
      `Themes and the overall result are scored from the answers as set out in Appendix ${b.appendix}.`,
    b.sources ? `The framework draws on ${b.sources === 1 ? 'this published source' : `these ${inWords(b.sources)} published sources`}:` : 'The framework cites no published sources.',
  ],
  levelIs: (level: number, label: string) => `${level} is ${label}`,
  plan: {
    where: (h: { now: number; next: number; later: number; none: number }) =>
      list([
        ...(h.now ? [`${h.now} to start now`] : []),
        ...(h.next ? [`${h.next} to start next${h.now ? ', once those are under way' : ''}`] : []),
        ...(h.later ? [`${h.later} for later`] : []),
        ...(h.none ? [`${h.none} with no horizon set`] : []),
      ]),
    intro: (n: number, horizons: string) =>
      'The actions come from the framework: for each question below the target, the steps that lead from its level up to the target. ' +
      `The plan has ${count.actions(n)}: ${horizons}.`,
    nextSteps: (shown: number, questions: number, appendix: string, actions: number) =>
      (shown === questions
        ? `The table below gives the next step for each question below the target, most important first`
        : `The table below gives the next step for the ${shown} most important of the ${questions} questions below the target, most important first`) +
      `; Appendix ${appendix} gives the full plan of ${count.actions(actions)}, grouped by when to start them.`,
    owners: 'Owners are roles, as the framework names them; the report author should confirm the officer who will lead each action.',
    nextStepsCaption: 'The next step for each question below the target, most important first',
  },
  implications: {
    fromResults: 'From the results:',
    financial: {
      title: 'Financial implications',
      guidance: 'Set out the cost of the action plan, whether it can be met from existing budgets, and the comments of the Chief Finance Officer (the section 151 officer in England and Wales, the section 95 officer in Scotland).',
      fact: (actions: number, now: number) => `The action plan has ${count.actions(actions)}, ${now ? `${now} of them to start now` : 'none of them to start now'}.`,
    },
    legal: {
      title: 'Legal implications, including data protection',
      guidance:
        'Set out the comments of the Monitoring Officer, and the data protection implications: whether any action shares or processes personal data and needs a data protection impact assessment under the UK GDPR and the Data Protection Act 2018.',
    },
    equalities: {
      title: 'Equalities implications',
      guidance:
        'Set out how the council has had due regard to the Public Sector Equality Duty (Equality Act 2010, section 149), including digital inclusion for residents who cannot or do not want to go online, and whether an equality impact assessment is needed.',
    },
    risk: {
      title: 'Risk implications',
      guidance: 'Set out the risks of acting and of not acting on the findings, how they will be managed, and whether any should be added to the corporate risk register.',
      fact: (red: string[], amber: number) =>
        `${red.length === 1 ? 'The theme' : 'The themes'} rated Red, ${list(red)}, ${red.length === 1 ? 'is' : 'are'} more than ${amber} levels below the target.`,
    },
    climate: {
      title: 'Climate and environmental implications',
      guidance:
        "Set out the effect of the action plan on the council's climate commitments, for example the energy used by data centres and cloud services, the lifecycle of devices, and travel saved by online services.",
    },
  },
  papers: (p: { when: string; who: string; framework: string; version: string }) => [
    `The self-assessment answers recorded ${p.when} ${p.who}, held by the report author.`,
    `The framework "${p.framework}", version ${p.version}.`,
  ],
  /**
   * In the paper's method, in place of the framework's description (its guidance on reading the
   * levels can run to a thousand words): where to find it. The rule for choosing a level is
   * already in the method.
   */
  guidanceNote: (framework: string) =>
    `The introduction to the framework, "${framework}", with any guidance it gives on choosing and reading its levels, is not repeated here: it is printed in full in the method of the full digital maturity report (dma report).`,
  appendixIntro: (title: string, framework: string, assessed: string | null, people: string) =>
    `${title}. ${framework}. Assessed ${assessed ?? 'on a date not recorded'}; taking part: ${people}.`,
  colophon: (generated: string, tool: string) => `Produced ${generated} with ${tool}.`,
  footer: (organisation: string, title: string) => `${organisation} · ${title}`,
};
