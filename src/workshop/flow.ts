// The workshop walk-through: one question at a time, alone or as a team, saving after every
// answer. Prompts, display and saving are injected, so the whole flow runs under test.
import type { ChalkInstance } from 'chalk';
import { DISAGREEMENT_SPREAD, medianRoundedDown, spreadOf } from '../core/answers.js';
import { withAnswer } from '../core/answers-document.js';
import type { Framework, Question } from '../core/framework.js';
import { labelOf } from '../core/framework.js';
import type { AnswerFile, AnswersFile, Confidence } from '../core/schema.js';
import { CONFIDENCES } from '../core/schema.js';
import type { Choice, Prompter } from '../prompts/prompter.js';
import { ABSTAIN, parseVoteEntry, voteChart } from './votes.js';

export interface WorkshopDeps {
  framework: Framework;
  prompter: Prompter;
  /** Shows text to the room (the terminal). */
  say: (text: string) => void;
  /** Persists the whole document; called after every change. */
  save: (doc: AnswersFile) => Promise<void>;
  chalk: ChalkInstance;
}

type Step = { kind: 'answer'; answer: AnswerFile } | { kind: 'back' } | { kind: 'skip' };

type SoloChoice = { kind: 'level'; level: number } | { kind: 'na' } | { kind: 'help' } | { kind: 'skip' } | { kind: 'back' };

export function describeScale(framework: Framework): string {
  return framework.scale.levels.map((l) => `  ${l.level} ${l.label}${l.description ? `: ${l.description}` : ''}`).join('\n');
}

export function introduction(framework: Framework, doc: AnswersFile, team: boolean, c: ChalkInstance): string {
  const lines = [
    c.bold(framework.title) + c.dim(` (version ${framework.version})`),
    `For: ${doc.organisation}`,
  ];
  if (framework.description) lines.push('', framework.description.trim());
  if (framework.sources.length) {
    lines.push('', c.bold('Based on'));
    for (const s of framework.sources) lines.push(`  ${s.title}${s.publisher ? `, ${s.publisher}` : ''}${s.year ? ` (${s.year})` : ''}`);
  }
  lines.push('', c.bold('The scale'), describeScale(framework));
  lines.push('', `${framework.themes.length} themes, ${framework.questions.size} questions. The target is level ${framework.target} (${labelOf(framework.scale, framework.target)}).`);
  lines.push(
    team
      ? `Team: ${(doc.respondents ?? []).map((r) => r.name ?? r.id).join(', ')}. For each question, everyone votes first; then the votes are shown and the room agrees a level.`
      : 'For each question, choose the level that describes your council today.',
  );
  lines.push(c.dim('You can go back, skip a question, or stop with Ctrl+C at any time: every answer is saved as you go.'), '');
  return lines.join('\n');
}

/**
 * Walks through the questions from `startAt`, then offers the skipped ones again.
 * Returns the final document; throws PromptCancelled on Ctrl+C (everything confirmed is saved).
 */
export async function runWorkshop(deps: WorkshopDeps, initial: AnswersFile, startAt: number, team: boolean): Promise<AnswersFile> {
  const { framework, prompter, say, chalk: c } = deps;
  const questions = [...framework.questions.values()];
  let doc = initial;

  /** Asks the questions at `order`, from position `from`; "back" may go before `from`. */
  const walk = async (order: number[], from = 0) => {
    let shownTheme: string | undefined;
    for (let p = from; p < order.length; ) {
      const index = order[p]!;
      const question = questions[index]!;
      if (question.themeId !== shownTheme) {
        say(themeHeader(framework, question, c));
        shownTheme = question.themeId;
      }
      say(c.dim(progress(framework, questions, index)));
      const existing = doc.answers?.[question.id];
      const step = team
        ? await askTeam(deps, doc, question, existing, p > 0)
        : await askSolo(deps, question, existing, p > 0);
      if (step.kind === 'back') {
        p--;
        shownTheme = undefined;
        continue;
      }
      if (step.kind === 'answer') {
        if (existing && !sameVerdict(existing, step.answer)) {
          const replace = await prompter.confirm({
            message: `Replace the saved answer (${verdict(framework, existing)}) with ${verdict(framework, step.answer)}?`,
            default: true,
          });
          if (!replace) continue;
        }
        doc = withAnswer(doc, framework, question.id, step.answer);
        await deps.save(doc);
        doc = await askDetails(deps, doc, question, team);
      }
      p++;
    }
  };

  await walk(questions.map((_, i) => i), Math.max(0, startAt));
  const skipped = questions.map((q, i) => (doc.answers?.[q.id] ? -1 : i)).filter((i) => i >= 0);
  if (skipped.length && (await prompter.confirm({ message: `${skipped.length} question${skipped.length === 1 ? ' was' : 's were'} skipped. Go back to ${skipped.length === 1 ? 'it' : 'them'} now?`, default: true }))) {
    await walk(skipped);
  }
  return doc;
}

