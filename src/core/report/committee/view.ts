// The committee paper as a view of the report model: built from the model, in the model's
// language, only when a committee paper is made, so the Markdown, HTML, Word and PDF papers all
// say the same thing and a plain report does none of this work.
import type { ReportModel } from '../model-types.js';
import type { Wording } from '../wording/index.js';
import { EN_GB } from '../wording/index.js';
import { findings, numbered } from './findings.js';
import { recommendations, reportOf } from './recommendations.js';
import { background, cover, implications, occasion, planParagraphs } from './sections.js';
import type { Appendix, CommitteeView } from './types.js';

const NUMBERS = { purpose: '1', recommendations: '2', background: '3', findings: '4', actions: '5', implications: '6', papers: '7' } as const;

export function buildCommitteeView(m: ReportModel, w: Wording = EN_GB): CommitteeView {
  const c = w.committee;
  const sections = Object.fromEntries(
    Object.entries(NUMBERS).map(([key, number]) => [key, { number, title: c.sections[key as keyof typeof NUMBERS] }]),
  ) as CommitteeView['sections'];
  const appendix = appendixOf(w, 'A', c.appendices.results);
  const planAppendix = appendixOf(w, 'B', c.appendices.plan);
  const author = reportOf(m.team.respondents, w);
  const found = findings(m, w, NUMBERS.findings, appendix.letter);
  const red = found.themes.filter((r) => r.rating === 'red');
  const { when, who } = occasion(m, w);
  return {
    title: c.title,
    cover: cover(m, w, author),
    placeholderNote: c.placeholderNote,
    reportOf: author,
    placeholder: c.authorPlaceholder,
    sections,
    purpose: numbered(NUMBERS.purpose, c.purpose({ organisation: m.organisation, framework: m.framework.title, version: m.framework.version, when, who, hasActions: m.actions.count > 0 })),
    recommendationsIntro: c.recommendations.intro,
    recommendations: recommendations(m, w, { author, overall: found.overall, red, findings: NUMBERS.findings, actions: NUMBERS.actions }),
    background: numbered(NUMBERS.background, background(m, w, appendix.letter)),
    sources: m.method.sources,
    findings: found,
    actionPlan: {
      paragraphs: numbered(NUMBERS.actions, planParagraphs(m, w, planAppendix.letter)),
      priority: m.summary.topActions,
      nextSteps: m.actions.nextSteps,
      nextStepsCaption: c.plan.nextStepsCaption,
    },
    implications: implications(m, w, NUMBERS.implications, red),
    fromResults: c.implications.fromResults,
    backgroundPapers: c.papers({ when, who, framework: m.framework.title, version: m.framework.version }),
    appendix,
    planAppendix,
    appendixIntro: c.appendixIntro(m.title, m.text.frameworkLine, m.assessed?.text ?? null, m.team.respondentsText),
    guidanceNote: m.framework.description ? c.guidanceNote(m.framework.title) : null,
    colophon: c.colophon(m.generated.text, m.text.tool),
    footer: c.footer(m.organisation, c.title),
  };
}

function appendixOf(w: Wording, letter: string, title: string): Appendix {
  return { letter, title, heading: w.committee.appendixHeading(letter, title) };
}
