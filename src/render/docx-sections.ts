// Parts of the report that the Word report and the Word committee paper share: theme levels,
// questions, team view, change since the baseline, action plan tables, method and sources.
// Pure: the report model in, docx paragraphs and tables out; every word is the model's.
import type { Paragraph, Table } from 'docx';
import { TextRun } from 'docx';
import type { ActionView, ReportModel, SourceView, ThemeView } from '../core/report/index.js';
import { barChart, radarChart } from './docx-charts.js';
import type { CellValue, Column } from './docx-kit.js';
import { TABLE_TEXT, bullet, gap, heading, link, note, para, ragCell, run, runs, space, table } from './docx-kit.js';

export type Block = Paragraph | Table;

/** A change since the baseline as the Word tables show it: its symbol, its words and, when it moved, the figure. */
const since = (t: { symbol: string; changeText: string; delta: number | null; deltaText: string }) => `${t.symbol} ${t.changeText}${t.delta ? ` (${t.deltaText})` : ''}`;

/** The charts and the table of theme levels (with RAG ratings when `withRatings`). */
export function themeLevels(m: ReportModel, withRatings: boolean): Block[] {
  const l = m.labels;
  const c = m.comparison;
  const columns: Column[] = [
    { header: l.theme, width: 38 },
    { header: l.level, width: 9, align: 'right' },
    { header: l.label, width: 14 },
    ...(c ? [{ header: l.baseline, width: 12, align: 'right' as const }, { header: l.change, width: 14 }] : []),
    { header: withRatings ? l.rating : `${l.againstTarget} (${m.scale.target})`, width: withRatings ? 14 : 24 },
  ];
  const rows: CellValue[][] = m.themes.map((t) => [
    `${t.number}. ${t.title}`,
    t.levelText,
    t.label ?? '–',
    ...(c ? [t.baseline?.fromText ?? '–', t.baseline ? since(t.baseline) : '–'] : []),
    withRatings ? ragCell(t.rating, t.ratingText) : t.statusText,
  ]);
  const o = m.overall;
  rows.push([
    { text: l.overall, bold: true },
    { text: o.levelText, bold: true },
    o.label ?? '–',
    ...(c ? [c.overall.fromText, since(c.overall)] : []),
    withRatings ? ragCell(o.rating, o.ratingText) : o.statusText,
  ]);
  return [
    para(m.text.chartIntro),
    ...(m.chart.radar.available ? [radarChart(m.chart)] : [note(m.chart.radar.note ?? '')]),
    barChart(m.chart, { theme: l.theme, level: l.level, rating: l.rating }, withRatings),
    note(m.text.barsNote),
    table(columns, rows, { rowHeaders: true }),
    gap(),
  ];
}

/** One theme's questions as a table: number, question, agreed level, notes and evidence, flags. */
export function questionTable(m: ReportModel, theme: ThemeView): Table {
  const l = m.labels;
  return table(
    [
      { header: l.questionNumber, width: 7 },
      { header: l.question, width: 27 },
      { header: l.agreedLevel, width: 18 },
      { header: l.notesAndEvidence, width: 30 },
      { header: l.flags, width: 18 },
    ],
    theme.questions.map((q) => {
      const said = [q.notes, q.reason].filter((t): t is string => t !== null).join('\n');
      const notes = [
        ...(said ? runs(said, { size: TABLE_TEXT }) : []),
        ...(q.evidence ? [new TextRun({ text: `${l.evidence}: `, bold: true, break: said ? 1 : undefined, size: TABLE_TEXT }), ...runs(q.evidence, { size: TABLE_TEXT })] : []),
      ];
      const votes = q.votes.length ? `\n${l.votes}: ${q.votesText}` : '';
      return [q.number, { text: q.text, bold: true }, `${q.levelCellText}${votes}`, notes.length ? { children: notes } : '–', q.flags.length ? q.flags.map((f) => f.title).join('; ') : '–'];
    }),
  );
}

function disagreementsTable(m: ReportModel): Table {
  const l = m.labels;
  return table(
    [
      { header: l.question, width: 44 },
      { header: l.agreed, width: 10, align: 'right' },
      { header: l.spread, width: 10, align: 'right' },
      { header: l.votes, width: 36 },
    ],
    m.team.disagreements.map((d) => [
      `${d.question.number} ${d.question.text}`,
      d.levelText,
      String(d.spread),
      d.votes.map((v) => `${v.respondent.display}: ${v.level}`).join('\n'),
    ]),
    { rowHeaders: true },
  );
}

function rolesTable(m: ReportModel): Table {
  const r = m.team.roles!;
  const share = 60 / (r.roles.length + 1);
  return table(
    [{ header: m.labels.theme, width: 40 }, ...r.roles.map((role) => ({ header: role.role, width: share, align: 'right' as const })), { header: m.labels.gap, width: share, align: 'right' }],
    [
      ...r.themes.map((row) => [`${row.number}. ${row.title}`, ...row.cells.map((c) => c.meanText), row.gapText]),
      [{ text: r.overall.title, bold: true }, ...r.overall.cells.map((c) => ({ text: c.meanText, bold: true })), { text: r.overall.gapText, bold: true }],
    ],
    { rowHeaders: true },
  );
}