function themeHeader(framework: Framework, question: Question, c: ChalkInstance): string {
  const themeIndex = framework.themes.findIndex((t) => t.id === question.themeId);
  const theme = framework.themes[themeIndex]!;
  const lines = ['', c.bold.underline(`Theme ${themeIndex + 1} of ${framework.themes.length}: ${theme.title}`)];
  if (theme.description) lines.push(theme.description.trim());
  return lines.join('\n');
}

function progress(framework: Framework, questions: Question[], index: number): string {
  const themeIndex = framework.themes.findIndex((t) => t.id === questions[index]!.themeId);
  return `Theme ${themeIndex + 1} of ${framework.themes.length} · question ${index + 1} of ${questions.length}`;
}

function levelChoiceName(level: number, label: string, descriptor: string): string {
  return `${level} ${label}: ${descriptor.trim()}`;
}

async function askSolo(deps: WorkshopDeps, question: Question, existing: AnswerFile | undefined, canGoBack: boolean): Promise<Step> {
  const { framework, prompter, say } = deps;
  for (;;) {
    const choices: Array<Choice<SoloChoice>> = framework.scale.levels.map((l) => ({
      value: { kind: 'level', level: l.level },
      name: levelChoiceName(l.level, l.label, question.levels.get(l.level) ?? ''),
    }));
    if (question.notApplicableAllowed) choices.push({ value: { kind: 'na' }, name: 'Not applicable to our council' });
    if (question.help) choices.push({ value: { kind: 'help' }, name: 'Help: why this matters and what evidence shows' });
    choices.push({ value: { kind: 'skip' }, name: existing ? `Keep the saved answer (${verdict(framework, existing)})` : 'Skip for now' });
    if (canGoBack) choices.push({ value: { kind: 'back' }, name: 'Back to the previous question' });

    const defaultChoice = existing?.notApplicable
      ? choices.find((c) => c.value.kind === 'na')?.value
      : choices.find((c) => c.value.kind === 'level' && c.value.level === existing?.level)?.value;
    const choice = await prompter.select({ message: question.text, choices, default: defaultChoice });
    switch (choice.kind) {
      case 'help':
        say(`\n${question.help!.trim()}\n`);
        continue;
      case 'back':
      case 'skip':
        return { kind: choice.kind };
      case 'na':
        return { kind: 'answer', answer: await notApplicableAnswer(prompter, existing) };
      case 'level':
        return { kind: 'answer', answer: { ...carried(existing), level: choice.level } };
    }
  }
}

async function askTeam(deps: WorkshopDeps, doc: AnswersFile, question: Question, existing: AnswerFile | undefined, canGoBack: boolean): Promise<Step> {
  const { framework, prompter, say, chalk: c } = deps;
  const respondents = doc.respondents ?? [];
  const { scale } = framework;
  const allowed = { notApplicable: question.notApplicableAllowed, back: canGoBack, help: Boolean(question.help) };

  say(c.bold(question.text));
  say(scale.levels.map((l) => `  ${c.bold(String(l.level))} ${l.label}: ${question.levels.get(l.level) ?? ''}`).join('\n'));
  const extras = [allowed.notApplicable && 'n = not applicable', 's = skip', allowed.back && 'b = back', allowed.help && '? = help'].filter(Boolean);

  for (;;) {
    const names = respondents.map((r) => r.name ?? r.id).join(', ');
    const text = await prompter.input({
      message: `Votes for ${names} (${scale.min}–${scale.max} each, ${ABSTAIN} for none; ${extras.join(', ')})`,
      validate: (value) => {
        const entry = parseVoteEntry(value, respondents, scale, allowed);
        return entry.kind === 'invalid' ? entry.message : true;
      },
    });
    const entry = parseVoteEntry(text, respondents, scale, allowed);
    if (entry.kind === 'invalid') continue;
    if (entry.kind === 'command') {
      if (entry.command === 'help') {
        say(`\n${question.help!.trim()}\n`);
        continue;
      }
      if (entry.command === 'not-applicable') return { kind: 'answer', answer: await notApplicableAnswer(prompter, existing) };
      return { kind: entry.command };
    }

    const levels = Object.values(entry.votes);
    const median = medianRoundedDown(levels);
    const spread = spreadOf(levels);
    say('');
    say(voteChart(entry.votes, respondents, scale).map((line) => `  ${line}`).join('\n'));
    if (spread >= DISAGREEMENT_SPREAD) {
      say(c.yellow.bold(`  ⚠ Votes are ${spread} levels apart: discuss before agreeing a level.`));
    } else {
      say(c.green(`  Votes are ${spread === 0 ? 'all the same' : '1 level apart'}.`));
    }
    const agreed = await prompter.select<number>({
      message: `Agreed level (the median of the votes is ${median})`,
      choices: scale.levels.map((l) => ({
        value: l.level,
        name: `${l.level} ${l.label}${l.level === median ? ' (median)' : ''}`,
        description: question.levels.get(l.level),
      })),
      default: median,
    });
    const note = await prompter.input({ message: 'Note of the discussion (optional; Enter to skip)', default: existing?.notes });
    const { notes: _old, ...rest } = carried(existing);
    return { kind: 'answer', answer: { ...rest, level: agreed, votes: entry.votes, ...(note.trim() ? { notes: note.trim() } : {}) } };
  }
}

