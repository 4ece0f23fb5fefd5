// What the validation tests share: the problems of a framework written inline, the DataError a
// call throws, and a small valid framework whose lines the tests swap.
import { expect } from 'vitest';
import { DataError } from '../../src/core/problems.js';
import type { LocatedProblem } from '../../src/core/problems.js';
import { checkFrameworkSource } from '../../src/io/load.js';
import { parseYamlText } from '../../src/io/yaml-source.js';
export const at = (p: LocatedProblem) => `${p.line}:${p.column}: ${p.message}`;

/** The problems of a framework file, as `line:column: message`. */
export function frameworkProblems(text: string): string[] {
  return checkFrameworkSource(parseYamlText('fw.yaml', text)).problems.map(at);
}

/** The DataError a call throws (fails the test when it throws nothing or something else). */
export function dataErrorOf(fn: () => unknown): DataError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error('expected a DataError, but nothing was thrown');
}

export async function asyncDataErrorOf(fn: () => Promise<unknown>): Promise<DataError> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error('expected a DataError, but nothing was thrown');
}

// A valid framework. Line numbers matter: tests swap single lines and expect problems there.
//  1 schema            8-10 scale levels 1..3     16 question "vision"
//  2 id                11 target                  17 text
//  3 title             12 themes:                 18 levels
//  4 version           13 theme "lead"            19 actions:
//  5 sources:          14 title                   20 the one action
//  6 source "paper"    15 questions:
//  7 scale:
export const BASE = `schema: 1
id: mini
title: Mini framework
version: 1.0.0
sources:
  - { id: paper, title: A paper }
scale:
  - { level: 1, label: Low }
  - { level: 2, label: Mid }
  - { level: 3, label: High }
target: 2
themes:
  - id: lead
    title: Leadership
    questions:
      - id: vision
        text: Is there a vision?
        levels: { 1: No, 2: Draft, 3: Published }
        actions:
          - { toLevel: 2, text: Draft one }
`;

/** BASE with one exact line replaced (fails loudly when the line is not there). */
export function edit(from: string, to: string, base = BASE): string {
  expect(base, `BASE should contain ${JSON.stringify(from)}`).toContain(from);
  return base.replace(from, to);
}
