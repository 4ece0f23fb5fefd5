// Plain-English messages for the yaml package's syntax errors, for council officers who write
// frameworks rather than for developers. yaml names each error with a code; where one code
// covers several mistakes, its message or the text around the error tells them apart.
import type { ErrorCode } from 'yaml';
import type { TextLines } from './yaml-lines.js';

/** One error as yaml reports it: its code, the first line of its message, and where it starts. */
export interface YamlFault {
  code: ErrorCode;
  message: string;
  offset: number;
}

/** A problem ready to be placed: where it is and what to say. */
export interface Finding {
  offset: number;
  message: string;
}

const COLON_IN_TEXT = "this text contains ': ' (a colon and a space), which YAML reads as a new key: put the whole text in quotes";
const NO_COLON = "this line has no ': ' (a colon and a space) after its key: write it as 'key: value'";
const LIST_WHERE_KEY = "a list item ('- ') is where a key was expected: put the list under its key, or line it up with the items above";
const DASH_AFTER_KEY = "'- ' after a key starts a list, which must begin on the next line: if this is text, put the whole text in quotes";
export const TAB_MESSAGE = 'this line is indented with a tab, and YAML allows only spaces: replace the tab with spaces';
const KEYS_NOT_LINED_UP = 'this line is not lined up with the keys above it: indent it with as many spaces as they have';
const ITEMS_NOT_LINED_UP = "this list item is not lined up with the items above it: start each '- ' at the same column";
const BETWEEN_ITEM_AND_KEYS = "this line is not lined up with the keys above it: indent it as they are, or start a new list item with '- '";
const QUOTE_NOT_ENDED = 'text that starts with a quote must end with it: put the whole text in quotes, or start it without one';
const APOSTROPHE_IN_QUOTES = "an apostrophe inside single quotes ends the text: write it twice ('') or put the text in double quotes";
const DOUBLE_IN_DOUBLE = 'a double quote inside double quotes ends the text: write it as \\" or put the text in single quotes';
const BRACKET_START = "text that starts with '[' or '{' must be in quotes: put the whole text in quotes";
const BLOCK_HEADER = "'>' or '|' at the start of a text begins a block whose text goes on the next lines: put the whole text in quotes, or move it to the next line";
const BLOCK_LESS_INDENTED = "this line is indented less than the first line of its text (after '|' or '>'): indent it as far";
const BLOCK_NOT_INDENTED = "the text after '|' or '>' must be indented further than its key";
const UNCLOSED_LIST = "a list in square brackets ([ ]) that starts above is not closed: end it with ']', or indent its next lines further";
const UNCLOSED_MAP = "a map in curly brackets ({ }) that starts above is not closed: end it with '}', or indent its next lines further";
const FLOW_INDENT = 'the lines inside [ ] or { } must be indented further than their key';
const MISSING_COMMA = "items inside [ ] or { } are separated by commas: add the missing ','";
const BLOCK_IN_FLOW = "inside [ ] or { }, text that contains ': ' must be in quotes, and items are separated by commas";
const HASH_WITHOUT_SPACE = "'#' starts a comment only after a space: put a space before it, or put the whole text in quotes";
const SECOND_DOCUMENT = "a line of '---' starts a second YAML document, and a file holds only one: remove it";
const UNREADABLE_REST = 'YAML cannot read the rest of this line: if it is part of a text, put the whole text in quotes';
const LONG_KEY = "this text is read as a key (it contains ': ') and is too long for one: put the whole text in quotes";

