// Share files on disk: the hashes and the pseudonym (node:crypto lives here, not in core),
// writing a share, and reading one back with every problem placed at its line and column.
import { createHmac } from 'node:crypto';
import type { Framework } from '../core/framework.js';
import { DataError } from '../core/problems.js';
import type { LocatedProblem, Problem } from '../core/problems.js';
import { checksumText, frameworkStructureText, shareStructureText } from '../core/share/canonical.js';
import { scaleIsUsable, shareHashProblems, shareRuleProblems } from '../core/share/check.js';
import { normaliseName } from '../core/share/names.js';
import type { ShareDocument, UnsignedShare } from '../core/share/schema.js';
import { SHARE_FORMAT, SHARE_SCHEMA_VERSION, shareDocumentSchema } from '../core/share/schema.js';
import { checkShape } from '../core/shape.js';
import { jsonWithoutControls } from '../core/visible-controls.js';
import { hashText } from './content-hash.js';
import { parseJsonText } from './json-source.js';
import { byPosition } from './problem-list.js';
import { readNamedText } from './text-file.js';

/** A share of a 500-question framework with notes is well under 1 MiB. */
export const MAX_SHARE_BYTES = 10 * 1024 * 1024;

export function sha256(text: string): string {
  return `sha256:${hashText(text)}`;
}

/** SHA-256 of the framework's structure (core/share/canonical.ts, README). */
export function frameworkHash(framework: Framework): string {
  return sha256(frameworkStructureText(framework));
}

/** "Council " and the first 8 hexadecimal digits of HMAC-SHA256, keyed by the salt, of the normalised name. */
export function pseudonym(name: string, salt: string): string {
  return `Council ${createHmac('sha256', salt).update(normaliseName(name), 'utf8').digest('hex').slice(0, 8)}`;
}

export function signShare(share: UnsignedShare): ShareDocument {
  return { ...share, checksum: sha256(checksumText(share)) };
}

export function shareJson(share: ShareDocument): string {
  return `${jsonWithoutControls(JSON.stringify(share, null, 2))}\n`;
}

export type ShareRead = { ok: true; file: string; share: ShareDocument } | { ok: false; file: string; error: DataError };

/** Reads and checks one share file (relative to `cwd`); a bad file is a result, not an exception, so others can go on. */
export function readShareFile(file: string, cwd = ''): ShareRead {
  try {
    return { ok: true, file, share: checkShareText(file, readShareText(file, cwd)) };
  } catch (error) {
    if (error instanceof DataError) return { ok: false, file, error };
    throw error;
  }
}

/** Read as every other file is (io/text-file.ts): bounded, regular files only, and UTF-8, so a share saved as UTF-16 says so. */
function readShareText(file: string, cwd: string): string {
  return readNamedText(file, cwd, { maxBytes: MAX_SHARE_BYTES, sizeName: '10 MiB', expected: 'a share file' });
}

export function checkShareText(file: string, text: string): ShareDocument {
  if (/\.ya?ml$/i.test(file) && !/^\s*\{/.test(text.replace(/^\ufeff/, ''))) {
    throw new DataError({
      code: 'wrong-kind',
      file,
      reason: `is YAML, not a share file; if it is an answers file, make a share file from it first: dma share ${file} -o council.share.json`,
    });
  }
  const source = parseJsonText(file, text, 'share file');
  const intro = introProblem(source.data);
  if (intro) throw new DataError({ code: 'wrong-kind', file, reason: intro, problems: [source.locate({ path: intro.includes('newer') ? ['schema'] : [], message: intro })] });
  const shape = checkShape(shareDocumentSchema, source.data);
  if (!shape.ok) throw problemsError(file, shape.problems.map(source.locate));
  const share = shape.value;
  const problems: Problem[] = shareRuleProblems(share);
  if (scaleIsUsable(share)) {
    problems.push(...shareHashProblems(share, { framework: sha256(shareStructureText(share)), checksum: sha256(checksumText(share)) }));
  }
  if (problems.length) throw problemsError(file, problems.map(source.locate), problems.findIndex(isChecksumProblem));
  return share;
}

/** Files that are not share files at all, or a later format, get one plain sentence. */
function introProblem(data: unknown): string | undefined {
  const record = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  if (record?.format !== SHARE_FORMAT) {
    return `is not a share file (it has no "format": "${SHARE_FORMAT}"); share files are made with dma share`;
  }
  if (typeof record.schema === 'number' && record.schema > SHARE_SCHEMA_VERSION) {
    return `is a share file of format version ${record.schema}, from a newer dma; update dma to read it`;
  }
  return undefined;
}

const isChecksumProblem = (p: Problem) => p.path.length === 1 && p.path[0] === 'checksum';

/**
 * Problems in the order of the file, except that a wrong checksum (at `root`, -1 for none) leads:
 * it is the cause (the file was edited after dma share wrote it), and the scores that no longer
 * match its levels only follow from it.
 */
function problemsError(file: string, problems: LocatedProblem[], root = -1): DataError {
  const cause = problems[root];
  const sorted = problems.filter((p) => p !== cause).sort(byPosition);
  const count = (more: string) => `${sorted.length}${more} problem${sorted.length === 1 ? '' : 's'}`;
  if (cause) {
    const reason = `was changed after dma share wrote it: its checksum does not match its content${sorted.length ? ` (and ${count(' more')})` : ''}`;
    return new DataError({ code: 'invalid-file', file, reason, problems: [cause, ...sorted] });
  }
  return new DataError({ code: 'invalid-file', file, reason: `is not a valid share file (${count('')})`, problems: sorted });
}
