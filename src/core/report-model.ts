// The report model: everything a report needs, worked out once, as plain data. Templates
// and renderers only lay it out. Pure: analyses in, data out; no I/O, no clock.
// Every field is present (null when there is nothing), so strict Handlebars templates can
// rely on it; docs/templates.md documents each field.
import type { Analysis } from './analysis.js';
import type { Answer } from './answers.js';
import { DISAGREEMENT_SPREAD } from './answers.js';
import { buildCommitteeModel } from './committee-model.js';
import type { Comparison } from './compare.js';
import { compareAnalyses, formatLevel, questionRefs } from './compare.js';
import type { Framework } from './framework.js';
import { labelOf } from './framework.js';
import type { PlannedAction } from './planning.js';
import { round1 } from './score-document.js';

export { DISAGREEMENT_SPREAD } from './answers.js';
/** How many actions the executive summary names. */
export const SUMMARY_ACTIONS = 3;
/** A radar chart needs at least this many themes; with fewer, only the bar chart is drawn. */
export const RADAR_MIN_THEMES = 3;

import type {
  ActionGroup,
  ActionView,
  DateView,
  DisagreementView,
  EvidenceWarningView,
  FlagView,
  PersonView,
  QuestionView,
  ReportInput,
  ReportModel,
  RoleCell,
  RoleRow,
  RolesView,
  TargetStatus,
  ThemeBrief,
  ThemeView,
  VoteView,
} from './report-types.js';
import { CONFIDENCE_TEXT, HORIZON_TEXT, capitalise, dateView, formatDate, listText, peopleText, personView, plural, sourceView, textBar } from './report-text.js';

export type * from './report-types.js';
export { TEXT_BAR_WIDTH, formatDate, listText, personView, plural, safeHref, textBar } from './report-text.js';

