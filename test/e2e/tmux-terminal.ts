// A real terminal for end-to-end tests of `dma assess`: a detached tmux session of fixed size,
// read with capture-pane and typed into with send-keys, like a facilitator. Waits poll the
// screen; there are no fixed sleeps.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect } from 'vitest';
import { BIN, fixture } from '../support/cli.js';

export const TINY = fixture('tiny-framework.yaml');
const tmuxVersion = spawnSync('tmux', ['-V'], { encoding: 'utf8' });
export const hasTmux = tmuxVersion.status === 0;
if (!hasTmux) {
  console.warn('SKIPPED: the terminal tests of `dma assess` need tmux (`tmux -V` failed). Install tmux to run them; .ci/run does.');
}

/** Quotes a word for sh. */
export const q = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;

let sockets = 0;

/** One tmux server (its own -L socket, so parallel tests never collide) with one session. */
export class Terminal {
  readonly socket = `dma-test-${process.pid}-${Date.now().toString(36)}-${++sockets}`;
  private readonly env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, LANG: process.env.LANG || 'C.UTF-8', TMUX: undefined };

  tmux(...args: string[]): { status: number | null; stdout: string; stderr: string } {
    const r = spawnSync('tmux', ['-u', '-L', this.socket, '-f', '/dev/null', ...args], { encoding: 'utf8', env: this.env, timeout: 10_000 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  /** Starts `command` (run by sh) in a 200×50 terminal in `cwd`. */
  start(command: string, cwd: string): void {
    const r = this.tmux('new-session', '-d', '-s', 'main', '-x', '200', '-y', '50', '-c', cwd, `NO_COLOR=1 ${command}`);
    if (r.status !== 0) throw new Error(`tmux new-session failed: ${r.stderr}`);
  }

  /** `dma …` then EXIT=<code>, and the session stays open so the last screen can be read. */
  run(args: string[], cwd: string): void {
    this.start(`node ${q(BIN)} ${args.map(q).join(' ')}; echo EXIT=$?; sleep 600`, cwd);
  }

  /** Everything the terminal has shown, scrollback included, wrapped lines joined. */
  screen(): string {
    return this.tmux('capture-pane', '-p', '-J', '-S', '-', '-t', 'main').stdout;
  }

  /** The last prompt line, when it is still waiting for an answer ("? …"), else undefined. */
  activePrompt(screen = this.screen()): string | undefined {
    const prompts = screen.split('\n').filter((line) => /^[?✔] /.test(line));
    const last = prompts.at(-1);
    return last?.startsWith('? ') ? last : undefined;
  }

  /** Polls the screen until `test` holds; fails with the screen after `timeout` ms. */
  async waitFor(test: string | RegExp | ((screen: string) => boolean), timeout = 10_000): Promise<string> {
    const holds = (s: string) => (typeof test === 'string' ? s.includes(test) : test instanceof RegExp ? test.test(s) : test(s));
    const deadline = Date.now() + timeout;
    let screen = this.screen();
    while (!holds(screen)) {
      if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${String(test)}; the screen was:\n${screen.trimEnd()}`);
      await new Promise((r) => setTimeout(r, 50));
      screen = this.screen();
    }
    return screen;
  }

  /** Waits until the prompt now waiting for an answer contains `message`. */
  waitForPrompt(message: string, timeout?: number): Promise<string> {
    return this.waitFor((s) => this.activePrompt(s)?.includes(message) ?? false, timeout);
  }

  /** Waits for the `EXIT=<code>` line and returns the code. */
  async exitCode(): Promise<number> {
    const screen = await this.waitFor(/^EXIT=\d+$/m);
    return Number(/^EXIT=(\d+)$/m.exec(screen)![1]);
  }

  /** Whether the terminal shows its cursor now (Inquirer hides it while a list is shown). */
  cursorVisible(): boolean {
    return this.tmux('display-message', '-p', '-t', 'main', '#{cursor_flag}').stdout.trim() === '1';
  }

  /** The process the pane runs (the shell, or node itself with `exec`). */
  panePid(): number {
    return Number(this.tmux('display-message', '-p', '-t', 'main', '#{pane_pid}').stdout.trim());
  }

  keys(...keys: string[]): void {
    this.tmux('send-keys', '-t', 'main', ...keys);
  }

  type(text: string): void {
    this.tmux('send-keys', '-t', 'main', '-l', text);
  }

  /** Stops the server and removes its socket file (tmux leaves it behind). */
  kill(): void {
    const socketPath = this.tmux('display-message', '-p', '#{socket_path}').stdout.trim();
    this.tmux('kill-server');
    rmSync(socketPath || join(process.env.TMUX_TMPDIR || '/tmp', `tmux-${process.getuid?.() ?? 0}`, this.socket), { force: true });
  }
}

/** The command line of a process (Linux /proc; elsewhere `ps`). */
export function commandLineOf(pid: number): string {
  if (existsSync('/proc/self')) return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  return spawnSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' }).stdout;
}

/** Running, as opposed to gone or a zombie waiting for tmux to reap it (killed all the same). */
export function isRunning(pid: number): boolean {
  if (existsSync('/proc/self')) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The node process `dma` runs as, started by the pane's shell. */
export function dmaPid(shellPid: number): number {
  const children = spawnSync('pgrep', ['-P', String(shellPid)], { encoding: 'utf8' }).stdout.trim().split('\n').filter(Boolean).map(Number);
  const pid = children.find((child) => commandLineOf(child).includes('dma.js'));
  if (pid === undefined) throw new Error(`no dma process under ${shellPid}`);
  return pid;
}

export async function waitUntilGone(pid: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (isRunning(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  expect(isRunning(pid)).toBe(false);
}

export const readAnswers = (dir: string, name = 'answers.yaml') => parse(readFileSync(join(dir, name), 'utf8')) as {
  organisation: string;
  respondents?: Array<{ id: string; name?: string }>;
  answers: Record<string, Record<string, unknown>>;
};
