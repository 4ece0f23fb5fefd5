// Parts of the report that the Word report and the Word committee paper share: theme levels,
// questions, team view, change since the baseline, action plan tables, method and sources.
// Pure: the report model in, docx paragraphs and tables out.
import type { Paragraph, Table } from 'docx';
import { TextRun } from 'docx';
import type { ActionGroup, ReportModel, ThemeView } from '../core/report-model.js';
import type { CellValue } from './docx-kit.js';
import { TABLE_TEXT, barChart, barChartNote, radarChart, bullet, gap, heading, link, note, para, ragCell, run, runs, space, table } from './docx-kit.js';

export type Block = Paragraph | Table;

/** The bar chart and the table of theme levels (with RAG ratings when `withRatings`). */
export function themeLevels(m: ReportModel, withRatings: boolean): Block[] {
  const ratings = withRatings ? m.committee.findings.themes : null;
  const c = m.comparison;
  const columns = [
    { header: 'Theme', width: 38 },
    { header: 'Level', width: 9, align: 'right' as const },
    { header: 'Label', width: 14 },
    ...(c ? [{ header: 'Baseline', width: 12, align: 'right' as const }, { header: 'Change', width: 14 }] : []),
    { header: withRatings ? 'Rating' : `Against the target (${m.scale.target})`, width: withRatings ? 14 : 24 },
  ];
  const rows: CellValue[][] = m.themes.map((t, i) => [
    `${t.number}. ${t.title}`,
    t.levelText,
    t.label ?? '–',
    ...(c ? [t.baseline?.fromText ?? '–', t.baseline ? `${t.baseline.symbol} ${t.baseline.changeText}${t.baseline.delta ? ` (${t.baseline.deltaText})` : ''}` : '–'] : []),
    ratings ? ragCell(ratings[i]!.rating, ratings[i]!.ratingText) : t.statusText,
  ]);
  const o = m.committee.findings.overall;
  rows.push([
    { text: 'Overall', bold: true },
    { text: m.overall.levelText, bold: true },
    m.overall.label ?? '–',
    ...(c ? [c.overall.fromText, `${c.overall.symbol} ${c.overall.changeText}${c.overall.delta ? ` (${c.overall.deltaText})` : ''}`] : []),
    withRatings ? ragCell(o.rating, o.ratingText) : m.overall.statusText,
  ]);
  return [
    para(
      `Each theme's level on the scale from ${m.scale.rangeText}, against the target of level ${m.scale.target} (${m.scale.targetLabel})${c ? ' and the baseline' : ''}.`,
    ),
    ...(m.chart.radar.available ? [radarChart(m.chart)] : [note(m.chart.radar.note ?? '')]),
    barChart(m.chart, ratings),
    note(barChartNote(m.chart)),
    table(columns, rows, { rowHeaders: true }),
    gap(),
  ];
}

/** One theme's questions as a table: number, question, agreed level, notes and evidence, flags. */
export function questionTable(theme: ThemeView): Table {
  return table(
    [
      { header: 'No.', width: 7 },
      { header: 'Question', width: 27 },
      { header: 'Agreed level', width: 18 },
      { header: 'Notes and evidence', width: 30 },
      { header: 'Flags', width: 18 },
    ],
    theme.questions.map((q) => {
      const said = [q.notes, q.reason].filter((t): t is string => t !== null).join('\n');
      const notes = [
        ...(said ? runs(said, { size: TABLE_TEXT }) : []),
        ...(q.evidence
          ? [new TextRun({ text: 'Evidence: ', bold: true, break: said ? 1 : undefined, size: TABLE_TEXT }), ...runs(q.evidence, { size: TABLE_TEXT })]
          : []),
      ];
      const votes = q.votes.length ? `\nVotes: ${q.votes.map((v) => `${v.respondent.name} ${v.level}`).join(', ')}` : '';
      return [
        q.number,
        { text: q.text, bold: true },
        `${q.levelText}${votes}`,
        notes.length ? { children: notes } : '–',
        q.flags.length ? q.flags.map((f) => f.title).join('; ') : '–',
      ];
    }),
  );
}

