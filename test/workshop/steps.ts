// Shorthands for writing workshop transcripts with the scripted prompter, and a harness that
// runs the flow with an in-memory save that keeps every saved document.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { expect } from 'vitest';
import type { AssessOptions } from '../../src/cli/commands/assess.js';
import type { StoreIo } from '../../src/io/answers-store.js';
import { runAssess } from '../../src/cli/commands/assess.js';
import type { Framework } from '../../src/core/framework.js';
import type { AnswersFile } from '../../src/core/schema.js';
import type { Prompter } from '../../src/prompts/prompter.js';
import { serialiseAnswers } from '../../src/io/answers-file.js';
import { FrameworkResolver, checkAnswersAgainst, checkAnswersShape } from '../../src/io/load.js';
import { parseYamlText } from '../../src/io/yaml-source.js';
import type { RoomOpener, Workshop } from '../../src/workshop/context.js';
import { questionOrder } from '../../src/workshop/steps/question-order.js';
import { questions } from '../../src/workshop/steps/questions.js';
import { skippedQuestions } from '../../src/workshop/steps/skipped.js';
import { team } from '../../src/workshop/steps/team.js';
import { capturingContext, fixture } from '../support/cli.js';
import type { ConfirmStep, InputStep, Matcher, ScriptedPrompter, SelectStep, Step } from '../support/scripted-prompter.js';
import { acceptDefault, choose, pick } from '../support/scripted-prompter.js';

export const TINY = fixture('tiny-framework.yaml');
export const HELPFUL = fixture('workshop/helpful-framework.yaml');
export const TODAY = '2026-11-21';

const resolver = new FrameworkResolver(process.cwd());
export const loadFramework = (ref: string): Promise<Framework> => resolver.resolve(ref);

// ---- steps of a solo walk-through ----

/** The level choice of a question: its name starts with the level number ("2 Half: Agreed"). */
export const level = (n: number) => choose(new RegExp(`^${n} `));

/** Choose a level for the question whose text matches. */
export const answer = (question: Matcher, n: number): SelectStep => ({ select: question, answer: level(n) });

/** Enter on "Anything to record for this question?": on to the next question. */
export const nextQuestion: SelectStep = { select: 'Anything to record for this question?', answer: choose('Next question') };

/** A level, then straight on. */
export const solo = (question: Matcher, n: number): Step[] => [answer(question, n), nextQuestion];

export const skip = (question: Matcher): SelectStep => ({ select: question, answer: choose(/^Skip for now$|^Keep the saved answer/) });
export const back = (question: Matcher): SelectStep => ({ select: question, answer: choose('Back to the previous question') });
export const help = (question: Matcher): SelectStep => ({ select: question, answer: choose(/^Help:/) });
export const notApplicable = (question: Matcher, reason = ''): Step[] => [
  { select: question, answer: choose('Not applicable') },
  { input: 'Why does it not apply?', answer: reason },
];
/** Replacing a saved answer is never the default: Enter alone keeps it. */
export const replace = (yes: boolean): ConfirmStep => ({ confirm: 'Replace the saved answer', answer: yes, check: (o) => expect(o.default).toBe(false) });
export const goBackToSkipped = (yes: boolean): ConfirmStep => ({ confirm: /skipped\. Go back to/, answer: yes });

export const details = {
  note: (text: string): Step[] => [
    { select: 'Anything to record', answer: choose(/^Add a note$|^Edit the note/) },
    { input: /^Note/, answer: text },
  ],
  evidence: (text: string): Step[] => [
    { select: 'Anything to record', answer: choose(/^Add evidence|^Edit the evidence/) },
    { input: /^Evidence/, answer: text },
  ],
  confidence: (value: 'low' | 'medium' | 'high'): Step[] => [
    { select: 'Anything to record', answer: choose('Set how well evidenced') },
    { select: 'How well evidenced is this level?', answer: pick(value) },
  ],
};

// ---- steps of a team workshop ----

export const votes = (text: string, rejects?: Array<string | { text: string; message?: Matcher }>): InputStep => ({
  input: 'Votes for',
  answer: text,
  ...(rejects ? { rejects } : {}),
});
/** The agreed level: 'median' presses Enter on the default. */
export const agree = (n: number | 'median'): SelectStep => ({ select: 'Agreed level', answer: n === 'median' ? acceptDefault : pick(n) });
export const discussion = (note = ''): InputStep => ({ input: 'Note of the discussion', answer: note });
/** Votes, agreed level, note, then on. */
export const teamRound = (entry: string, agreed: number | 'median' = 'median', note = ''): Step[] => [
  votes(entry),
  agree(agreed),
  discussion(note),
  nextQuestion,
];