/** Characters that YAML reads as markup at the start of a text. */
const SPECIAL_START = /^[@`%&*!|>[\]{},#?:-]/;

/**
 * The message for one error; `together` are yaml's other errors at the same offset (one mistake
 * often gives two, and the pair says more than either).
 */
export function plainMessage(fault: YamlFault, together: readonly YamlFault[], lines: TextLines): Finding {
  const at = (message: string, offset = fault.offset): Finding => ({ offset, message });
  const tab = tabInIndent(fault.offset, lines);
  if (tab !== undefined) return at(TAB_MESSAGE, tab);
  const { message } = fault;
  switch (fault.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (message.startsWith('A block sequence')) return at(LIST_WHERE_KEY);
      return at(together.some((f) => f.code === 'MULTILINE_IMPLICIT_KEY') ? textOverLines(fault.offset, lines) : COLON_IN_TEXT);
    case 'MULTILINE_IMPLICIT_KEY':
      return at(NO_COLON);
    case 'BAD_INDENT':
      return at(badIndent(message) ?? fallback(message));
    case 'MISSING_CHAR':
      return missingChar(fault, lines) ?? at(fallback(message));
    case 'UNEXPECTED_TOKEN':
      return at(unexpected(fault, lines) ?? fallback(message));
    case 'BAD_SCALAR_START':
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS':
    case 'BAD_PROP_ORDER':
    case 'MULTIPLE_ANCHORS':
    case 'MULTIPLE_TAGS':
      return at(specialStart(lines.text.charAt(fault.offset)) ?? fallback(message));
    case 'BAD_DQ_ESCAPE':
      return at(badEscape(lines.text.slice(fault.offset, fault.offset + 2)));
    case 'BLOCK_IN_FLOW':
      return at(BLOCK_IN_FLOW);
    case 'MULTIPLE_DOCS':
      return at(SECOND_DOCUMENT);
    case 'KEY_OVER_1024_CHARS':
      return at(LONG_KEY);
    default:
      return at(fallback(message));
  }
}

/** yaml's own words, for the errors a framework author is unlikely to meet. */
function fallback(message: string): string {
  const tag = /^Unresolved tag: (.*)$/.exec(message);
  return tag ? `the YAML tag ${tag[1]!.replace('tag:yaml.org,2002:', '!!')} is not supported here; remove it` : message;
}

/** The offset of a tab in the indentation of the offset's line, if there is one. */
function tabInIndent(offset: number, lines: TextLines): number | undefined {
  const line = lines.lineOf(offset);
  const start = lines.start(line);
  const indent = /^[ \t]*/.exec(lines.lineText(line))![0];
  const tab = indent.indexOf('\t');
  return tab === -1 ? undefined : start + tab;
}

/**
 * A text that goes on to a line with ': ' in it, which yaml reads as one long key. Either a long
 * text written without `>-`, or a key indented further than the keys above it.
 */
function textOverLines(offset: number, lines: TextLines): string {
  const first = lines.lineOf(offset);
  const last = Math.min(lines.count, first + 20);
  for (let line = first + 1; line <= last; line++) {
    const key = /^\s*([A-Za-z][A-Za-z]*):(?:\s|$)/.exec(lines.lineText(line))?.[1];
    if (key !== undefined && FORMAT_KEYS.has(key)) {
      return `"${key}:" on line ${line} is indented further than the line above it, so YAML reads it as part of that text: line it up with the keys above`;
    }
    if (/:(?:\s|$)/.test(lines.lineText(line))) break;
  }
  const own = /^\s*(?:-\s+)?([A-Za-z][\w.-]*):\s/.exec(lines.before(offset))?.[1] ?? 'help';
  return `this text goes on to the next line, where ': ' (a colon and a space) makes YAML read it as a key: start a long text with '>-' on the line of its key ('${own}: >-'), or put it in quotes`;
}

/** Keys of the framework and answers formats: one of these on a text's next line is a key indented too far. */
const FORMAT_KEYS = new Set([
  'schema', 'id', 'title', 'version', 'description', 'choosingRule', 'sources', 'publisher', 'year', 'url', 'scale',
  'level', 'label', 'target', 'themes', 'source', 'weight', 'questions', 'text', 'help', 'notApplicable', 'levels',
  'actions', 'toLevel', 'owner', 'horizon', 'organisation', 'framework', 'date', 'respondents', 'name', 'role',
  'answers', 'votes', 'prepared', 'notes', 'confidence', 'session', 'minutesUsed',
]);

function badIndent(message: string): string | undefined {
  if (message.startsWith('All mapping items')) return KEYS_NOT_LINED_UP;
  if (message.startsWith('All sequence items')) return ITEMS_NOT_LINED_UP;
  if (message.startsWith('Block scalar lines')) return BLOCK_LESS_INDENTED;
  if (message.startsWith('Block scalar values')) return BLOCK_NOT_INDENTED;
  if (message.startsWith('Flow end indicator') || message.startsWith('Insufficient indentation')) return FLOW_INDENT;
  return unclosed(message);
}

function unclosed(message: string): string | undefined {
  if (message.startsWith('Flow sequence')) return UNCLOSED_LIST;
  if (message.startsWith('Flow map')) return UNCLOSED_MAP;
  return undefined;
}

function missingChar(fault: YamlFault, lines: TextLines): Finding | undefined {
  const { message, offset } = fault;
  const quote = /^Missing closing (["'])quote/.exec(message)?.[1];
  // yaml places this where the text ends, often the end of the file; the opening quote is the place to look.
  if (quote) return { offset: openingQuote(lines.text, offset, quote), message: `the quote (${quote}) that starts this text is never closed: end the text with it, or start the text without one` };
  const found = message.startsWith('Sequence item without') ? BETWEEN_ITEM_AND_KEYS
    : message.startsWith('Implicit map keys') ? NO_COLON
    : message.startsWith('Comments must be separated') ? HASH_WITHOUT_SPACE
    : message.startsWith('Missing , ') ? MISSING_COMMA
    : message.startsWith('Tags and anchors') ? specialStart(lines.text.charAt(offset))
    : unclosed(message);
  return found === undefined ? undefined : { offset, message: found };
}

/** The quote that opens the quoted text ending at `end`: the nearest one before it that is not escaped. */
function openingQuote(text: string, end: number, quote: string): number {
  for (let i = end - 1; i >= 0; i--) {
    if (text[i] !== quote) continue;
    if (quote === "'" && text[i - 1] === "'") {
      i--; // '' is an apostrophe inside single quotes
      continue;
    }
    let backslashes = 0;
    while (quote === '"' && text[i - 1 - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 0) return i;
  }
  return end;
}

function unexpected(fault: YamlFault, lines: TextLines): string | undefined {
  const { message, offset } = fault;
  const before = lines.before(offset);
  if (message.includes('block-seq-ind')) return before.trim() === '' ? LIST_WHERE_KEY : DASH_AFTER_KEY;
  if (/[>|][-+0-9]*[ \t]*$/.test(before) && /^(?:Not a YAML token|Block scalar header)/.test(message)) return BLOCK_HEADER;
  if (message.endsWith('at node end')) return textAfterValue(before);
  const char = lines.text.charAt(offset);
  return char.trim() ? `YAML cannot read '${char}' here: if it is part of a text, put the whole text in quotes` : undefined;
}

/** More text after a value that ended early: a quoted text or a bracket that closed before the line did. */
function textAfterValue(before: string): string | undefined {
  const trimmed = before.trimEnd();
  const last = trimmed.at(-1);
  if (last === '"' || last === "'") {
    if (trimmed.length < before.length) return QUOTE_NOT_ENDED;
    return last === "'" ? APOSTROPHE_IN_QUOTES : DOUBLE_IN_DOUBLE;
  }
  if (last === ']' || last === '}') return BRACKET_START;
  const token = /\S+$/.exec(trimmed)?.[0];
  return (token && specialStart(token[0]!)) ?? UNREADABLE_REST;
}

function specialStart(char: string): string | undefined {
  return SPECIAL_START.test(char) ? `text that starts with '${char}' must be in quotes: put the whole text in quotes` : undefined;
}

function badEscape(escape: string): string {
  return `'${escape}' is not allowed inside double quotes: write a backslash as \\\\, or put the text in single quotes`;
}
