// The Word committee paper (`--template committee -f docx`): the shape of a UK council committee
// report, its body for councillors (at most a dozen next steps), then Appendix A, the full
// results, and Appendix B, the full action plan, for officers. Pure: model and view in, a Document out.
import { HeadingLevel, Paragraph } from 'docx';
import type { Document, Table, TableOfContents } from 'docx';
import type { ActionView, CommitteeView, ReportModel } from '../core/report/index.js';
import { buildDocument, contents, documentInfo } from './docx-document.js';
import { BRAND, HEADER_FILL, MUTED, bullet, gap, heading, note, numberedItem, numberedPara, para, ragCell, run, runs, table } from './docx-kit.js';
import { actionGroups, comparisonView, methodView, questionTable, sourceBullets, teamView, themeLevels } from './docx-sections.js';

type Child = Paragraph | Table | TableOfContents;

const numbered = (paragraphs: Array<{ number: string; text: string }>) => paragraphs.map((p) => numberedPara(p.number, p.text));

function cover(m: ReportModel, c: CommitteeView): Child[] {
  return [
    para([run(m.organisation, { bold: true, color: BRAND, size: 26 })]),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [run(c.title)] }),
    table(
      [
        { header: '', width: 30 },
        { header: '', width: 70 },
      ],
      c.cover.map((row) => [{ text: row.label, bold: true, fill: HEADER_FILL }, row.placeholder ? { children: [run(row.value, { bold: true, highlight: 'yellow' })] } : row.value]),
      { header: false },
    ),
    note(c.placeholderNote),
    ...contents(m.headings.contents, 1),
  ];
}

function opening(c: CommitteeView): Child[] {
  const s = c.sections;
  return [
    heading(1, `${s.purpose.number}. ${s.purpose.title}`, { pageBreakBefore: true }),
    ...numbered(c.purpose),
    heading(1, `${s.recommendations.number}. ${s.recommendations.title}`),
    para(c.recommendationsIntro, { keepNext: true }),
    ...c.recommendations.flatMap((r) => [numberedItem(2, r.text, 0), ...r.items.map((item) => numberedItem(2, item, 1))]),
    heading(1, `${s.background.number}. ${s.background.title}`),
    ...numbered(c.background),
    ...sourceBullets(c.sources),
  ];
}

function findings(m: ReportModel, c: CommitteeView): Child[] {
  const f = c.findings;
  const l = m.labels;
  const levelOf = (r: { levelText: string; label: string | null }) => `${r.levelText}${r.label ? ` (${r.label})` : ''}`;
  return [
    heading(1, `${c.sections.findings.number}. ${c.sections.findings.title}`),
    ...numbered(f.paragraphs),
    table(
      [
        { header: l.theme, width: 40 },
        { header: l.level, width: 17, align: 'right' },
        { header: l.target, width: 10, align: 'right' },
        { header: f.gapLabel, width: 15, align: 'right' },
        { header: l.rating, width: 18 },
      ],
      [
        ...f.themes.map((t) => [`${t.number}. ${t.title}`, levelOf(t), String(t.target), t.gapText, ragCell(t.rating, t.ratingText)]),
        [{ text: f.overall.title, bold: true }, { text: levelOf(f.overall), bold: true }, String(f.overall.target), f.overall.gapText, ragCell(f.overall.rating, f.overall.ratingText)],
      ],
      { rowHeaders: true },
    ),
    gap(),
    numberedPara(f.thresholdsParagraph.number, f.thresholdsParagraph.text),
  ];
}

/** The body's table of next steps: one for each question, most important first. */
function nextSteps(m: ReportModel, actions: ActionView[]): Table {
  const l = m.labels;
  return table(
    [
      { header: l.priority, width: 11, align: 'right' },
      { header: l.action, width: 37 },
      { header: l.owner, width: 18 },
      { header: l.horizon, width: 12 },
      { header: l.theme, width: 22 },
    ],
    actions.map((a) => [String(a.priority), { text: a.text, bold: true }, a.ownerText, a.horizonText, `${a.question.themeTitle} (${a.question.number})`]),
  );
}

function actionsAndAfter(m: ReportModel, c: CommitteeView): Child[] {
  const s = c.sections;
  return [
    heading(1, `${s.actions.number}. ${s.actions.title}`),
    ...numbered(c.actionPlan.paragraphs),
    ...(c.actionPlan.nextSteps.length ? [nextSteps(m, c.actionPlan.nextSteps), gap()] : []),
    heading(1, `${s.implications.number}. ${s.implications.title}`),
    ...c.implications.flatMap((i) => [
      heading(2, `${i.number} ${i.title}`),
      para([run(i.placeholder, { bold: true, highlight: 'yellow' })]),
      para(runs(i.guidance, { italics: true, color: MUTED })),
      ...i.facts.map((fact) => para([run(`${c.fromResults} `, { bold: true }), ...runs(fact)])),
    ]),
    heading(1, `${s.papers.number}. ${s.papers.title}`),
    ...c.backgroundPapers.map((p) => bullet(p)),
  ];
}

function resultsAppendix(m: ReportModel, c: CommitteeView): Child[] {
  const h = m.headings;
  return [
    heading(1, c.appendix.heading, { pageBreakBefore: true }),
    para(c.appendixIntro),
    heading(2, h.chart),
    ...themeLevels(m, true),
    heading(2, h.themes),
    para(m.text.questionTableIntro, { keepNext: true }),
    ...m.themes.flatMap((t) => [
      heading(3, `${t.number}. ${t.title}`),
      para(`${m.labels.level} ${t.levelText}${t.label ? ` (${t.label})` : ''}; ${m.labels.rated} ${t.ratingText}; ${t.countsText}${t.baseline ? `; ${t.baseline.sinceText}` : ''}.`, { keepNext: true }),
      questionTable(m, t),
      gap(),
    ]),
    heading(2, h.team),
    ...teamView(m, 3),
    ...(m.comparison ? [heading(2, h.change), ...comparisonView(m, 3)] : []),
    heading(2, h.methodOnly),
    ...methodView(m, c.guidanceNote),
  ];
}

function planAppendix(m: ReportModel, c: CommitteeView): Child[] {
  if (m.actions.count === 0) return [];
  return [heading(1, c.planAppendix.heading, { pageBreakBefore: true }), para(m.actions.intro), para(m.actions.priorityRule), ...actionGroups(m, false, 2)];
}

export function committeeDocument(m: ReportModel, c: CommitteeView): Document {
  const children: Child[] = [
    ...cover(m, c),
    ...opening(c),
    ...findings(m, c),
    ...actionsAndAfter(m, c),
    ...resultsAppendix(m, c),
    ...planAppendix(m, c),
    note(c.colophon),
  ];
  return buildDocument(documentInfo(m, `${c.title}: ${m.organisation}`, c.footer), children);
}
