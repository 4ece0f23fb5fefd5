// When the answers cannot be saved: say why, keep the answers in memory, and let the room try
// again, save to another file, or stop (the command then prints how to carry on).
import { resolve } from 'node:path';
import { DataError } from '../core/problems.js';
import { AnswersFileChanged } from '../io/answers-store.js';
import type { AnswersStore } from '../io/answers-store.js';
import { exists } from '../io/exists.js';
import { freeName } from '../io/free-name.js';
import type { Prompter } from '../prompts/prompter.js';
import { displayPath } from './display-path.js';

export interface SaveProblem {
  /** 'changed': something else wrote the file, so trying again would overwrite it. */
  kind: 'changed' | 'failed';
  message: string;
}

export type SaveChoice = 'retry' | 'elsewhere' | 'stop';

interface Deps {
  prompter: Prompter;
  say: (text: string) => void;
  cwd: string;
}

/** The problem a failed save had, in words; undefined for errors that are not about the file. */
export function saveProblem(error: unknown, display: string): SaveProblem | undefined {
  if (error instanceof AnswersFileChanged) {
    const what = error.now ? 'changed' : 'deleted';
    return { kind: 'changed', message: `${display} was ${what} by another program or person since dma last saved it, so dma will not save over it.` };
  }
  if (error instanceof DataError && (error.code === 'unwritable' || error.code === 'unreadable')) {
    return { kind: 'failed', message: `The answers could not be saved in ${display}: ${error.reason}.` };
  }
  return undefined;
}

export async function whatNow(deps: Deps, problem: SaveProblem): Promise<SaveChoice> {
  deps.say(`\n${problem.message} Every answer is kept in memory until it is saved.`);
  const choices: Array<{ value: SaveChoice; name: string }> = [
    ...(problem.kind === 'failed' ? [{ value: 'retry' as const, name: 'Try again (once the problem is fixed, e.g. space freed)' }] : []),
    { value: 'elsewhere', name: 'Save to another file' },
    { value: 'stop', name: 'Stop here, without saving the latest answer' },
  ];
  return deps.prompter.select({ message: 'What would you like to do?', choices, default: choices[0]!.value });
}

/** Asks for a new file (one that does not exist yet) until one can be locked and written. */
export async function askOtherFile(deps: Deps, current: string, open: (path: string) => Promise<AnswersStore>): Promise<AnswersStore> {
  const suggestion = await freeName(current, 2);
  for (;;) {
    const typed = (
      await deps.prompter.input({
        message: 'Save the answers to which file?',
        default: displayPath(deps.cwd, suggestion),
        validate: (value) => (value.trim() ? true : 'Please enter a file name.'),
      })
    ).trim();
    const path = resolve(deps.cwd, typed);
    if (await exists(path)) {
      deps.say(`${typed} already exists; choose another name.`);
      continue;
    }
    try {
      return await open(path);
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      deps.say(error.sentences());
    }
  }
}
