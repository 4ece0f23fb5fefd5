// The terminal summary of `dma score`: readable without colour, with a bar per theme.
import type { ChalkInstance } from 'chalk';
import { DISAGREEMENT_SPREAD } from '../core/answers.js';
import { textBar } from '../core/report-text.js';
import type { ScoreDocument } from '../core/score-document.js';

const TOP_ACTIONS = 5;

/** A bar of `width` cells for a 0–100 score (empty when unscored), marking the target. */
export function bar(score: number | null, width: number, targetScore?: number): string {
  return textBar(score ?? 0, 0, 100, targetScore, width);
}

export function formatLevel(level: number | null): string {
  return level === null ? '–' : level.toFixed(1);
}

export function formatScore(score: number | null): string {
  return score === null ? '–' : score.toFixed(1);
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

export function renderTerminalSummary(doc: ScoreDocument, c: ChalkInstance, columns = 80): string {
  const lines: string[] = [];
  const { scale } = doc;
  const targetScore = (100 * (scale.target - scale.min)) / (scale.max - scale.min);
  const levelRange = `${scale.min}–${scale.max}`;
  const tint = (score: number | null) => (text: string) =>
    score === null ? c.dim(text) : score >= targetScore ? c.green(text) : score >= targetScore / 2 ? c.yellow(text) : c.red(text);

  lines.push(c.bold(doc.organisation));
  lines.push(`${doc.framework.title} ${doc.framework.version}${doc.date ? ` · assessed ${doc.date}` : ''}`);
  if (doc.respondents.length) {
    lines.push(`Taking part: ${doc.respondents.map((r) => (r.role ? `${r.name ?? r.id} (${r.role})` : r.name ?? r.id)).join(', ')}`);
  }
  lines.push('');

  const o = doc.overall;
  lines.push(
    `${c.bold('Overall')}  ${tint(o.score)(bar(o.score, 20, targetScore))}  score ${formatScore(o.score)}  ` +
      `level ${formatLevel(o.level)} on ${levelRange}${o.label ? ` (${o.label})` : ''}  target ${scale.target}`,
  );
  lines.push(
    c.dim(`         ${o.answered} of ${o.total} answered · ${o.notApplicable} not applicable · ${o.unanswered} not yet answered`),
  );
  lines.push('');

  const barWidth = 16;
  const titleWidth = Math.max(16, Math.min(44, columns - barWidth - 28));
  lines.push(c.bold(`${'Theme'.padEnd(titleWidth)}  ${''.padEnd(barWidth)}  score  level`));
  for (const t of doc.themes) {
    lines.push(
      `${truncate(t.title, titleWidth).padEnd(titleWidth)}  ${tint(t.score)(bar(t.score, barWidth, targetScore))}  ` +
        `${formatScore(t.score).padStart(5)}  ${formatLevel(t.level).padStart(5)}` +
        (t.answered < t.total ? c.dim(`  (${t.answered} of ${t.total} answered)`) : ''),
    );
  }
  lines.push(c.dim(`┃ marks the target, level ${scale.target}`));

  const scored = doc.themes.filter((t) => t.score !== null);
  if (scored.length > 1) {
    const sorted = [...scored].sort((a, b) => b.score! - a.score!);
    lines.push('');
    lines.push(`Strongest theme: ${sorted[0]!.title} (${formatLevel(sorted[0]!.level)})`);
    lines.push(`Weakest theme:   ${sorted.at(-1)!.title} (${formatLevel(sorted.at(-1)!.level)})`);
  }

  const disagreements = doc.questions.filter((q) => (q.spread ?? 0) >= DISAGREEMENT_SPREAD).sort((a, b) => b.spread! - a.spread!);
  if (disagreements.length) {
    lines.push('');
    lines.push(c.bold(`Where the team disagreed (votes ${DISAGREEMENT_SPREAD} or more levels apart): ${disagreements.length}`));
    for (const q of disagreements.slice(0, 5)) {
      lines.push(`  ${q.id}: votes ${Object.values(q.votes).join(', ')}, agreed ${q.level ?? '–'}`);
    }
  }

  lines.push('');
  if (doc.actions.length) {
    lines.push(c.bold(`Top actions (${Math.min(TOP_ACTIONS, doc.actions.length)} of ${doc.actions.length})`));
    for (const a of doc.actions.slice(0, TOP_ACTIONS)) {
      const who = [a.horizon, a.owner].filter(Boolean).join(', ');
      lines.push(`  ${String(a.priority).padStart(2)}. ${a.text}`);
      lines.push(c.dim(`      ${a.question}, level ${a.fromLevel} to ${a.toLevel}${who ? ` · ${who}` : ''}`));
    }
  } else {
    lines.push(o.answered ? 'No actions: every answered question is at or above the target.' : 'No actions: nothing has been answered yet.');
  }
  return `${lines.join('\n')}\n`;
}
