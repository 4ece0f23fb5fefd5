// One question as the report shows it: the agreed level and its descriptor, the notes,
// evidence and votes, the flags that mark an answer to check, and where it stood in the baseline.
import { labelOf } from '../framework.js';
import { paragraphs } from '../plain-text.js';
import { round1 } from '../score-document.js';
import type { QuestionScore } from '../scoring.js';
import type { QuestionRef } from './compare.js';
import type { BuildContext } from './context.js';
import { CHANGE_SYMBOL, formatLevel } from './format.js';
import { isDisagreement } from './rules.js';
import type { DisagreementView, EvidenceWarningView, FlagView, QuestionBaseline, QuestionView, VoteView } from './types.js';
import { moveText, stateText } from './comparison.js';

/** What a question adds to the lists the report keeps across themes. */
export interface QuestionFindings {
  evidenceWarnings: EvidenceWarningView[];
  disagreements: DisagreementView[];
}

/** A help split at its first blank line: the paragraph a reader needs, and the rest for the chair. */
export function splitHelp(help: string | undefined): { helpIntro: string | null; helpDetail: string | null } {
  const [intro, ...rest] = paragraphs(help ?? '');
  return { helpIntro: intro ?? null, helpDetail: rest.length ? rest.join('\n\n') : null };
}

function statusOf(qs: QuestionScore): QuestionView['status'] {
  return qs.level !== null ? 'answered' : qs.notApplicable ? 'not-applicable' : 'unanswered';
}

/** What questionView has already worked out about the question, for the flags. */
interface Shown {
  ref: QuestionRef;
  /** The label of the agreed level; null when there is none. */
  label: string | null;
  confidence: QuestionView['confidence'];
  votes: VoteView[];
  evidence: string | null;
  /** The level is only the median of a workshop's votes, not agreed (see onlyTheMedian). */
  fromVotes: boolean;
}

function flagsOf(ctx: BuildContext, qs: QuestionScore, { ref, label, confidence, votes, evidence, fromVotes }: Shown, found: QuestionFindings): FlagView[] {
  const { w, target } = ctx;
  const f = w.questions.flags;
  const flags: FlagView[] = [];
  const level = qs.level;
  // label is null exactly when level is.
  if (level !== null && label !== null && level >= target && evidence === null) {
    const text = f.noEvidence.text(level, label);
    flags.push({ kind: 'no-evidence', title: f.noEvidence.title, text });
    found.evidenceWarnings.push({ question: ref, level, label, confidence, text });
  }
  if (confidence === 'low') flags.push({ kind: 'low-confidence', title: f.lowConfidence.title, text: f.lowConfidence.text });
  if (isDisagreement(qs.spread)) {
    const levels = votes.map((v) => v.level);
    const lowest = Math.min(...levels);
    const highest = Math.max(...levels);
    flags.push({ kind: 'disagreement', title: f.disagreement.title, text: f.disagreement.text(lowest, highest, qs.spread!) });
    const agreed = level === null ? w.none : String(level);
    found.disagreements.push({
      question: ref,
      level,
      label,
      spread: qs.spread!,
      lowest,
      highest,
      votes,
      levelText: w.team.levelCell(level, !fromVotes),
      votesLine: w.team.votesLine(Object.values(qs.votes), agreed, !fromVotes),
    });
  }
  return flags;
}

function baselineOf(ctx: BuildContext, id: string): QuestionBaseline | null {
  if (!ctx.baseline) return null;
  const before = ctx.baselineQuestion(id);
  const moved = ctx.moveOf(id);
  const level = before?.level ?? null;
  return {
    level,
    label: level === null ? null : labelOf(ctx.scale, level),
    text: stateText(ctx, { level, notApplicable: before?.notApplicable ?? false }),
    moved: moved !== undefined,
    change: moved?.change ?? null,
    changeText: moved ? moveText(ctx.w, moved.kind) : null,
    symbol: moved ? CHANGE_SYMBOL[moved.change] : null,
  };
}

export function questionView(ctx: BuildContext, qs: QuestionScore, found: QuestionFindings): QuestionView {
  const { w, target } = ctx;
  const question = ctx.framework.questions.get(qs.id)!;
  const answer = qs.answer;
  const level = qs.level;
  const status = statusOf(qs);
  const votes = ctx.votesOf(qs.votes);
  const evidence = answer?.evidence?.trim() ? answer.evidence : null;
  const confidence = answer?.confidence ?? null;
  const ref = ctx.refs.get(qs.id)!;
  const label = level === null ? null : labelOf(ctx.scale, level);
  const fromVotes = onlyTheMedian(ctx, qs);
  const flags = flagsOf(ctx, qs, { ref, label, confidence, votes, evidence, fromVotes }, found);
  const levelText = level !== null ? ctx.levelText(level) : w.questions.status[status];
  return {
    id: qs.id,
    number: ref.number,
    text: question.text,
    help: question.help ?? null,
    ...splitHelp(question.help),
    weight: question.weight,
    status,
    statusText: w.questions.status[status],
    level,
    label,
    descriptor: level === null ? null : question.levels.get(level) ?? null,
    levelText,
    levelAgreed: level === null ? null : !fromVotes,
    levelLabel: fromVotes ? w.labels.medianLevel : w.labels.agreedLevel,
    levelCellText: fromVotes ? w.questions.medianOnly(levelText) : levelText,
    score: round1(qs.score),
    scoreText: formatLevel(round1(qs.score)),
    atOrAboveTarget: level === null ? null : level >= target,
    reason: answer?.reason ?? null,
    notes: answer?.notes?.trim() ? answer.notes : null,
    evidence,
    confidence,
    confidenceText: w.questions.confidence[confidence ?? 'none'],
    votes,
    votesText: votes.map((v) => `${v.respondent.name} ${v.level}`).join(', '),
    spread: qs.spread,
    spreadText: qs.spread ? w.questions.spread(qs.spread) : null,
    disagreement: isDisagreement(qs.spread),
    flags,
    source: ctx.sourceOf(question.source),
    baseline: baselineOf(ctx, qs.id),
  };
}

/**
 * A workshop's level that is only the median of the votes: the room stopped before agreeing one.
 * (A team of separate files has no room: there the median is the agreed level, as the method says.)
 */
function onlyTheMedian(ctx: BuildContext, qs: QuestionScore): boolean {
  return qs.level !== null && qs.answer?.levelFrom === 'median' && ctx.analysis.assessment.answersFiles <= 1;
}
