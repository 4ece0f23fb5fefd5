// Fixtures, examples and bundled templates for the tests, and report models built the way the
// command builds them (with a fixed tool version and date, so outputs do not change with either).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyse } from '../../src/core/analysis.js';
import type { Analysis } from '../../src/core/analysis.js';
import { buildReportModel } from '../../src/core/report/index.js';
import type { ReportModel, Wording } from '../../src/core/report/index.js';
import { FrameworkResolver, loadTeam } from '../../src/io/load.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
export const example = (name: string) => fileURLToPath(new URL(`../../examples/${name}`, import.meta.url));
export const reportFixture = (name: string) => fixture(`report/${name}`);
export const committeeFixture = (name: string) => fixture(`committee/${name}`);
/** The source of a bundled template. */
export const template = (name: string) => readFileSync(fileURLToPath(new URL(`../../templates/${name}`, import.meta.url)), 'utf8');

export const FRAMEWORK = reportFixture('framework.yaml');
export const HOSTILE_FRAMEWORK = reportFixture('hostile-framework.yaml');
export const TEAM = ['team-ceo.yaml', 'team-cio.yaml', 'team-leader.yaml'].map(reportFixture);
export const BASELINE = ['baseline-ceo.yaml', 'baseline-cio.yaml'].map(reportFixture);
export const SINGLE = reportFixture('single.yaml');
export const HOSTILE = reportFixture('hostile.yaml');

/** Fixed, so snapshots do not change with the package version or the day. */
export const TOOL_VERSION = '9.9.9-test';
export const GENERATED = '2026-11-21';

/** The analysis of answers files; `framework` undefined: the one the files name. */
export async function analyseFiles(files: string[], framework: string | undefined, target?: number): Promise<Analysis> {
  const team = await loadTeam(files, framework, new FrameworkResolver(ROOT));
  return analyse(team.framework, team.assessment, target);
}

export async function modelFor(
  files: string[],
  opts: { framework?: string; baseline?: string[]; target?: number; wording?: Wording } = {},
): Promise<{ analysis: Analysis; model: ReportModel }> {
  const framework = 'framework' in opts ? opts.framework : FRAMEWORK;
  const analysis = await analyseFiles(files, framework, opts.target);
  const baseline = opts.baseline ? await analyseFiles(opts.baseline, framework, analysis.result.target) : null;
  return { analysis, model: buildReportModel({ analysis, baseline, toolVersion: TOOL_VERSION, generated: GENERATED }, opts.wording) };
}