// ---- checking saved documents ----

/** Serialises the document as `dma assess` writes it and checks it against the framework, as `dma validate` would. */
export function expectValid(doc: AnswersFile, framework: Framework): void {
  const source = parseYamlText('saved.yaml', serialiseAnswers(doc, 'dma assess --resume saved.yaml'));
  const shape = checkAnswersShape(source);
  expect(shape.problems).toEqual([]);
  const checked = checkAnswersAgainst(source, shape.value!, framework);
  expect(checked.problems).toEqual([]);
}

/** A blank document as `dma assess` starts it. */
export function blank(framework: Framework, respondents: AnswersFile['respondents'] = undefined): AnswersFile {
  return {
    schema: 1,
    framework: { id: framework.id, version: framework.version },
    organisation: 'Testshire County Council',
    date: TODAY,
    ...(respondents ? { respondents } : {}),
    answers: {},
  };
}

export const TEAM = [
  { id: 'sam', name: 'Sam' },
  { id: 'ali', name: 'Ali' },
  { id: 'jo', name: 'Jo' },
];

export interface WorkshopRun {
  doc: AnswersFile;
  /** Every document passed to save, in order (deep copies). */
  saved: AnswersFile[];
  /** Everything shown to the room, joined. */
  screen: string;
  said: string[];
}

export interface WorkshopOptions {
  doc?: AnswersFile;
  team?: boolean;
  /** Pass your own to look at what the room saw (or what was saved) from inside a step's `check`. */
  said?: string[];
  saved?: AnswersFile[];
  /** The terminal's height; unknown (nothing paged) unless given. */
  rows?: number;
}

/**
 * The walk through the questions (question order, questions, skipped questions) on a context
 * with an in-memory save; checks the script was played to the end.
 */
export async function workshop(framework: Framework, prompter: ScriptedPrompter, options: WorkshopOptions = {}): Promise<WorkshopRun> {
  const said: string[] = options.said ?? [];
  const saved: AnswersFile[] = options.saved ?? [];
  const ctx = { ...(await walkContext(framework, prompter, options.doc ?? blank(framework, options.team ? TEAM : undefined), said, saved)), rows: options.rows };
  await questionOrder(ctx);
  await questions(ctx);
  await skippedQuestions(ctx);
  prompter.assertDone();
  return { doc: ctx.doc, saved, said, screen: said.join('\n') };
}

/** The parts of the workshop's context the walk uses; the team step chooses the ballot box. */
async function walkContext(framework: Framework, prompter: ScriptedPrompter, doc: AnswersFile, said: string[], saved: AnswersFile[]) {
  const setup = {
    options: {},
    framework,
    doc,
    resumed: false,
    prompter,
    say: (text: string) => void said.push(text),
    chalk: new Chalk({ level: 0 }),
    // A terminal of unknown height, as in a pipe: nothing is paged.
    columns: 200,
    interactive: true,
  } as Partial<Workshop> & Pick<Workshop, 'options' | 'framework' | 'doc' | 'resumed' | 'prompter' | 'say' | 'chalk' | 'columns' | 'interactive'>;
  await team(setup);
  return {
    ...setup,
    team: setup.team!,
    ballot: setup.ballot!,
    plan: { order: [], start: 0 },
    prepared: new Map(),
    themesIntroduced: new Set<string>(),
    save: async (next: AnswersFile) => void saved.push(structuredClone(next)),
  };
}

// ---- runAssess in a temporary folder ----

export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'dma-workshop-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export interface AssessRun {
  code?: number;
  error?: unknown;
  stdout: string;
  stderr: string;
}

/** runAssess with the scripted prompter injected, output captured, no colour, a wide terminal. */
export async function assess(
  frameworkRef: string | undefined,
  opts: AssessOptions,
  prompter: Prompter,
  cwd: string,
  io?: StoreIo,
  openRoom?: RoomOpener,
): Promise<AssessRun> {
  const { ctx, output } = capturingContext({ cwd, today: TODAY, columns: 200, interactive: true, prompter: async () => prompter });
  try {
    const code = await runAssess(ctx, frameworkRef, opts, io, openRoom);
    return { code, ...output() };
  } catch (error) {
    return { error, ...output() };
  }
}
