// Shared by the report tests: fixture paths and a report model built the way the command builds it.
import { fileURLToPath } from 'node:url';
import { analyse } from '../../src/core/analysis.js';
import type { Analysis } from '../../src/core/analysis.js';
import { buildReportModel } from '../../src/core/report-model.js';
import type { ReportModel } from '../../src/core/report-model.js';
import { FrameworkResolver, loadTeam } from '../../src/io/load.js';

export const reportFixture = (name: string) => fileURLToPath(new URL(`../fixtures/report/${name}`, import.meta.url));

export const FRAMEWORK = reportFixture('framework.yaml');
export const HOSTILE_FRAMEWORK = reportFixture('hostile-framework.yaml');
export const TEAM = ['team-ceo.yaml', 'team-cio.yaml', 'team-leader.yaml'].map(reportFixture);
export const BASELINE = ['baseline-ceo.yaml', 'baseline-cio.yaml'].map(reportFixture);
export const SINGLE = reportFixture('single.yaml');
export const HOSTILE = reportFixture('hostile.yaml');

/** Fixed, so snapshots do not change with the package version or the day. */
export const TOOL_VERSION = '9.9.9-test';
export const GENERATED = '2026-11-21';

export async function analyseFiles(files: string[], framework = FRAMEWORK, target?: number): Promise<Analysis> {
  const team = await loadTeam(files, framework, new FrameworkResolver(process.cwd()));
  return analyse(team.framework, team.assessment, target);
}

export async function modelFor(
  files: string[],
  opts: { framework?: string; baseline?: string[]; target?: number } = {},
): Promise<{ analysis: Analysis; model: ReportModel }> {
  const analysis = await analyseFiles(files, opts.framework ?? FRAMEWORK, opts.target);
  const baseline = opts.baseline ? await analyseFiles(opts.baseline, opts.framework ?? FRAMEWORK, analysis.result.target) : null;
  return { analysis, model: buildReportModel({ analysis, baseline, toolVersion: TOOL_VERSION, generated: GENERATED }) };
}
