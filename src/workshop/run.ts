// The workshop is its steps, run in order: setting up, then the workshop itself. A step may
// end the session early (setup.exitCode); Ctrl+C, a closed terminal or a stop after a failed
// save become one "Stopped" message that says what is saved and how to carry on.
import { InterruptedError } from '../core/problems.js';
import { PromptCancelled } from '../prompts/prompter.js';
import type { Setup, SetupStep, WorkshopStep } from './context.js';
import { ready } from './context.js';
import type { SessionFile } from './session-file.js';
import { SavingStopped } from './session-file.js';
import { checkTerminal } from './steps/check-terminal.js';
import { chooseFile } from './steps/choose-file.js';
import { frameworkVersion } from './steps/framework-version.js';
import { introduction } from './steps/introduction.js';
import { joinRoom } from './steps/join-room.js';
import { liveRoom } from './steps/live-room.js';
import { nextSteps } from './steps/next-steps.js';
import { organisation } from './steps/organisation.js';
import { preparedFirst } from './steps/prepared-order.js';
import { preparedVotes } from './steps/prepared-votes.js';
import { questionOrder } from './steps/question-order.js';
import { questions } from './steps/questions.js';
import { skippedQuestions } from './steps/skipped.js';
import { startFile } from './steps/start-file.js';
import { summary } from './steps/summary.js';
import { team } from './steps/team.js';

export const SETUP_STEPS: SetupStep[] = [checkTerminal, chooseFile, organisation, team, preparedVotes, frameworkVersion, liveRoom, startFile];
export const WORKSHOP_STEPS: WorkshopStep[] = [questionOrder, introduction, preparedFirst, joinRoom, questions, skippedQuestions, summary, nextSteps];

/** Runs every step; returns the exit code. The file's lock is released and the ballot box ended, whatever happens. */
export async function runSteps(setup: Setup): Promise<number> {
  try {
    for (const step of SETUP_STEPS) {
      await step(setup);
      if (setup.exitCode !== undefined) return setup.exitCode;
    }
    const workshop = ready(setup);
    for (const step of WORKSHOP_STEPS) await step(workshop);
    return 0;
  } catch (error) {
    if (error instanceof PromptCancelled || error instanceof SavingStopped) throw new InterruptedError(stoppedMessage(setup.file));
    throw error;
  } finally {
    await setup.ballot?.end();
    await setup.file?.release();
  }
}

export function stoppedMessage(file: SessionFile | undefined): string {
  if (!file?.started) return 'Stopped before any answer was given; nothing was saved.';
  const time = file.timeUsed();
  // The command on a line of its own, so it can be copied whole.
  const resume = `${time ? `${time}\n` : ''}To carry on where you left off, run:\n  ${file.resumeCommand()}`;
  const unsaved = file.unsaved();
  if (!unsaved.length) return `Stopped. Every confirmed answer is saved in ${file.display}.\n${resume}`;
  const what = `the latest answer${unsaved.length === 1 ? '' : 's'} (to ${unsaved.join(', ')})`;
  return `Stopped without saving ${what}: ${unsaved.length === 1 ? 'it is' : 'they are'} not in ${file.display}.\n${resume}`;
}
