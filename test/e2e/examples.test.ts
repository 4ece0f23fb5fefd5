// The examples the README uses must keep working exactly as the README shows them.
import { describe, expect, it } from 'vitest';
import { runBin } from '../support/cli.js';

describe('the README examples', () => {
  it('validate', () => {
    const result = runBin(['validate', 'examples/workshop.yaml', 'examples/baseline-2025.yaml', 'examples/team/ceo.yaml', 'examples/team/cio.yaml', 'examples/team/dass.yaml']);
    // Counted as score and report count them: the not-applicable answer is not "answered".
    expect(result.stderr).toContain('ok examples/workshop.yaml: answers for local-digital-leadership: 37 of 38 answered · 1 not applicable · 1 not answered, organisation');
    expect(result.code).toBe(0);
  });

  it('validate, score and report give the same counts of answered questions', () => {
    const line = '37 of 38 answered · 1 not applicable · 1 not answered';
    expect(runBin(['score', 'examples/workshop.yaml']).stdout).toContain(`         ${line}\n`);
    const md = runBin(['report', 'examples/workshop.yaml', '-f', 'md']).stdout;
    expect(md).toContain('| 37 of 38 | 1 | 1 |');
    expect(md).toContain('37 of the 38 questions that apply were answered and 1 was not; 1 question was marked not applicable.');
    expect(md).not.toMatch(/of the 39 questions|38 answered/i);
  });

  it('score a four-person workshop, with its disagreements', () => {
    const result = runBin(['score', 'examples/workshop.yaml']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Example Borough Council');
    expect(result.stdout).toMatch(/Where the team disagreed \(votes 2 or more levels apart\): \d+/);
    expect(result.stdout.replace(/\s+/g, ' ')).toMatch(/The action plan has \d+ actions; the three most important \(one for each question\) are:/);
  });

  // As the README writes it; the pattern reaches dma unexpanded, as from PowerShell or cmd.
  it.each([['examples/team/ceo.yaml', 'examples/team/cio.yaml', 'examples/team/dass.yaml'], ['examples/team/*.yaml']])('score three separate files as one team: %s', (...files) => {
    const result = runBin(['score', '--json', ...files]);
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout) as { respondents: Array<{ id: string }>; questions: Array<{ votes: Record<string, number> }> };
    expect(doc.respondents.map((r) => r.id)).toEqual(['ceo', 'cio', 'dass']);
    expect(Object.keys(doc.questions[0]!.votes)).toEqual(['ceo', 'cio', 'dass']);
  });

  it('report against last year', () => {
    const result = runBin(['report', 'examples/workshop.yaml', '--baseline', 'examples/baseline-2025.yaml', '-f', 'md']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('## Change since the baseline');
    // The baseline was made with version 1.0.0 on purpose: it is still read, with a warning naming both versions.
    expect(result.stderr).toMatch(
      /baseline-2025\.yaml:\d+:\d+: this file was written for local-digital-leadership 1\.0\.0; it is read against local-digital-leadership 2\.1\.0/,
    );
  });
});
