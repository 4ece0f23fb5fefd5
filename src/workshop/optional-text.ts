// The prompt for an optional piece of text (a note, evidence, a reason): what Enter does
// depends on whether there is text already, so the hint says which.
import type { Prompter } from '../prompts/prompter.js';

/** "Note (optional; Enter to skip)", or, with a saved note, how to keep it and how to remove it. */
export function optionalTextMessage(label: string, saved: string | undefined): string {
  return saved ? `${label} (Enter keeps it as it is; Backspace, then Enter, removes it)` : `${label} (optional; Enter to skip)`;
}

/** Asks for the text, offering the saved text; '' when there is none (or it was removed). */
export async function askOptionalText(prompter: Prompter, label: string, saved: string | undefined): Promise<string> {
  return (await prompter.input({ message: optionalTextMessage(label, saved), default: saved })).trim();
}