export function buildReportModel(input: ReportInput): ReportModel {
  const { analysis, toolVersion, generated } = input;
  const { framework, assessment, result, document: doc } = analysis;
  const { scale } = framework;
  const target = result.target;
  const targetLabel = labelOf(scale, target);
  const refs = questionRefs(framework);
  const sources = new Map(framework.sources.map((s) => [s.id, sourceView(s)]));
  const sourceOf = (id: string | undefined) => (id === undefined ? null : sources.get(id) ?? null);

  const respondents = assessment.respondents.map(personView);
  const people = new Map(respondents.map((p) => [p.id, p]));
  const personOf = (id: string): PersonView => people.get(id) ?? { id, name: id, role: null, display: id };
  const votesOf = (votes: Record<string, number>): VoteView[] => {
    const known = respondents.filter((p) => Object.hasOwn(votes, p.id)).map((p) => p.id);
    const others = Object.keys(votes).filter((id) => !people.has(id)).sort();
    return [...known, ...others].map((id) => ({ respondent: personOf(id), level: votes[id]!, label: labelOf(scale, votes[id]!) }));
  };

  const comparison = input.baseline ? compareAnalyses(analysis, input.baseline) : null;
  const themeChanges = new Map(comparison?.themes.map((t) => [t.id, t]));
  const movedQuestions = new Map(comparison?.questionsMoved.map((m) => [m.question.id, m]));
  const baselineQuestions = new Map(input.baseline?.result.questions.map((q) => [q.id, q]));

  const statusOf = (level: number | null): { status: TargetStatus; statusText: string; gap: number | null } => {
    if (level === null) return { status: 'none', statusText: 'No answers yet', gap: null };
    if (level >= target) return { status: 'met', statusText: 'At or above the target', gap: null };
    const gap = round1(target - level);
    return { status: 'below', statusText: `Below the target by ${gap.toFixed(1)} ${gap === 1 ? 'level' : 'levels'}`, gap };
  };

  // Questions, theme by theme.
  const evidenceWarnings: EvidenceWarningView[] = [];
  const disagreements: DisagreementView[] = [];
  const docThemes = new Map(doc.themes.map((t) => [t.id, t]));

  const themes: ThemeView[] = framework.themes.map((theme, t) => {
    const scored = result.themes[t]!;
    const docTheme = docThemes.get(theme.id)!;
    const questions: QuestionView[] = scored.questions.map((qs) => {
      const question = framework.questions.get(qs.id)!;
      const ref = refs.get(qs.id)!;
      const answer: Answer | undefined = qs.answer;
      const level = qs.level;
      const label = level === null ? null : labelOf(scale, level);
      const status: QuestionView['status'] = level !== null ? 'answered' : qs.notApplicable ? 'not-applicable' : 'unanswered';
      const votes = votesOf(qs.votes);
      const disagreement = (qs.spread ?? 0) >= DISAGREEMENT_SPREAD;
      const evidence = answer?.evidence?.trim() ? answer.evidence : null;
      const confidence = answer?.confidence ?? null;
      const flags: FlagView[] = [];
      if (level !== null && level >= target && evidence === null) {
        const text = `Level ${level} (${label}) is at or above the target, but no evidence is recorded.`;
        flags.push({ kind: 'no-evidence', title: 'No evidence', text });
        evidenceWarnings.push({ question: ref, level, label: label!, confidence, text });
      }
      if (confidence === 'low') {
        flags.push({ kind: 'low-confidence', title: 'Low confidence', text: 'The team said this answer is not well evidenced.' });
      }
      if (disagreement) {
        const levels = votes.map((v) => v.level);
        const lowest = Math.min(...levels);
        const highest = Math.max(...levels);
        flags.push({
          kind: 'disagreement',
          title: 'Disagreement',
          text: `Votes ranged from ${lowest} to ${highest}, ${qs.spread} levels apart.`,
        });
        disagreements.push({ question: ref, level, label, spread: qs.spread!, lowest, highest, votes });
      }
      const moved = movedQuestions.get(qs.id);
      const before = baselineQuestions.get(qs.id);
      return {
        id: qs.id,
        number: ref.number,
        text: question.text,
        help: question.help ?? null,
        weight: question.weight,
        status,
        statusText: status === 'answered' ? 'Answered' : status === 'not-applicable' ? 'Not applicable' : 'Not answered',
        level,
        label,
        descriptor: level === null ? null : question.levels.get(level) ?? null,
        levelText: level !== null ? `${level} (${label})` : status === 'not-applicable' ? 'Not applicable' : 'Not answered',
        score: round1(qs.score),
        scoreText: formatLevel(round1(qs.score)),
        atOrAboveTarget: level === null ? null : level >= target,
        reason: answer?.reason ?? null,
        notes: answer?.notes?.trim() ? answer.notes : null,
        evidence,
        confidence,
        confidenceText: confidence ? CONFIDENCE_TEXT[confidence] : 'Not stated',
        votes,
        votesText: votes.map((v) => `${v.respondent.name} ${v.level}`).join(', '),
        spread: qs.spread,
        disagreement,
        flags,
        source: sourceOf(question.source),
        baseline: input.baseline
          ? {
              level: before?.level ?? null,
              label: before?.level == null ? null : labelOf(scale, before.level),
              text: before?.level != null ? `${before.level} (${labelOf(scale, before.level)})` : before?.notApplicable ? 'Not applicable' : 'Not answered',
              moved: moved !== undefined,
              change: moved?.change ?? null,
              changeText: moved?.changeText ?? null,
              symbol: moved?.symbol ?? null,
            }
          : null,
      };
    });
    const level = docTheme.level;
    return {
      id: theme.id,
      number: t + 1,
      title: theme.title,
      description: theme.description ?? null,
      weight: theme.weight,
      score: docTheme.score,
      scoreText: formatLevel(docTheme.score),
      level,
      levelText: formatLevel(level),
      label: docTheme.label,
      answered: scored.answered,
      notApplicable: scored.notApplicable,
      unanswered: scored.total - scored.answered,
      total: scored.total,
      questionCount: questions.length,
      ...statusOf(level),
      source: sourceOf(theme.source),
      questions,
      disagreements: questions.filter((q) => q.disagreement).length,
      evidenceWarnings: questions.filter((q) => q.flags.some((f) => f.kind === 'no-evidence')).length,
      baseline: themeChanges.get(theme.id) ?? null,
    };
  });
  disagreements.sort((a, b) => b.spread - a.spread); // stable: framework order within a spread

  // Actions.
  const actionView = (a: PlannedAction): ActionView => {
    const fromLabel = labelOf(scale, a.fromLevel);
    const toLabel = labelOf(scale, a.toLevel);
    return {
      priority: a.priority,
      text: a.text,
      owner: a.owner ?? null,
      ownerText: a.owner ?? 'Not set',
      horizon: a.horizon ?? null,
      horizonText: HORIZON_TEXT[a.horizon ?? 'none'].title,
      question: refs.get(a.question)!,
      fromLevel: a.fromLevel,
      fromLabel,
      toLevel: a.toLevel,
      toLabel,
      stepText: `${a.fromLevel} (${fromLabel}) to ${a.toLevel} (${toLabel})`,
      source: sourceOf(a.source),
    };
  };
  const ordered = analysis.actions.map(actionView);
  const groups: ActionGroup[] = (['now', 'next', 'later', 'none'] as const)
    .map((key) => ({
      key,
      horizon: key === 'none' ? null : key,
      ...HORIZON_TEXT[key],
      actions: ordered.filter((a) => (a.horizon ?? 'none') === key),
    }))
    .filter((g) => g.actions.length > 0);
  const topActions: ActionView[] = [];
  for (const action of ordered) {
    if (topActions.length === SUMMARY_ACTIONS) break;
    if (!topActions.some((a) => a.question.id === action.question.id)) topActions.push(action);
  }

  // Overall and summary.
  const o = doc.overall;
  const overall = {
    score: o.score,
    scoreText: formatLevel(o.score),
    level: o.level,
    levelText: formatLevel(o.level),
    label: o.label,
    answered: o.answered,
    notApplicable: o.notApplicable,
    unanswered: o.unanswered,
    total: o.total,
    questionCount: o.total + o.notApplicable,
    ...statusOf(o.level),
  };
  const briefs: ThemeBrief[] = themes
    .filter((t) => t.level !== null)
    .map((t) => ({ id: t.id, number: t.number, title: t.title, level: t.level!, levelText: t.levelText, label: t.label }));
  const top = Math.max(...briefs.map((b) => b.level));
  const bottom = Math.min(...briefs.map((b) => b.level));
  const strongest = briefs.length >= 2 ? briefs.filter((b) => b.level === top) : [];
  const weakest = briefs.length >= 2 ? briefs.filter((b) => b.level === bottom) : [];

  const roles = rolesView(framework, analysis, respondents);
  const hasVotes = result.questions.some((q) => Object.keys(q.votes).length > 0);
  const baselineAssessment = input.baseline?.assessment;
  const baselinePeople = baselineAssessment?.respondents.map(personView) ?? [];
  const baselineDate = dateView(baselineAssessment?.date);

  const model: Omit<ReportModel, 'committee'> = {
    title: `Digital maturity report: ${assessment.organisation}`,
    organisation: assessment.organisation,
    framework: { id: framework.id, title: framework.title, version: framework.version, description: framework.description ?? null },
    assessed: dateView(assessment.date),
    generated: dateView(generated) ?? { iso: generated, text: generated },
    tool: { name: 'dma', version: toolVersion },
    scale: {
      min: scale.min,
      max: scale.max,
      rangeText: `${scale.min} to ${scale.max}`,
      target,
      targetLabel,
      targetOverridden: target !== framework.target,
      frameworkTarget: framework.target,
      levels: scale.levels.map((l) => ({ level: l.level, label: l.label, description: l.description ?? null, isTarget: l.level === target })),
    },
    overall,
    summary: { paragraphs: [], strongest, weakest, topActions, actionsIntro: '' },
    chart: {
      min: scale.min,
      max: scale.max,
      target,
      levels: scale.levels.map((l) => ({ level: l.level, label: l.label })),
      hasBaseline: comparison !== null,
      currentLabel: assessment.date ? `This assessment (${formatDate(assessment.date)})` : 'This assessment',
      baselineLabel: comparison ? (baselineDate ? `Baseline (${baselineDate.text})` : 'Baseline') : null,
      radar:
        themes.length >= RADAR_MIN_THEMES
          ? { available: true, note: null }
          : {
              available: false,
              note: `A radar chart needs at least ${RADAR_MIN_THEMES} themes and this framework has ${themes.length}, so only the bar chart is shown.`,
            },
      rows: themes.map((t) => {
        const before = t.baseline?.from ?? null;
        return {
          number: t.number,
          id: t.id,
          title: t.title,
          level: t.level,
          levelText: t.levelText,
          baselineLevel: before,
          baselineLevelText: formatLevel(before),
          status: t.status,
          statusText: t.statusText,
          bar: textBar(t.level, scale.min, scale.max, target),
          baselineBar: comparison ? textBar(before, scale.min, scale.max, target) : null,
        };
      }),
    },
    themes,
    team: {
      size: respondents.length,
      isTeam: respondents.length > 1,
      respondents,
      respondentsText: peopleText(respondents),
      hasVotes,
      threshold: DISAGREEMENT_SPREAD,
      disagreements,
      roles,
      note: teamNote(respondents.length, hasVotes),
    },
    comparison: comparison
      ? {
          ...comparison,
          organisation: baselineAssessment!.organisation,
          assessed: baselineDate,
          respondents: baselinePeople,
          respondentsText: peopleText(baselinePeople),
          summary: comparisonSentence(comparison, baselineDate),
        }
      : null,
    actions: {
      count: ordered.length,
      byHorizon: {
        now: ordered.filter((a) => a.horizon === 'now').length,
        next: ordered.filter((a) => a.horizon === 'next').length,
        later: ordered.filter((a) => a.horizon === 'later').length,
        none: ordered.filter((a) => a.horizon === null).length,
      },
      intro: '',
      ordered,
      groups,
      priorityRule:
        'Priority 1 is the action to do first. Actions are ordered by how far their question is below the target, ' +
        "multiplied by the question's and the theme's weights (largest first); then the nearer step first; " +
        'then by horizon (now, next, later, none); then in framework order.',
    },
    evidenceWarnings,
    method: { paragraphs: methodParagraphs(framework, target), sources: framework.sources.map(sourceView) },
  };
  model.summary.paragraphs = summaryParagraphs(model);
  model.summary.actionsIntro = actionsIntro(model);
  model.actions.intro = model.actions.count
    ? `${plural(model.actions.count, 'action', 'actions')} in all, grouped by when to start them: now, next, later, then those the framework gives no horizon.`
    : model.summary.actionsIntro;
  return { ...model, committee: buildCommitteeModel(model) };
}

