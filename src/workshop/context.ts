// The one context of a `dma assess` session. Each step is a small function that takes only the
// parts it needs (a `Pick<>` of this), reads them and fills in what it decides. Setting up
// (terminal, file, organisation, team) fills a `Setup`; once it holds a framework, a document,
// a file and a ballot box it becomes a `Workshop`, which the remaining steps run on.
import type { ChalkInstance } from 'chalk';
import type { Framework } from '../core/framework.js';
import type { AnswersFile, RespondentFile } from '../core/schema.js';
import type { FrameworkResolver } from '../io/load.js';
import type { StoreIo } from '../io/answers-store.js';
import type { Prompter } from '../prompts/prompter.js';
import type { OpenRoomOptions, Room } from '../server/room.js';
import type { Shell } from '../terminal/shell.js';
import type { BallotBox, Votes } from './ballot-box.js';
import type { SessionFile } from './session-file.js';

export interface AssessOptions {
  out?: string;
  resume?: string;
  team?: string;
  organisation?: string;
  framework?: string;
  /** The live room: everyone votes from their own phone. */
  room?: boolean;
  host?: string;
  port?: number;
  /** Serve the projector page to other devices too (with the room code). */
  screenAnywhere?: boolean;
  /** The time the room has, for pacing. */
  minutes?: number;
  /** Answers files each director filled in alone beforehand: their votes. */
  votesFrom?: string[];
}

/** Opens the live room (src/server/room.ts), loaded only when it is used. */
export type RoomOpener = (options: OpenRoomOptions) => Promise<Room>;

/** Which questions are asked, in which order, and where the walk starts. */
export interface QuestionPlan {
  /** Full question ids. Framework order unless a step (prepared votes, say) decides otherwise. */
  order: string[];
  /** Index in `order` of the first question to ask; "back" may go before it. */
  start: number;
  /**
   * Questions with an agreed answer when the session started: going forwards, the walk passes
   * them by, so a resumed session asks only what is left to agree; "back" still reaches them.
   */
  agreedBefore?: ReadonlySet<string>;
}

/** Fixed for the whole session: made once from the command's context. */
export interface Session {
  options: AssessOptions;
  /** The positional framework argument, as typed. */
  frameworkArg: string | undefined;
  /** The framework as given on the command line (positional or --framework), if it was. */
  frameworkRef: string | undefined;
  cwd: string;
  today: string;
  chalk: ChalkInstance;
  readonly columns: number;
  /** Height of the terminal, when known: a screen taller than this waits for Enter. */
  readonly rows?: number;
  interactive: boolean;
  /** Loads Inquirer the first time a question is asked. */
  prompter: Prompter;
  /** Shows text to the room (stdout, wrapped). */
  say: (text: string) => void;
  /** Shows a command to copy and run: on its own line, indented, never wrapped. */
  sayCommand: (command: string) => void;
  /** Notes and warnings for the facilitator (stderr). */
  warn: (text: string) => void;
  /** Writes raw terminal output (escape sequences), unwrapped. */
  raw: (text: string) => void;
  resolver: FrameworkResolver;
  io: StoreIo;
  /** The user's shell, for quoting the commands dma prints. */
  shell: Shell;
  openRoom: RoomOpener;
}

/** What the setting-up steps decide. */
export interface Decisions {
  framework: Framework;
  /** The answers so far: the truth in memory; `save` writes it. */
  doc: AnswersFile;
  /** Whether the document came from an existing file. */
  resumed: boolean;
  /** Who votes; empty when one person answers alone. */
  team: readonly RespondentFile[];
  ballot: BallotBox;
  /** Where the answers are saved, and how to carry on from it. */
  file: SessionFile;
  plan: QuestionPlan;
  /** Votes prepared before the workshop, by question id: offered when the question comes up. */
  prepared: ReadonlyMap<string, Votes>;
  /** The live room, when the votes come from phones (--room). */
  room?: Room;
  /** What the session adds to every document it saves (the time a room has used). */
  beforeSave?: (doc: AnswersFile) => AnswersFile;
  /** Themes whose description the room has seen this session: shown once, then the title alone. */
  themesIntroduced: Set<string>;
}

export interface Workshop extends Session, Decisions {
  /** Saves `doc` (the whole document): after every vote, level, note and detail. */
  save: (doc: AnswersFile) => Promise<void>;
}

/** While setting up, decisions are made one step at a time. */
export type Setup = Session &
  Partial<Decisions> & {
    /** Set by a step that ends the session early (e.g. "Stop, and choose another file name"). */
    exitCode?: number;
    /** The file the answers are read from and saved to, once chosen (absolute). */
    out?: string;
    /** Text of the file being resumed, so its comments are kept. */
    resumedText?: string;
  };

export type SetupStep = (ctx: Setup) => Promise<void>;
export type WorkshopStep = (ctx: Workshop) => Promise<void>;

/**
 * The setup is complete: every decision the workshop needs has been made. The same object
 * carries on (so `columns` stays a live getter), with the defaults filled in.
 */
export function ready(setup: Setup): Workshop {
  const { framework, doc, team, ballot, file } = setup;
  if (!framework || !doc || !team || !ballot || !file) throw new Error('the workshop started before it was set up');
  const workshop = setup as Setup & Partial<Workshop>;
  workshop.resumed ??= false;
  workshop.plan ??= { order: [...framework.questions.keys()], start: 0 };
  workshop.prepared ??= new Map();
  workshop.themesIntroduced ??= new Set();
  workshop.save = (next) => file.save(workshop.beforeSave ? workshop.beforeSave(next) : next);
  return workshop as Workshop;
}
