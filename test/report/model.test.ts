// The report model: disagreements, roles, comparison, evidence warnings, summary and charts.
import { describe, expect, it } from 'vitest';
import { sourceView } from '../../src/core/report/context.js';
import { EN_GB, buildReportModel, changeBetween, compareAnalyses, formatDelta, safeHref, textBar } from '../../src/core/report/index.js';
import { fixture } from '../support/cli.js';
import { BASELINE, FRAMEWORK, GENERATED, SINGLE, TEAM, TOOL_VERSION, analyseFiles, modelFor } from '../support/fixtures.js';

describe('report model: a team of three', async () => {
  const { model } = await modelFor(TEAM);

  it('lists who took part, with roles', () => {
    expect(model.team.respondents.map((p) => p.display)).toEqual([
      'Sam Jones (Chief Executive)',
      'Ali Khan (Chief Information Officer)',
      'Priya Shah (Leader of the Council)',
    ]);
    expect(model.team.isTeam).toBe(true);
    expect(model.team.note).toBeNull();
  });

  it('finds the disagreements (spread of 2 or more), widest first, with every vote', () => {
    expect(model.team.disagreements.map((d) => [d.question.id, d.spread, d.lowest, d.highest])).toEqual([
      ['leadership.vision', 3, 2, 5],
      ['data.protocol', 2, 1, 3],
    ]);
    const vision = model.team.disagreements[0]!;
    expect(vision.level).toBe(4);
    expect(vision.votes.map((v) => [v.respondent.name, v.level])).toEqual([
      ['Sam Jones', 4],
      ['Ali Khan', 2],
      ['Priya Shah', 5],
    ]);
    expect(model.themes[0]!.questions[0]!.flags.map((f) => f.kind)).toContain('disagreement');
    // A spread of 1 is not a disagreement.
    expect(model.themes[0]!.questions[1]!.disagreement).toBe(false);
  });

  it("shows each role's mean vote per theme, side by side", () => {
    const roles = model.team.roles!;
    expect(roles.roles.map((r) => r.role)).toEqual(['Chief Executive', 'Chief Information Officer', 'Leader of the Council']);
    const leadership = roles.themes[0]!;
    expect(leadership.cells.map((c) => [c.mean, c.votes])).toEqual([
      [3, 3],
      [2.3, 3],
      [4, 3],
    ]);
    expect(leadership.gap).toBe(1.7);
    // data.sharing is not applicable: only data.protocol's votes count.
    expect(roles.themes[1]!.cells.map((c) => c.mean)).toEqual([1, 3, 2]);
    // technology.security is unanswered: only cloud's votes.
    expect(roles.themes[3]!.cells.map((c) => c.votes)).toEqual([1, 1, 1]);
    expect(roles.overall.cells.map((c) => c.meanText)).toEqual(['2.9', '2.9', '3.6']);
    expect(roles.withoutRole).toEqual([]);
  });

  it('warns where a level at or above the target has no evidence', () => {
    expect(model.evidenceWarnings.map((w) => [w.question.id, w.level])).toEqual([['services.online', 4]]);
    const online = model.themes[2]!.questions[0]!;
    expect(online.flags.map((f) => f.kind)).toEqual(['no-evidence']);
    // At the target with evidence: no warning.
    expect(model.themes[0]!.questions[0]!.flags.map((f) => f.kind)).not.toContain('no-evidence');
    // Low confidence is a flag of its own.
    expect(model.themes[1]!.questions[1]!.flags.map((f) => f.kind)).toEqual(['low-confidence', 'disagreement']);
  });

  it('summarises: overall, strongest and weakest, counts, and three actions for three questions', () => {
    expect(model.overall.levelText).toBe('2.8');
    expect(model.overall.label).toBe('Developing');
    expect(model.overall.status).toBe('below');
    expect([model.overall.answered, model.overall.notApplicable, model.overall.unanswered, model.overall.questionCount]).toEqual([7, 1, 1, 9]);
    expect(model.summary.strongest.map((t) => t.id)).toEqual(['services']);
    expect(model.summary.weakest.map((t) => t.id)).toEqual(['data']);
    expect(model.summary.topActions.map((a) => [a.priority, a.question.id])).toEqual([
      [1, 'leadership.skills'],
      [3, 'data.protocol'],
      [4, 'leadership.cabinet'],
    ]);
    expect(model.summary.paragraphs[0]).toBe(
      '7 of the 8 questions that apply have been answered so far, so these results may change. ' +
        'Overall, Testshire County Council is at level 2.8 (Developing) on a scale from 1 (Initial) to 5 (Leading). The target is level 4 (Embedded), 1.2 levels higher.',
    );
    // Counted as the figures count them: 7 of the 8 that apply, not 7 of 9.
    expect(model.summary.paragraphs).toContain('7 of the 8 questions that apply were answered and 1 was not; 1 question was marked not applicable.');
    expect(model.summary.figures.answered.text).toBe('7 of 8');
    expect(model.text.answeredLine).toBe('7 of 8 answered · 1 not applicable · 1 not answered');
  });

  it('groups actions by horizon, in priority order, with "no horizon set" last', () => {
    expect(model.actions.groups.map((g) => [g.key, g.actions.map((a) => a.priority)])).toEqual([
      ['next', [3, 5]],
      ['later', [2, 4, 6, 7]],
      ['none', [1]],
    ]);
    expect(model.actions.byHorizon).toEqual({ now: 0, next: 2, later: 4, none: 1 });
    const first = model.actions.ordered[0]!;
    expect(first).toMatchObject({ fromLevel: 2, fromLabel: 'Developing', toLevel: 3, toLabel: 'Defined', ownerText: 'Director of HR', horizonText: 'No horizon set' });
    expect(first.stepText).toBe('2 (Developing) to 3 (Defined)');
    const withSource = model.actions.ordered.find((a) => a.source !== null)!;
    expect(withSource.source!.title).toBe('The council digital handbook');
  });

  it('gives chart data with text bars and a radar for four themes', () => {
    expect(model.chart.radar).toEqual({ available: true, note: null });
    expect(model.chart.rows.map((r) => r.levelText)).toEqual(['2.8', '2.0', '3.5', '3.0']);
    expect(model.chart.rows[1]!.bar).toBe('█████░░░░░░░░░┃░░░░░');
    expect(model.chart.hasBaseline).toBe(false);
  });

  it('cites the sources, and only web links become links', () => {
    expect(model.method.sources.map((s) => s.citation)).toEqual([
      'LGA, Solace, Local CIO Council, Socitm (2016). Digital innovation and local leadership.',
      'Example Press (2024). The council digital handbook.',
    ]);
    expect(model.method.sources[0]!.href).toBe('https://example.org/joint-paper');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,x')).toBeNull();
    expect(safeHref('mailto:cio@example.gov.uk')).toBe('mailto:cio@example.gov.uk');
  });
});

