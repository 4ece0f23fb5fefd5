// The one registry of report formats (md, html, json, csv, docx, pdf): how each is chosen, which
// template draws it, and how it is rendered from the report model. Pure: the model in, text or
// bytes out; a PDF comes out as HTML for the printer (src/io/pdf-printer.ts) to print.
// Handlebars and docx load only for the formats that need them.
import type { CommitteeView, ReportModel } from '../core/report/index.js';
import { UsageError } from '../core/problems.js';
import type { ScoreDocument } from '../core/score-document.js';
import type { PdfFooter } from './pdf-page.js';
import type { DocxLayout, ReportFormat, TemplateFormat } from './format-types.js';
import { DOCX_LAYOUTS } from './format-types.js';

export type { DocxLayout, ReportFormat, TemplateFormat } from './format-types.js';
export { DOCX_LAYOUTS } from './format-types.js';

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
  throw new UsageError(
    `Word (docx) reports are built in, with two layouts: --template report (the default) or --template committee; ` +
      `"${template}" is neither. A template file of your own works with md, html and pdf`,
  );
}

export interface FormatOptions {
  format?: string;
  out?: string;
  template?: string;
}

/**
 * -f when given; else the --out file's extension (.md .markdown .html .htm .json .csv .docx
 * .pdf); else, with --template, the format in the template's name (x.html.hbs); else md.
 * docx and pdf need --out: they are never written to the terminal.
 */
export function chooseFormat(opts: FormatOptions): ReportFormat {
  let format: ReportFormat;
  if (opts.format !== undefined) {
    const named = NAMES[opts.format.trim().toLowerCase()];
    if (!named) throw new UsageError(`unknown format "${opts.format}": use md, html, json, csv, docx or pdf`);
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

async function drawn(input: RenderInput, format: TemplateFormat): Promise<string> {
  const { renderTemplate } = await import('./handlebars-render.js');
  const t = input.template;
  if (!t) throw new Error(`a ${format} report needs a template`);
  return renderTemplate(t.source, t.name, format, input.model, t.precompiled as Parameters<typeof renderTemplate>[4], input.committee);
}

export const FORMATS: Record<ReportFormat, FormatSpec> = {
  md: { template: 'md', render: async (input) => ({ kind: 'text', text: await drawn(input, 'md') }) },
  html: { template: 'html', render: async (input) => ({ kind: 'text', text: await drawn(input, 'html') }) },
  json: {
    template: null,
    render: async ({ document, model }) => ({ kind: 'text', text: (await import('./report-json.js')).renderJson(document, model) }),
  },
  csv: {
    template: null,
    render: async ({ model }) => {
      const { renderCsv } = await import('./csv-report.js');
      return { kind: 'tables', ...renderCsv(model) };
    },
  },
  docx: {
    template: null,
    render: async ({ model, layout, committee }) => ({ kind: 'bytes', bytes: await (await import('./docx-report.js')).renderDocx(model, layout, committee) }),
  },
  pdf: {
    template: 'html',
    render: async (input) => {
      const { model } = input;
      const footer = { organisation: model.organisation, date: model.text.footerDate, page: model.labels.page, pageOf: model.labels.pageOf };
      return { kind: 'print', html: await drawn(input, 'html'), footer };
    },
  },
};
