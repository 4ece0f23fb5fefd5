// `dma report`: load the answers (and any baseline) → build the report model → render it in
// the chosen format → write it. The words are the model's (core/report/), the layouts are
// render/'s, the files, templates and the browser are io/'s; this only puts them in order.
import { resolve } from 'node:path';
import type { Analysis } from '../../core/analysis.js';
import { analyse } from '../../core/analysis.js';
import { DataError, formatProblem } from '../../core/problems.js';
import type { LocatedProblem } from '../../core/problems.js';
import { buildCommitteeView, buildReportModel } from '../../core/report/index.js';
import { writeFileAtomic, writeFilesAtomic } from '../../io/atomic-write.js';
import { expandFileArguments } from '../../io/file-patterns.js';
import { FrameworkResolver, loadTeam } from '../../io/load.js';
import type { LoadedTeam } from '../../io/load.js';
import { outputFile, refuseOutputsOverInputs } from '../../io/output-target.js';
import { packageVersion } from '../../io/paths.js';
import { loadTemplate } from '../../io/templates.js';
import { actionsCsvPath } from '../../render/csv-report.js';
import type { Rendered } from '../../render/formats.js';
import { FORMATS, chooseFormat, docxLayout } from '../../render/formats.js';
import type { CommandContext } from '../context.js';

export interface ReportOptions {
  format?: string;
  out?: string;
  template?: string;
  /** Absent when --baseline is not given. */
  baseline?: string[];
  target?: number;
  framework?: string;
  /** The browser to print -f pdf with. */
  chromium?: string;
}

export async function runReport(ctx: CommandContext, args: string[], given: ReportOptions): Promise<number> {
  const files = expandFileArguments(args, ctx);
  const opts = { ...given, out: outputFile(given.out), baseline: expandFileArguments(given.baseline ?? [], ctx) };
  const format = chooseFormat(opts);
  const spec = FORMATS[format];
  const outputs = opts.out === undefined ? [] : format === 'csv' ? [opts.out, actionsCsvPath(opts.out)] : [opts.out];
  const inputs = [...files, ...opts.baseline, ...(opts.template ? [opts.template] : []), ...(opts.framework ? [opts.framework] : [])];
  await refuseOutputsOverInputs(ctx.cwd, outputs, inputs);
  const template = spec.template ? await loadTemplate(ctx.cwd, opts.template, spec.template) : undefined;
  // A PDF needs a browser: find it before any work, and say how to get one if there is none.
  const chromium = format === 'pdf' ? await findChromium(ctx, opts) : undefined;

  const resolver = new FrameworkResolver(ctx.cwd);
  const team = await loadTeam(files, opts.framework, resolver);
  warn(ctx, team.warnings);
  const analysis = analyse(team.framework, team.assessment, opts.target);
  const baseline = opts.baseline.length ? await loadBaseline(opts, team, analysis, resolver, ctx) : null;
  const model = buildReportModel({ analysis, baseline, toolVersion: packageVersion(), generated: ctx.today });
  // Built only if the format asks for it; the format registry keeps the one it builds.
  const committee = () => buildCommitteeView(model);
  const layout = format === 'docx' ? docxLayout(opts.template) : 'report';
  const rendered = await spec.render({ model, document: analysis.document, committee, template, layout });
  await write(ctx, opts.out, rendered, chromium);
  return 0;
}

/** Writes what was rendered: to --out (printing a PDF first), or to stdout. */
async function write(ctx: CommandContext, out: string | undefined, rendered: Rendered, chromium: string | undefined): Promise<void> {
  if (rendered.kind === 'tables') {
    if (out === undefined) return ctx.stdout.write(rendered.combined);
    const actionsPath = actionsCsvPath(out);
    const both = [
      { path: out, data: rendered.questions },
      { path: actionsPath, data: rendered.actions },
    ];
    await writeFilesAtomic(both, ctx.cwd);
    return ctx.stderr.write(`Wrote ${out} (one row per question) and ${actionsPath} (the action plan)\n`);
  }
  if (rendered.kind === 'text' && out === undefined) return ctx.stdout.write(rendered.text.endsWith('\n') ? rendered.text : `${rendered.text}\n`);
  const content = rendered.kind === 'text' ? rendered.text : rendered.kind === 'bytes' ? rendered.bytes : await print(rendered, chromium!);
  await writeFileAtomic(out!, content, ctx.cwd);
  ctx.stderr.write(`Wrote ${out}\n`);
}

/** playwright-core loads only here, when a PDF is made. */
async function print(rendered: Extract<Rendered, { kind: 'print' }>, chromium: string): Promise<Uint8Array> {
  const { printPdf } = await import('../../io/pdf-printer.js');
  return printPdf(rendered.html, { chromium, footer: rendered.footer });
}

async function findChromium(ctx: CommandContext, opts: ReportOptions): Promise<string> {
  const { findChromium: find } = await import('../../io/browser.js');
  return find({ flag: opts.chromium && resolve(ctx.cwd, opts.chromium), platform: ctx.platform, env: ctx.env });
}

function warn(ctx: CommandContext, warnings: LocatedProblem[]): void {
  for (const warning of warnings) ctx.stderr.write(`${formatProblem(warning)} ${ctx.chalk.yellow('(warning)')}\n`);
}

/** The baseline: an earlier team, read against the same framework and scored against the same target. */
async function loadBaseline(opts: ReportOptions & { baseline: string[] }, team: LoadedTeam, analysis: Analysis, resolver: FrameworkResolver, ctx: CommandContext): Promise<Analysis> {
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
