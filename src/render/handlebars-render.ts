// Rendering the Markdown and HTML reports with Handlebars: a private instance, strict
// templates, HTML escaped by default, Markdown through escaping helpers. Only the report
// command loads this module (Handlebars is not needed for anything else).
// Templates come only from template files, never from the data: text in an answers file or a
// framework is data, however much it looks like {{handlebars}}.
import { createRequire } from 'node:module';
import * as handlebarsRuntimeModule from 'handlebars/runtime.js';
import { DataError } from '../core/problems.js';
import { buildCommitteeView } from '../core/report/index.js';
import type { CommitteeView, ReportModel } from '../core/report/index.js';
import { escapeXml, barChartSvg, radarChartSvg } from './svg-charts.js';
import type { TemplateFormat } from './format-types.js';
import { escapeWithBreaks } from './html-breaks.js';
import { mdCell, mdInline, mdMultiline } from './markdown-escape.js';

// Handlebars is CommonJS with `export =` types. Bundled templates are precompiled at build
// time and need only the small runtime, which is bundled with this module (one file to load,
// not a dozen); the full library, with its compiler, is required only for a template of the
// user's own.
type HandlebarsModule = typeof import('handlebars');
const requireHere = createRequire(import.meta.url);
const loadHandlebars = (withCompiler: boolean) =>
  withCompiler ? (requireHere('handlebars') as HandlebarsModule) : (handlebarsRuntimeModule as unknown as { default: HandlebarsModule }).default;

type HandlebarsEnv = ReturnType<HandlebarsModule['create']>;
type SafeString = InstanceType<HandlebarsEnv['SafeString']>;

/** What a template receives: the report model, the format, the charts as SVG, and the committee paper's view. */
export interface TemplateData extends ReportModel {
  format: TemplateFormat;
  /** Built the first time a template reads it: a report that does not use it does none of the work. */
  readonly committee: CommitteeView;
  svg: {
    /** Null when the framework has fewer than 3 themes (see chart.radar.note). */
    radar: SafeString | null;
    bars: SafeString;
  };
}

