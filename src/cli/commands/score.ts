// `dma score`: a terminal summary, laid out from the same report model as the reports so the
// two always agree, or the score document with --json.
import type { CommandContext } from '../context.js';
import { analyse } from '../../core/analysis.js';
import { formatProblem } from '../../core/problems.js';
import { buildReportModel } from '../../core/report/model.js';
import { jsonWithoutControls } from '../../core/visible-controls.js';
import { expandFileArguments } from '../../io/file-patterns.js';
import { FrameworkResolver, loadTeam } from '../../io/load.js';
import { packageVersion } from '../../io/paths.js';
import { renderTerminalSummary } from '../../render/terminal.js';
import { wrapText } from '../../terminal/wrap.js';

export interface ScoreOptions {
  json?: boolean;
  framework?: string;
  target?: number;
}

export async function runScore(ctx: CommandContext, args: string[], opts: ScoreOptions): Promise<number> {
  const team = await loadTeam(expandFileArguments(args, ctx), opts.framework, new FrameworkResolver(ctx.cwd));
  for (const warning of team.warnings) ctx.stderr.write(`${formatProblem(warning)} ${ctx.chalk.yellow('(warning)')}\n`);
  const analysis = analyse(team.framework, team.assessment, opts.target);
  if (opts.json) {
    ctx.stdout.write(`${jsonWithoutControls(JSON.stringify(analysis.document, null, 2))}\n`);
    return 0;
  }
  const model = buildReportModel({ analysis, toolVersion: packageVersion(), generated: ctx.today });
  ctx.stdout.write(wrapText(renderTerminalSummary(model, ctx.chalk, ctx.columns), ctx.columns - 1));
  return 0;
}
