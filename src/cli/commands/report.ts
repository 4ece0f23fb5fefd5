// `dma report`: loads the answers (and any baseline), builds the report model, renders it in
// the chosen format and writes it. The work is in core/report-model.ts and render/.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hashText } from '../../io/content-hash.js';
import type { PrecompiledTemplate } from '../../render/handlebars-render.js';
import type { CommandContext } from '../context.js';
import { packageVersion } from '../../io/paths.js';
import type { Analysis } from '../../core/analysis.js';
import { analyse } from '../../core/analysis.js';
import { DataError, UsageError, formatProblem } from '../../core/problems.js';
import type { LocatedProblem } from '../../core/problems.js';
import { buildReportModel } from '../../core/report-model.js';
import type { ReportModel } from '../../core/report-model.js';
import { writeFileAtomic, writeFilesAtomic } from '../../io/atomic-write.js';
import { FrameworkResolver, loadTeam } from '../../io/load.js';
import { PRECOMPILED_TEMPLATES_DIR, TEMPLATES_DIR } from '../../io/paths.js';
import type { LoadedTeam } from '../../io/load.js';
import { outputFile, refuseOutputsOverInputs } from '../../io/output-target.js';
import { UnreadableFile, readBoundedText } from '../../io/text-file.js';
import { BOM, actionsCsvPath, renderCsvCombined, renderCsvTables } from '../../render/csv-report.js';
import type { TemplateFormat } from '../../render/report-format.js';
import { bundledTemplateCandidates, chooseFormat, docxLayout, isTemplatePath, templateFormatOf } from '../../render/report-format.js';
import { renderJson } from '../../render/report-json.js';

/** Templates are small; anything bigger is a mistake. */
const MAX_TEMPLATE_BYTES = 1024 * 1024;

export interface ReportOptions {
  format?: string;
  out?: string;
  template?: string;
  baseline: string[];
  target?: number;
  framework?: string;
  /** The browser to print -f pdf with. */
  chromium?: string;
}

export async function runReport(ctx: CommandContext, files: string[], given: ReportOptions): Promise<number> {
  const opts = { ...given, out: outputFile(given.out) };
  const format = chooseFormat(opts);
  const outputs = opts.out === undefined ? [] : format === 'csv' ? [opts.out, actionsCsvPath(opts.out)] : [opts.out];
  const inputs = [...files, ...opts.baseline, ...(opts.template ? [opts.template] : []), ...(opts.framework ? [opts.framework] : [])];
  await refuseOutputsOverInputs(ctx.cwd, outputs, inputs);
  const drawn = templateFormatOf(format);
  const template = drawn ? await loadTemplate(ctx.cwd, opts.template, drawn) : undefined;
  // A PDF needs a browser: find it before any work, and say how to get one if there is none.
  const chromium = format === 'pdf' ? await findChromium(ctx, opts) : undefined;

  const resolver = new FrameworkResolver(ctx.cwd);
  const team = await loadTeam(files, opts.framework, resolver);
  warn(ctx, team.warnings);
  const analysis = analyse(team.framework, team.assessment, opts.target);
  const baseline = opts.baseline.length ? await loadBaseline(opts, team, analysis, resolver, ctx) : null;
  const model = buildReportModel({ analysis, baseline, toolVersion: packageVersion(), generated: ctx.today });

  if (format === 'csv') {
    if (opts.out === undefined) {
      ctx.stdout.write(renderCsvCombined(model));
    } else {
      const { questions, actions } = renderCsvTables(model);
      const actionsPath = actionsCsvPath(opts.out);
      const both = [
        { path: opts.out, data: BOM + questions },
        { path: actionsPath, data: BOM + actions },
      ];
      await writeFilesAtomic(both, ctx.cwd);
      ctx.stderr.write(`Wrote ${opts.out} (one row per question) and ${actionsPath} (the action plan)\n`);
    }
    return 0;
  }

  if (format === 'docx' || format === 'pdf') {
    const bytes = format === 'docx' ? await renderWord(model, docxLayout(opts.template)) : await renderPdf(template!, model, chromium!);
    await writeFileAtomic(opts.out!, bytes, ctx.cwd);
    ctx.stderr.write(`Wrote ${opts.out}\n`);
    return 0;
  }

  const text = format === 'json' ? renderJson(analysis.document, model) : await renderWithTemplate(template!, format as TemplateFormat, model);
  if (opts.out === undefined) {
    ctx.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  } else {
    await writeFileAtomic(opts.out, text, ctx.cwd);
    ctx.stderr.write(`Wrote ${opts.out}\n`);
  }
  return 0;
}

