// The JSON Schemas shipped for editors: generated from the zod schemas, committed up to date,
// and in agreement with dma itself on the bundled frameworks, the examples and the fixtures.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { answersJsonSchema, frameworkJsonSchema, reportJsonSchema, scoreJsonSchema } from '../../src/build/json-schema.js';
import { analyse } from '../../src/core/analysis.js';
import { buildReportModel } from '../../src/core/report/index.js';
import { FrameworkResolver, checkAnswersShape, checkFrameworkSource, detectKind, loadTeam } from '../../src/io/load.js';
import { parseYamlText } from '../../src/io/yaml-source.js';
import { buildJsonReport } from '../../src/render/report-json.js';
import { ROOT } from '../support/cli.js';
import { BASELINE, GENERATED, TEAM, TOOL_VERSION } from '../support/fixtures.js';

const committed = (name: string) => JSON.parse(readFileSync(join(ROOT, 'schema', name), 'utf8')) as Record<string, unknown>;

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

const ajv = new Ajv({ allErrors: true, strict: false });
const validateFramework = ajv.compile(frameworkJsonSchema());
const validateAnswers = ajv.compile(answersJsonSchema());

describe('JSON Schemas for editors', () => {
  it('schema/ holds exactly what the zod schemas generate (run npm run build after changing them)', () => {
    expect(committed('framework.schema.json')).toEqual(frameworkJsonSchema());
    expect(committed('answers.schema.json')).toEqual(answersJsonSchema());
    expect(committed('score.schema.json')).toEqual(scoreJsonSchema());
    expect(committed('report.schema.json')).toEqual(reportJsonSchema());
  });

  it('accept the bundled frameworks and the examples', () => {
    for (const file of yamlFiles(join(ROOT, 'frameworks'))) {
      const data = parseYamlText(file, readFileSync(file, 'utf8')).data;
      expect(validateFramework(data), `${relative(ROOT, file)}: ${ajv.errorsText(validateFramework.errors)}`).toBe(true);
    }
    for (const file of yamlFiles(join(ROOT, 'examples'))) {
      const data = parseYamlText(file, readFileSync(file, 'utf8')).data;
      expect(validateAnswers(data), `${relative(ROOT, file)}: ${ajv.errorsText(validateAnswers.errors)}`).toBe(true);
    }
  });

  it('agree with dma on the shape of every fixture: both accept it or both reject it', () => {
    let checked = 0;
    for (const file of yamlFiles(join(ROOT, 'test', 'fixtures'))) {
      let source;
      try {
        source = parseYamlText(file, readFileSync(file, 'utf8'));
      } catch {
        continue; // not YAML at all: nothing for a schema to say
      }
      const kind = detectKind(source.data);
      if (kind === undefined) continue;
      const validate = kind === 'framework' ? validateFramework : validateAnswers;
      const schemaSays = validate(source.data);
      // The JSON Schema can check shapes only; dma's rules (unique ids, references) go further.
      const dmaShapeSays =
        kind === 'framework'
          ? !checkFrameworkSource(source).problems.some((p) => !/used twice|not listed|not a level|needs a descriptor|consecutive|target/.test(p.message))
          : checkAnswersShape(source).problems.length === 0;
      expect(schemaSays, `${relative(ROOT, file)}: ${ajv.errorsText(validate.errors)}`).toBe(dmaShapeSays);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('catch a misspelt key and a missing descriptor text as an editor would show them', () => {
    const framework = parseYamlText('f.yaml', readFileSync(join(ROOT, 'test/fixtures/tiny-framework.yaml'), 'utf8')).data as {
      themes: Array<Record<string, unknown>>;
    };
    framework.themes[0]!.weigth = 2;
    expect(validateFramework(framework)).toBe(false);
    expect(ajv.errorsText(validateFramework.errors)).toContain('must NOT have additional properties');
  });
});

/** Every answers file among the fixtures and examples that dma reads, with the framework it names. */
async function readableAnswers(): Promise<Array<{ files: string[]; framework: string | undefined; baseline?: string[] }>> {
  const frameworks = new Map<string, string>();
  const answers: string[] = [];
  for (const file of [...yamlFiles(join(ROOT, 'test', 'fixtures')), ...yamlFiles(join(ROOT, 'examples'))]) {
    let data: unknown;
    try {
      data = parseYamlText(file, readFileSync(file, 'utf8')).data;
    } catch {
      continue;
    }
    const kind = detectKind(data);
    if (kind === 'framework') frameworks.set((data as { id: string }).id, file);
    if (kind === 'answers') answers.push(file);
  }
  const resolver = new FrameworkResolver(ROOT);
  const out: Array<{ files: string[]; framework: string | undefined; baseline?: string[] }> = [];
  for (const file of answers) {
    const named = (parseYamlText(file, readFileSync(file, 'utf8')).data as { framework?: { id?: string } }).framework?.id;
    const framework = named === undefined ? undefined : frameworks.get(named);
    const loaded = await loadTeam([file], framework, resolver).then(() => true, () => false);
    if (loaded) out.push({ files: [file], framework });
  }
  const reportFramework = frameworks.get('report-test');
  return [...out, { files: TEAM, framework: reportFramework }, { files: TEAM, framework: reportFramework, baseline: BASELINE }];
}

describe('JSON Schemas of what dma writes', async () => {
  const open = { score: ajv.compile(scoreJsonSchema()), report: ajv.compile(reportJsonSchema()) };
  // The strict copies allow no field the schemas do not name: every field written is documented.
  const strict = { score: ajv.compile(scoreJsonSchema(true)), report: ajv.compile(reportJsonSchema(true)) };
  const inputs = await readableAnswers();

  it('the score document and the JSON report of every fixture and example validate against them', async () => {
    const resolver = new FrameworkResolver(ROOT);
    let checked = 0;
    for (const input of inputs) {
      const team = await loadTeam(input.files, input.framework, resolver);
      const analysis = analyse(team.framework, team.assessment);
      const before = input.baseline ? await loadTeam(input.baseline, input.framework, resolver) : undefined;
      const baseline = before ? analyse(team.framework, before.assessment) : null;
      const report = buildJsonReport(analysis.document, buildReportModel({ analysis, baseline, toolVersion: TOOL_VERSION, generated: GENERATED }));
      const name = input.files.map((f) => relative(ROOT, f)).join(' + ') + (input.baseline ? ' (with a baseline)' : '');
      for (const [kind, document] of [['score', analysis.document], ['report', report]] as const) {
        const data = JSON.parse(JSON.stringify(document)) as unknown;
        expect(open[kind](data), `${name} ${kind}: ${ajv.errorsText(open[kind].errors)}`).toBe(true);
        expect(strict[kind](data), `${name} ${kind}: ${ajv.errorsText(strict[kind].errors)}`).toBe(true);
      }
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(15);
  });

  it('type the enums: confidence, horizon, rating and change', () => {
    const score = scoreJsonSchema() as { properties: Record<string, { items: { properties: Record<string, { enum?: unknown[]; anyOf?: Array<{ enum?: unknown[] }> }> } }> };
    expect(score.properties.questions!.items.properties.confidence!.enum).toEqual(['low', 'medium', 'high']);
    expect(JSON.stringify(score.properties.actions!.items.properties.horizon)).toContain('"enum":["now","next","later"]');
    const report = JSON.stringify(reportJsonSchema());
    expect(report).toContain('"enum":["green","amber-near","amber","red","none"]');
    expect(report).toContain('"enum":["up","down","unchanged","new","dropped"]');
  });

  it('reject a document that breaks them, and allow a field a later version adds', () => {
    const team = inputs.at(-1)!;
    expect(team.baseline).toBeDefined();
    const broken = { organisation: 'x' };
    expect(open.score(broken)).toBe(false);
    const doc = JSON.parse(readFileSync(join(ROOT, 'test/report/__snapshots__/team.json'), 'utf8')) as Record<string, unknown> & { report: Record<string, unknown> };
    expect(open.report(doc), ajv.errorsText(open.report.errors)).toBe(true);
    expect(open.report({ ...doc, later: 1 })).toBe(true);
    expect(strict.report({ ...doc, later: 1 })).toBe(false);
    expect(open.report({ ...doc, report: { ...doc.report, ratings: { themes: [], overall: { level: 1, gap: 0, rating: 'purple', ratingText: 'x' } } } })).toBe(false);
  });
});
