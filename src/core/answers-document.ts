// Building an answers file (section 3 of the contract) one answer at a time, as `dma assess` does.
// Pure: each change returns a new document, so every saved state is a complete, valid file.
import type { AnswerFile, AnswersFile, RespondentFile } from './schema.js';
import type { Framework } from './framework.js';
import { UsageError } from './problems.js';
import { slugify, uniqueIds } from './slug.js';

export function newAnswersDocument(
  framework: Framework,
  organisation: string,
  date: string,
  respondents: RespondentFile[],
): AnswersFile {
  return {
    schema: 1,
    framework: { id: framework.id, version: framework.version },
    organisation,
    date,
    ...(respondents.length ? { respondents } : {}),
    answers: {},
  };
}

/** Sets (or, with undefined, removes) one answer, keeping answers in framework order. */
export function withAnswer(doc: AnswersFile, framework: Framework, questionId: string, answer: AnswerFile | undefined): AnswersFile {
  const current = doc.answers ?? {};
  const answers: Record<string, AnswerFile> = {};
  for (const id of framework.questions.keys()) {
    const value = id === questionId ? answer : current[id];
    if (value !== undefined) answers[id] = value;
  }
  // Answers to questions this framework version lacks stay in the file, after the known ones.
  for (const [id, value] of Object.entries(current)) {
    if (!framework.questions.has(id)) answers[id] = value;
  }
  return { ...doc, answers };
}

/** Respondent ids from names: "Sam Jones" → "sam-jones", made unique. */
export function respondentsFromNames(entries: ReadonlyArray<{ name: string; role?: string }>): RespondentFile[] {
  const ids = uniqueIds(entries.map(({ name }, i) => slugify(name) || `person-${i + 1}`));
  return entries.map(({ name, role }, i) => ({ id: ids[i]!, name, ...(role ? { role } : {}) }));
}

/**
 * `--team "Sam Jones:Chief Executive, Ali"` → names with optional roles. The same name twice
 * (in any case) is a UsageError: the room could not tell whose vote is whose.
 */
export function parseTeamOption(value: string): Array<{ name: string; role?: string }> {
  const team = value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [name = '', ...role] = part.split(':');
      const roleText = role.join(':').trim();
      return roleText ? { name: name.trim(), role: roleText } : { name: name.trim() };
    })
    .filter((entry) => entry.name !== '');
  const seen = new Set<string>();
  for (const { name } of team) {
    const key = name.toLocaleLowerCase('en-GB');
    if (seen.has(key)) {
      throw new UsageError(`--team names "${name}" twice; give each person a name the room can tell apart, for example "Sam Jones,Sam Patel"`);
    }
    seen.add(key);
  }
  return team;
}

/** A file name from the organisation and date: "Example Borough Council" → example-borough-council-2026-11-21.yaml */
export function defaultAnswersFileName(organisation: string, date: string): string {
  const slug = slugify(organisation).slice(0, 60);
  return `${slug || 'assessment'}-${date}.yaml`;
}