function warn(ctx: CommandContext, warnings: LocatedProblem[]): void {
  for (const warning of warnings) ctx.stderr.write(`${formatProblem(warning)} ${ctx.chalk.yellow('(warning)')}\n`);
}

/** The baseline: an earlier team, read against the same framework and scored against the same target. */
async function loadBaseline(
  opts: ReportOptions,
  team: LoadedTeam,
  analysis: Analysis,
  resolver: FrameworkResolver,
  ctx: CommandContext,
): Promise<Analysis> {
  const before = await loadTeam(opts.baseline, opts.framework ?? team.framework.id, resolver);
  if (before.namedOther) {
    const { file, id } = before.namedOther;
    throw new DataError({
      code: 'framework-mismatch',
      file,
      reason: `is an assessment against the framework "${id}", but this report uses "${team.framework.id}"; a baseline must use the same framework`,
    });
  }
  warn(ctx, before.warnings);
  if (before.assessment.organisation.trim() !== team.assessment.organisation.trim()) {
    ctx.stderr.write(
      `${ctx.chalk.yellow('warning:')} the baseline is for "${before.assessment.organisation}", not "${team.assessment.organisation}"; comparing them anyway\n`,
    );
  }
  return analyse(team.framework, before.assessment, analysis.result.target);
}

interface LoadedTemplate {
  /** How errors name it: the path given, or "report.html.hbs (bundled)". */
  name: string;
  source: string;
  /** For a bundled template: its file name, to find the build's precompiled copy. */
  bundledFile?: string;
}

async function loadTemplate(cwd: string, ref: string | undefined, format: TemplateFormat): Promise<LoadedTemplate> {
  if (ref === undefined || !isTemplatePath(ref)) {
    const name = ref ?? 'report';
    for (const candidate of bundledTemplateCandidates(name, format)) {
      const source = await readFile(join(TEMPLATES_DIR, candidate), 'utf8').catch(() => undefined);
      if (source !== undefined) return { name: `${candidate} (bundled)`, source, bundledFile: candidate };
    }
    const bundled = await bundledTemplateNames();
    throw new UsageError(
      `"${name}" is not a bundled ${format} template (bundled: ${bundled.join(', ') || 'none'}); give a path to a .hbs file for a template of your own`,
    );
  }
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

async function bundledTemplateNames(): Promise<string[]> {
  const names = await readdir(TEMPLATES_DIR).catch(() => [] as string[]);
  return [...new Set(names.filter((n) => n.endsWith('.hbs')).map((n) => n.replace(/(\.(md|html))?\.hbs$/, '')))].sort();
}

/** The docx library loads only here, when a Word report is made. */
async function renderWord(model: ReportModel, layout: ReturnType<typeof docxLayout>): Promise<Uint8Array> {
  const { renderDocx } = await import('../../render/docx-report.js');
  return renderDocx(model, layout);
}

async function findChromium(ctx: CommandContext, opts: ReportOptions): Promise<string> {
  const { findChromium: find } = await import('../../render/pdf-print.js');
  return find({ flag: opts.chromium && resolve(ctx.cwd, opts.chromium), env: ctx.env.CHROMIUM_PATH, path: ctx.env.PATH });
}

/** A PDF is the HTML report (or the HTML of --template) printed by Chromium; playwright-core loads only here. */
async function renderPdf(template: LoadedTemplate, model: ReportModel, chromium: string): Promise<Uint8Array> {
  const html = await renderWithTemplate(template, 'html', model);
  const { printPdf } = await import('../../render/pdf-print.js');
  return printPdf(html, { chromium, footer: { organisation: model.organisation, date: model.assessed ? `assessed ${model.assessed.text}` : `produced ${model.generated.text}` } });
}

/** Handlebars loads only here, when a Markdown or HTML report is made. */
async function renderWithTemplate(template: LoadedTemplate, format: TemplateFormat, model: ReportModel): Promise<string> {
  const { renderTemplate } = await import('../../render/handlebars-render.js');
  return renderTemplate(template.source, template.name, format, model, await precompiledSpec(template));
}

/** The build's precompiled copy of a bundled template, if it was made from this very source. */
async function precompiledSpec(template: LoadedTemplate): Promise<PrecompiledTemplate['spec'] | undefined> {
  if (template.bundledFile === undefined) return undefined;
  try {
    const url = pathToFileURL(join(PRECOMPILED_TEMPLATES_DIR, `${template.bundledFile}.js`)).href;
    const compiled = (await import(url)) as PrecompiledTemplate;
    return compiled.sha256 === hashText(template.source) ? compiled.spec : undefined;
  } catch {
    return undefined;
  }
}