/** The team view: who took part, the disagreements and the views by role. */
export function teamView(m: ReportModel, level: 1 | 2 | 3): Block[] {
  const t = m.team;
  if (t.note) return [para(t.note)];
  const out: Block[] = [para(m.text.takingPart)];
  if (t.disagreements.length) out.push(heading(level, m.headings.disagreements), para(m.text.disagreementsIntro), disagreementsTable(m), gap());
  else out.push(para(m.text.noDisagreements));
  if (t.roles) out.push(heading(level, m.headings.roles), para(m.text.rolesIntro), rolesTable(m), gap());
  return out;
}

/** The change since the baseline: the summary, themes then and now, the questions that moved. */
export function comparisonView(m: ReportModel, level: 1 | 2 | 3): Block[] {
  const c = m.comparison;
  if (!c) return [];
  const l = m.labels;
  const moved = c.questionsMoved.length
    ? [
        table(
          [
            { header: l.question, width: 46 },
            { header: l.baseline, width: 18 },
            { header: l.now, width: 18 },
            { header: l.change, width: 18 },
          ],
          c.questionsMoved.map((q) => [`${q.question.number} ${q.question.text}`, q.from.text, q.to.text, since(q)]),
          { rowHeaders: true },
        ),
        gap(),
      ]
    : [para(m.text.noneMoved)];
  return [
    para(c.summary),
    para(c.baselineText),
    table(
      [
        { header: l.theme, width: 44 },
        { header: l.baseline, width: 12, align: 'right' },
        { header: l.now, width: 10, align: 'right' },
        { header: l.difference, width: 14, align: 'right' },
        { header: l.change, width: 20 },
      ],
      [
        ...c.themes.map((t) => [`${t.number}. ${t.title}`, t.fromText, t.toText, t.deltaText, `${t.symbol} ${t.changeText}`]),
        [{ text: l.overall, bold: true }, { text: c.overall.fromText, bold: true }, { text: c.overall.toText, bold: true }, { text: c.overall.deltaText, bold: true }, `${c.overall.symbol} ${c.overall.changeText}`],
      ],
      { rowHeaders: true },
    ),
    gap(),
    heading(level, m.headings.questionsMoved),
    ...moved,
  ];
}

/** Actions as a table: with the question and source (the report), or the theme (the committee paper). */
function actionTable(m: ReportModel, actions: ActionView[], withSource: boolean): Table {
  const l = m.labels;
  return table(
    [
      { header: l.priority, width: 11, align: 'right' },
      { header: l.action, width: withSource ? 25 : 31 },
      { header: l.owner, width: 16 },
      { header: withSource ? l.question : l.theme, width: withSource ? 20 : 24 },
      { header: l.step, width: 16 },
      ...(withSource ? [{ header: l.source, width: 12 }] : []),
    ],
    actions.map((a) => [
      String(a.priority),
      { text: a.text, bold: true },
      a.ownerText,
      withSource ? `${a.question.number} ${a.question.text}` : `${a.question.themeTitle} (${a.question.number})`,
      `${a.fromLevel} ${a.fromLabel} → ${a.toLevel} ${a.toLabel}`,
      ...(withSource ? [a.source ? a.source.title : '–'] : []),
    ]),
  );
}

/** The action plan by horizon: a heading, what it means and how many, and the table for each. */
export function actionGroups(m: ReportModel, withSource: boolean, level: 2 | 3): Block[] {
  return m.actions.groups.flatMap((group) => [
    heading(level, group.title),
    para(`${group.description} (${group.countText})`, { keepNext: true }),
    actionTable(m, group.actions, withSource),
    gap(),
  ]);
}

/**
 * How scores are worked out, and the scale. The report gives the framework's description in full;
 * the committee paper gives `guidance` (where to read it) instead.
 */
export function methodView(m: ReportModel, guidance?: string | null): Block[] {
  const l = m.labels;
  const description = guidance === undefined ? m.framework.description : null;
  return [
    ...(description ? [para(description)] : []),
    ...(guidance === undefined && m.method.helpNote ? [para(m.method.helpNote)] : []),
    ...m.method.paragraphs.map((p) => para(p)),
    ...(guidance ? [para(guidance)] : []),
    table(
      [
        { header: l.level, width: 10, align: 'right' },
        { header: l.label, width: 25 },
        { header: l.meaning, width: 65 },
      ],
      m.scale.levels.map((s) => [String(s.level), { text: `${s.label}${s.isTarget ? ` ${l.isTarget}` : ''}`, bold: true }, s.description ?? '–']),
    ),
    gap(),
  ];
}

/** Sources as bullets, each with its link. */
export function sourceBullets(sources: readonly SourceView[]): Paragraph[] {
  return sources.map((s) => bullet([run(s.citation), ...(s.href ? [space(), link(s.href, s.href)] : s.url ? [run(` ${s.url}`)] : [])]));
}

/** The framework's sources as a list, with their links. */
export function sourcesList(m: ReportModel): Block[] {
  return m.method.sources.length ? sourceBullets(m.method.sources) : [para(m.text.noSources)];
}