function rolesView(framework: Framework, analysis: Analysis, respondents: PersonView[]): RolesView | null {
  const roleNames = [...new Set(respondents.map((p) => p.role).filter((r): r is string => r !== null))];
  if (roleNames.length === 0) return null;
  const anyRoleVote = analysis.result.questions.some((q) => respondents.some((p) => p.role !== null && Object.hasOwn(q.votes, p.id)));
  if (!anyRoleVote) return null;
  const byRole = new Map(roleNames.map((role) => [role, respondents.filter((p) => p.role === role)]));

  const row = (themeId: string | null, number: number | null, title: string, questions: typeof analysis.result.questions): RoleRow => {
    const cells: RoleCell[] = roleNames.map((role) => {
      const ids = byRole.get(role)!.map((p) => p.id);
      const votes = questions.filter((q) => !q.notApplicable).flatMap((q) => ids.filter((id) => Object.hasOwn(q.votes, id)).map((id) => q.votes[id]!));
      const mean = votes.length ? round1(votes.reduce((a, b) => a + b, 0) / votes.length) : null;
      return { role, mean, meanText: formatLevel(mean), votes: votes.length };
    });
    const means = cells.map((c) => c.mean).filter((m): m is number => m !== null);
    const gap = means.length >= 2 ? round1(Math.max(...means) - Math.min(...means)) : null;
    return { themeId, number, title, cells, gap, gapText: formatLevel(gap) };
  };

  return {
    roles: roleNames.map((role) => {
      const people = byRole.get(role)!;
      return { role, people, peopleText: people.map((p) => p.name).join(', ') };
    }),
    themes: analysis.result.themes.map((t, i) => row(t.id, i + 1, framework.themes[i]!.title, t.questions)),
    overall: row(null, null, 'All themes', analysis.result.questions),
    withoutRole: respondents.filter((p) => p.role === null),
  };
}

