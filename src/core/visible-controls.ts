// Text from files, made safe for the files dma writes (SECURITY.md, "What dma writes"). An answers
// file or a framework can hold any character a YAML escape can make: NUL, ESC and the rest of
// the C0 and C1 controls, the bidirectional overrides and isolates that make text read in
// another order than it is stored ("Trojan Source"), noncharacters and lone surrogates. None of
// them reaches a report as itself:
// - Markdown, HTML (and the PDF printed from it), CSV and Word show each as a visible escape,
//   "\u001b", the same as the terminal shows (src/terminal/safe-text.ts): nothing is lost, and
//   nothing can reorder, hide or corrupt the report (XML 1.0, so Word, forbids most C0 controls).
// - JSON keeps the text exact: JSON.stringify escapes C0 controls, and the rest are escaped here
//   too, so the file is plain to read and parses back to the same text.
// Tab, line feed and carriage return stay: they are how text is laid out, and every format
// handles them. NEL (U+0085) is a line break, as the line and paragraph separators are.

/**
 * C0 controls but tab, line feed and carriage return; DEL; C1 controls; the bidirectional
 * embeddings, overrides and isolates; the noncharacters U+FFFE and U+FFFF; lone surrogates.
 */
const UNSAFE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** What JSON.stringify writes as it is but a reader could trip on: DEL, C1, the line separators, the bidi controls, noncharacters. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]/g;

/** "\u001b": visible, plain ASCII, and how JSON and the terminal write it. */
const escaped = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Text with every unsafe character shown as a visible escape, and NEL as a line break. */
export function showControls(text: string): string {
  return text.replace(UNSAFE, escaped).replace(/\u0085/g, '\n');
}

/**
 * Plain data (a report model, a committee view, a benchmark) with every string's control
 * characters shown: the value itself when it has none, else a copy. The copies of objects are
 * shared as the originals are (give the same `copies` to copy a model and a view built from it
 * as one), and text without control characters is the same string.
 */
export function withControlsShown<T>(value: T, copies: Map<object, unknown> = new Map()): T {
  // Most reports have none: a look through, without copying, is enough for them.
  return mayHaveControls(value, new Set()) ? copyShown(value, copies) : value;
}

/** Any surrogate at all (pairs too) counts: this only says whether to look closer. */
const MAYBE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]/;

function mayHaveControls(value: unknown, seen: Set<object>): boolean {
  if (typeof value === 'string') return MAYBE.test(value);
  if (typeof value !== 'object' || value === null || seen.has(value)) return false;
  seen.add(value);
  for (const item of Array.isArray(value) ? value : Object.values(value)) if (mayHaveControls(item, seen)) return true;
  return false;
}

function copyShown<T>(value: T, copies: Map<object, unknown>): T {
  if (typeof value === 'string') return showControls(value) as T;
  if (typeof value !== 'object' || value === null) return value;
  const known = copies.get(value);
  if (known !== undefined) return known as T;
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    copies.set(value, copy);
    for (const item of value) copy.push(copyShown(item, copies));
    return copy as T;
  }
  const copy: Record<string, unknown> = {};
  copies.set(value, copy);
  for (const [key, item] of Object.entries(value)) copy[key] = copyShown(item, copies);
  return copy as T;
}

/** JSON text (JSON.stringify's) with DEL, C1 and the bidi and separator characters escaped as well: the same data, plain to read. */
export function jsonWithoutControls(json: string): string {
  return json.replace(UNSAFE_IN_JSON, escaped);
}
