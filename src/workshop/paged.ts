// Text the room must read before it goes on (the introduction, a question's help), shown so that
// none of it scrolls away unread: in a terminal too short for it, a screenful at a time; when
// it fits but what follows would push its top off the screen, it waits for Enter.
import { stripVTControlCharacters } from 'node:util';
import { wrapText } from '../terminal/wrap.js';
import type { Session } from './context.js';

export type Reader = Pick<Session, 'say' | 'prompter' | 'columns' | 'rows' | 'interactive'>;

export interface ReadOptions {
  /** How many lines the next screen (a question and its levels) takes, below the text. */
  then: number;
  /** What the last prompt says, once everything is shown. */
  done: string;
}

/** The prompt under each page but the last. */
export const morePrompt = (page: number, pages: number) => `Press Enter for more (${page} of ${pages})`;

/** A prompt takes a line, and its answer leaves one above the next page. */
const PROMPT_LINES = 2;
const SMALLEST_PAGE = 5;

/** Lines as the terminal shows them: wrapped as `say` wraps them. */
export function screenLines(text: string, columns: number): string[] {
  return wrapText(text, columns - 1).split('\n');
}

export async function showToRead(ctx: Reader, text: string, options: ReadOptions): Promise<void> {
  const rows = ctx.interactive ? ctx.rows : undefined;
  const lines = screenLines(text, ctx.columns);
  const height = (part: readonly string[]) => part.reduce((sum, line) => sum + rowsOf(line, ctx.columns), 0);
  if (!rows || height(lines) + options.then <= rows) {
    ctx.say(text);
    return;
  }
  // The prompt follows at once: a closing blank line would only make a page of its own.
  while (lines.length > 1 && lines.at(-1)!.trim() === '') lines.pop();
  const pages = pagesOf(lines, Math.max(SMALLEST_PAGE, rows - PROMPT_LINES), (line) => rowsOf(line, ctx.columns));
  for (const [index, page] of pages.entries()) {
    ctx.say(page.join('\n'));
    const last = index === pages.length - 1;
    await ctx.prompter.input({ message: last ? options.done : morePrompt(index + 1, pages.length) });
  }
}

/** Pages of at most `size` terminal rows each (a line wider than the terminal takes more than one), at least a line each. */
function pagesOf(lines: string[], size: number, rowsOfLine: (line: string) => number): string[][] {
  const pages: string[][] = [];
  let page: string[] = [];
  let used = 0;
  for (const line of lines) {
    const rows = rowsOfLine(line);
    if (page.length && used + rows > size) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(line);
    used += rows;
  }
  if (page.length) pages.push(page);
  return pages;
}

/** The rows a line takes: wrapping leaves a word wider than the terminal whole, and the terminal folds it. */
function rowsOf(line: string, columns: number): number {
  return Math.max(1, Math.ceil(stripVTControlCharacters(line).length / Math.max(1, columns)));
}
