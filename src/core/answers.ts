// Answers files checked against their framework, and turned into one assessment
// (section 3 of the contract), including a team made of several files.
import type { AnswersFile, Confidence } from './schema.js';
import type { Framework } from './framework.js';
import { isLevel } from './framework.js';
import type { Problem } from './problems.js';
import { listSome } from './plain-text.js';
import { closest } from './shape.js';
import { IdAllocator } from './slug.js';

/** "Did you mean" is worked out for this many unknown question ids at most, each this long at most: bounded work on a hostile file. */
const SUGGESTIONS_AT_MOST = 20;
const SUGGESTED_ID_LENGTH = 100;

export interface Respondent {
  id: string;
  name?: string;
  role?: string;
}

export interface Answer {
  /** The agreed level; null when not applicable. */
  level: number | null;
  /**
   * Where the level came from: "given" in the file (agreed in the room, or one person's own
   * answer), or the "median" of the votes (an answer of votes only, or a team of files); null
   * when not applicable.
   */
  levelFrom: 'given' | 'median' | null;
  notApplicable: boolean;
  /** One level per respondent id; no prototype, so an id such as "constructor" finds only its vote. */
  votes: Record<string, number>;
  reason?: string;
  notes?: string;
  evidence?: string;
  confidence?: Confidence;
}

export interface Assessment {
  framework: { id: string; version?: string };
  organisation: string;
  date?: string;
  respondents: Respondent[];
  /** How many answers files it was made from: 1, or each member's file for a team. */
  answersFiles: number;
  /** Keyed by full question id; a question missing here is unanswered. */
  answers: Map<string, Answer>;
}

export interface AnswersCheck {
  problems: Problem[];
  /** Non-fatal: answers to questions an older or newer framework version had. */
  warnings: Problem[];
}

/** True when the answers file was written for another version (or id) of the framework. */
export function namesOtherVersion(file: AnswersFile, framework: Framework): boolean {
  return file.framework.id !== framework.id || (file.framework.version !== undefined && file.framework.version !== framework.version);
}

export function answersRuleProblems(file: AnswersFile, framework: Framework): AnswersCheck {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const { scale } = framework;
  const levelRange = `${scale.min} to ${scale.max}`;
  const otherVersion = namesOtherVersion(file, framework);

  const respondentIds = new Set<string>();
  (file.respondents ?? []).forEach((r, i) => {
    if (respondentIds.has(r.id)) problems.push({ path: ['respondents', i, 'id'], message: `respondent id "${r.id}" is used twice` });
    respondentIds.add(r.id);
  });

  const questionIds = [...framework.questions.keys()];
  let suggestions = 0;
  for (const [questionId, answer] of Object.entries(file.answers ?? {})) {
    const path = ['answers', questionId];
    const question = framework.questions.get(questionId);
    if (!question) {
      const target = otherVersion ? warnings : problems;
      const near = !otherVersion && questionId.length <= SUGGESTED_ID_LENGTH && suggestions++ < SUGGESTIONS_AT_MOST ? closest(questionId, questionIds) : undefined;
      const why = otherVersion
        ? `; this file was written for ${describeFrameworkRef(file)}, so the answer is left out`
        : near ? `; did you mean "${near}"?` : '';
      target.push({ path, atKey: true, message: `"${questionId}" is not a question of ${framework.id} ${framework.version}${why}` });
      continue;
    }
    if (answer.level !== undefined && !isLevel(scale, answer.level)) {
      problems.push({ path: [...path, 'level'], message: `level ${answer.level} is not on the scale (${levelRange})` });
    }
    if (answer.notApplicable === true) {
      if (!question.notApplicableAllowed) {
        problems.push({ path: [...path, 'notApplicable'], message: `question "${questionId}" cannot be answered "not applicable"` });
      }
      if (answer.level !== undefined) {
        problems.push({ path: [...path, 'level'], message: 'an answer cannot have both a level and notApplicable: true' });
      }
    }
    for (const [respondentId, vote] of Object.entries(answer.votes ?? {})) {
      if (!respondentIds.has(respondentId)) {
        const listed = respondentIds.size ? `listed: ${listSome(respondentIds)}` : 'the file lists no respondents';
        problems.push({ path: [...path, 'votes', respondentId], atKey: true, message: `vote from "${respondentId}", who is not listed under respondents (${listed})` });
      }
      if (!isLevel(scale, vote)) {
        problems.push({ path: [...path, 'votes', respondentId], message: `vote ${vote} is not on the scale (${levelRange})` });
      }
    }
    (answer.prepared ?? []).forEach((respondentId, i) => {
      if (!answer.votes || !Object.hasOwn(answer.votes, respondentId)) {
        problems.push({ path: [...path, 'prepared', i], message: `"${respondentId}" is listed as a prepared vote but has no vote under votes` });
      }
    });
    const hasVotes = Object.keys(answer.votes ?? {}).length > 0;
    if (answer.level === undefined && answer.notApplicable !== true && !hasVotes) {
      problems.push({ path, atKey: true, message: `the answer to "${questionId}" needs a level, notApplicable: true, or votes` });
    }
  }
  return { problems, warnings };
}

function describeFrameworkRef(file: AnswersFile): string {
  return file.framework.version ? `${file.framework.id} ${file.framework.version}` : file.framework.id;
}

/** "The median, rounded down": the mean of the two middle levels, rounded down, for an even count. */
export function medianRoundedDown(levels: readonly number[]): number {
  if (levels.length === 0) throw new RangeError('median of no levels');
  const sorted = [...levels].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle]!;
  return Math.floor((sorted[middle - 1]! + sorted[middle]!) / 2);
}