describe('report model: change since the baseline', async () => {
  const { model } = await modelFor(TEAM, { baseline: BASELINE });
  const c = model.comparison!;

  it('says per theme and overall whether the level went up, down or stayed the same', () => {
    expect(c.themes.map((t) => [t.id, t.fromText, t.toText, t.change, t.deltaText])).toEqual([
      ['leadership', '2.3', '2.8', 'up', '+0.5'],
      ['data', '1.5', '2.0', 'up', '+0.5'],
      ['services', '2.5', '3.5', 'up', '+1.0'],
      ['technology', '3.0', '3.0', 'unchanged', '0.0'],
    ]);
    expect([c.overall.from, c.overall.to, c.overall.change]).toEqual([2.3, 2.8, 'up']);
    expect(c.counts).toEqual({ up: 3, down: 0, unchanged: 1, new: 0, dropped: 0 });
  });

  it('lists the questions that moved, including into not applicable and out of answered', () => {
    expect(c.questionsMoved.map((m) => [m.question.id, m.from.text, m.to.text, m.change, m.changeText])).toEqual([
      ['leadership.vision', '2 (Developing)', '4 (Embedded)', 'up', 'Up'],
      ['data.sharing', '2 (Developing)', 'Not applicable', 'dropped', 'Now not applicable'],
      ['data.protocol', '1 (Initial)', '2 (Developing)', 'up', 'Up'],
      ['services.online', '3 (Defined)', '4 (Embedded)', 'up', 'Up'],
      ['services.design', '2 (Developing)', '3 (Defined)', 'up', 'Up'],
      ['technology.cloud', '4 (Embedded)', '3 (Defined)', 'down', 'Down'],
      ['technology.security', '2 (Developing)', 'Not answered', 'dropped', 'No longer answered'],
    ]);
    expect(c.themes[3]!.questionsMoved.map((m) => m.question.id)).toEqual(['technology.cloud', 'technology.security']);
    expect(model.themes[0]!.questions[1]!.baseline).toMatchObject({ text: '3 (Defined)', moved: false, change: null });
  });

  it('describes the baseline and the change in a sentence', () => {
    expect(c.assessed?.text).toBe('13 May 2025');
    expect(c.respondentsText).toBe('Sam Jones (Chief Executive), Ali Khan (Chief Information Officer)');
    expect(c.summary).toBe(
      'Since the baseline assessment of 13 May 2025, the overall level has gone up from 2.3 to 2.8. 3 themes went up, 0 went down and 1 stayed the same; 7 questions changed.',
    );
    expect(model.chart.hasBaseline).toBe(true);
    expect(model.chart.rows.map((r) => r.baselineLevelText)).toEqual(['2.3', '1.5', '2.5', '3.0']);
  });

  it('counts a fall as down, and compares the levels as the report rounds them', async () => {
    const current = await analyseFiles(BASELINE, FRAMEWORK);
    const earlier = await analyseFiles(TEAM, FRAMEWORK);
    const back = compareAnalyses(current, earlier);
    expect(back.overall.change).toBe('down');
    expect(formatDelta(back.overall.delta)).toBe('−0.5');
    expect(back.questionsMoved.find((m) => m.question.id === 'technology.security')!.kind).toBe('newly-answered');
    expect(back.questionsMoved.find((m) => m.question.id === 'data.sharing')!.kind).toBe('answered-was-not-applicable');
    const words = buildReportModel({ analysis: current, baseline: earlier, toolVersion: TOOL_VERSION, generated: GENERATED }).comparison!;
    expect(words.questionsMoved.find((m) => m.question.id === 'technology.security')!.changeText).toBe('Newly answered');
    expect(words.questionsMoved.find((m) => m.question.id === 'data.sharing')!.changeText).toBe('Answered (was not applicable)');
    expect(changeBetween(2.25, 2.29)).toBe('unchanged');
    expect(changeBetween(2.24, 2.26)).toBe('up');
    expect(changeBetween(null, null)).toBe('unchanged');
    expect(changeBetween(null, 2)).toBe('new');
    expect(changeBetween(2, null)).toBe('dropped');
    expect(formatDelta(-0.3)).toBe('−0.3');
    expect(formatDelta(1, 0)).toBe('+1');
  });
});

