// The report model: everything a report says, worked out once, as plain data. Templates, Word,
// CSV, JSON and the terminal only lay it out. Pure: analyses and wording in, data out; no I/O,
// no clock. Every field is present (null when there is nothing), so strict Handlebars
// templates can rely on it; docs/templates.md documents each field.
import { DISAGREEMENT_SPREAD } from '../answers.js';
import { labelOf } from '../framework.js';
import { actionsSection } from './actions.js';
import { agreementFacts } from './agreement.js';
import { chartSection, chartText } from './chart.js';
import { comparisonSection } from './comparison.js';
import type { BuildContext } from './context.js';
import { buildContext, dateView, sourceView } from './context.js';
import type { ReportModel, ReportText, ScaleView } from './model-types.js';
import type { ThemeView } from './types.js';
import { DISAGREEMENTS_NAMED } from './rules.js';
import { scoreView } from './scores.js';
import { summarySection } from './summary.js';
import { teamSection } from './team.js';
import { themesSection } from './themes.js';
import type { ReportInput } from './types.js';
import type { Wording } from './wording/index.js';
import { EN_GB } from './wording/index.js';

export function buildReportModel(input: ReportInput, wording: Wording = EN_GB): ReportModel {
  const ctx = buildContext(input, wording);
  const { w, analysis, framework } = ctx;
  const { assessment, document: doc } = analysis;
  const scale = scaleView(ctx);
  const o = doc.overall;
  const overall = scoreView(w, { score: o.score, level: o.level, label: o.label, answered: o.answered, notApplicable: o.notApplicable, total: o.total }, ctx.target);
  const { themes, disagreements, evidenceWarnings } = themesSection(ctx);
  const team = teamSection(ctx, disagreements);
  const comparison = comparisonSection(ctx);
  const actions = actionsSection(ctx);
  const organisation = assessment.organisation;
  const title = w.title(organisation);
  const assessed = dateView(w, assessment.date);
  const generated = dateView(w, input.generated) ?? { iso: input.generated, text: input.generated };
  const tool = { name: 'dma', version: input.toolVersion };
  const agreement = w.method.agreement(agreementFacts(ctx));
  const summaryParts = { organisation, scale, overall, themes, team, evidenceWarnings: evidenceWarnings.length, comparison, actions };
  const model: ReportModel = {
    title,
    organisation,
    locale: w.locale,
    framework: { id: framework.id, title: framework.title, version: framework.version, description: framework.description ?? null },
    assessed,
    generated,
    tool,
    scale,
    overall,
    summary: summarySection(ctx, summaryParts),
    chart: chartSection(ctx, themes, overall),
    themes,
    team,
    comparison,
    actions: actions.actions,
    evidenceWarnings,
    method: {
      paragraphs: w.method.paragraphs(methodFacts(ctx), agreement),
      agreement,
      ...helpNotes(themes, w.method.helpNote, w.method.helpNoteFolded(w.labels.howToChoose)),
      sources: framework.sources.map(sourceView),
    },
    headings: w.headings,
    labels: w.labels,
    text: {} as ReportText,
  };
  model.text = reportText(ctx, model);
  return model;
}

/** Where the rest of each help is, when any help runs past its first paragraph. */
function helpNotes(themes: ThemeView[], leftOut: string, folded: string): { helpNote: string | null; helpNoteFolded: string | null } {
  const split = themes.some((t) => t.questions.some((q) => q.helpDetail !== null));
  return { helpNote: split ? leftOut : null, helpNoteFolded: split ? folded : null };
}

function scaleView(ctx: BuildContext): ScaleView {
  const { w, scale, target, framework } = ctx;
  const targetLabel = labelOf(scale, target);
  return {
    min: scale.min,
    max: scale.max,
    rangeText: w.range(scale.min, scale.max),
    target,
    targetLabel,
    targetText: w.levelWithLabel(target, targetLabel),
    targetPhrase: w.levelPhrase(target, targetLabel),
    targetOverridden: target !== framework.target,
    frameworkTarget: framework.target,
    levels: scale.levels.map((l) => ({ level: l.level, label: l.label, description: l.description ?? null, isTarget: l.level === target })),
  };
}

function methodFacts(ctx: BuildContext) {
  const { scale, target, framework } = ctx;
  return {
    min: scale.min,
    minLabel: labelOf(scale, scale.min),
    max: scale.max,
    maxLabel: labelOf(scale, scale.max),
    target,
    targetLabel: labelOf(scale, target),
    frameworkTarget: target === framework.target ? null : framework.target,
    threshold: DISAGREEMENT_SPREAD,
    choosingRule: framework.choosingRule,
  };
}

function reportText(ctx: BuildContext, m: ReportModel): ReportText {
  const { w } = ctx;
  const t = w.team;
  const threshold = m.team.threshold;
  const frameworkLine = w.frameworkVersion(m.framework.title, m.framework.version);
  const tool = w.tool(m.tool.name, m.tool.version);
  return {
    frameworkLine,
    assessed: m.assessed?.text ?? w.dateNotRecorded,
    tool,
    colophon: w.colophon(m.title, frameworkLine, m.assessed?.text ?? null, m.generated.text, tool),
    footerDate: w.footerDate(m.assessed?.text ?? null, m.generated.text),
    documentDescription: w.documentDescription,
    ...chartText(ctx, m.scale, m.comparison !== null),
    themesIntro: w.themes.intro(threshold),
    questionTableIntro: w.themes.tableIntro(threshold),
    takingPart: t.takingPart(m.team.respondentsText),
    disagreementsIntro: t.disagreementsIntro(threshold),
    disagreementsAdvice: t.disagreementsAdvice,
    disagreementsCaption: t.disagreementsCaption(threshold),
    noDisagreements: t.noDisagreements(threshold),
    terminalFramework: w.terminal.framework(m.framework.title, m.framework.version, m.assessed?.iso ?? null),
    terminalOverall: w.terminal.overall({ scoreText: m.overall.scoreText, levelText: m.overall.levelText, range: `${m.scale.min}–${m.scale.max}`, label: m.overall.label, target: m.scale.target }),
    answeredLine: w.figures.answeredLine(m.overall),
    terminalDisagreements: w.terminal.disagreements(m.headings.disagreements, threshold, m.team.disagreements.length),
    moreDisagreements: m.team.disagreements.length > DISAGREEMENTS_NAMED ? t.more(m.team.disagreements.length - DISAGREEMENTS_NAMED) : null,
    rolesIntro: t.rolesIntro(m.team.roles?.withoutRole.map((p) => p.name) ?? []),
    rolesCaption: t.rolesCaption,
    comparisonCaption: w.comparison.tableCaption,
    movedCaption: w.comparison.movedCaption,
    noneMoved: w.comparison.noneMoved,
    noSources: w.method.noSources,
    scaleCaption: w.method.scaleCaption,
  };
}
