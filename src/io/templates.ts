// Finding and reading report templates: a bundled one by name (with the build's precompiled
// copy when it was made from the same source), or a Handlebars file of the user's own.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DataError, UsageError } from '../core/problems.js';
import { closest } from '../core/shape.js';
import type { TemplateFormat, TemplateSource } from '../render/formats.js';
import { formatFromTemplateName } from '../render/formats.js';
import { hashText } from './content-hash.js';
import { PRECOMPILED_TEMPLATES_DIR, TEMPLATES_DIR } from './paths.js';
import { UnreadableFile, readBoundedText } from './text-file.js';

/** Templates are small; anything bigger is a mistake. */
const MAX_TEMPLATE_BYTES = 1024 * 1024;

/** True when --template names a file rather than a bundled template. */
function isTemplatePath(ref: string): boolean {
  return ref.includes('/') || ref.includes('\\') || /\.(hbs|handlebars)$/i.test(ref);
}

/** The files in templates/ to try for a bundled template name, in order. */
function bundledTemplateCandidates(name: string, format: TemplateFormat): string[] {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) {
    throw new UsageError(`"${name}" is not a bundled template name; give a path to a .hbs file instead`);
  }
  return formatFromTemplateName(name) ? [`${name}.hbs`] : [`${name}.${format}.hbs`, `${name}.hbs`];
}

async function bundledTemplateNames(): Promise<string[]> {
  const names = await readdir(TEMPLATES_DIR).catch(() => [] as string[]);
  return [...new Set(names.filter((n) => n.endsWith('.hbs')).map((n) => n.replace(/(\.(md|html))?\.hbs$/, '')))].sort();
}

/** The build's precompiled copy of a bundled template, if it was made from this very source. */
async function precompiledSpec(file: string, source: string): Promise<unknown> {
  try {
    const url = pathToFileURL(join(PRECOMPILED_TEMPLATES_DIR, `${file}.js`)).href;
    const compiled = (await import(url)) as { sha256: string; spec: unknown };
    return compiled.sha256 === hashText(source) ? compiled.spec : undefined;
  } catch {
    return undefined;
  }
}

async function bundledTemplate(name: string, format: TemplateFormat): Promise<TemplateSource> {
  for (const candidate of bundledTemplateCandidates(name, format)) {
    const source = await readFile(join(TEMPLATES_DIR, candidate), 'utf8').catch(() => undefined);
    if (source !== undefined) return { name: `${candidate} (bundled)`, source, precompiled: await precompiledSpec(candidate, source) };
  }
  const bundled = await bundledTemplateNames();
  const suggestion = closest(name, bundled);
  const hint = suggestion ? `did you mean "${suggestion}"? Or give` : 'give';
  throw new UsageError(
    `"${name}" is not a bundled ${format} template (bundled: ${bundled.join(', ') || 'none'}); ${hint} a path to a .hbs file for a template of your own`,
  );
}

/** The template --template names (a bundled name or a file), or the bundled report. */
export async function loadTemplate(cwd: string, ref: string | undefined, format: TemplateFormat): Promise<TemplateSource> {
  if (ref === undefined || !isTemplatePath(ref)) return bundledTemplate(ref ?? 'report', format);
  if (/\.(ya?ml|json)$/i.test(ref)) {
    throw new UsageError(`--template ${ref}: a template is a Handlebars file (.hbs), not an answers or framework file`);
  }
  const cannotRead = (reason: string) => new DataError({ code: 'template', file: ref, reason, message: `cannot read the template ${ref}: ${reason}` });
  try {
    const limits = { maxBytes: MAX_TEMPLATE_BYTES, sizeName: '1 MiB', expected: 'a template' };
    return { name: ref, source: readBoundedText(resolve(cwd, ref), limits, ref) };
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    throw cannotRead(error.fromSystem ? error.reason : `it ${error.reason}`);
  }
}
