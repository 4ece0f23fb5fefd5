// Answers files as `dma assess` writes them: plain YAML in the contract's key order.
import { isDeepStrictEqual } from 'node:util';
import { parse, stringify } from 'yaml';
import { oneLine } from '../core/plain-text.js';
import type { AnswersFile } from '../core/schema.js';
import { writeFileAtomic } from './atomic-write.js';

export function serialiseAnswers(doc: AnswersFile, resumeHint?: string): string {
  // Comment lines carry text from elsewhere (a version, a path): one line each, whatever it holds.
  const header = [
    `# Answers to ${oneLine(`${doc.framework.id} ${doc.framework.version ?? ''}`.trimEnd())}`,
    '# Written by dma assess after every answer.',
    ...(resumeHint ? [`# To carry on: ${oneLine(resumeHint)}`] : []),
  ];
  return `${header.join('\n')}\n${stringify(ordered(doc), { lineWidth: 0 })}`;
}

function ordered(doc: AnswersFile): AnswersFile {
  return {
    schema: doc.schema,
    framework: doc.framework,
    organisation: doc.organisation,
    ...(doc.date ? { date: doc.date } : {}),
    ...(doc.respondents ? { respondents: doc.respondents } : {}),
    answers: doc.answers ?? {},
  };
}

/** Thrown when what would be saved does not read back as the same answers: a bug, never bad input. */
export class UnreadableSaveError extends Error {
  constructor(path: string) {
    super(`the answers could not be saved to ${path} as YAML that reads back the same; the file was left as it was`);
    this.name = 'UnreadableSaveError';
  }
}

/** Saves atomically, after checking that the text reads back as exactly these answers. */
export async function saveAnswers(path: string, doc: AnswersFile, resumeHint?: string): Promise<void> {
  const text = serialiseAnswers(doc, resumeHint);
  if (!readsBackAs(text, doc)) throw new UnreadableSaveError(path);
  await writeFileAtomic(path, text);
}

function readsBackAs(text: string, doc: AnswersFile): boolean {
  try {
    const expected = JSON.parse(JSON.stringify(ordered(doc))) as unknown;
    return isDeepStrictEqual(parse(text, { uniqueKeys: false }), expected);
  } catch {
    return false;
  }
}
