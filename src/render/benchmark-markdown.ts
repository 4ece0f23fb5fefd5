// The benchmark in GitHub-flavoured Markdown, escaped as the report is (markdown-escape.ts):
// tables keep their columns whatever a council's name holds, and no raw HTML passes through.
// The heatmap becomes a table of the same figures.
import type { BenchmarkModel, FocusView } from '../core/benchmark/types.js';
import type { BenchmarkLabels } from '../core/report/wording/benchmark.js';
import { mdCell, mdInline } from './markdown-escape.js';

const row = (cells: ReadonlyArray<string | number>) => `| ${cells.map((c) => (typeof c === 'number' ? String(c) : c)).join(' | ')} |`;
/** A theme's title cell: "1. Title" needs no escaped dot, as a table cell cannot start a list. */
const titleCell = (title: string) => mdCell(title).replace(/^(\d+)\\\./, '$1.');
const rule = (aligns: string) => `|${[...aligns].map((a) => (a === 'r' ? '---:' : '---')).join('|')}|`;

export function renderBenchmarkMarkdown(model: BenchmarkModel): string {
  const l = model.labels;
  const out: string[] = [
    `# ${l.pageTitle(mdInline(model.title))}`,
    '',
    `*${mdInline(model.subtitle)}*`,
    '',
    ...model.frontMatter.map((f) => `- **${mdInline(f.label)}:** ${mdInline(f.value)}`),
    '',
    `## ${l.summary}`,
    '',
    ...model.summary.flatMap((p) => [mdInline(p), '']),
  ];
  if (model.notices.length) out.push(`**${l.readFirst}:**`, '', ...model.notices.map((n) => `- ${mdInline(n)}`), '');
  if (model.leftOut) out.push(`**${mdInline(model.leftOut.text)}**`, '', ...model.leftOut.files.map((f) => `- ${mdInline(f.file)}: ${mdInline(f.reason)}`), '');
  if (model.focus) out.push(...focus(model.focus, l));
  out.push(...statistics(model), ...heatmap(model), ...trends(model));
  out.push(`## ${mdInline(model.method.heading)}`, '', ...model.method.paragraphs.flatMap((p) => [mdInline(p), '']));
  out.push('---', '', mdInline(l.produced(model.generated.text, `${model.tool.name} ${model.tool.version}`)), '');
  return out.join('\n');
}

function focus(view: FocusView, l: BenchmarkLabels): string[] {
  const out = [`## ${mdInline(view.heading)}`, '', ...view.paragraphs.flatMap((p) => [mdInline(p), ''])];
  out.push(row([l.theme, l.score, l.rank, l.median, l.fromMedian]), rule('lrlrl'));
  for (const r of view.rows) {
    const bold = (t: string) => (r.id === null ? `**${t}**` : t);
    out.push(row([bold(titleCell(r.title)), bold(mdCell(r.scoreText)), bold(mdCell(r.rankText)), mdCell(r.medianText), mdCell(r.fromMedianText)]));
  }
  out.push('', `### ${mdInline(view.whomToAsk.heading)}`, '', mdInline(view.whomToAsk.intro), '');
  for (const w of view.whomToAsk.themes) {
    out.push(`#### ${w.theme.number}. ${mdInline(w.theme.title)}`, '', mdInline(w.text), '');
    if (w.peers.length) {
      out.push(...w.peers.map((p) => `- **${mdInline(p.name)}**: ${mdInline(p.scoreText)} (${mdInline(p.dateText)})`));
      if (w.moreText) out.push(`- ${mdInline(w.moreText)}`);
      out.push('');
    }
  }
  if (view.trend) {
    out.push(`### ${l.trend}`, '', mdInline(view.trend.text), '', row([l.theme, l.first, l.latest, l.change]), rule('lrrl'));
    out.push(...view.trend.rows.map((r) => row([titleCell(r.title), mdCell(r.fromText), mdCell(r.toText), mdCell(r.changeText)])), '');
  }
  return out;
}

function statistics(model: BenchmarkModel): string[] {
  const s = model.statistics;
  const l = model.labels;
  return [
    `## ${mdInline(s.heading)}`,
    '',
    mdInline(s.intro),
    '',
    row([l.theme, l.councils, l.lowest, l.lowerQuartile, l.median, l.upperQuartile, l.highest]),
    rule('lrrrrrr'),
    ...s.rows.map((r) => {
      const t = r.texts;
      const cells = [titleCell(r.title), r.councils, t.min, t.lowerQuartile, t.median, t.upperQuartile, t.max].map(String);
      return row(r.id === null ? cells.map((c) => `**${c}**`) : cells);
    }),
    '',
  ];
}

function heatmap(model: BenchmarkModel): string[] {
  const map = model.heatmap;
  const l = model.labels;
  return [
    `## ${mdInline(map.heading)}`,
    '',
    mdInline(map.intro),
    '',
    l.themeColumns(model.themes.map((t) => `${t.number}. ${mdInline(t.title)}`)),
    '',
    row([l.rank, l.council, l.assessed, ...model.themes.map((t) => String(t.number)), l.overall]),
    rule(`rll${'r'.repeat(model.themes.length)}r`),
    ...map.rows.map((r) =>
      row([
        mdCell(r.rankText),
        r.isFocus ? `**▶ ${mdCell(r.name)}**` : mdCell(r.name),
        mdCell(r.dateText),
        ...r.themes.map((c) => mdCell(c.text)),
        `**${mdCell(r.overall.text)}**`,
      ]),
    ),
    '',
  ];
}

function trends(model: BenchmarkModel): string[] {
  const t = model.trends;
  if (!t) return [];
  const l = model.labels;
  return [
    `## ${mdInline(t.heading)}`,
    '',
    mdInline(t.intro),
    '',
    row([l.council, l.overallByDate, l.change]),
    rule('lll'),
    ...t.rows.map((r) => row([mdCell(`${r.isFocus ? '▶ ' : ''}${r.name}`), mdCell(r.points.map((p) => `${p.overallText} (${p.dateText})`).join(' → ')), mdCell(r.changeText)])),
    '',
  ];
}