/** Why there is no team view, or null when there is one. */
function teamNote(size: number, hasVotes: boolean): string | null {
  if (hasVotes) return null;
  return size > 1
    ? 'No individual votes were recorded, so there is no team view.'
    : 'Only one set of answers was given and no individual votes were recorded, so there is no team view.';
}

function comparisonSentence(c: Comparison, assessed: DateView | null): string {
  const when = assessed ? `the baseline assessment of ${assessed.text}` : 'the baseline assessment';
  const o = c.overall;
  let overall: string;
  switch (o.change) {
    case 'up':
      overall = `the overall level has gone up from ${o.fromText} to ${o.toText}`;
      break;
    case 'down':
      overall = `the overall level has gone down from ${o.fromText} to ${o.toText}`;
      break;
    case 'unchanged':
      overall = o.to === null ? 'there is still no overall level' : `the overall level is unchanged at ${o.toText}`;
      break;
    case 'new':
      overall = `the overall level is now ${o.toText} (the baseline had no answers)`;
      break;
    case 'dropped':
      overall = `there is no overall level now (it was ${o.fromText})`;
      break;
  }
  const n = c.counts;
  const parts = [
    `${plural(n.up, 'theme', 'themes')} went up`,
    `${n.down} went down`,
    `${n.unchanged} stayed the same`,
    ...(n.new ? [`${n.new} ${n.new === 1 ? 'was' : 'were'} scored for the first time`] : []),
    ...(n.dropped ? [`${n.dropped} no longer ${n.dropped === 1 ? 'has' : 'have'} answers`] : []),
  ];
  const moved = c.questionsMoved.length;
  return `Since ${when}, ${overall}. ${capitalise(listText(parts))}; ${plural(moved, 'question', 'questions')} changed.`;
}

