// The one registry of report formats (md, html, json, csv, docx, pdf): how each is chosen, which
// template draws it, and how it is rendered from the report model. Pure: the model in, text or
// bytes out; a PDF comes out as HTML for the printer (src/io/pdf-printer.ts) to print.
// Handlebars and docx load only for the formats that need them.
import type { CommitteeView, ReportModel } from '../core/report/index.js';
import { UsageError } from '../core/problems.js';
import { closest } from '../core/shape.js';
import { withControlsShown } from '../core/visible-controls.js';
import type { ScoreDocument } from '../core/score-document.js';
import type { PdfFooter } from './pdf-page.js';
import type { DocxLayout, ReportFormat, TemplateFormat } from './format-types.js';
import { DOCX_LAYOUTS } from './format-types.js';

export type { DocxLayout, ReportFormat, TemplateFormat } from './format-types.js';

const NAMES: Record<string, ReportFormat> = {
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  json: 'json',
  csv: 'csv',
  docx: 'docx',
  pdf: 'pdf',
};

const BINARY: Record<'docx' | 'pdf', string> = {
  docx: 'a Word (docx) report is a file, not text for the terminal: give --out, for example -o report.docx',
  pdf: 'a PDF report is a file, not text for the terminal: give --out, for example -o report.pdf',
};

/**
 * An --out file named for a spreadsheet (.xlsx, .xls, .ods) would get Markdown that Excel cannot
 * open: refused, pointing at CSV, which every spreadsheet opens.
 */
export function refuseSpreadsheet(out: string | undefined): void {
  const ext = out === undefined ? undefined : /\.(xlsx|xlsm|xls|ods)$/i.exec(out)?.[1];
  if (ext) throw new UsageError(`dma does not write .${ext.toLowerCase()} files; write CSV, which Excel and LibreOffice open: -o ${out!.slice(0, -ext.length)}csv`);
}

/** The format a file name's extension names (report.html → html), if any. */
export function formatFromExtension(file: string): ReportFormat | undefined {
  const ext = /\.([A-Za-z]+)$/.exec(file)?.[1]?.toLowerCase();
  return ext ? NAMES[ext] : undefined;
}

/** The format a template's name carries: "board.html.hbs" or "report.html" → html. */
export function formatFromTemplateName(ref: string): TemplateFormat | undefined {
  const stem = ref.replace(/\\/g, '/').split('/').pop()!.replace(/\.(hbs|handlebars)$/i, '');
  const named = formatFromExtension(stem);
  return named === 'md' || named === 'html' ? named : undefined;
}

/** The template format a report format is drawn with: a PDF is printed from HTML. */
export function templateFormatOf(format: ReportFormat): TemplateFormat | null {
  return FORMATS[format].template;
}

/** The Word layout --template names: none or "report" → report; "committee" → committee. */
export function docxLayout(template: string | undefined): DocxLayout {
  if (template === undefined) return 'report';
  const name = template.trim();
  if ((DOCX_LAYOUTS as readonly string[]).includes(name)) return name as DocxLayout;
  const suggestion = closest(name.toLowerCase(), [...DOCX_LAYOUTS]);
  throw new UsageError(
    `Word (docx) reports are built in, with two layouts: --template report (the default) or --template committee; "${template}" is neither` +
      (suggestion ? `; did you mean "${suggestion}"?` : ''),
    'A template file of your own works with md, html and pdf.',
  );
}

/** How messages name each format. */
const FORMAT_NAMES: Record<ReportFormat, string> = { md: 'Markdown', html: 'HTML', json: 'JSON', csv: 'CSV', docx: 'Word (docx)', pdf: 'PDF' };

/**
 * -f and an --out file named for another format ("-f md -o report.html") would write one format
 * under another's name, which opens wrongly or not at all: refused, naming both. An --out file
 * whose extension names no format (report.txt, report) takes any.
 */
export function refuseMismatch(given: string, format: ReportFormat, out: string | undefined): void {
  const named = out === undefined ? undefined : formatFromExtension(out);
  if (named === undefined || named === format) return;
  throw new UsageError(
    `-f ${given.trim()} writes ${FORMAT_NAMES[format]}, but the --out file ${out} is named for ${FORMAT_NAMES[named]}; ` +
      `name the file for ${FORMAT_NAMES[format]} (for example ${out!.replace(/\.[A-Za-z]+$/, `.${format}`)}) or leave out -f`,
  );
}

export interface FormatOptions {
  format?: string;
  out?: string;
  template?: string;
}

/**
 * -f when given; else the --out file's extension (.md .markdown .html .htm .json .csv .docx
 * .pdf); else, with --template, the format in the template's name (x.html.hbs); else md. -f and
 * an --out extension that names another format are refused. docx and pdf need --out: they are
 * never written to the terminal.
 */
