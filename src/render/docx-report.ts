// The Word reports: `dma report -f docx` (the report's own layout) and `--template committee`
// (a committee paper). Built with the docx library: Word's heading styles, a table of
// contents, real tables whose header rows repeat on each page, the bar chart as shaded table
// cells, and "Page X of Y" in the footer. Pure: the report model in, the file's bytes out.
// The report command imports this module only for -f docx, so docx loads only then.
import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { Document, Table, TableOfContents } from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';

// Lay out past what docx cannot yet lay out as Word does, with its best guess, so every entry of
// the table of contents has a page number (Word's "Update Table" makes them exact).
const estimatePageNumbers = estimatePageNumbersWith({ guess: true });
import type { ReportModel } from '../core/report-model.js';
import type { DocxLayout } from './report-format.js';
import { buildDocument, bullet, cleanText, space, contents, gap, heading, link, numberedItem, numberedPara, pack, para, ragCell, run, runs, table } from './docx-kit.js';
import { actionTable, comparisonView, methodView, questionTable, sourcesList, teamView, themeLevels } from './docx-sections.js';

type Child = Paragraph | Table | TableOfContents;

export async function renderDocx(model: ReportModel, layout: DocxLayout): Promise<Uint8Array> {
  return layout === 'committee' ? renderCommitteeDocx(model) : renderReportDocx(model);
}

function footerText(m: ReportModel): string {
  return `${m.organisation} · ${m.assessed ? `assessed ${m.assessed.text}` : `produced ${m.generated.text}`}`;
}

/** The report's own layout, as the Markdown and HTML reports have it. */
export async function renderReportDocx(m: ReportModel): Promise<Uint8Array> {
  return pack(reportDocument(m));
}