function summaryParagraphs(m: Omit<ReportModel, 'committee'>): string[] {
  const out: string[] = [];
  const { overall: o, scale } = m;
  const min = m.scale.levels[0]!;
  const max = m.scale.levels.at(-1)!;
  const targetText = `level ${scale.target} (${scale.targetLabel})`;
  if (o.level === null) {
    out.push(`No questions have been answered yet, so there is no overall level. The target is ${targetText}.`);
  } else {
    const where = `Overall, ${m.organisation} is at level ${o.levelText} (${o.label}) on a scale from ${min.level} (${min.label}) to ${max.level} (${max.label}).`;
    const versus = o.status === 'met'
      ? `This meets the target of ${targetText}.`
      : `The target is ${targetText}, ${o.gap!.toFixed(1)} ${o.gap === 1 ? 'level' : 'levels'} higher.`;
    out.push(`${where} ${versus}`);
  }

  const { strongest, weakest } = m.summary;
  const names = (b: ThemeBrief[]) => listText(b.map((t) => t.title));
  if (strongest.length && weakest.length) {
    if (strongest[0]!.level === weakest[0]!.level) {
      out.push(`All the themes with answers are at the same level, ${strongest[0]!.levelText}.`);
    } else {
      const s = strongest.length === 1
        ? `The strongest theme is ${names(strongest)} (level ${strongest[0]!.levelText})`
        : `The strongest themes are ${names(strongest)} (level ${strongest[0]!.levelText} each)`;
      const w = weakest.length === 1
        ? `the weakest is ${names(weakest)} (level ${weakest[0]!.levelText})`
        : `the weakest are ${names(weakest)} (level ${weakest[0]!.levelText} each)`;
      out.push(`${s}; ${w}.`);
    }
  } else {
    const only = m.themes.filter((t) => t.level !== null);
    if (only.length === 1 && m.themes.length > 1) out.push(`Only one theme, ${only[0]!.title}, has answers so far (level ${only[0]!.levelText}).`);
  }

  const was = (n: number, what: string) => (n === 0 ? `none ${what}` : `${n} ${n === 1 ? 'was' : 'were'} ${what}`);
  out.push(
    `Of the ${plural(o.questionCount, 'question', 'questions')}, ${listText([
      was(o.answered, 'answered'),
      was(o.notApplicable, 'marked not applicable'),
      was(o.unanswered, 'skipped'),
    ])}.`,
  );

  const t = m.team;
  if (t.isTeam && t.hasVotes) {
    out.push(
      t.disagreements.length
        ? `${t.size} people took part. Their votes were ${t.threshold} or more levels apart on ${plural(t.disagreements.length, 'question', 'questions')}: see "Team view".`
        : `${t.size} people took part, and their votes were never ${t.threshold} or more levels apart.`,
    );
  } else if (t.isTeam) {
    out.push(`${t.size} people took part.`);
  }

  const w = m.evidenceWarnings.length;
  if (w) {
    out.push(
      `${plural(w, 'answer claims', 'answers claim')} a level at or above the target with no evidence recorded; ${w === 1 ? 'it is' : 'they are'} flagged in "Theme by theme".`,
    );
  }
  if (m.comparison) out.push(m.comparison.summary);
  return out;
}

