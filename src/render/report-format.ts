// Which format a report is written in, and which template file serves it. Pure: options in,
// a decision (or a UsageError) out.
import { fileURLToPath } from 'node:url';
import { UsageError } from '../core/problems.js';

export type ReportFormat = 'md' | 'html' | 'json' | 'csv';
export type TemplateFormat = 'md' | 'html';

const NAMES: Record<string, ReportFormat | 'docx' | 'pdf'> = {
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  json: 'json',
  csv: 'csv',
  docx: 'docx',
  pdf: 'pdf',
};

const LATER: Record<'docx' | 'pdf', string> = {
  docx: 'Word (docx) reports are not available yet; use -f html or -f md for now',
  pdf: 'PDF reports are not available yet; use -f html and print it to PDF from a browser (it is laid out for A4)',
};

/** The format a file name's extension names (report.html → html), if any. */
export function formatFromExtension(file: string): ReportFormat | 'docx' | 'pdf' | undefined {
  const ext = /\.([A-Za-z]+)$/.exec(file)?.[1]?.toLowerCase();
  return ext ? NAMES[ext] : undefined;
}

/** The format a template's name carries: "board.html.hbs" or "report.html" → html. */
export function formatFromTemplateName(ref: string): TemplateFormat | undefined {
  const stem = ref.replace(/\\/g, '/').split('/').pop()!.replace(/\.(hbs|handlebars)$/i, '');
  const named = formatFromExtension(stem);
  return named === 'md' || named === 'html' ? named : undefined;
}

function usable(format: ReportFormat | 'docx' | 'pdf'): ReportFormat {
  if (format === 'docx' || format === 'pdf') throw new UsageError(LATER[format]);
  return format;
}

export interface FormatOptions {
  format?: string;
  out?: string;
  template?: string;
}

/**
 * -f when given; else the --out file's extension (.md .markdown .html .htm .json .csv);
 * else, with --template, the format in the template's name (x.html.hbs); else md.
 */
export function chooseFormat(opts: FormatOptions): ReportFormat {
  let format: ReportFormat;
  if (opts.format !== undefined) {
    const named = NAMES[opts.format.trim().toLowerCase()];
    if (!named) throw new UsageError(`unknown format "${opts.format}": use md, html, json or csv`);
    format = usable(named);
  } else {
    const fromOut = opts.out === undefined ? undefined : formatFromExtension(opts.out);
    const fromTemplate = opts.template === undefined ? undefined : formatFromTemplateName(opts.template);
    format = fromOut ? usable(fromOut) : fromTemplate ?? 'md';
  }
  if (opts.template !== undefined) {
    if (format !== 'md' && format !== 'html') {
      throw new UsageError(`--template works with md and html reports; ${format} reports have a fixed layout`);
    }
    const named = formatFromTemplateName(opts.template);
    if (named && named !== format) {
      throw new UsageError(
        `the template "${opts.template}" is for ${named} reports, but this report is ${format}; choose a ${format} template or -f ${named}`,
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

/** The bundled templates: the package's templates/ folder (this file is in dist/render/). */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));
