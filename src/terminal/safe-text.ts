// Text from files reaches the terminal as text, never as commands to the terminal. An answers
// file could hold "Harmless Council\e]52;c;…\a" (OSC 52: write to the clipboard) or "\e]0;…\a"
// (rename the window) or "\e[2J" (clear the screen); a bidi override can make text read
// backwards. Every such character is shown as a visible escape instead.

/**
 * C0 controls other than tab, line feed and the carriage return of a CRLF line end; DEL; C1
 * controls; and the Unicode bidi controls (marks, embeddings, overrides, isolates).
 */
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;

/**
 * "\u001b" for ESC: visible, plain ASCII, and the same escape JSON uses, so JSON on standard
 * output stays valid and means the same.
 */
function visible(char: string): string {
  return `\\u${char.codePointAt(0)!.toString(16).padStart(4, '0')}`;
}

/** Text from a file, safe to print: every control character shown as a visible escape. */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, visible);
}

/**
 * The colour sequences dma itself writes (chalk's bold, dim, underline and the basic colours):
 * only these pass the terminal filter, and only when colour is on. Nothing that could hide text
 * (8, conceal), blink, or move the cursor.
 */
const OWN_STYLE = /^\x1b\[(?:(?:0|1|2|3|4|22|23|24|3[0-7]|39|4[0-7]|49|9[0-7]|10[0-7])(?:;|(?=m)))*m/;

/**
 * The one other sequence dma writes itself: show the cursor. A prompt killed with `kill -9`
 * leaves it hidden, so `dma assess` shows it at start. It cannot hide or move anything.
 */
export const SHOW_CURSOR = '\x1b[?25h';

/**
 * What a stream to a terminal writes: dma's own colour sequences pass (when colour is on), and
 * so does SHOW_CURSOR; every other control character, whoever wrote it, is shown as a visible escape.
 */
export function terminalSafe(text: string, colour: boolean): string {
  return text
    .split(SHOW_CURSOR)
    .map((part) => safePart(part, colour))
    .join(SHOW_CURSOR);
}

function safePart(text: string, colour: boolean): string {
  if (!colour) return escapeControls(text);
  let out = '';
  let from = 0;
  for (let at = text.indexOf('\x1b'); at !== -1; at = text.indexOf('\x1b', at + 1)) {
    const style = OWN_STYLE.exec(text.slice(at, at + 32));
    if (!style) continue;
    out += escapeControls(text.slice(from, at)) + style[0];
    from = at + style[0].length;
    at = from - 1;
  }
  return out + escapeControls(text.slice(from));
}
