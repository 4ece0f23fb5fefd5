// The CSV report: one row per question, and the action plan as a second table. Made for Excel:
// a UTF-8 byte order mark, CRLF line ends, RFC 4180 quoting, and no cell that a spreadsheet
// could run as a formula.
import type { ReportModel } from '../core/report-model.js';

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

export function renderCsvTables(model: ReportModel): CsvReport {
  const questionRows: Cell[][] = [
    ['Theme', 'Theme title', 'Question id', 'Question', 'Level', 'Label', 'Score', 'Spread', 'Votes', 'Notes', 'Evidence', 'Confidence', 'Not applicable', 'Reason', 'Flags'],
  ];
  for (const theme of model.themes) {
    for (const q of theme.questions) {
      questionRows.push([
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
        q.status === 'not-applicable' ? 'yes' : 'no',
        q.reason,
        q.flags.map((f) => f.title).join('; ') || null,
      ]);
    }
  }
  const actionRows: Cell[][] = [
    ['Priority', 'Horizon', 'Action', 'Owner', 'Theme', 'Question id', 'Question', 'From level', 'From label', 'To level', 'To label', 'Source'],
  ];
  for (const a of model.actions.ordered) {
    actionRows.push([
      a.priority,
      a.horizonText,
      a.text,
      a.owner,
      a.question.themeTitle,
      a.question.id,
      a.question.text,
      a.fromLevel,
      a.fromLabel,
      a.toLevel,
      a.toLabel,
      a.source?.title ?? null,
    ]);
  }
  return { questions: questionRows.map(csvRow).join(''), actions: actionRows.map(csvRow).join('') };
}

/** Both tables in one stream (for stdout): questions, a blank line, then the actions. */
export function renderCsvCombined(model: ReportModel): string {
  const { questions, actions } = renderCsvTables(model);
  return `${BOM}${questions}${CRLF}${actions}`;
}

/** "out/report.csv" → "out/report-actions.csv": where the actions go when --out is given. */
export function actionsCsvPath(out: string): string {
  const match = /\.csv$/i.exec(out);
  return match ? `${out.slice(0, match.index)}-actions${match[0]}` : `${out}-actions.csv`;
}
