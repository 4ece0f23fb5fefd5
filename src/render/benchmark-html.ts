// The benchmark as one self-contained HTML page, laid out like the HTML report: inline CSS and
// SVG, no scripts, no requests (the same Content-Security-Policy), landmarks, ordered
// headings, table headers, a data table for the heatmap, and print on A4. Every value from the
// model is escaped; the model owns every sentence.
import type { BenchmarkModel, FocusView, WhomToAskView } from '../core/benchmark/types.js';
import type { BenchmarkLabels } from '../core/report/wording/benchmark.js';
import { BENCHMARK_CSS } from './benchmark-css.js';
import { heatmapSvg } from './benchmark-heatmap.js';
import { escapeXml as h } from './svg-charts.js';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export function renderBenchmarkHtml(model: BenchmarkModel): string {
  const l = model.labels;
  const sections = [
    summary(model),
    model.focus ? focus(model.focus, l) : '',
    statistics(model),
    heatmap(model),
    trends(model),
    `<section id="method" class="major" aria-labelledby="method-heading"><h2 id="method-heading">${h(model.method.heading)}</h2>${paragraphs(model.method.paragraphs)}</section>`,
  ];
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    `<meta name="generator" content="${h(`${model.tool.name} ${model.tool.version}`)}">`,
    `<title>${h(l.pageTitle(model.title))}</title>`,
    `<style>${BENCHMARK_CSS}</style>`,
    '</head>',
    '<body>',
    `<a class="skip-link" href="#main">${h(l.skipLink)}</a>`,
    header(model),
    contents(model),
    `<main id="main" class="wrap">${sections.join('\n')}</main>`,
    `<footer class="report-footer"><div class="wrap"><p>${h(`${l.pageTitle(model.title)}. ${model.subtitle}. ${l.produced(model.generated.text, `${model.tool.name} ${model.tool.version}`)}`)}</p></div></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const paragraphs = (list: readonly string[]) => list.map((p) => `<p>${h(p)}</p>`).join('');

function header(model: BenchmarkModel): string {
  const front = model.frontMatter.map((f) => `<div><dt>${h(f.label)}</dt><dd>${h(f.value)}</dd></div>`).join('');
  return (
    `<header class="report-header"><div class="wrap"><p class="eyebrow">${h(model.labels.kind)}</p>` +
    `<h1>${h(model.title)}</h1><p class="subtitle">${h(model.subtitle)}</p><dl class="front-matter">${front}</dl></div></header>`
  );
}

function contents(model: BenchmarkModel): string {
  const l = model.labels;
  const links: Array<[string, string]> = [['summary', l.summary]];
  if (model.focus) links.push(['focus', model.focus.heading]);
  links.push(['themes', model.statistics.heading], ['heatmap', model.heatmap.heading]);
  if (model.trends) links.push(['trends', model.trends.heading]);
  links.push(['method', model.method.heading]);
  const items = links.map(([id, text]) => `<li><a href="#${id}">${h(text)}</a></li>`).join('');
  return `<nav class="toc" aria-label="${h(l.contents)}"><div class="wrap"><h2>${h(l.contents)}</h2><ol>${items}</ol></div></nav>`;
}

function summary(model: BenchmarkModel): string {
  const [lead, ...rest] = model.summary;
  const l = model.labels;
  const notices = model.notices.length ? `<div class="callout"><h3>${h(l.readFirst)}</h3><ul>${model.notices.map((n) => `<li>${h(n)}</li>`).join('')}</ul></div>` : '';
  const leftOut = model.leftOut
    ? `<div class="callout callout-alert"><h3>${h(l.filesLeftOut)}</h3><p>${h(model.leftOut.text)}</p><ul>${model.leftOut.files
        .map((f) => `<li><strong>${h(f.file)}</strong>: ${h(f.reason)}</li>`)
        .join('')}</ul></div>`
    : '';
  return (
    `<section id="summary" aria-labelledby="summary-heading"><h2 id="summary-heading">${h(l.summary)}</h2>` +
    `${lead ? `<p class="lead">${h(lead)}</p>` : ''}${paragraphs(rest)}${notices}${leftOut}</section>`
  );
}

/**
 * A table in its own region, named by its caption and reachable by keyboard, that scrolls
 * sideways on a screen too narrow for it, so the page never does and no word is broken.
 */
function scrollingTable(caption: string, inner: string, className?: string): string {
  const cls = className ? ` class="${className}"` : '';
  return `<div class="scroll" role="region" aria-label="${h(caption)}" tabindex="0"><table${cls}><caption>${h(caption)}</caption>${inner}</table></div>`;
}

function focus(view: FocusView, l: BenchmarkLabels): string {
  const rows = view.rows
    .map((r) => {
      const strong = (text: string) => (r.id === null ? `<strong>${h(text)}</strong>` : h(text));
      return `<tr><th scope="row">${strong(r.title)}</th><td class="num">${strong(r.scoreText)}</td><td>${strong(r.rankText)}</td><td class="num">${h(r.medianText)}</td><td>${h(r.fromMedianText)}</td></tr>`;
    })
    .join('');
  const table = scrollingTable(
    view.caption,
    `<thead><tr><th scope="col">${h(l.theme)}</th><th scope="col" class="num">${h(l.score)}</th><th scope="col">${h(l.rank)}</th>` +
      `<th scope="col" class="num">${h(l.median)}</th><th scope="col">${h(l.fromMedian)}</th></tr></thead><tbody>${rows}</tbody>`,
  );
  const ask = `<h3>${h(view.whomToAsk.heading)}</h3><p>${h(view.whomToAsk.intro)}</p>${view.whomToAsk.themes.map(whomToAsk).join('')}`;
  const trend = view.trend
    ? `<h3>${h(l.trend)}</h3><p>${h(view.trend.text)}</p>` +
      scrollingTable(
        view.trend.caption,
        `<thead><tr><th scope="col">${h(l.theme)}</th><th scope="col" class="num">${h(l.first)}</th><th scope="col" class="num">${h(l.latest)}</th>` +
          `<th scope="col">${h(l.change)}</th></tr></thead><tbody>${view.trend.rows
            .map((r) => `<tr><th scope="row">${h(r.title)}</th><td class="num">${h(r.fromText)}</td><td class="num">${h(r.toText)}</td><td>${h(r.changeText)}</td></tr>`)
            .join('')}</tbody>`,
      )
    : '';
  return (
    `<section id="focus" class="major" aria-labelledby="focus-heading"><h2 id="focus-heading">${h(view.heading)}</h2>` +
    `${paragraphs(view.paragraphs)}${table}${ask}${trend}</section>`
  );
}

function whomToAsk(w: WhomToAskView): string {
  const peers = w.peers.length
    ? `<ul class="peers">${w.peers.map((p) => `<li><strong>${h(p.name)}</strong>: ${h(p.scoreText)} <span class="meta">(${h(p.dateText)})</span></li>`).join('')}` +
      `${w.moreText ? `<li class="meta">${h(w.moreText)}</li>` : ''}</ul>`
    : '';
  return `<div class="ask"><h4>${h(`${w.theme.number}. ${w.theme.title}`)}</h4><p>${h(w.text)}</p>${peers}</div>`;
}

function statistics(model: BenchmarkModel): string {
  const s = model.statistics;
  const rows = s.rows
    .map((r) => {
      const cells = [r.texts.min, r.texts.lowerQuartile, r.texts.median, r.texts.upperQuartile, r.texts.max].map((t) => `<td class="num">${h(t)}</td>`).join('');
      return `<tr${r.id === null ? ' class="total"' : ''}><th scope="row">${h(r.title)}</th><td class="num">${r.councils}</td>${cells}</tr>`;
    })
    .join('');
  const l = model.labels;
  const heads = [l.councils, l.lowest, l.lowerQuartile, l.median, l.upperQuartile, l.highest].map((t) => `<th scope="col" class="num">${h(t)}</th>`).join('');
  return (
    `<section id="themes" class="major" aria-labelledby="themes-heading"><h2 id="themes-heading">${h(s.heading)}</h2><p>${h(s.intro)}</p>` +
    `${scrollingTable(s.caption, `<thead><tr><th scope="col">${h(l.theme)}</th>${heads}</tr></thead><tbody>${rows}</tbody>`)}</section>`
  );
}

function heatmap(model: BenchmarkModel): string {
  const map = model.heatmap;
  const l = model.labels;
  const heads = model.themes
    .map((t) => `<th scope="col" class="num">${t.number}<span class="visually-hidden">. ${h(t.title)}</span></th>`)
    .join('');
  const rows = map.rows
    .map((r) => {
      const cells = r.themes.map((c) => `<td class="num">${h(c.text)}</td>`).join('');
      const name = `${r.isFocus ? '▶ ' : ''}${r.name}`;
      return (
        `<tr${r.isFocus ? ' class="focus"' : ''}><td class="num">${h(r.rankText)}</td><th scope="row">${h(name)}</th><td>${h(r.dateText)}</td>` +
        `${cells}<td class="num"><strong>${h(r.overall.text)}</strong></td></tr>`
      );
    })
    .join('\n');
  const key = model.themes.map((t) => `<li>${h(t.title)}</li>`).join('');
  return (
    `<section id="heatmap" class="major" aria-labelledby="heatmap-heading"><h2 id="heatmap-heading">${h(map.heading)}</h2><p>${h(map.intro)} ${h(map.colourNote)}</p>` +
    `<figure class="heatmap"><figcaption>${h(map.title)}</figcaption>${heatmapSvg(model)}</figure>` +
    `<h3>${h(l.heatmapFigures)}</h3><p>${h(l.themeColumnsNumbered)}</p><ol class="key">${key}</ol>` +
    scrollingTable(
      map.caption,
      `<thead><tr><th scope="col" class="num">${h(l.rank)}</th><th scope="col">${h(l.council)}</th><th scope="col">${h(l.assessed)}</th>${heads}<th scope="col" class="num">${h(l.overall)}</th></tr></thead>` +
        `<tbody>${rows}</tbody>`,
      'wide',
    ) +
    `</section>`
  );
}

function trends(model: BenchmarkModel): string {
  const t = model.trends;
  if (!t) return '';
  const rows = t.rows
    .map((r) => {
      const points = r.points.map((p) => `${p.overallText} (${p.dateText})`).join(' → ');
      return `<tr${r.isFocus ? ' class="focus"' : ''}><th scope="row">${h(`${r.isFocus ? '▶ ' : ''}${r.name}`)}</th><td>${h(points)}</td><td>${h(r.changeText)}</td></tr>`;
    })
    .join('');
  return (
    `<section id="trends" class="major" aria-labelledby="trends-heading"><h2 id="trends-heading">${h(t.heading)}</h2><p>${h(t.intro)}</p>` +
    scrollingTable(
      t.caption,
      `<thead><tr><th scope="col">${h(model.labels.council)}</th><th scope="col">${h(model.labels.overallByDate)}</th><th scope="col">${h(model.labels.change)}</th></tr></thead><tbody>${rows}</tbody>`,
    ) +
    `</section>`
  );
}
