// Which format a report is written in, and which template file serves it. Pure: options in,
// a decision (or a UsageError) out.
import { UsageError } from '../core/problems.js';

export type ReportFormat = 'md' | 'html' | 'json' | 'csv' | 'docx' | 'pdf';
export type TemplateFormat = 'md' | 'html';
/** The layouts a Word report can have: the bundled templates' names. */
export type DocxLayout = 'report' | 'committee';
export const DOCX_LAYOUTS: readonly DocxLayout[] = ['report', 'committee'];

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
  return format === 'md' ? 'md' : format === 'html' || format === 'pdf' ? 'html' : null;
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

/** True when --template names a file rather than a bundled template. */
export function isTemplatePath(ref: string): boolean {
  return ref.includes('/') || ref.includes('\\') || /\.(hbs|handlebars)$/i.test(ref);
}

/** The files in templates/ to try for a bundled template name, in order. */
export function bundledTemplateCandidates(name: string, format: TemplateFormat): string[] {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) {
    throw new UsageError(`"${name}" is not a bundled template name; give a path to a .hbs file instead`);
  }
  return formatFromTemplateName(name) ? [`${name}.hbs`] : [`${name}.${format}.hbs`, `${name}.hbs`];
}
