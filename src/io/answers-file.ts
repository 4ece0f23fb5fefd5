// Answers files as `dma assess` writes them: plain YAML in the contract's key order. A resumed
// file is edited in place (the yaml Document API), so comments written by hand are kept.
import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isScalar, parse, parseDocument, stringify } from 'yaml';
import { oneLine } from '../core/plain-text.js';
import type { AnswerFile, AnswersFile } from '../core/schema.js';
import { ANSWER_KEY_ORDER } from '../core/schema.js';
import { syncMap } from './yaml-edit.js';

/** Comment lines carry text from elsewhere (a version, a path): one line each, whatever it holds. */
function headerLines(doc: AnswersFile, resumeHint?: string): string[] {
  return [
    oneLine(`Answers to ${doc.framework.id} ${doc.framework.version ?? ''}`.trimEnd()),
    'Written by dma assess after every answer.',
    ...(resumeHint ? [oneLine(`To carry on: ${resumeHint}`)] : []),
  ];
}

/** What would be saved does not read back as the same answers: a bug, never bad input. */
export class UnreadableSaveError extends Error {
  constructor() {
    super('the answers would not read back the same from the file, so it was not written');
    this.name = 'UnreadableSaveError';
  }
}

/** The text, once it has been read back and found to hold exactly these answers. */
function readBack(text: string, doc: AnswersFile): string {
  let same = false;
  try {
    same = isDeepStrictEqual(parse(text, { uniqueKeys: false }), JSON.parse(JSON.stringify(ordered(doc))));
  } catch {
    // not YAML at all: not the same
  }
  if (!same) throw new UnreadableSaveError();
  return text;
}

/** The lines dma writes at the top; everything else in a comment is the user's. */
const OWN_HEADER_LINE = /^ ?(Answers to |Written by dma assess|To carry on: )/;

/** One answer with its keys in the contract's order, so a re-vote does not move `level` down. */
function orderedAnswer(answer: AnswerFile): AnswerFile {
  const out: Record<string, unknown> = {};
  for (const key of ANSWER_KEY_ORDER) if (answer[key] !== undefined) out[key] = answer[key];
  return out as AnswerFile;
}

function orderedAnswers(answers: Record<string, AnswerFile>): Record<string, AnswerFile> {
  const out: Record<string, AnswerFile> = {};
  for (const [id, answer] of Object.entries(answers)) out[id] = orderedAnswer(answer);
  return out;
}

function ordered(doc: AnswersFile): AnswersFile {
  return {
    schema: doc.schema,
    framework: doc.framework,
    organisation: doc.organisation,
    ...(doc.date ? { date: doc.date } : {}),
    ...(doc.respondents ? { respondents: doc.respondents } : {}),
    answers: orderedAnswers(doc.answers ?? {}),
    ...(doc.session ? { session: doc.session } : {}),
  };
}

export function serialiseAnswers(doc: AnswersFile, resumeHint?: string): string {
  return `${headerLines(doc, resumeHint).map((line) => `# ${line}`).join('\n')}\n${stringify(ordered(doc), { lineWidth: 0 })}`;
}

/** Answers kept only as a comment: to questions the framework no longer asks. */
export interface RetiredAnswers {
  /** "tiny 1.0.0": the version they were given for. */
  from: string;
  /** "tiny 2.0.0": the version that no longer asks them. */
  to: string;
  answers: Record<string, AnswerFile>;
}

/**
 * Turns an answers document into the text of its file, again and again as answers are added.
 * `fresh()` writes a new file; `keeping(text)` edits the text of an existing one, changing only
 * what changed, so its comments, quoting and layout stay as they were.
 */
export class AnswersText {
  private retired: RetiredAnswers | undefined;

  private constructor(
    private readonly document: Document | undefined,
    private readonly endComment: string | null | undefined,
  ) {}

  static fresh(): AnswersText {
    return new AnswersText(undefined, undefined);
  }

  /** `text` must be an answers file that has passed the checks (a YAML map). */
  static keeping(text: string): AnswersText {
    const document = parseDocument(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, { resolveKnownTags: false, uniqueKeys: false });
    return new AnswersText(document, document.comment);
  }

  /** Writes these answers at the end of the file as a comment block. */
  keepAsComment(retired: RetiredAnswers): void {
    this.retired = Object.keys(retired.answers).length ? retired : undefined;
  }

  /** The file's text; an UnreadableSaveError if it would not read back as `doc`. */
  render(doc: AnswersFile, resumeHint?: string): string {
    return readBack(this.text(doc, resumeHint), doc);
  }

  private text(doc: AnswersFile, resumeHint?: string): string {
    const block = this.retiredBlock();
    if (!this.document) return `${serialiseAnswers(doc, resumeHint)}${block ? `\n${block.map((l) => `#${l}`).join('\n')}\n` : ''}`;
    const contents = this.document.contents;
    if (!isMap(contents)) throw new Error('an answers file that is not a map cannot be edited');
    syncMap(this.document, contents, ordered(doc) as unknown as Record<string, unknown>);
    setHeader(this.document, headerLines(doc, resumeHint));
    const end = [this.endComment, block?.join('\n')].filter((c): c is string => Boolean(c));
    this.document.comment = end.length ? end.join('\n\n') : null;
    return this.document.toString({ lineWidth: 0 });
  }

  private retiredBlock(): string[] | undefined {
    if (!this.retired) return undefined;
    const { from, to, answers } = this.retired;
    const body = stringify(answers, { lineWidth: 0 }).trimEnd().split('\n');
    return [
      ` Answers kept from ${from} to questions that ${to} no longer asks.`,
      ' dma leaves them out; copy one back under answers only if the framework asks it again.',
      ...body.map((line) => `   ${line}`),
    ];
  }
}

/** Replaces dma's own header lines wherever the parser put them, keeping the user's comments. */
function setHeader(document: Document, lines: string[]): void {
  const contents = document.contents;
  const firstKey = isMap(contents) ? contents.items[0]?.key : undefined;
  const holders: Array<{ commentBefore?: string | null }> = [document, ...(contents ? [contents] : []), ...(isScalar(firstKey) ? [firstKey] : [])];
  for (const holder of holders) {
    const existing = (holder.commentBefore ?? '').split('\n');
    const at = existing.findIndex((line) => OWN_HEADER_LINE.test(line));
    if (at === -1) continue;
    const others = existing.filter((line) => !OWN_HEADER_LINE.test(line));
    others.splice(at, 0, ...lines.map((line) => ` ${line}`));
    holder.commentBefore = others.join('\n');
    return;
  }
  const own = lines.map((line) => ` ${line}`).join('\n');
  document.commentBefore = document.commentBefore ? `${own}\n\n${document.commentBefore}` : own;
}
