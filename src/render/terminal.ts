// The terminal summary of `dma score`, laid out from the same report model as every report, so
// the two never disagree: the overall level, a bar per theme, the strongest and weakest themes,
// where the team disagreed and the most important actions. Readable without colour: the bars
// are coloured by the theme's red/amber/green rating, whose words are in the report.
import type { ChalkInstance } from 'chalk';
import type { Analysis } from '../core/analysis.js';
// Straight from the modules, not the report's index: `dma score` loads no committee paper.
import { TEXT_BAR_WIDTH } from '../core/report/format.js';
import { buildReportModel } from '../core/report/model.js';
import type { ReportModel } from '../core/report/model-types.js';
import type { RagRating } from '../core/report/rules.js';
import { DISAGREEMENTS_NAMED } from '../core/report/rules.js';

const NO_BAR = ''.padEnd(TEXT_BAR_WIDTH, '░');

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

function tint(c: ChalkInstance, rating: RagRating): (text: string) => string {
  return rating === 'green' ? c.green : rating === 'red' ? c.red : rating === 'none' ? c.dim : c.yellow;
}

function header(m: ReportModel, c: ChalkInstance): string[] {
  const lines = [c.bold(m.organisation), m.text.terminalFramework];
  if (m.team.respondents.length) lines.push(m.text.takingPart);
  return lines;
}

function overall(m: ReportModel, c: ChalkInstance, columns: number): string[] {
  const o = m.overall;
  const label = m.labels.overall;
  const bar = m.chart.overallBar || NO_BAR;
  const under = ' '.repeat(label.length + 2);
  // Too wide for one line (as `dma score` wraps it, at columns - 1): the figures go under the bar, whole.
  const oneLine = `${label}  ${bar}  ${m.text.terminalOverall}`.length < columns;
  return [
    `${c.bold(label)}  ${tint(c, o.rating)(bar)}${oneLine ? `  ${m.text.terminalOverall}` : ''}`,
    ...(oneLine ? [] : [`${under}${m.text.terminalOverall}`]),
    c.dim(`${under}${m.text.answeredLine}`),
  ];
}

function themes(m: ReportModel, c: ChalkInstance, columns: number): string[] {
  const l = m.labels;
  const titleWidth = Math.max(16, Math.min(44, columns - TEXT_BAR_WIDTH - 17));
  // A theme with questions still to answer says so on a line of its own, under its title.
  const note = (t: ReportModel['themes'][number]) => (t.answered < t.total ? c.dim(`\n  (${t.answeredText})`) : '');
  const row = (title: string, bar: string, score: string, level: string) => `${title.padEnd(titleWidth)}  ${bar}  ${score.padStart(5)}  ${level.padStart(5)}`;
  return [
    c.bold(row(l.theme, ''.padEnd(TEXT_BAR_WIDTH), l.score, l.level)),
    ...m.themes.map(
      (t, i) => row(truncate(t.title, titleWidth), tint(c, t.rating)(m.chart.rows[i]!.bar || NO_BAR), t.scoreText, t.levelText) + note(t),
    ),
    c.dim(m.text.barKey),
  ];
}

function disagreements(m: ReportModel, c: ChalkInstance): string[] {
  const d = m.team.disagreements;
  if (d.length === 0) return [];
  const lines = [c.bold(m.text.terminalDisagreements)];
  // The number, as the actions give it ("Question 5.1"), and the id, as the answers file does.
  for (const q of d.slice(0, DISAGREEMENTS_NAMED)) lines.push(`  ${q.question.number} ${q.question.id}: ${q.votesLine}`);
  if (m.text.moreDisagreements) lines.push(c.dim(`  ${m.text.moreDisagreements}`));
  return lines;
}

function actions(m: ReportModel, c: ChalkInstance): string[] {
  const lines = [m.summary.topActions.length ? c.bold(m.summary.actionsIntro) : m.summary.actionsIntro];
  // Numbered in their own list (1, 2, 3); each says its priority in the plan.
  for (const a of m.summary.topActions) {
    lines.push(`  ${String(a.rank).padStart(2)}. ${a.text}`);
    lines.push(c.dim(`      ${[a.planPriorityText, a.horizonText, a.ownerLine, a.questionLine, a.stepLine].join(' · ')}`));
  }
  return lines;
}

export function renderTerminalSummary(m: ReportModel, c: ChalkInstance, columns = 80): string {
  const blocks = [header(m, c), overall(m, c, columns), themes(m, c, columns), m.summary.balance ? [m.summary.balance] : [], disagreements(m, c), actions(m, c)];
  return `${blocks
    .filter((block) => block.length > 0)
    .map((block) => block.join('\n'))
    .join('\n\n')}\n`;
}

/**
 * The same summary straight from an analysis, for the workshop's closing screen. The summary
 * shows no tool version, so the model is built without one.
 */
export function renderAnalysisSummary(analysis: Analysis, c: ChalkInstance, columns: number, today: string): string {
  return renderTerminalSummary(buildReportModel({ analysis, toolVersion: '', generated: today }), c, columns);
}