export function reportDocument(m: ReportModel): Document {
  const children: Child[] = [];
  children.push(
    new Paragraph({ heading: HeadingLevel.TITLE, children: [run(m.title)] }),
    para([run(`${m.framework.title}, version ${m.framework.version}`)], { style: 'Subtitle' }),
    table(
      [
        { header: '', width: 30 },
        { header: '', width: 70 },
      ],
      [
        [{ text: 'Assessed', bold: true }, m.assessed ? m.assessed.text : 'Date not recorded'],
        [{ text: 'Report produced', bold: true }, m.generated.text],
        [{ text: 'Who took part', bold: true }, m.team.respondents.length ? m.team.respondents.map((p) => p.display).join('\n') : 'Not recorded'],
        [{ text: 'Produced with', bold: true }, `${m.tool.name} ${m.tool.version}`],
      ],
      { header: false },
    ),
    gap(),
    ...contents(2),
  );

  // Summary.
  const h = m.actions.byHorizon;
  children.push(
    heading(1, 'Summary', { pageBreakBefore: true }),
    table(
      [
        { header: 'Overall level', width: 25 },
        { header: 'Target', width: 25 },
        { header: 'Questions answered', width: 25 },
        { header: 'Actions in the plan', width: 25 },
      ],
      [
        [
          { text: `${m.overall.levelText} of ${m.scale.max}`, bold: true },
          { text: `${m.scale.target} of ${m.scale.max}`, bold: true },
          { text: `${m.overall.answered} of ${m.overall.total}`, bold: true },
          { text: String(m.actions.count), bold: true },
        ],
        [
          `${m.overall.label ?? 'No level yet'}\n${m.overall.statusText}`,
          m.scale.targetLabel,
          `${m.overall.notApplicable} not applicable, ${m.overall.unanswered} skipped`,
          `${h.now} now, ${h.next} next, ${h.later} later${h.none ? `, ${h.none} with no horizon` : ''}`,
        ],
      ],
    ),
    gap(),
    ...m.summary.paragraphs.map((p) => para(p)),
    heading(2, 'Most important actions'),
    para(m.summary.actionsIntro),
    ...m.summary.topActions.map((a) =>
      numberedItem(1, [
        run(a.text, { bold: true }),
        new TextRun({ text: cleanText(`Priority ${a.priority} · ${a.horizonText} · Owner: ${a.ownerText} · Question ${a.question.number}, ${a.question.text} · From level ${a.stepText}`).replace(/\s+/g, ' '), break: 1, size: 20 }),
      ]),
    ),
  );

  // Charts.
  children.push(heading(1, 'Theme levels at a glance', { pageBreakBefore: true }), ...themeLevels(m, false));

  // Theme by theme.
  children.push(
    heading(1, 'Theme by theme', { pageBreakBefore: true }),
    para(
      `For each question: the agreed level and what the framework says that level looks like, the notes and evidence recorded, and any flags. A flag marks an answer to check: a level at or above the target with no evidence, low confidence, or votes ${m.team.threshold} or more levels apart.`,
    ),
  );
  for (const t of m.themes) {
    children.push(
      heading(2, `${t.number}. ${t.title}`),
      para(
        `Level ${t.levelText}${t.label ? ` (${t.label})` : ''} · score ${t.scoreText} of 100 · ${t.statusText} · ${t.answered} of ${t.total} answered${t.notApplicable ? `, ${t.notApplicable} not applicable` : ''}${t.baseline ? ` · ${t.baseline.symbol} ${t.baseline.changeText} since the baseline${t.baseline.delta ? ` (${t.baseline.deltaText})` : ''}` : ''}`,
      ),
      ...(t.description ? [para(t.description)] : []),
    );
    for (const q of t.questions) {
      const line = (label: string, value: string) => para([run(`${label}: `, { bold: true }), ...runs(value)], { spacingAfter: 60 });
      children.push(heading(3, `${q.number} ${q.text}`));
      if (q.help) children.push(para(runs(q.help, { italics: true })));
      children.push(line('Agreed level', `${q.levelText}${q.descriptor ? `: ${q.descriptor}` : ''}`));
      if (q.reason) children.push(line('Why not applicable', q.reason));
      if (q.votes.length) {
        children.push(line('Votes', `${q.votes.map((v) => `${v.respondent.display}: ${v.level}`).join('; ')}${q.spread ? ` (spread ${q.spread})` : ''}`));
      }
      if (q.notes) children.push(line('Notes', q.notes));
      if (q.status === 'answered') {
        children.push(line('Evidence', q.evidence ?? 'None recorded'), line('Confidence', q.confidenceText));
      }
      if (q.baseline) children.push(line('Baseline', `${q.baseline.text}${q.baseline.moved ? ` (${q.baseline.symbol} ${q.baseline.changeText})` : ''}`));
      for (const f of q.flags) children.push(para([run(`Flag: ${f.title}. `, { bold: true }), ...runs(f.text)], { spacingAfter: 60 }));
    }
  }

  // Team view.
  children.push(heading(1, 'Team view', { pageBreakBefore: true }), ...teamView(m, 2));

  // Change since the baseline.
  if (m.comparison) children.push(heading(1, 'Change since the baseline', { pageBreakBefore: true }), ...comparisonView(m, 2));

  // Action plan.
  children.push(heading(1, 'Action plan', { pageBreakBefore: true }), para(m.actions.intro));
  if (m.actions.count) {
    children.push(para(m.actions.priorityRule));
    for (const group of m.actions.groups) {
      children.push(heading(2, group.title), para(`${group.description} (${group.actions.length} ${group.actions.length === 1 ? 'action' : 'actions'})`), actionTable(group, true), gap());
    }
  }

  // Method and sources.
  children.push(heading(1, 'Method and sources', { pageBreakBefore: true }), ...methodView(m), heading(2, 'Sources'), ...sourcesList(m));

  children.push(
    gap(),
    para(
      runs(
        `${m.title}. ${m.framework.title}, version ${m.framework.version}. Assessed ${m.assessed ? m.assessed.text : 'on a date not recorded'}; report produced ${m.generated.text} with ${m.tool.name} ${m.tool.version}.`,
        { size: 18, color: '484949' },
      ),
    ),
  );

  return buildDocument({ title: m.title, subject: m.framework.title, footerText: footerText(m), toolVersion: m.tool.version }, children, estimatePageNumbers);
}

/** The committee paper: the shape of a UK council committee report, with the full results as an appendix. */
export async function renderCommitteeDocx(m: ReportModel): Promise<Uint8Array> {
  return pack(committeeDocument(m));
}

