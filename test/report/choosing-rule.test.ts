// A framework may state its own rule for choosing a level (`choosingRule`); the introduction
// screen and the report's method then give that rule, not dma's.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analysis.js';
import { CHOOSING_RULE } from '../../src/core/choosing-rule.js';
import { buildReportModel } from '../../src/core/report/index.js';
import { introductionText } from '../../src/workshop/steps/introduction.js';
import { buildAssessment, buildFramework } from '../core/build.js';
import { GENERATED, TOOL_VERSION } from '../support/fixtures.js';

const OWN = 'Choose the level that best fits the council as a whole; where two fit, the room agrees which.';
const plain = new Chalk({ level: 0 });
const framework = (choosingRule?: string) =>
  buildFramework({ min: 0, max: 3, ...(choosingRule ? { choosingRule } : {}), themes: [{ id: 't', questions: [{ id: 'a' }] }] });

function shown(choosingRule?: string) {
  const fw = framework(choosingRule);
  const assessment = buildAssessment(fw, { 't.a': { level: 2 } });
  const method = buildReportModel({ analysis: analyse(fw, assessment), toolVersion: TOOL_VERSION, generated: GENERATED }).method.paragraphs.join(' ');
  const doc = { schema: 1 as const, framework: { id: fw.id, version: fw.version }, organisation: 'Glen Ardoch Council', answers: {} };
  return { intro: introductionText(fw, doc, [], plain), method };
}

describe("a framework's own rule for choosing a level", () => {
  it('is what the introduction and the report say, and dma\'s rule is not', () => {
    const { intro, method } = shown(OWN);
    expect(intro).toContain(`How to choose: ${OWN}`);
    expect(method).toContain(`Each level is chosen by one rule: “${OWN}”`);
    expect(`${intro} ${method}`).not.toContain(CHOOSING_RULE);
  });

  it("is dma's rule when the framework states none", () => {
    const { intro, method } = shown();
    expect(intro).toContain(`How to choose: ${CHOOSING_RULE}`);
    expect(method).toContain(`Each level is chosen by one rule: “${CHOOSING_RULE}”`);
  });
});
