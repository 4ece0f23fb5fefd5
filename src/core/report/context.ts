// What every section builder needs: the analysis, its framework and target, the wording, and
// the people, sources and questions looked up by id. Made once per report.
import type { Analysis } from '../analysis.js';
import type { Respondent } from '../answers.js';
import type { Framework, Scale, Source } from '../framework.js';
import { labelOf } from '../framework.js';
import type { QuestionScore } from '../scoring.js';
import type { Comparison, QuestionMove, QuestionRef } from './compare.js';
import { compareAnalyses, questionRefs } from './compare.js';
import { withAside } from '../plain-text.js';
import { safeHref } from './format.js';
import type { DateView, PersonView, ReportInput, SourceView, VoteView } from './types.js';
import type { Wording } from './wording/index.js';

export interface BuildContext {
  w: Wording;
  analysis: Analysis;
  baseline: Analysis | null;
  comparison: Comparison | null;
  framework: Framework;
  scale: Scale;
  target: number;
  refs: Map<string, QuestionRef>;
  respondents: PersonView[];
  sourceOf(id: string | undefined): SourceView | null;
  votesOf(votes: Record<string, number>): VoteView[];
  /** The question in the baseline, and how it moved since; undefined without a baseline or a move. */
  baselineQuestion(id: string): QuestionScore | undefined;
  moveOf(id: string): QuestionMove | undefined;
  /** "2 (Developing)" for a whole level of the scale. */
  levelText(level: number): string;
}

export function buildContext(input: ReportInput, w: Wording): BuildContext {
  const { analysis } = input;
  const baseline = input.baseline ?? null;
  const { framework } = analysis;
  const sources = new Map(framework.sources.map((s) => [s.id, sourceView(s)]));
  const respondents = analysis.assessment.respondents.map((r) => personView(r));
  const people = new Map(respondents.map((p) => [p.id, p]));
  const personOf = (id: string): PersonView => people.get(id) ?? { id, name: id, role: null, display: id };
  const refs = questionRefs(framework);
  const comparison = baseline ? compareAnalyses(analysis, baseline, refs) : null;
  const baselineQuestions = new Map(baseline?.result.questions.map((q) => [q.id, q]));
  const moves = new Map(comparison?.questionsMoved.map((m) => [m.question.id, m]));
  return {
    w,
    analysis,
    baseline,
    comparison,
    framework,
    scale: framework.scale,
    target: analysis.result.target,
    refs,
    respondents,
    sourceOf: (id) => (id === undefined ? null : sources.get(id) ?? null),
    votesOf: (votes) => {
      const known = respondents.filter((p) => Object.hasOwn(votes, p.id)).map((p) => p.id);
      const others = Object.keys(votes).filter((id) => !people.has(id)).sort();
      return [...known, ...others].map((id) => ({ respondent: personOf(id), level: votes[id]!, label: labelOf(framework.scale, votes[id]!) }));
    },
    baselineQuestion: (id) => baselineQuestions.get(id),
    moveOf: (id) => moves.get(id),
    levelText: (level) => w.levelWithLabel(level, labelOf(framework.scale, level)),
  };
}

export function dateView(w: Wording, iso: string | null | undefined): DateView | null {
  return iso ? { iso, text: w.date(iso) } : null;
}

export function personView(r: Respondent): PersonView {
  const name = r.name?.trim() || r.id;
  const role = r.role?.trim() || null;
  return { id: r.id, name, role, display: role ? `${name} (${role})` : name };
}

export function peopleText(w: Wording, people: PersonView[]): string {
  return people.length ? people.map((p) => p.display).join(', ') : w.notRecorded;
}

export function sourceView(source: Source): SourceView {
  const year = source.year !== undefined ? String(source.year) : undefined;
  const by = source.publisher && year ? withAside(source.publisher, year) : (source.publisher ?? (year ? `(${year})` : ''));
  return {
    id: source.id,
    title: source.title,
    publisher: source.publisher ?? null,
    year: source.year ?? null,
    url: source.url ?? null,
    href: safeHref(source.url),
    citation: `${by ? `${by}. ` : ''}${source.title}${/[.!?]$/.test(source.title) ? '' : '.'}`,
  };
}