export function chooseFormat(opts: FormatOptions): ReportFormat {
  refuseSpreadsheet(opts.out);
  let format: ReportFormat;
  if (opts.format !== undefined) {
    const named = NAMES[opts.format.trim().toLowerCase()];
    if (!named) throw new UsageError(`unknown format "${opts.format}": use md, html, json, csv, docx or pdf`);
    refuseMismatch(opts.format, named, opts.out);
    format = named;
  } else {
    const fromOut = opts.out === undefined ? undefined : formatFromExtension(opts.out);
    const fromTemplate = opts.template === undefined ? undefined : formatFromTemplateName(opts.template);
    format = fromOut ?? fromTemplate ?? 'md';
  }
  if ((format === 'docx' || format === 'pdf') && (opts.out === undefined || opts.out === '')) throw new UsageError(BINARY[format]);
  if (opts.template !== undefined) {
    if (format === 'docx') {
      docxLayout(opts.template);
      return format;
    }
    const drawn = templateFormatOf(format);
    if (drawn === null) {
      throw new UsageError(
        `--template works with md and html reports (and pdf, printed from HTML; docx takes report or committee); ${format} reports have a fixed layout`,
      );
    }
    const named = formatFromTemplateName(opts.template);
    if (named && named !== drawn) {
      throw new UsageError(
        format === 'pdf'
          ? `the template "${opts.template}" is for ${named} reports, but a PDF is printed from HTML; choose an html template`
          : `the template "${opts.template}" is for ${named} reports, but this report is ${format}; choose a ${format} template or -f ${named}`,
      );
    }
  }
  return format;
}

/** A template to draw a report with: its source, and the build's precompiled copy when there is one. */
export interface TemplateSource {
  /** How errors name it: the path given, or "report.html.hbs (bundled)". */
  name: string;
  source: string;
  /** Handlebars' precompiled spec, made at build time from this very source. */
  precompiled?: unknown;
}

export interface RenderInput {
  model: ReportModel;
  document: ScoreDocument;
  /** The committee paper's view of the model, built the first time something asks for it. */
  committee: () => CommitteeView;
  /** md, html and pdf: the template. */
  template?: TemplateSource;
  /** docx: the layout. */
  layout: DocxLayout;
}

export type Rendered =
  /** md, html, json: text for a file or the terminal. */
  | { kind: 'text'; text: string }
  /** csv: the questions and the action plan, two files with --out, one stream without. */
  | { kind: 'tables'; questions: string; actions: string; combined: string }
  /** docx: the file's bytes. */
  | { kind: 'bytes'; bytes: Uint8Array }
  /** pdf: the HTML to print and the footer for each page. */
  | { kind: 'print'; html: string; footer: PdfFooter };

export interface FormatSpec {
  /** The template format it is drawn with, or null for a fixed layout. */
  template: TemplateFormat | null;
  render(input: RenderInput): Promise<Rendered>;
}

/**
 * The input with the control characters of its text shown as visible escapes
 * (core/visible-controls.ts): what every format but JSON lays out. The committee view is copied
 * with the model, so what they share stays shared.
 */
function shown(input: RenderInput): RenderInput {
  const copies = new Map<object, unknown>();
  let view: CommitteeView | undefined;
  return { ...input, model: withControlsShown(input.model, copies), committee: () => (view ??= withControlsShown(input.committee(), copies)) };
}

async function drawn(input: RenderInput, format: TemplateFormat): Promise<string> {
  const { renderTemplate } = await import('./handlebars-render.js');
  const t = input.template;
  if (!t) throw new Error(`a ${format} report needs a template`);
  return renderTemplate(t.source, t.name, format, input.model, t.precompiled as Parameters<typeof renderTemplate>[4], input.committee);
}

export const FORMATS: Record<ReportFormat, FormatSpec> = {
  md: { template: 'md', render: async (input) => ({ kind: 'text', text: await drawn(shown(input), 'md') }) },
  html: { template: 'html', render: async (input) => ({ kind: 'text', text: await drawn(shown(input), 'html') }) },
  json: {
    template: null,
    // The text exactly as it is, escaped as JSON (report-json.ts).
    render: async ({ document, model }) => ({ kind: 'text', text: (await import('./report-json.js')).renderJson(document, model) }),
  },
  csv: {
    template: null,
    render: async (input) => {
      const { renderCsv } = await import('./csv-report.js');
      return { kind: 'tables', ...renderCsv(shown(input).model) };
    },
  },
  docx: {
    template: null,
    render: async (input) => {
      const { model, layout, committee } = shown(input);
      return { kind: 'bytes', bytes: await (await import('./docx-report.js')).renderDocx(model, layout, committee) };
    },
  },
  pdf: {
    template: 'html',
    render: async (input) => {
      const safe = shown(input);
      const { model } = safe;
      const footer = { organisation: model.organisation, date: model.text.footerDate, page: model.labels.page, pageOf: model.labels.pageOf };
      return { kind: 'print', html: await drawn(safe, 'html'), footer };
    },
  },
};