/** Votes this many levels apart or more are a disagreement the room should discuss. */
export const DISAGREEMENT_SPREAD = 2;

/** Votes this far apart or more are a disagreement the room should talk about. */
export function isDisagreement(spread: number | null): boolean {
  return (spread ?? 0) >= DISAGREEMENT_SPREAD;
}

/** Highest vote minus lowest; 0 when fewer than two votes. */
export function spreadOf(votes: readonly number[]): number {
  if (votes.length < 2) return 0;
  return Math.max(...votes) - Math.min(...votes);
}

/** Builds the assessment from a file that has passed `answersRuleProblems`; leaves out unknown questions. */
export function toAssessment(file: AnswersFile, framework: Framework): Assessment {
  const answers = new Map<string, Answer>();
  for (const [questionId, raw] of Object.entries(file.answers ?? {})) {
    if (!framework.questions.has(questionId)) continue;
    const votes = votesRecord(Object.entries(raw.votes ?? {}));
    const voteLevels = Object.values(votes);
    const notApplicable = raw.notApplicable === true;
    const level = notApplicable ? null : raw.level ?? medianRoundedDown(voteLevels);
    answers.set(questionId, {
      level,
      levelFrom: notApplicable ? null : raw.level === undefined ? 'median' : 'given',
      notApplicable,
      votes,
      ...optional('reason', raw.reason),
      ...optional('notes', raw.notes),
      ...optional('evidence', raw.evidence),
      ...optional('confidence', raw.confidence),
    });
  }
  return {
    framework: { ...file.framework },
    organisation: file.organisation,
    ...optional('date', file.date),
    respondents: (file.respondents ?? []).map((r) => ({ ...r })),
    answersFiles: 1,
    answers,
  };
}

/** A votes map with no prototype: `votes["constructor"]` is a vote or undefined, never a function. */
export function votesRecord(entries: Iterable<[string, number]> = []): Record<string, number> {
  const votes = Object.create(null) as Record<string, number>;
  for (const [id, level] of entries) votes[id] = level;
  return votes;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined || value === '' ? {} : { [key]: value }) as { [P in K]?: V };
}

export interface TeamMember {
  /** Used as the respondent id when the file lists no respondents (the file's name). */
  fallbackId: string;
  assessment: Assessment;
}

/**
 * Several answers files are one team: each file is one respondent, a question's agreed level
 * is the median of their levels (rounded down), and it is not applicable only when every file
 * that answers it says so.
 */
export function combineTeam(members: readonly TeamMember[]): Assessment {
  const team = new TeamBuilder();
  for (const member of members) team.add(member);
  return team.result();
}

interface PendingAnswer {
  votes: Record<string, number>;
  notes: string[];
  evidence: string[];
  confidences: Set<Confidence>;
}

/**
 * combineTeam one file at a time: each file's answers are folded in as it is read, so a team of
 * 20,000 files keeps their votes, notes and respondents, not 20,000 assessments.
 */
export class TeamBuilder {
  private first: Assessment | undefined;
  private size = 0;
  private latestDate: string | undefined;
  private readonly ids = new IdAllocator();
  private readonly respondents: Respondent[] = [];
  private readonly pending = new Map<string, PendingAnswer>();

  add(member: TeamMember): void {
    this.first ??= member.assessment;
    this.size++;
    const { assessment } = member;
    if (assessment.date !== undefined && (this.latestDate === undefined || assessment.date > this.latestDate)) this.latestDate = assessment.date;
    const who = this.respondentFor(member);
    const label = who.name ?? who.id;
    for (const [questionId, answer] of assessment.answers) {
      let entry = this.pending.get(questionId);
      if (!entry) {
        entry = { votes: votesRecord(), notes: [], evidence: [], confidences: new Set() };
        this.pending.set(questionId, entry);
      }
      if (answer.level !== null) entry.votes[who.id] = answer.level;
      if (answer.notes) entry.notes.push(`${label}: ${answer.notes}`);
      if (answer.evidence) entry.evidence.push(`${label}: ${answer.evidence}`);
      if (answer.confidence) entry.confidences.add(answer.confidence);
    }
  }

  result(): Assessment {
    if (!this.first) throw new RangeError('a team of no files');
    if (this.size === 1) return this.first;
    const answers = new Map<string, Answer>();
    for (const [questionId, entry] of this.pending) {
      const levels = Object.values(entry.votes);
      answers.set(questionId, {
        level: levels.length ? medianRoundedDown(levels) : null,
        levelFrom: levels.length ? 'median' : null,
        notApplicable: levels.length === 0,
        votes: entry.votes,
        ...optional('notes', entry.notes.join('\n')),
        ...optional('evidence', entry.evidence.join('\n')),
        ...optional('confidence', lowestConfidence(entry.confidences)),
      });
    }
    return {
      framework: { ...this.first.framework },
      organisation: this.first.organisation,
      ...optional('date', this.latestDate),
      respondents: this.respondents,
      answersFiles: this.size,
      answers,
    };
  }

  /** The file's first respondent, else its file name; made unique with -2, -3… */
  private respondentFor(member: TeamMember): Respondent {
    const named = member.assessment.respondents[0];
    const base = named?.id ?? member.fallbackId;
    const id = this.ids.take(base);
    const respondent = { ...(named ?? {}), id };
    this.respondents.push(respondent);
    return respondent;
  }
}

/** A team is only as confident as its least confident member. */
function lowestConfidence(values: ReadonlySet<Confidence>): Confidence | undefined {
  for (const c of ['low', 'medium', 'high'] as const) if (values.has(c)) return c;
  return undefined;
}
