// The Word report (`dma report -f docx`): the report's own layout, as the Markdown and HTML
// reports have it, built with the docx library. Word's heading styles, a table of contents,
// real tables whose header rows repeat on each page, the bar chart as shaded table cells, and
// "Page X of Y" in the footer. Pure: the report model in, the file's bytes out.
// The report command imports this module only for -f docx, so docx loads only then.
import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { Document, Table, TableOfContents } from 'docx';
import { buildCommitteeView } from '../core/report/index.js';
import type { CommitteeView, ReportModel, ThemeView } from '../core/report/index.js';
import { committeeDocument } from './docx-committee.js';
import { buildDocument, contents, documentInfo, pack } from './docx-document.js';
import { cleanText, gap, heading, note, numberedItem, para, run, runs, table } from './docx-kit.js';
import { actionGroups, comparisonView, methodView, sourcesList, teamView, themeLevels } from './docx-sections.js';
import type { DocxLayout } from './format-types.js';

type Child = Paragraph | Table | TableOfContents;

export async function renderDocx(model: ReportModel, layout: DocxLayout, committee: () => CommitteeView = () => buildCommitteeView(model)): Promise<Uint8Array> {
  return pack(layout === 'committee' ? committeeDocument(model, committee()) : reportDocument(model));
}

function frontMatter(m: ReportModel): Child[] {
  const l = m.labels;
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [run(m.title)] }),
    para([run(m.text.frameworkLine)], { style: 'Subtitle' }),
    table(
      [
        { header: '', width: 30 },
        { header: '', width: 70 },
      ],
      [
        [{ text: l.assessed, bold: true }, m.text.assessed],
        [{ text: l.reportProduced, bold: true }, m.generated.text],
        [{ text: l.whoTookPart, bold: true }, m.team.respondents.length ? m.team.respondents.map((p) => p.display).join('\n') : m.team.respondentsText],
        [{ text: l.producedWith, bold: true }, m.text.tool],
      ],
      { header: false },
    ),
    gap(),
    ...contents(m.headings.contents, 2),
  ];
}

function summary(m: ReportModel): Child[] {
  const l = m.labels;
  const f = m.summary.figures;
  return [
    heading(1, m.headings.summary, { pageBreakBefore: true }),
    table(
      [l.overallLevel, l.target, l.questionsAnswered, l.actionsInPlan].map((header) => ({ header, width: 25 })),
      [
        [f.overall, f.target, f.answered, f.actions].map((figure) => ({ text: figure.text, bold: true })),
        [`${f.overall.note}\n${m.overall.statusText}`, f.target.note, f.answered.note, f.actions.note],
      ],
    ),
    gap(),
    ...m.summary.paragraphs.map((p) => para(p)),
    heading(2, m.headings.topActions),
    para(m.summary.actionsIntro),
    ...m.summary.topActions.map((a) =>
      numberedItem(1, [run(a.text, { bold: true }), new TextRun({ text: cleanText(a.summaryText).replace(/\s+/g, ' '), break: 1, size: 20 })]),
    ),
  ];
}

function question(m: ReportModel, q: ThemeView['questions'][number]): Child[] {
  const l = m.labels;
  const line = (label: string, value: string) => para([run(`${label}: `, { bold: true }), ...runs(value)], { spacingAfter: 60 });
  const out: Child[] = [heading(3, `${q.number} ${q.text}`)];
  if (q.helpIntro) out.push(para(runs(q.helpIntro, { italics: true })));
  out.push(line(q.levelLabel, `${q.levelText}${q.descriptor ? `: ${q.descriptor}` : ''}`));
  if (q.reason) out.push(line(l.whyNotApplicable, q.reason));
  if (q.votes.length) out.push(line(l.votes, `${q.votes.map((v) => `${v.respondent.display}: ${v.level}`).join('; ')}${q.spreadText ? ` (${q.spreadText})` : ''}`));
  if (q.notes) out.push(line(l.notes, q.notes));
  if (q.status === 'answered') out.push(line(l.evidence, q.evidence ?? l.noEvidence), line(l.confidence, q.confidenceText));
  if (q.baseline) out.push(line(l.baseline, `${q.baseline.text}${q.baseline.moved ? ` (${q.baseline.symbol} ${q.baseline.changeText})` : ''}`));
  for (const f of q.flags) out.push(para([run(`${l.flag}: ${f.title}. `, { bold: true }), ...runs(f.text)], { spacingAfter: 60 }));
  return out;
}

function themes(m: ReportModel): Child[] {
  const out: Child[] = [heading(1, m.headings.themes, { pageBreakBefore: true }), para(m.text.themesIntro)];
  for (const t of m.themes) {
    const meta = [`${m.labels.level} ${t.levelText}${t.label ? ` (${t.label})` : ''}`, t.scoreLine, t.statusText, t.countsText, ...(t.baseline ? [t.baseline.sinceText] : [])];
    out.push(heading(2, `${t.number}. ${t.title}`), para(meta.join(' · ')), ...(t.description ? [para(t.description)] : []));
    for (const q of t.questions) out.push(...question(m, q));
  }
  return out;
}

export function reportDocument(m: ReportModel): Document {
  const h = m.headings;
  const children: Child[] = [
    ...frontMatter(m),
    ...summary(m),
    heading(1, h.chart, { pageBreakBefore: true }),
    ...themeLevels(m, false),
    ...themes(m),
    heading(1, h.team, { pageBreakBefore: true }),
    ...teamView(m, 2),
    ...(m.comparison ? [heading(1, h.change, { pageBreakBefore: true }), ...comparisonView(m, 2)] : []),
    heading(1, h.actions, { pageBreakBefore: true }),
    para(m.actions.intro),
    ...(m.actions.count ? [para(m.actions.priorityRule), ...actionGroups(m, true, 2)] : []),
    heading(1, h.method, { pageBreakBefore: true }),
    ...methodView(m),
    heading(2, h.sources),
    ...sourcesList(m),
    gap(),
    note(m.text.colophon),
  ];
  return buildDocument(documentInfo(m, m.title, `${m.organisation} · ${m.text.footerDate}`), children);
}
