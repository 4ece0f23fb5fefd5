// The JSON Schemas shipped for editors: generated from the zod schemas, committed up to date,
// and in agreement with dma itself on the bundled frameworks, the examples and the fixtures.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { answersJsonSchema, frameworkJsonSchema } from '../../src/build/json-schema.js';
import { checkAnswersShape, checkFrameworkSource, detectKind } from '../../src/io/load.js';
import { parseYamlText } from '../../src/io/yaml-source.js';
import { ROOT } from '../support/cli.js';

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