describe('report model: edge cases', () => {
  it('one file without votes has no team view, and says why', async () => {
    const { model } = await modelFor([SINGLE]);
    expect(model.team.hasVotes).toBe(false);
    expect(model.team.roles).toBeNull();
    expect(model.team.disagreements).toEqual([]);
    expect(model.team.note).toMatch(/no team view/);
    // Level 5 and level 4 with no evidence; level 3 with evidence is below the target.
    expect(model.evidenceWarnings.map((w) => w.question.id)).toEqual(['leadership.cabinet', 'services.online']);
  });

  it('falls back to the bar chart with fewer than 3 themes, and says so', async () => {
    const { model } = await modelFor([fixture('tiny-answers.yaml')], { framework: fixture('tiny-framework.yaml') });
    expect(model.chart.radar.available).toBe(false);
    expect(model.chart.radar.note).toBe('A radar chart needs at least 3 themes and this framework has 2, so only the bar chart is shown.');
  });

  it('a scale that starts at 0 shows level 0 and its label', async () => {
    const { model } = await modelFor([fixture('tiny-answers.yaml')], { framework: fixture('tiny-framework.yaml') });
    const q = model.themes[1]!.questions[1]!;
    expect(q.status).toBe('unanswered');
    expect(q.levelText).toBe('Not answered');
    const vision = model.themes[0]!.questions[0]!;
    expect(vision.levelText).toBe('1 (Some)');
    expect(vision.descriptor).toBe('Draft');
    const na = model.themes[1]!.questions[0]!;
    expect([na.status, na.reason]).toEqual(['not-applicable', 'District council without social care.']);
  });

  it('a --target override changes the target, the flags and the actions, and says so in the method', async () => {
    const { model } = await modelFor(TEAM, { target: 3 });
    expect(model.scale.targetOverridden).toBe(true);
    expect(model.scale.target).toBe(3);
    expect(model.method.paragraphs).toContain("The target for this report is level 3 (Defined), set in place of the framework's level 4.");
    expect(model.actions.ordered.every((a) => a.toLevel <= 3)).toBe(true);
  });

  it('nothing answered: no overall level, no strongest or weakest theme, no actions', async () => {
    const analysis = await analyseFiles(TEAM, FRAMEWORK);
    const empty = { ...analysis.assessment, answers: new Map() };
    const { analyse } = await import('../../src/core/analysis.js');
    const model = buildReportModel({ analysis: analyse(analysis.framework, empty), toolVersion: TOOL_VERSION, generated: GENERATED });
    expect(model.overall.level).toBeNull();
    expect(model.overall.status).toBe('none');
    expect(model.summary.strongest).toEqual([]);
    expect(model.summary.paragraphs[0]).toMatch(/^No questions have been answered yet/);
    expect(model.actions.count).toBe(0);
    expect(model.summary.actionsIntro).toBe('There are no actions yet: nothing has been answered.');
    expect(model.chart.rows.every((r) => r.bar === '')).toBe(true);
  });

  it('formats dates, lists and bars', () => {
    expect(EN_GB.date('2026-11-21')).toBe('21 November 2026');
    expect(EN_GB.date('2026-01-05')).toBe('5 January 2026');
    expect(EN_GB.date('not a date')).toBe('not a date');
    expect(EN_GB.list(['a'])).toBe('a');
    expect(EN_GB.list(['a', 'b', 'c'])).toBe('a, b and c');
    expect(textBar(3, 1, 5, undefined, 8)).toBe('████░░░░');
    expect(textBar(2, 1, 5, 4, 8)).toBe('██░░░┃░░');
    // The target is marked even where the bar reaches it or goes past it.
    expect(textBar(4, 1, 5, 4, 8)).toBe('█████┃░░');
    expect(textBar(5, 1, 5, 4, 8)).toBe('█████┃██');
    expect(textBar(1, 1, 5, 1, 8)).toBe('┃░░░░░░░');
    expect(textBar(null, 1, 5)).toBe('');
  });

  it('cites a source whose publisher ends in brackets without a second pair beside them', () => {
    const source = { id: 'pf', title: 'The digital imperative', year: 2014 };
    expect(sourceView({ ...source, publisher: 'Public Finance magazine (CIPFA)' }).citation).toBe('Public Finance magazine (CIPFA), 2014. The digital imperative.');
    expect(sourceView({ ...source, publisher: 'Socitm' }).citation).toBe('Socitm (2014). The digital imperative.');
    expect(sourceView(source).citation).toBe('(2014). The digital imperative.');
  });
});
