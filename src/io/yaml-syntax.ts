// Which of yaml's syntax errors to show, and how. One mistake often gives several errors on its
// line and, when it breaks the indentation, more on every line after it: a person needs the
// first, in plain words, then a count of the rest, and still every problem that does not follow
// from it. A space pasted from a word processor is invisible and yaml never names it, so it is
// looked for here.
import type { ErrorCode } from 'yaml';
import type { TextLines } from './yaml-lines.js';
import type { Finding, YamlFault } from './yaml-messages.js';
import { TAB_MESSAGE, plainMessage } from './yaml-messages.js';

/** Reads a text again and gives its errors; for telling knock-on errors from independent ones. */
export type Reparse = (text: string) => YamlFault[] | undefined;

interface Shown {
  line: number;
  finding: Finding;
  /** yaml's errors on the line; none for a pasted space on a line yaml did not fault. */
  faults: YamlFault[];
  /** A pasted space or a tab in the indentation: a problem of its own, whatever comes before it. */
  indentCause: boolean;
}

/** Spaces that look like a space but are not one to YAML (no-break, en, em, thin, zero-width, ideographic…). */
const ODD_SPACE = /[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]/;

/** When yaml gives errors at one offset, the one that says most about the mistake comes first. */
const FIRST: readonly ErrorCode[] = ['TAB_AS_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'UNEXPECTED_TOKEN', 'MULTILINE_IMPLICIT_KEY', 'BAD_INDENT', 'MISSING_CHAR'];
const rank = (code: ErrorCode): number => (FIRST.includes(code) ? FIRST.indexOf(code) : FIRST.length);

/** At most one problem a line, in file order, with the knock-ons of the first one counted, not listed. */
export function syntaxFindings(faults: readonly YamlFault[], lines: TextLines, reparse: Reparse): Finding[] {
  if (faults.length === 0) return [];
  const groups = byLine(faults, lines);
  const shown: Shown[] = [];
  for (const line of problemLines(lines, groups)) {
    const group = groups.get(line) ?? [];
    const at = pastedSpaceAt(lines, line, group.length > 0);
    if (at !== undefined) {
      shown.push({ line, finding: pastedSpaceFinding(lines, line, at), faults: group, indentCause: true });
    } else {
      const finding = lineFinding(group, lines);
      shown.push({ line, finding, faults: group, indentCause: finding.message === TAB_MESSAGE });
    }
  }
  return withoutKnockOns(shown, lines, reparse);
}

function byLine(faults: readonly YamlFault[], lines: TextLines): Map<number, YamlFault[]> {
  const groups = new Map<number, YamlFault[]>();
  for (const fault of faults) {
    const line = lines.lineOf(fault.offset);
    const group = groups.get(line);
    if (group) group.push(fault);
    else groups.set(line, [fault]);
  }
  return groups;
}

/** The lines with an error, and the lines indented with a pasted space, in order. */
function problemLines(lines: TextLines, groups: Map<number, YamlFault[]>): number[] {
  const found = new Set(groups.keys());
  for (let line = 1; line <= lines.count; line++) if (indentSpaceAt(lines, line) !== undefined) found.add(line);
  return [...found].sort((a, b) => a - b);
}

/** The problem for a line's errors: the first, or of those at one offset the most telling, with the others beside it. */
function lineFinding(group: YamlFault[], lines: TextLines): Finding {
  const sorted = [...group].sort((a, b) => a.offset - b.offset || rank(a.code) - rank(b.code));
  const first = sorted[0]!;
  return plainMessage(first, sorted.slice(1).filter((f) => f.offset === first.offset), lines);
}

/** Where a line's indentation (list dashes included) has a pasted space; on a line with an error, also just after a ':'. */
function pastedSpaceAt(lines: TextLines, line: number, faulted: boolean): number | undefined {
  const inIndent = indentSpaceAt(lines, line);
  if (inIndent !== undefined || !faulted) return inIndent;
  const afterColon = new RegExp(`:${ODD_SPACE.source}`).exec(lines.lineText(line));
  return afterColon ? lines.start(line) + afterColon.index + 1 : undefined;
}

function indentSpaceAt(lines: TextLines, line: number): number | undefined {
  const { text } = lines;
  const end = lines.end(line);
  for (let i = lines.start(line); i < end; i++) {
    const char = text[i]!;
    if (char === ' ' || char === '\t') continue;
    if (char === '-' && i + 1 < end && /[ \t]/.test(text[i + 1]!)) continue;
    if (char === '-' && i + 1 < end && ODD_SPACE.test(text[i + 1]!)) continue;
    return ODD_SPACE.test(char) ? i : undefined;
  }
  return undefined;
}

function pastedSpaceFinding(lines: TextLines, line: number, offset: number): Finding {
  const char = lines.text[offset]!;
  const name = spaceName(char);
  const column = offset - lines.start(line);
  const where = column === 0 ? `starts with ${name}` : lines.text[offset - 1] === ':' ? `has ${name} after ':'` : `has ${name} in its indentation`;
  const fix = lines.text[offset - 1] === ':' ? 'an ordinary space' : 'ordinary spaces';
  return { offset, message: `line ${line} ${where} (often pasted from Word): replace it with ${fix}` };
}

function spaceName(char: string): string {
  switch (char) {
    case '\u00a0':
      return 'a non-breaking space';
    case '\u202f':
      return 'a narrow non-breaking space';
    case '\u200b':
      return 'a zero-width space';
    case '\ufeff':
      return 'an invisible zero-width no-break space';
    default:
      return `a special space (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
  }
}

/**
 * The first problem, a count of the later ones that follow from it, and the later ones that do
 * not. A later error follows from the first when it goes away once the first problem's line
 * (and every line indented with a pasted space) is blanked: blanking keeps every offset, so an
 * error that stays is found at the same offset with the same code.
 */
function withoutKnockOns(shown: Shown[], lines: TextLines, reparse: Reparse): Finding[] {
  const [first, ...later] = shown;
  if (!first) return [];
  if (later.length === 0) return [first.finding];
  const causes = shown.filter((s) => s === first || s.indentCause).map((s) => s.line);
  const again = reparse(blankLines(lines, causes));
  if (!again) return shown.map((s) => s.finding);
  const remaining = new Set(again.map((f) => `${f.offset}:${f.code}`));
  const kept = later.filter((s) => s.indentCause || s.faults.some((f) => remaining.has(`${f.offset}:${f.code}`)));
  const knockOns = later.length - kept.length;
  if (knockOns === 0) return shown.map((s) => s.finding);
  const more = `… and ${knockOns.toLocaleString('en-GB')} more problem${knockOns === 1 ? '' : 's'} after it, which may follow from it: fix it first, then check again`;
  return [first.finding, { offset: first.finding.offset, message: more }, ...kept.map((s) => s.finding)];
}

/** The text with each of these lines made spaces, so every offset stays where it was. */
function blankLines(lines: TextLines, blank: readonly number[]): string {
  const parts: string[] = [];
  let from = 0;
  for (const line of blank) {
    const start = lines.start(line);
    const end = lines.end(line);
    parts.push(lines.text.slice(from, start), ' '.repeat(end - start));
    from = end;
  }
  parts.push(lines.text.slice(from));
  return parts.join('');
}
