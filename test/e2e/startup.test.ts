// `dma --help` must stay close to bare Node start-up: the code it loads (the bundle's entry and
// the chunks it imports statically) holds commander and chalk, and none of the heavy modules.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';

const BUNDLE = join(ROOT, 'dist', 'bundle');

/** The entry module and every module it imports statically, as text. */
function staticallyLoaded(entry: string): string {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(BUNDLE, file), 'utf8');
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+)["']/g)) visit(m[1]!);
  };
  visit(entry);
  return [...seen].map((f) => readFileSync(join(BUNDLE, f), 'utf8')).join('\n');
}

describe('start-up', () => {
  const loaded = staticallyLoaded('main.js');

  it('loads commander and chalk for --help', () => {
    expect(loaded).toContain('CommanderError');
    expect(loaded).toContain('--no-color');
  });

  it.each([
    ['zod', '$ZodType'],
    ['yaml', 'YAMLParseError'],
    ['Handlebars', 'handlebars'],
    ['Inquirer', 'ExitPromptError'],
    ['docx', 'w:document'],
    ['playwright-core', 'playwright-core'],
    ['the live room (Hono)', 'x-hono-already-sent'],
    ['uqr (the room\'s QR codes)', 'uqr only supports encoding'],
    ["the live room's own pages", 'Join the workshop'],
  ])('does not load %s for --help', (_name, marker) => {
    expect(loaded).not.toContain(marker);
    // The marker does stand in the bundle, so the check above can fail.
    expect(readdirSync(BUNDLE).some((f) => f.endsWith('.js') && readFileSync(join(BUNDLE, f), 'utf8').includes(marker))).toBe(true);
  });

  it('loads the live room only with --room: dma assess imports it when asked, and nothing else does', () => {
    const assessChunk = readdirSync(BUNDLE).find((f) => /^assess-[A-Z0-9]+\.js$/.test(f))!;
    const assess = staticallyLoaded(assessChunk);
    expect(assess).toContain('import("./room.js")');
    for (const marker of ['x-hono-already-sent', 'uqr only supports encoding', 'Join the workshop']) expect(assess).not.toContain(marker);
    expect(staticallyLoaded('room.js')).toContain('x-hono-already-sent');
  });

  it('loads the heavy modules in the chunks of the commands that use them', () => {
    const all = staticallyLoaded('main.js') + readFileSync(join(BUNDLE, 'main.js'), 'utf8');
    // main.js names each command's chunk only in a dynamic import().
    expect(all).toMatch(/import\("\.\/score-[A-Z0-9]+\.js"\)/);
    expect(all).toMatch(/import\("\.\/assess-[A-Z0-9]+\.js"\)/);
  });
});
