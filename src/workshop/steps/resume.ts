// Reading an answers file to carry on with it: checked as `dma validate` would, against the
// framework it names (or the one given), warnings shown, problems refused.
import { DataError, formatProblem } from '../../core/problems.js';
import { SHARE_FILE_REASON, checkAnswersAgainst, checkAnswersShape, detectKind } from '../../io/load.js';
import { parseYamlText } from '../../io/yaml-source.js';
import type { Setup } from '../context.js';

const UNFIXED = 'cannot be resumed until these problems are fixed';

export async function readResumed(
  ctx: Pick<Setup, 'frameworkRef' | 'resolver' | 'warn' | 'framework' | 'doc' | 'resumed' | 'resumedText'>,
  file: string,
  text: string,
): Promise<void> {
  const source = parseYamlText(file, text);
  const kind = detectKind(source.data);
  if (kind === 'framework') throw new DataError({ code: 'wrong-kind', file, reason: 'is a framework, not an answers file to resume' });
  if (kind === 'share') throw new DataError({ code: 'wrong-kind', file, reason: SHARE_FILE_REASON });
  const shape = checkAnswersShape(source);
  if (!shape.value) throw new DataError({ code: 'invalid-file', file, reason: UNFIXED, problems: shape.problems });
  const framework = await ctx.resolver.resolve(ctx.frameworkRef ?? shape.value.framework.id);
  const checked = checkAnswersAgainst(source, shape.value, framework);
  if (!checked.value) throw new DataError({ code: 'invalid-file', file, reason: UNFIXED, problems: checked.problems });
  for (const warning of checked.warnings) ctx.warn(`${formatProblem(warning)} (warning)`);
  ctx.framework = framework;
  ctx.doc = shape.value;
  ctx.resumed = true;
  ctx.resumedText = text;
}
