// Hostile text in the answers file and in the framework: nothing may run, inject markup, break
// a Markdown table, a chart or a CSV row, or be compiled as a template.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCommitteeView } from '../../src/core/report/index.js';
import { loadTemplate } from '../../src/io/templates.js';
import { FORMATS, templateFormatOf } from '../../src/render/formats.js';
import type { ReportFormat } from '../../src/render/formats.js';
import { pdfFooterTemplate } from '../../src/render/pdf-page.js';
import { escapeControls } from '../../src/terminal/safe-text.js';
import { SKIP_BROWSER, chromium, launchBrowser } from '../support/browser.js';
import { runInProcess } from '../support/cli.js';
import { unzip, wordText } from '../support/documents.js';
import { tempDir } from '../support/temp.js';
import { csvField, renderCsvCombined } from '../../src/render/csv-report.js';
import { renderTemplate } from '../../src/render/handlebars-render.js';
import { mdCell, mdInline, mdMultiline } from '../../src/render/markdown-escape.js';
import { renderJson } from '../../src/render/report-json.js';
import { barChartSvg, escapeXml, radarChartSvg } from '../../src/render/svg-charts.js';
import { HOSTILE, HOSTILE_FRAMEWORK, ROOT, fixture, modelFor } from '../support/fixtures.js';

const tmp = tempDir('dma-escaping-');

/** What no file may hold as itself: C0 controls but tab, line feed and carriage return; DEL; C1; bidi embeddings, overrides and isolates; noncharacters; lone surrogates. */
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const template = (name: string) => readFileSync(fileURLToPath(new URL(`../../templates/${name}`, import.meta.url)), 'utf8');

const { analysis, model } = await modelFor([HOSTILE], { framework: HOSTILE_FRAMEWORK });
const html = renderTemplate(template('report.html.hbs'), 'report.html.hbs', 'html', model);
const md = renderTemplate(template('report.md.hbs'), 'report.md.hbs', 'md', model);
const csv = renderCsvCombined(model);

/** Splits a Markdown table row into cells on pipes that are not backslash-escaped. */
function cells(row: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < row.length; i++) {
    const c = row[i]!;
    if (c === '\\') {
      current += c + (row[i + 1] ?? '');
      i++;
    } else if (c === '|') {
      out.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  out.push(current);
  return out.slice(1, -1); // the leading and trailing pipes
}

/** The Markdown tables: runs of lines that start with "|". */
function tables(text: string): string[][] {
  const found: string[][] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('|')) current.push(line);
    else if (current.length) {
      found.push(current);
      current = [];
    }
  }
  if (current.length) found.push(current);
  return found;
}