function actionsIntro(m: Omit<ReportModel, 'committee'>): string {
  const n = m.actions.count;
  if (n === 0) {
    return m.overall.answered
      ? 'There are no actions: every answered question is at or above the target, or the framework suggests no step for it.'
      : 'There are no actions yet: nothing has been answered.';
  }
  const top = m.summary.topActions.length;
  const most = top === 1 ? 'the most important is' : `the ${top === 2 ? 'two' : 'three'} most important (one for each question) are`;
  return `The action plan has ${plural(n, 'action', 'actions')}; ${most}:`;
}

function methodParagraphs(framework: Framework, target: number): string[] {
  const { min, max } = framework.scale;
  const minLabel = labelOf(framework.scale, min);
  const maxLabel = labelOf(framework.scale, max);
  const targetText =
    target === framework.target
      ? `The target is level ${target} (${labelOf(framework.scale, target)}), as the framework sets it.`
      : `The target for this report is level ${target} (${labelOf(framework.scale, target)}), set in place of the framework's level ${framework.target}.`;
  return [
    `Each question is answered with a level from ${min} (${minLabel}) to ${max} (${maxLabel}); the framework describes what every level looks like for every question. ` +
      'Where several people answered, the agreed level is the median of their levels, rounded down.',
    `A question's score is its place on the scale out of 100: 100 × (level − ${min}) ÷ (${max} − ${min}). ` +
      "A theme's score is the weighted average of its answered questions' scores; questions marked not applicable and questions not answered are left out. " +
      'The overall score is the weighted average of the themes that have at least one answer.',
    `Scores are shown as equivalent levels, ${min} + score × (${max} − ${min}) ÷ 100, so a theme at level 2.5 is halfway between levels 2 and 3. ` +
      'A label, such as the overall label, is that of the whole level reached. Scores and levels are rounded to one decimal place.',
    targetText,
    `Actions come from the framework: for each answered question below the target, the steps that lead from its level up to the target. ` +
      'The most important come first: the further below the target, and the heavier the question and its theme, the higher the priority.',
    `Votes ${DISAGREEMENT_SPREAD} or more levels apart are shown as a disagreement. A level at or above the target with no evidence recorded is flagged. ` +
      'Against a baseline, a level has gone up or down when it changed once rounded to one decimal place.',
  ];
}
