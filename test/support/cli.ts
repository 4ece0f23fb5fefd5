// Running the CLI in tests: in-process (fast, for unit-level command tests) or as the built
// `bin/dma.js` in a child process (end-to-end: real exit codes and streams).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Chalk } from 'chalk';
import type { CommandContext } from '../../src/cli/context.js';
import { main } from '../../src/cli/main.js';

import { ROOT } from './fixtures.js';

export { ROOT, example, fixture } from './fixtures.js';
export const BIN = fileURLToPath(new URL('../../bin/dma.js', import.meta.url));

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A command context that captures what a command writes, with no colour. */
export function capturingContext(overrides: Partial<CommandContext> = {}): { ctx: CommandContext; output: () => { stdout: string; stderr: string } } {
  let stdout = '';
  let stderr = '';
  const ctx: CommandContext = {
    stdout: { write: (s: string) => void (stdout += s) },
    stderr: { write: (s: string) => void (stderr += s) },
    chalk: new Chalk({ level: 0 }),
    cwd: ROOT,
    env: {},
    today: '2026-11-21',
    columns: 100,
    interactive: false,
    prompter: () => Promise.reject(new Error('this test gives no prompter')),
    platform: 'linux',
    shell: 'posix',
    charset: 'unicode',
    ...overrides,
  };
  return { ctx, output: () => ({ stdout, stderr }) };
}

/** Runs `main` in this process with captured output and no colour. */
export async function runInProcess(args: string[], overrides: Partial<CommandContext> = {}): Promise<RunResult> {
  const { ctx, output } = capturingContext(overrides);
  const code = await main(args, ctx);
  return { code, ...output() };
}

/** Spawns the built CLI, as a user would run it. */
export function runBin(args: string[], options: { env?: NodeJS.ProcessEnv; input?: string; cwd?: string } = {}): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env },
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