/** The team view: who took part, the disagreements and the views by role. */
export function teamView(m: ReportModel, level: 1 | 2 | 3): Block[] {
  const t = m.team;
  const out: Block[] = [];
  if (t.note) return [para(t.note)];
  out.push(para(`Taking part: ${t.respondentsText}.`));
  if (t.disagreements.length) {
    out.push(
      heading(level, 'Where the team disagreed'),
      para(`Questions where the votes were ${t.threshold} or more levels apart, widest first.`),
      table(
        [
          { header: 'Question', width: 44 },
          { header: 'Agreed', width: 10, align: 'right' },
          { header: 'Spread', width: 10, align: 'right' },
          { header: 'Votes', width: 36 },
        ],
        t.disagreements.map((d) => [
          `${d.question.number} ${d.question.text}`,
          d.level === null ? '–' : String(d.level),
          String(d.spread),
          d.votes.map((v) => `${v.respondent.display}: ${v.level}`).join('\n'),
        ]),
        { rowHeaders: true },
      ),
      gap(),
    );
  } else {
    out.push(para(`The votes were never ${t.threshold} or more levels apart.`));
  }
  if (t.roles) {
    const r = t.roles;
    const share = 60 / (r.roles.length + 1);
    out.push(
      heading(level, 'Views by role'),
      para(
        `For each theme, the mean of the votes cast by the people in each role (not weighted)${r.withoutRole.length ? `; people who gave no role (${r.withoutRole.map((p) => p.name).join(', ')}) are not included` : ''}. The gap is the highest role's mean less the lowest.`,
      ),
      table(
        [{ header: 'Theme', width: 40 }, ...r.roles.map((role) => ({ header: role.role, width: share, align: 'right' as const })), { header: 'Gap', width: share, align: 'right' }],
        [
          ...r.themes.map((row) => [`${row.number}. ${row.title}`, ...row.cells.map((c) => c.meanText), row.gapText]),
          [{ text: r.overall.title, bold: true }, ...r.overall.cells.map((c) => ({ text: c.meanText, bold: true })), { text: r.overall.gapText, bold: true }],
        ],
        { rowHeaders: true },
      ),
      gap(),
    );
  }
  return out;
}

/** The change since the baseline: the summary, themes then and now, the questions that moved. */
export function comparisonView(m: ReportModel, level: 1 | 2 | 3): Block[] {
  const c = m.comparison;
  if (!c) return [];
  return [
    para(c.summary),
    para(
      `The baseline: ${c.organisation}, assessed ${c.assessed ? c.assessed.text : 'on a date not recorded'}; taking part: ${c.respondentsText}.${c.sameFrameworkVersion ? '' : ` It was made with version ${c.baselineFrameworkVersion} of the framework; questions that version did not have count as not answered.`}`,
    ),
    table(
      [
        { header: 'Theme', width: 44 },
        { header: 'Baseline', width: 12, align: 'right' },
        { header: 'Now', width: 10, align: 'right' },
        { header: 'Difference', width: 14, align: 'right' },
        { header: 'Change', width: 20 },
      ],
      [
        ...c.themes.map((t) => [`${t.number}. ${t.title}`, t.fromText, t.toText, t.deltaText, `${t.symbol} ${t.changeText}`]),
        [
          { text: 'Overall', bold: true },
          { text: c.overall.fromText, bold: true },
          { text: c.overall.toText, bold: true },
          { text: c.overall.deltaText, bold: true },
          `${c.overall.symbol} ${c.overall.changeText}`,
        ],
      ],
      { rowHeaders: true },
    ),
    gap(),
    heading(level, 'Questions that moved'),
    ...(c.questionsMoved.length
      ? [
          table(
            [
              { header: 'Question', width: 46 },
              { header: 'Baseline', width: 18 },
              { header: 'Now', width: 18 },
              { header: 'Change', width: 18 },
            ],
            c.questionsMoved.map((q) => [`${q.question.number} ${q.question.text}`, q.from.text, q.to.text, `${q.symbol} ${q.changeText}${q.delta ? ` (${q.deltaText})` : ''}`]),
            { rowHeaders: true },
          ),
          gap(),
        ]
      : [para('No question changed.')]),
  ];
}

/** One horizon's actions as a table. */
export function actionTable(group: ActionGroup, withSource: boolean): Table {
  return table(
    [
      { header: 'Priority', width: 11, align: 'right' },
      { header: 'Action', width: withSource ? 25 : 31 },
      { header: 'Owner', width: 16 },
      { header: withSource ? 'Question' : 'Theme', width: withSource ? 20 : 24 },
      { header: 'Step', width: 16 },
      ...(withSource ? [{ header: 'Source', width: 12 }] : []),
    ],
    group.actions.map((a) => [
      String(a.priority),
      { text: a.text, bold: true },
      a.ownerText,
      withSource ? `${a.question.number} ${a.question.text}` : `${a.question.themeTitle} (${a.question.number})`,
      `${a.fromLevel} ${a.fromLabel} → ${a.toLevel} ${a.toLabel}`,
      ...(withSource ? [a.source ? a.source.title : '–'] : []),
    ]),
  );
}

/** How scores are worked out, and the scale. */
export function methodView(m: ReportModel): Block[] {
  return [
    ...(m.framework.description ? [para(m.framework.description)] : []),
    ...m.method.paragraphs.map((p) => para(p)),
    table(
      [
        { header: 'Level', width: 10, align: 'right' },
        { header: 'Label', width: 25 },
        { header: 'Meaning', width: 65 },
      ],
      m.scale.levels.map((l) => [String(l.level), { text: `${l.label}${l.isTarget ? ' (target)' : ''}`, bold: true }, l.description ?? '–']),
    ),
    gap(),
  ];
}

/** The framework's sources as a list, with their links. */
export function sourcesList(m: ReportModel): Block[] {
  if (!m.method.sources.length) return [para('The framework cites no sources.')];
  return m.method.sources.map((s) =>
    bullet([run(s.citation), ...(s.href ? [space(), link(s.href, s.href)] : s.url ? [run(` ${s.url}`)] : [])]),
  );
}