async function notApplicableAnswer(prompter: Prompter, existing: AnswerFile | undefined): Promise<AnswerFile> {
  const reason = await prompter.input({ message: 'Why does it not apply? (optional; Enter to skip)', default: existing?.reason });
  return { notApplicable: true, ...(reason.trim() ? { reason: reason.trim() } : {}) };
}

type Detail = 'next' | 'notes' | 'evidence' | 'confidence';

/** Optional notes, evidence and confidence; one Enter moves on. Saves after each change. */
async function askDetails(deps: WorkshopDeps, start: AnswersFile, question: Question, team: boolean): Promise<AnswersFile> {
  const { prompter, framework } = deps;
  let doc = start;
  for (;;) {
    const answer = doc.answers?.[question.id];
    if (!answer || answer.notApplicable) return doc;
    const choices: Array<Choice<Detail>> = [{ value: 'next', name: 'Next question' }];
    if (!team) choices.push({ value: 'notes', name: answer.notes ? `Edit the note ("${clip(answer.notes)}")` : 'Add a note' });
    choices.push({ value: 'evidence', name: answer.evidence ? `Edit the evidence ("${clip(answer.evidence)}")` : 'Add evidence (a document, link or example)' });
    choices.push({ value: 'confidence', name: `Set how well evidenced this is${answer.confidence ? ` (now ${answer.confidence})` : ''}` });
    const detail = await prompter.select<Detail>({ message: 'Anything to record for this question?', choices, default: 'next' });
    if (detail === 'next') return doc;
    let updated: AnswerFile;
    if (detail === 'confidence') {
      const confidence = await prompter.select<Confidence>({
        message: 'How well evidenced is this level?',
        choices: CONFIDENCES.map((value) => ({ value, name: value })),
        default: answer.confidence ?? 'medium',
      });
      updated = { ...answer, confidence };
    } else {
      const label = detail === 'notes' ? 'Note' : 'Evidence';
      const text = (await prompter.input({ message: `${label} (Enter to keep it as it is)`, default: answer[detail] })).trim();
      const { [detail]: _previous, ...rest } = answer;
      updated = text ? { ...rest, [detail]: text } : rest;
    }
    doc = withAnswer(doc, framework, question.id, updated);
    await deps.save(doc);
  }
}

function clip(text: string): string {
  return text.length > 30 ? `${text.slice(0, 29)}…` : text;
}

/** Notes, evidence and confidence stay when the level changes. */
function carried(existing: AnswerFile | undefined): AnswerFile {
  if (!existing) return {};
  const { level: _level, votes: _votes, notApplicable: _na, reason: _reason, ...rest } = existing;
  return rest;
}

function sameVerdict(a: AnswerFile, b: AnswerFile): boolean {
  return (a.notApplicable === true) === (b.notApplicable === true) && a.level === b.level;
}

function verdict(framework: Framework, answer: AnswerFile): string {
  if (answer.notApplicable) return 'not applicable';
  const level = answer.level ?? (answer.votes ? medianRoundedDown(Object.values(answer.votes)) : undefined);
  return level === undefined ? 'no level' : `level ${level} ${labelOf(framework.scale, level)}`;
}
