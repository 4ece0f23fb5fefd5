// The CSV report: one row per question, and the action plan as a second table. Made for Excel:
// a UTF-8 byte order mark, CRLF line ends, RFC 4180 quoting, and no cell that a spreadsheet
// could run as a formula.
import type { ReportModel } from '../core/report/index.js';

export const BOM = '\ufeff';
const CRLF = '\r\n';

type Cell = string | number | null;

/**
 * One CSV field. Text is always quoted (quotes doubled), and text that a spreadsheet would read
 * as a formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe.
 * Numbers are written as they are.
 */
export function csvField(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value.replace(/\r\n?/g, '\n');
  if (/^[=+\-@\t\r]/.test(value)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvRow(cells: Cell[]): string {
  return cells.map(csvField).join(',') + CRLF;
}

export interface CsvReport {
  /** One row per question, with its header; no byte order mark. */
  questions: string;
  /** One row per action, in priority order, with its header; no byte order mark. */
  actions: string;
}

function questionRows(model: ReportModel): Cell[][] {
  const l = model.labels;
  const rows: Cell[][] = [
    [l.theme, l.themeTitle, l.questionId, l.question, l.level, l.label, l.score, l.spread, l.votes, l.notes, l.evidence, l.confidence, l.notApplicable, l.reason, l.flags],
  ];
  for (const theme of model.themes) {
    for (const q of theme.questions) {
      rows.push([
        theme.id,
        theme.title,
        q.id,
        q.text,
        q.level,
        q.label,
        q.score,
        q.spread,
        q.votes.map((v) => `${v.respondent.name}: ${v.level}`).join('; ') || null,
        q.notes,
        q.evidence,
        q.confidence,
        q.status === 'not-applicable' ? l.yes : l.no,
        q.reason,
        q.flags.map((f) => f.title).join('; ') || null,
      ]);
    }
  }
  return rows;
}

function actionRows(model: ReportModel): Cell[][] {
  const l = model.labels;
  const rows: Cell[][] = [[l.priority, l.horizon, l.action, l.owner, l.theme, l.questionId, l.question, l.fromLevel, l.fromLabel, l.toLevel, l.toLabel, l.source]];
  for (const a of model.actions.ordered) {
    rows.push([a.priority, a.horizonText, a.text, a.owner, a.question.themeTitle, a.question.id, a.question.text, a.fromLevel, a.fromLabel, a.toLevel, a.toLabel, a.source?.title ?? null]);
  }
  return rows;
}

function renderCsvTables(model: ReportModel): CsvReport {
  return { questions: questionRows(model).map(csvRow).join(''), actions: actionRows(model).map(csvRow).join('') };
}

/** Both tables in one stream (for stdout): questions, a blank line, then the actions. */
export function renderCsvCombined(model: ReportModel): string {
  return renderCsv(model).combined;
}

/** The two files' contents (each with a byte order mark), and both in one stream. */
export function renderCsv(model: ReportModel): { questions: string; actions: string; combined: string } {
  const { questions, actions } = renderCsvTables(model);
  return { questions: BOM + questions, actions: BOM + actions, combined: `${BOM}${questions}${CRLF}${actions}` };
}

/** "out/report.csv" → "out/report-actions.csv": where the actions go when --out is given. */
export function actionsCsvPath(out: string): string {
  const match = /\.csv$/i.exec(out);
  return match ? `${out.slice(0, match.index)}-actions${match[0]}` : `${out}-actions.csv`;
}