/** The helpers every report template can use; docs/templates.md describes each. */
export const HELPER_NAMES = ['inline', 'multiline', 'cell', 'plural', 'join', 'eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'and', 'or', 'not'] as const;

function escapeHtml(value: unknown): string {
  return escapeXml(value);
}

/**
 * The text of a line-broken value, HTML-escaped, with <br> at each line break and a break
 * opportunity inside each long unbroken run (so a URL in a table cell wraps; words stay whole).
 */
function htmlLines(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .trim()
    .split('\n')
    .map(escapeWithBreaks)
    .join('<br>');
}

interface HelperOptions {
  name: string;
  loc?: { start: { line: number; column: number } };
}

/** A helper given a field the data does not have: strict mode does not check helper arguments. */
class MissingArgumentError extends Error {}

/**
 * Wraps a helper so that an argument that is undefined (a misspelt field: the report data
 * uses null, never undefined) is an error with its position, not an empty output.
 */
function checked<T>(fn: (...values: unknown[]) => T): (...values: unknown[]) => T {
  return (...values: unknown[]) => {
    const options = values.at(-1) as HelperOptions;
    const params = values.slice(0, -1);
    if (params.some((v) => v === undefined)) {
      const at = options.loc ? `line ${options.loc.start.line}, column ${options.loc.start.column + 1}: ` : '';
      throw new MissingArgumentError(
        `${at}the ${options.name} helper was given a field the report data does not have; check its spelling (see docs/templates.md)`,
      );
    }
    return fn(...params);
  };
}

export function createReportHandlebars(format: TemplateFormat, withCompiler = true): HandlebarsEnv {
  const hb = loadHandlebars(withCompiler).create();
  const safe = (s: string) => new hb.SafeString(s);
  const inline = (value: unknown) => (format === 'html' ? safe(escapeHtml(value ?? '')) : mdInline(value));

  // Helper names must not be field names of the report data: a helper wins over a field of
  // the same name in {{name}} (the data has fields called text, lines and so on).
  hb.registerHelper('inline', checked((value) => inline(value)));
  hb.registerHelper('multiline', checked((value) => (format === 'html' ? safe(htmlLines(value)) : mdMultiline(value))));
  hb.registerHelper('cell', checked((value) => (format === 'html' ? safe(htmlLines(value)) : mdCell(value))));
  hb.registerHelper(
    'plural',
    checked((count, one, many) => {
      const n = Number(count);
      return inline(`${n} ${n === 1 ? String(one) : String(many)}`);
    }),
  );
  hb.registerHelper(
    'join',
    checked((list, separator) => {
      const items = Array.isArray(list) ? list.map((item) => String(item ?? '')) : [];
      const sep = typeof separator === 'string' ? separator : ', ';
      return format === 'html' ? safe(items.map(escapeHtml).join(escapeHtml(sep))) : items.map(mdInline).join(sep);
    }),
  );
  hb.registerHelper('eq', checked((a, b) => a === b));
  hb.registerHelper('ne', checked((a, b) => a !== b));
  hb.registerHelper('lt', checked((a, b) => Number(a) < Number(b)));
  hb.registerHelper('lte', checked((a, b) => Number(a) <= Number(b)));
  hb.registerHelper('gt', checked((a, b) => Number(a) > Number(b)));
  hb.registerHelper('gte', checked((a, b) => Number(a) >= Number(b)));
  hb.registerHelper('and', checked((...values) => values.every(Boolean)));
  hb.registerHelper('or', checked((...values) => values.some(Boolean)));
  hb.registerHelper('not', checked((value) => !value));
  return hb;
}

export function templateData(model: ReportModel, format: TemplateFormat, hb: HandlebarsEnv, committee = () => buildCommitteeView(model)): TemplateData {
  const radar = radarChartSvg(model.chart);
  const data = {
    ...model,
    format,
    svg: {
      radar: radar === null ? null : new hb.SafeString(radar),
      bars: new hb.SafeString(barChartSvg(model.chart)),
    },
  };
  let view: CommitteeView | undefined;
  // An own, enumerable getter: Handlebars reads it like any field (and strict mode finds it).
  Object.defineProperty(data, 'committee', { enumerable: true, get: () => (view ??= committee()) });
  return data as TemplateData;
}

/** Handlebars' messages, in plainer words and with the position spelt out. */
function templateMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const strict = /^"([^"]+)" not defined in .*? - (\d+):(\d+)$/s.exec(raw);
  if (strict) {
    return `line ${strict[2]}, column ${Number(strict[3]) + 1}: "${strict[1]}" is neither a field of the report data nor a helper (see docs/templates.md)`;
  }
  const parse = /^Parse error on line (\d+):\n([\s\S]*)$/.exec(raw);
  if (parse) return `line ${parse[1]}: the template is not valid Handlebars\n${parse[2]}`;
  const helper = /^Missing helper: "([^"]+)"/.exec(raw);
  if (helper) return `there is no helper called "${helper[1]}" (see docs/templates.md for the helpers)`;
  return raw;
}

/** How bundled templates are compiled, at build time and at run time alike. */
export function compileOptions(format: TemplateFormat): { strict: true; noEscape: boolean } {
  return { strict: true, noEscape: format === 'md' };
}

/** A bundled template compiled at build time, with the hash of the source it was made from. */
export interface PrecompiledTemplate {
  sha256: string;
  spec: TemplateSpecification;
}

type TemplateSpecification = Parameters<HandlebarsEnv['template']>[0];

/**
 * Renders a report template. `name` is how the template is named in error messages.
 * Markdown is compiled with noEscape: the template must pass text through {{inline}},
 * {{multiline}} or {{cell}}, as the bundled one does. A precompiled spec is used instead of
 * compiling `source` when one is given (it must have been made from the same source).
 */
export function renderTemplate(
  source: string,
  name: string,
  format: TemplateFormat,
  model: ReportModel,
  precompiled?: TemplateSpecification,
  committee?: () => CommitteeView,
): string {
  const hb = createReportHandlebars(format, precompiled === undefined);
  const templateError = (error: unknown) =>
    new DataError({ code: 'template', file: name, reason: templateMessage(error), message: `template ${name}: ${templateMessage(error)}` });
  let template: HandlebarsTemplateDelegate;
  try {
    // The parser throws only for syntax; parsing first keeps a bug elsewhere from passing for one.
    if (precompiled === undefined) hb.parse(source);
    template = precompiled === undefined ? hb.compile(source, compileOptions(format)) : hb.template(precompiled);
  } catch (error) {
    throw templateError(error);
  }
  try {
    return template(templateData(model, format, hb, committee));
  } catch (error) {
    // A misspelt field or a helper misused is the template's fault; anything else is dma's.
    if (error instanceof hb.Exception || error instanceof MissingArgumentError) throw templateError(error);
    throw error;
  }
}
