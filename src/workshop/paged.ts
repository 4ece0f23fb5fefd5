// Text the room must read before it goes on (the introduction, a question's help), shown so that
// none of it scrolls away unread: in a terminal too short for it, a screenful at a time; when
// it fits but what follows would push its top off the screen, it waits for Enter.
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
  if (!rows || lines.length + options.then <= rows) {
    ctx.say(text);
    return;
  }
  // The prompt follows at once: a closing blank line would only make a page of its own.
  while (lines.length > 1 && lines.at(-1)!.trim() === '') lines.pop();
  const pages = pagesOf(lines, Math.max(SMALLEST_PAGE, rows - PROMPT_LINES));
  for (const [index, page] of pages.entries()) {
    ctx.say(page.join('\n'));
    const last = index === pages.length - 1;
    await ctx.prompter.input({ message: last ? options.done : morePrompt(index + 1, pages.length) });
  }
}

function pagesOf(lines: string[], size: number): string[][] {
  const pages: string[][] = [];
  for (let start = 0; start < lines.length; start += size) pages.push(lines.slice(start, start + size));
  return pages;
}