/** RFC 4180 parsing, enough to check what Excel will see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

describe('HTML escapes everything from the answers and the framework', () => {
  it('has no script, no injected element or attribute, and no unsafe link', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<i>|<b>/);
    expect(html).not.toMatch(/<!-- comment/);
    expect(html).not.toMatch(/ onload="/);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co | &quot;Council&quot;');
    expect(html).toContain('&quot; onload&#x3D;&quot;x');
  });

  it('keeps its own structure: two charts, each closed once', () => {
    expect(html.match(/<svg/g)).toHaveLength(2);
    expect(html.match(/<\/svg>/g)).toHaveLength(2);
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(html).toContain('&lt;/svg&gt;&lt;/text&gt;&lt;text&gt;injected');
  });

  it('shows text that looks like Handlebars as text: templates never come from the data', () => {
    expect(html).toContain('{{handlebars}}');
    expect(html).toContain('{{#each this}}{{/each}}');
    expect(md).toContain('{{handlebars}}');
  });

  it('keeps line breaks in notes as <br>, with each line escaped', () => {
    // A long unbroken run gets break opportunities (<wbr>), never inside an escape.
    expect(html.replaceAll('<wbr>', '')).toContain('| pipes | in | notes |<br>&lt;script&gt;alert(&#39;notes&#39;)&lt;/script&gt;<br># a heading?');
    expect(html).toContain('&lt;script&gt;aler<wbr>t(&#39;notes&#39;)&lt;/<wbr>script&gt;<br>');
    expect(html).not.toMatch(/&[#a-z0-9]*<wbr>[#a-z0-9]*;/i);
  });
});

describe('Markdown escapes everything and keeps tables intact', () => {
  it('every table row has as many cells as its header', () => {
    const found = tables(md);
    expect(found.length).toBeGreaterThanOrEqual(6);
    for (const table of found) {
      const width = cells(table[0]!).length;
      for (const row of table) expect(cells(row), row).toHaveLength(width);
    }
  });

  it('lets no raw HTML through: every < is escaped, apart from the <br> the report adds in cells', () => {
    const raw = md.replace(/<br>/g, '').match(/(?<!\\)</g);
    expect(raw).toBeNull();
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
  });

  it('cannot start a heading, list or block from inside a note', () => {
    expect(md).toContain('\\# a heading?');
    expect(md).toContain('\\- a list?');
    expect(md).toContain('1\\. a numbered list?');
    expect(md).toContain('\\`code\\` \\*bold\\* \\_under\\_ \\[link\\](javascript:x) \\\\ backslash');
    expect(md).not.toMatch(/^#{1,6} .*a heading\?/m);
  });

  it('escapes the framework too: titles, labels and descriptors', () => {
    expect(md).toContain('### 1. \\<script\\>alert(\'theme\')\\</script\\> \\| First theme');
    expect(md).toContain('1 (\\<b\\>Low\\</b\\> \\| one): \\<i\\>none\\</i\\>');
    expect(md).toContain('Line one\\\n  Line two \\| with a pipe\\\n  \\- not a list');
  });

  it('escapes only what Markdown would read', () => {
    expect(mdInline('version 1.2.0 of snake_case & fish')).toBe('version 1.2.0 of snake_case & fish');
    expect(mdInline('1. first')).toBe('1\\. first');
    expect(mdInline('-1 is a number; - is a bullet')).toBe('-1 is a number; - is a bullet');
    expect(mdInline('- bullet')).toBe('\\- bullet');
    expect(mdInline('---')).toBe('\\---');
    expect(mdInline('Use C# and #1 ## end')).toBe('Use C# and \\#1 \\## end');
    expect(mdInline('&amp; &#60; & ;')).toBe('\\&amp; \\&#60; & ;');
    expect(mdInline('a\nb')).toBe('a b');
    // A blank line is a paragraph break, indented to stay inside a list item; one line break is a hard break.
    expect(mdMultiline('a\r\n\r\n- b')).toBe('a\n\n  \\- b');
    expect(mdMultiline('a\nb \n \n\n c')).toBe('a\\\n  b\n\n  c');
    expect(mdCell('a | b\nc')).toBe('a \\| b<br>c');
    expect(mdCell(null)).toBe('');
  });

  it('converts with pandoc, with no raw HTML in its output', { skip: !hasPandoc() }, () => {
    for (const from of ['gfm', 'markdown']) {
      const result = spawnSync('pandoc', ['-f', from, '-t', 'html'], { input: md, encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).not.toMatch(/<script|<img|<b>Low/);
      expect(result.stdout.match(/<table/g)?.length).toBe(tables(md).length);
    }
  });
});

describe('CSV quotes every text cell and defuses formulas', () => {
  const [questions, actions] = csv.slice(1).split('\r\n\r\n');

  it('starts with a byte order mark and ends rows with CRLF', () => {
    expect(csv.startsWith('\ufeff"Theme",')).toBe(true);
    expect(csv.replace(/"[^"]*"/g, '').includes('\n')).toBe(true);
    expect(csv.replace(/"(?:[^"]|"")*"/g, '').match(/(?<!\r)\n/)).toBeNull();
  });

  it('every row has as many fields as its header, and no cell starts like a formula', () => {
    for (const section of [questions!, actions!]) {
      const rows = parseCsv(section.endsWith('\r\n') ? section : `${section}\r\n`);
      const width = rows[0]!.length;
      for (const row of rows) {
        expect(row).toHaveLength(width);
        for (const cell of row) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
    expect(parseCsv(`${questions}\r\n`)).toHaveLength(1 + 4);
    expect(parseCsv(actions!)).toHaveLength(1 + 2);
  });

  it('prefixes formulas with an apostrophe and keeps the rest of the text', () => {
    expect(csv).toContain('"\'=HYPERLINK(""http://evil.example"",""click"")"');
    expect(csv).toContain('"\'+SUM(A1:A2)"');
    expect(csv).toContain('"\'@cmd | pipe action"');
    expect(csvField('-2+3')).toBe('"\'-2+3"');
    expect(csvField('\tTab')).toBe('"\'\tTab"');
    expect(csvField('plain "quoted"')).toBe('"plain ""quoted"""');
    expect(csvField(-1)).toBe('-1');
    expect(csvField(null)).toBe('');
  });
});

describe('SVG charts escape their text', () => {
  it('has no injected element in either chart', () => {
    for (const svg of [radarChartSvg(model.chart)!, barChartSvg(model.chart)]) {
      expect(svg).not.toMatch(/<script/i);
      expect(svg.match(/<\/svg>/g)).toHaveLength(1);
      expect(svg.match(/<text/g)!.length).toBe(svg.match(/<\/text>/g)!.length);
      expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="dma-\w+-title dma-\w+-desc"/);
    }
    expect(escapeXml('</svg>"\'&')).toBe('&lt;/svg&gt;&quot;&#39;&amp;');
  });
});

describe('JSON keeps the text as data', () => {
  it('round-trips the hostile text exactly', () => {
    const json = JSON.parse(renderJson(analysis.document, model));
    expect(json.organisation).toBe('<script>alert(1)</script> & Co | "Council"');
    expect(json.report.disagreements[0].votes.map((v: { respondent: string }) => v.respondent)).toEqual(['p1', 'p2', 'p3']);
  });
});

function hasPandoc(): boolean {
  return spawnSync('pandoc', ['--version'], { encoding: 'utf8' }).status === 0;
}

// Control characters: NUL, ESC sequences, C1 controls, bidi overrides and isolates, a
// noncharacter and a lone surrogate, in every text of an answers file and a framework. Every
// file dma writes shows each as a visible escape ("\u001b") or, in JSON, escapes it; none keeps
// one as itself, and a Word file stays XML that parses.
describe('Control characters reach no file as themselves', async () => {
  const files = [fixture('report/controls.yaml')];
  const framework = fixture('report/controls-framework.yaml');
  const { analysis: controlled, model: controls } = await modelFor(files, { framework });
  const input = async (name: 'report' | 'committee', format: 'md' | 'html' | null) => ({
    model: controls,
    document: controlled.document,
    committee: () => buildCommitteeView(controls),
    template: format ? await loadTemplate(ROOT, name, format) : undefined,
    layout: name,
  });
  const text = async (format: ReportFormat, name: 'report' | 'committee' = 'report') => {
    const rendered = await FORMATS[format].render(await input(name, templateFormatOf(format)));
    if (rendered.kind === 'text') return rendered.text;
    if (rendered.kind === 'tables') return rendered.combined;
    if (rendered.kind === 'print') return `${rendered.html}\n${pdfFooterTemplate(rendered.footer)}`;
    return [...unzip(rendered.bytes)].filter(([part]) => /\.(xml|rels)$/.test(part)).map(([, data]) => data.toString('utf8')).join('\n');
  };
  const outputs: Record<string, string> = {};
  for (const format of ['md', 'html', 'csv', 'json', 'docx', 'pdf'] as const) outputs[format] = await text(format);
  for (const format of ['md', 'html', 'docx', 'pdf'] as const) outputs[`committee ${format}`] = await text(format, 'committee');

  it('the corpus has them all, as the files give them', () => {
    expect(controls.organisation).toBe('Controls\u001b]52;c;SGVsbG8=\u0007 Council\u202e');
    expect(controls.themes[0]!.questions[0]!.notes).toContain('NUL\u0000, BEL\u0007, DEL\u007f, C1\u0085next line');
    expect(controls.themes[0]!.questions[0]!.notes).toContain('lone\ud800 surrogate');
  });

  it('no report format keeps one as itself, the committee paper and the PDF included', () => {
    for (const [format, out] of Object.entries(outputs)) {
      expect(out.match(RAW_CONTROL)?.map((c) => escapeControls(c)) ?? [], format).toEqual([]);
    }
  });

  it('Markdown, HTML, CSV, Word and the PDF show each as a visible escape', () => {
    expect(outputs.html).toContain('<h1>Controls\\u001b]52;c;SGVsbG8&#x3D;\\u0007 Council\\u202e</h1>');
    expect(outputs.html).toContain('NUL\\u0000, BEL\\u0007, DEL\\u007f, C1<br>next line, override\\u202eesrever, isolate\\u2066x\\u2069, noncharacter\\uffff, lone\\ud800 surrogate');
    expect(outputs.pdf).toContain('Controls\\u001b]52;c;SGVsbG8=\\u0007 Council\\u202e · assessed');
    expect(outputs.md).toContain('Controls\\\\u001b\\]52;c;SGVsbG8=\\\\u0007 Council\\\\u202e');
    expect(outputs.csv).toContain('"Notes with ESC\\u001b]0;title\\u0007, NUL\\u0000');
    expect(outputs.csv).toContain('"\\u001b[1mStarts with ESC"');
    expect(wordText(outputs.docx!)).toContain('Ann\\u001b[2J\\u001b[H');
    expect(wordText(outputs['committee docx']!)).toContain('Controls\\u001b]52;c;SGVsbG8=\\u0007 Council\\u202e');
  });

  it('JSON escapes each, and reads back as the exact text', () => {
    expect(outputs.json).toContain('"organisation": "Controls\\u001b]52;c;SGVsbG8=\\u0007 Council\\u202e"');
    expect(JSON.parse(outputs.json!).organisation).toBe(controls.organisation);
  });

  it('Word stays XML 1.0 that parses', async () => {
    for (const part of [outputs.docx, outputs['committee docx']]) {
      expect(part).not.toMatch(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\ud800-\udbff\udc00-\udfff]/);
    }
    if (!chromium) return console.warn(SKIP_BROWSER);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      for (const layout of ['report', 'committee'] as const) {
        const bytes = ((await FORMATS.docx.render(await input(layout, null))) as { bytes: Uint8Array }).bytes;
        for (const [name, data] of unzip(bytes)) {
          if (!/\.(xml|rels)$/.test(name)) continue;
          const error = await page.evaluate((xml) => new DOMParser().parseFromString(xml, 'application/xml').querySelector('parsererror')?.textContent ?? null, data.toString('utf8'));
          expect(error, `${layout} ${name}`).toBeNull();
        }
      }
    } finally {
      await browser.close();
    }
  });

  it('the share file, the benchmark in every format and dma score --json neither', async () => {
    const dir = tmp();
    const share = join(dir, 'controls-share.json');
    expect((await runInProcess(['share', ...files, '--framework', framework, '--with-notes', '-o', share])).code).toBe(0);
    const written: Record<string, string> = { share: readFileSync(share, 'utf8') };
    for (const format of ['md', 'html', 'json', 'csv']) {
      const out = join(dir, `benchmark.${format}`);
      const r = await runInProcess(['benchmark', share, '-o', out]);
      expect(r.code, r.stderr).toBe(0);
      written[`benchmark ${format}`] = readFileSync(out, 'utf8') + (format === 'csv' ? readFileSync(join(dir, 'benchmark-statistics.csv'), 'utf8') : '');
    }
    written.score = (await runInProcess(['score', ...files, '--framework', framework, '--json'])).stdout;
    for (const [name, out] of Object.entries(written)) expect(out.match(RAW_CONTROL)?.map((c) => escapeControls(c)) ?? [], name).toEqual([]);
    expect(written['benchmark html']).toContain('Controls\\u001b]52;c;SGVsbG8=\\u0007 Council\\u202e');
    expect(JSON.parse(written.share!).organisation.name).toBe(controls.organisation);
    expect(JSON.parse(written.score!).organisation).toBe(controls.organisation);
  });
});
