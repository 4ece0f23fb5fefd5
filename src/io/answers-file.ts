// Answers files as `dma assess` writes them: plain YAML in the contract's key order.
import { stringify } from 'yaml';
import type { AnswersFile } from '../core/schema.js';
import { writeFileAtomic } from './atomic-write.js';

export function serialiseAnswers(doc: AnswersFile, resumeHint?: string): string {
  const header = [
    `# Answers to ${doc.framework.id} ${doc.framework.version ?? ''}`.trimEnd(),
    '# Written by dma assess after every answer.',
    ...(resumeHint ? [`# To carry on: ${resumeHint}`] : []),
  ];
  const ordered: AnswersFile = {
    schema: doc.schema,
    framework: doc.framework,
    organisation: doc.organisation,
    ...(doc.date ? { date: doc.date } : {}),
    ...(doc.respondents ? { respondents: doc.respondents } : {}),
    answers: doc.answers ?? {},
  };
  return `${header.join('\n')}\n${stringify(ordered, { lineWidth: 0 })}`;
}

export async function saveAnswers(path: string, doc: AnswersFile, resumeHint?: string): Promise<void> {
  await writeFileAtomic(path, serialiseAnswers(doc, resumeHint));
}
