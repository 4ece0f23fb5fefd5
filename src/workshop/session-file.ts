// The answers file of this session, as the workshop sees it: save the whole document after
// every change, and when saving fails (a full disk, a file changed by something else) keep the
// answers in memory and ask what to do: try again, save to another file, or stop.
import { isDeepStrictEqual } from 'node:util';
import type { AnswersFile } from '../core/schema.js';
import type { RetiredAnswers } from '../io/answers-file.js';
import { AnswersText } from '../io/answers-file.js';
import type { StoreIo } from '../io/answers-store.js';
import { AnswersStore } from '../io/answers-store.js';
import { describeHolder, lockPathOf } from '../io/answers-lock.js';
import { looksLikePath } from '../io/load.js';
import type { Prompter } from '../prompts/prompter.js';
import type { Shell } from '../terminal/shell.js';
import { shellQuote } from '../terminal/shell.js';
import { displayPath } from './display-path.js';
import { askOtherFile, saveProblem, whatNow } from './save-recovery.js';

export interface SessionFileDeps {
  prompter: Prompter;
  say: (text: string) => void;
  warn: (text: string) => void;
  cwd: string;
  io: StoreIo;
  /** The framework as given on the command line: a file must be named again to resume. */
  frameworkRef: string | undefined;
  shell: Shell;
  /** A live room is carried on as a live room, with the same time. */
  options?: { room?: boolean; minutes?: number };
}

/** The room chose to stop after a save failed; what was not saved is in `SessionFile.unsaved()`. */
export class SavingStopped extends Error {
  constructor() {
    super('saving stopped');
    this.name = 'SavingStopped';
  }
}

export class SessionFile {
  private format = AnswersText.fresh();
  private saved: AnswersFile | undefined;
  private pending: AnswersFile | undefined;

  private constructor(
    private store: AnswersStore,
    private readonly deps: SessionFileDeps,
  ) {}

  /** Locks `path` for the session (a DataError if another session holds it) and reads it if it exists. */
  static async open(path: string, deps: SessionFileDeps): Promise<SessionFile> {
    return new SessionFile(await openStore(path, deps), deps);
  }

  get path(): string {
    return this.store.path;
  }

  get display(): string {
    return this.store.display;
  }

  /** What the file held when the session opened it; undefined when there was no file. */
  get existingText(): string | undefined {
    return this.store.text;
  }

  /** Whether anything has been saved in this session. */
  get started(): boolean {
    return this.saved !== undefined;
  }

  /** Edit this text from now on (a resumed file), keeping its comments. */
  keepLayoutOf(text: string): void {
    this.format = AnswersText.keeping(text);
  }

  keepAsComment(retired: RetiredAnswers): void {
    this.format.keepAsComment(retired);
  }

  /** `dma assess [framework file] --resume <file>`, quoted for a shell. */
  resumeCommand(): string {
    const { frameworkRef: ref, shell, options } = this.deps;
    const frameworkFile = ref !== undefined && looksLikePath(ref) ? `${shellQuote(ref, shell)} ` : '';
    const room = options?.room ? ` --room${options.minutes === undefined ? '' : ` --minutes ${options.minutes}`}` : '';
    return `dma assess ${frameworkFile}--resume ${shellQuote(this.display, shell)}${room}`;
  }

  /** "Time used: 12 of 90 minutes, kept in the file": for a timed room, the minutes last saved. */
  timeUsed(): string | undefined {
    const allowed = this.deps.options?.room ? this.deps.options.minutes : undefined;
    const used = this.saved?.session?.minutesUsed;
    if (allowed === undefined || used === undefined) return undefined;
    return `Time used: ${used} of ${allowed} minutes, kept in the file; a resumed room carries on from there.`;
  }

  /** Question ids whose latest answer is only in memory: a save failed and was not retried. */
  unsaved(): string[] {
    if (!this.pending) return [];
    const before = this.saved?.answers ?? {};
    const now = this.pending.answers ?? {};
    const ids = new Set([...Object.keys(before), ...Object.keys(now)]);
    return [...ids].filter((id) => !isDeepStrictEqual(before[id], now[id]));
  }

  /** Saves the whole document; on trouble, asks the room what to do (throws SavingStopped to stop). */
  async save(doc: AnswersFile): Promise<void> {
    this.pending = doc;
    for (;;) {
      try {
        await this.store.save(this.format.render(doc, this.resumeCommand()));
        this.saved = doc;
        this.pending = undefined;
        return;
      } catch (error) {
        const problem = saveProblem(error, this.display);
        if (!problem) throw error;
        const choice = await whatNow(this.deps, problem);
        if (choice === 'stop') throw new SavingStopped();
        if (choice === 'elsewhere') await this.moveElsewhere();
      }
    }
  }

  private async moveElsewhere(): Promise<void> {
    const next = await askOtherFile(this.deps, this.path, (path) => openStore(path, this.deps));
    await this.store.release();
    this.store = next;
    this.deps.say(`Saving to ${this.display} from now on.`);
  }

  release(): Promise<void> {
    return this.store.release();
  }
}

async function openStore(path: string, deps: SessionFileDeps): Promise<AnswersStore> {
  const display = displayPath(deps.cwd, path);
  const { store, replaced } = await AnswersStore.open(path, display, deps.io);
  if (replaced) {
    const lock = displayPath(deps.cwd, lockPathOf(path));
    const holder = describeHolder(replaced, deps.io.identity);
    deps.warn(`Note: ${lock} was left by a dma assess (${holder}) that is no longer running; this session takes it over.`);
  }
  return store;
}
