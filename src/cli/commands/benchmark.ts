// `dma benchmark`: reads councils' share files, leaves out (and names) any that are broken
// unless --strict, builds the benchmark model and writes it as Markdown, HTML, JSON or CSV.
import type { CommandContext } from '../context.js';
import { renderBenchmarkJson } from '../../core/benchmark/json.js';
import { buildBenchmarkModel } from '../../core/benchmark/model.js';
import type { BenchmarkModel } from '../../core/benchmark/types.js';
import type { ShareEntry } from '../../core/benchmark/versions.js';
import { DataError, UsageError, formatProblem } from '../../core/problems.js';
import { BENCHMARK_WORDING } from '../../core/report/wording/benchmark.js';
import { writeFileAtomic, writeFilesAtomic } from '../../io/atomic-write.js';
import { expandFileArguments } from '../../io/file-patterns.js';
import { outputFile, refuseOutputsOverInputs } from '../../io/output-target.js';
import { packageVersion } from '../../io/paths.js';
import { readShareFile } from '../../io/share-file.js';
import { BOM } from '../../render/csv-report.js';
import { renderBenchmarkCsvCombined, renderBenchmarkCsvTables, statisticsCsvPath } from '../../render/benchmark-csv.js';
import { renderBenchmarkHtml } from '../../render/benchmark-html.js';
import { renderBenchmarkMarkdown } from '../../render/benchmark-markdown.js';
import { formatFromExtension, refuseMismatch, refuseSpreadsheet } from '../../render/formats.js';
import { withControlsShown } from '../../core/visible-controls.js';

export type BenchmarkFormat = 'md' | 'html' | 'json' | 'csv';
const FORMATS: Record<string, BenchmarkFormat> = { md: 'md', markdown: 'md', html: 'html', htm: 'html', json: 'json', csv: 'csv' };

export interface BenchmarkOptions {
  focus?: string;
  format?: string;
  out?: string;
  strict?: boolean;
}

/** -f when given (refused when the --out file is named for another format); else the --out file's extension; else md. */
export function benchmarkFormat(opts: BenchmarkOptions): BenchmarkFormat {
  refuseSpreadsheet(opts.out);
  if (opts.format !== undefined) {
    const named = FORMATS[opts.format.trim().toLowerCase()];
    if (!named) throw new UsageError(`unknown format "${opts.format}": a benchmark is md, html, json or csv`);
    refuseMismatch(opts.format, named, opts.out);
    return named;
  }
  const fromOut = opts.out === undefined ? undefined : formatFromExtension(opts.out);
  if (fromOut === 'docx' || fromOut === 'pdf') {
    throw new UsageError(`a benchmark is md, html, json or csv, not ${fromOut}; for a PDF, print the HTML benchmark from a browser`);
  }
  return fromOut ?? 'md';
}

/** `args` as typed: share files, patterns such as shares/*.json, or folders (every .json file directly in each). */
export async function runBenchmark(ctx: CommandContext, args: string[], given: BenchmarkOptions): Promise<number> {
  const opts = { ...given, out: outputFile(given.out) };
  const format = benchmarkFormat(opts);
  const files = expandFileArguments(args, ctx, '*.json');
  const outputs = opts.out === undefined ? [] : format === 'csv' ? [opts.out, statisticsCsvPath(opts.out)] : [opts.out];
  await refuseOutputsOverInputs(ctx.cwd, outputs, files, 'the benchmark');

  const { entries, bad } = readAll(files, ctx.cwd);
  for (const { error } of bad) for (const problem of error.problems) ctx.stderr.write(`${formatProblem(problem)}\n`);
  if (bad.length && opts.strict) {
    for (const { error } of bad) ctx.stderr.write(`${ctx.chalk.red('error:')} ${error.message}\n`);
    throw new DataError({ code: 'invalid-file', reason: BENCHMARK_WORDING.strictRefused(bad.length, files.length) });
  }
  for (const { error } of bad) ctx.stderr.write(`${ctx.chalk.yellow('left out:')} ${error.message}\n`);
  if (entries.length === 0) throw new DataError({ code: 'no-input', reason: BENCHMARK_WORDING.noneUsable(files.length) });

  const model = buildBenchmarkModel({
    entries,
    // The file's name without its folders: the group's report need not carry the coordinator's own folders.
    leftOut: bad.map(({ file, error }) => ({ file: file.split(/[\\/]/).pop() ?? file, reason: reasonOf(error) })),
    ...(opts.focus !== undefined ? { focus: opts.focus } : {}),
    generated: ctx.today,
    toolVersion: packageVersion(),
  });
  for (const notice of model.notices) ctx.stderr.write(`${ctx.chalk.yellow('warning:')} ${notice}\n`);
  await write(model, format, opts.out, ctx);
  const { councils, shares, duplicates, leftOut } = model.counts;
  ctx.stderr.write(`${BENCHMARK_WORDING.compared(councils, shares, duplicates, leftOut)}\n`);
  return 0;
}

function readAll(files: readonly string[], cwd: string): { entries: ShareEntry[]; bad: Array<{ file: string; error: DataError }> } {
  const entries: ShareEntry[] = [];
  const bad: Array<{ file: string; error: DataError }> = [];
  for (const file of files) {
    const read = readShareFile(file, cwd);
    if (read.ok) entries.push({ file, share: read.share });
    else bad.push({ file, error: read.error });
  }
  return { entries, bad };
}

/** Why a file was left out, for the report: its first problem (the root cause leads); where it is, the terminal says. */
function reasonOf(error: DataError): string {
  const first = error.problems[0];
  if (!first) return error.reason;
  return BENCHMARK_WORDING.leftOutReason(first.message, error.problems.length - 1);
}

async function write(given: BenchmarkModel, format: BenchmarkFormat, out: string | undefined, ctx: CommandContext): Promise<void> {
  // Every format but JSON lays out text from share files with its control characters shown
  // (core/visible-controls.ts), as the report formats do.
  const model = format === 'json' ? given : withControlsShown(given);
  if (format === 'csv' && out !== undefined) {
    const { councils, statistics } = renderBenchmarkCsvTables(model);
    const both = [
      { path: out, data: BOM + councils },
      { path: statisticsCsvPath(out), data: BOM + statistics },
    ];
    await writeFilesAtomic(both, ctx.cwd);
    ctx.stderr.write(`Wrote ${out} (one row per council) and ${statisticsCsvPath(out)} (the statistics)\n`);
    return;
  }
  const text =
    format === 'csv'
      ? renderBenchmarkCsvCombined(model)
      : format === 'json'
        ? renderBenchmarkJson(model)
        : format === 'html'
          ? renderBenchmarkHtml(model)
          : renderBenchmarkMarkdown(model);
  if (out === undefined) {
    ctx.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  } else {
    await writeFileAtomic(out, text, ctx.cwd);
    ctx.stderr.write(`Wrote ${out}\n`);
  }
}