export function committeeDocument(m: ReportModel): Document {
  const c = m.committee;
  const s = c.sections;
  const children: Child[] = [];
  const numbered = (paragraphs: Array<{ number: string; text: string }>) => paragraphs.map((p) => numberedPara(p.number, p.text));

  children.push(
    para([run(m.organisation, { bold: true, color: '0B2F55', size: 26 })]),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [run(c.title)] }),
    table(
      [
        { header: '', width: 30 },
        { header: '', width: 70 },
      ],
      c.cover.map((row) => [{ text: row.label, bold: true, fill: 'E8EAEC' }, row.placeholder ? { children: [run(row.value, { bold: true, highlight: 'yellow' })] } : row.value]),
      { header: false },
    ),
    para(runs('Placeholders in square brackets are for the report author to complete before the paper is published.', { size: 18, color: '484949' })),
    ...contents(1),
  );

  children.push(heading(1, `${s.purpose.number}. ${s.purpose.title}`, { pageBreakBefore: true }), ...numbered(c.purpose));

  children.push(heading(1, `${s.recommendations.number}. ${s.recommendations.title}`), para(c.recommendationsIntro, { keepNext: true }));
  for (const r of c.recommendations) {
    children.push(numberedItem(2, r.text, 0));
    for (const item of r.items) children.push(numberedItem(2, item, 1));
  }

  children.push(heading(1, `${s.background.number}. ${s.background.title}`), ...numbered(c.background));
  if (c.sources.length) {
    children.push(...c.sources.map((src) => bullet([run(src.citation), ...(src.href ? [space(), link(src.href, src.href)] : src.url ? [run(` ${src.url}`)] : [])])));
  }

  const f = c.findings;
  children.push(
    heading(1, `${s.findings.number}. ${s.findings.title}`),
    ...numbered(f.paragraphs),
    table(
      [
        { header: 'Theme', width: 40 },
        { header: 'Level', width: 17, align: 'right' },
        { header: 'Target', width: 10, align: 'right' },
        { header: 'Below the target by', width: 15, align: 'right' },
        { header: 'Rating', width: 18 },
      ],
      [
        ...f.themes.map((t) => [`${t.number}. ${t.title}`, `${t.levelText}${t.label ? ` (${t.label})` : ''}`, String(t.target), t.gapText, ragCell(t.rating, t.ratingText)]),
        [
          { text: 'Overall', bold: true },
          { text: `${f.overall.levelText}${f.overall.label ? ` (${f.overall.label})` : ''}`, bold: true },
          String(f.overall.target),
          f.overall.gapText,
          ragCell(f.overall.rating, f.overall.ratingText),
        ],
      ],
      { rowHeaders: true },
    ),
    gap(),
    numberedPara(f.thresholdsParagraph.number, f.thresholdsParagraph.text),
  );

  children.push(heading(1, `${s.actions.number}. ${s.actions.title}`), ...numbered(c.actionPlan.paragraphs));
  for (const group of m.actions.groups) {
    children.push(heading(2, group.title), para(`${group.description} (${group.actions.length} ${group.actions.length === 1 ? 'action' : 'actions'})`, { keepNext: true }), actionTable(group, false), gap());
  }

  children.push(heading(1, `${s.implications.number}. ${s.implications.title}`));
  for (const i of c.implications) {
    children.push(
      heading(2, `${i.number} ${i.title}`),
      para([run(i.placeholder, { bold: true, highlight: 'yellow' })]),
      para(runs(i.guidance, { italics: true, color: '484949' })),
      ...i.facts.map((fact) => para([run('From the results: ', { bold: true }), ...runs(fact)])),
    );
  }

  children.push(heading(1, `${s.papers.number}. ${s.papers.title}`), ...c.backgroundPapers.map((p) => bullet(p)));

  // Appendix A: the full results.
  children.push(
    heading(1, `Appendix ${c.appendix.letter}: ${c.appendix.title}`, { pageBreakBefore: true }),
    para(
      `${m.title}. ${m.framework.title}, version ${m.framework.version}. Assessed ${m.assessed ? m.assessed.text : 'on a date not recorded'}; taking part: ${m.team.respondentsText}.`,
    ),
    heading(2, 'Theme levels at a glance'),
    ...themeLevels(m, true),
    heading(2, 'Theme by theme'),
    para(
      `For each question: the agreed level, the notes and evidence recorded, and any flags. A flag marks an answer to check: a level at or above the target with no evidence, low confidence, or votes ${m.team.threshold} or more levels apart.`,
      { keepNext: true },
    ),
  );
  m.themes.forEach((t, i) => {
    const rating = f.themes[i]!;
    children.push(
      heading(3, `${t.number}. ${t.title}`),
      para(
        `Level ${t.levelText}${t.label ? ` (${t.label})` : ''}; rated ${rating.ratingText}; ${t.answered} of ${t.total} answered${t.notApplicable ? `, ${t.notApplicable} not applicable` : ''}${t.baseline ? `; ${t.baseline.symbol} ${t.baseline.changeText} since the baseline${t.baseline.delta ? ` (${t.baseline.deltaText})` : ''}` : ''}.`,
        { keepNext: true },
      ),
      questionTable(t),
      gap(),
    );
  });
  children.push(heading(2, 'Team view'), ...teamView(m, 3));
  if (m.comparison) children.push(heading(2, 'Change since the baseline'), ...comparisonView(m, 3));
  children.push(heading(2, 'Method'), ...methodView(m));
  children.push(para(runs(`Produced ${m.generated.text} with ${m.tool.name} ${m.tool.version}.`, { size: 18, color: '484949' })));

  return buildDocument(
    { title: `${c.title}: ${m.organisation}`, subject: m.framework.title, footerText: `${m.organisation} · ${c.title}`, toolVersion: m.tool.version },
    children,
    estimatePageNumbers,
  );
}
