// The bundled frameworks are the product as much as the code: these tests hold them to the
// project's rules for writing frameworks (docs/writing-frameworks.md), to issue #2, and to the
// discipline of issue #10 (levels a leadership team can agree in two minutes).
import { describe, expect, it } from 'vitest';
import { CHOOSING_RULE, workshopDuration } from '../../src/core/choosing-rule.js';
import type { Framework, Question } from '../../src/core/framework.js';
import { frameworkLintProblems } from '../../src/core/framework-lint.js';
import { describePath } from '../../src/core/problems.js';
import { WINDOW, agreedLevel, byId, frameworks, main } from './bundled-frameworks.js';


/** Short enough to read aloud to the room: about fifteen words. */
const MAX_DESCRIPTOR_CHARS = 90;
/**
 * One condition: one subject, one verb, one object. A second "and" or "with", a clause after a
 * semicolon or "but", or a comma-joined list ("priorities, owners and measures") is a qualifier the
 * room must check separately; it belongs in the help's "Counts:".
 */
const JOINS = /\b(?:and|with)\b/gi;
const CLAUSE = /;|\bbut\b/i;
const COMMA_LIST = /[\w')]+, [\w' -]+,? (?:and|or)\b/i;
/** Words from issue #10 that nobody can observe, and their kin. */
const UNOBSERVABLE = /\b(on their own initiative|rarely|mainly|usually|often|sometimes|occasionally|generally|fully specified|committed|confident|as a risk|where appropriate|as needed)\b/i;
/** Words of a one-off or a part of the council: at most the level below the agreed, council-wide one. */
const PARTIAL = /\b(at least one|some|selected|a few|once(?! a year)|case by case)\b/i;
/** A look back over a period ("in the last year", "over the past 18 months"): only one is allowed, the last two years. */
const LOOK_BACK = /\b(?:in|over|during|within) the (?:last|past)(?: [\w-]+)? (?:years?|months?|weeks?)\b|\bthis year\b|\brecent(?:ly)?\b/gi;
/** What the help says of a one-off older than the window, in the words of the calendar-year rule. */
const OLDER = /before the last two years/;
/** Words that make a level cover every case, so that one exception matters ("each year" is a routine, not a count). */
const EVERY = /\b(?:every|all|any|each)\b(?! (?:year|quarter|month|week)\b)/i;
/** Words a council's own threshold may define ("major", "large"); the help must say so. */
const SIZED = /\b(?:major|large)\b/i;
/** Level 1 is "not even level 2": written as an absence. */
const ABSENCE = /\b(?:no|not|none|never|nothing|only)\b/i;
/**
 * A help the chair can read out to settle an argument within the two minutes (issue #10's
 * eleventh pass: helps had grown to 600 words), and an opening paragraph a committee reader can
 * take on its own: the report shows it and folds the rest under "How to choose a level".
 */
const MAX_HELP_WORDS = 400;
const MAX_OPENING_WORDS = 90;
const HELP_SECTIONS = ['Counts:', 'Does not count:', 'Choosing:'] as const;
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

const descriptors = (framework: Framework) =>
  [...framework.questions.values()].flatMap((q) => [...q.levels].map(([level, text]) => ({ id: `${q.id} level ${level}`, level, text })));

const levelsNamedInHelp = (question: Question) => [...(question.help ?? '').matchAll(/\bchoose (\d+)\b/g)].map((m) => Number(m[1]));

describe.each(frameworks.map((f) => [f.id, f] as const))('%s', (_id, framework: Framework) => {
  it('has an action with an owner role and a horizon for every step up to the target, on every question', () => {
    for (const question of framework.questions.values()) {
      for (let level = framework.scale.min + 1; level <= framework.target; level++) {
        const steps = question.actions.filter((a) => a.toLevel === level);
        expect(steps.length, `${question.id} has no action to reach level ${level}`).toBeGreaterThan(0);
        for (const action of steps) {
          expect(action.owner, `${question.id}: an action to level ${level} has no owner`).toBeTruthy();
          expect(action.horizon, `${question.id}: an action to level ${level} has no horizon`).toBeTruthy();
        }
      }
    }
  });

  it('cites a source for every theme, and gives every question help', () => {
    for (const theme of framework.themes) expect(theme.source, theme.id).toBeTruthy();
    for (const question of framework.questions.values()) expect(question.help?.trim(), question.id).toBeTruthy();
  });

  it('raises no writing warnings from dma validate (long descriptors, and/or joins, repeated levels)', () => {
    expect(frameworkLintProblems(framework).map((p) => `${describePath(p.path)}: ${p.message}`)).toEqual([]);
  });

  it('keeps every descriptor short enough to read aloud', () => {
    const long = descriptors(framework).filter((d) => d.text.length > MAX_DESCRIPTOR_CHARS).map((d) => `${d.id}: ${d.text.length}`);
    expect(long).toEqual([]);
  });

  it('keeps every descriptor to one condition, with no qualifiers joined on', () => {
    const joined = descriptors(framework)
      .filter((d) => (d.text.match(JOINS)?.length ?? 0) > 1 || CLAUSE.test(d.text) || COMMA_LIST.test(d.text))
      .map((d) => `${d.id}: ${d.text}`);
    expect(joined).toEqual([]);
  });

  it('uses no words in a descriptor that nobody can observe', () => {
    const vague = descriptors(framework).filter((d) => UNOBSERVABLE.test(d.text)).map((d) => `${d.id}: ${UNOBSERVABLE.exec(d.text)![0]}`);
    expect(vague).toEqual([]);
  });

  it('never lets a one-off or a single service reach the agreed, council-wide level or above', () => {
    const agreed = agreedLevel(framework);
    const partial = descriptors(framework).filter((d) => d.level >= agreed && PARTIAL.test(d.text)).map((d) => `${d.id}: ${d.text}`);
    expect(partial).toEqual([]);
  });

  it('states the choosing rule and how long the assessment takes at two minutes a question', () => {
    const description = framework.description ?? '';
    expect(description).toContain(CHOOSING_RULE);
    expect(description).toContain('Each level includes the ones below it.');
    expect(description).toContain('two minutes a question');
    expect(description).toContain(`${framework.questions.size} questions`);
    expect(description).toContain(workshopDuration(framework.questions.size));
  });

  it('says in every question\'s help what to choose in its partial cases, naming levels of the scale', () => {
    for (const question of framework.questions.values()) {
      expect(question.help, question.id).toMatch(/Choosing: /);
      const named = levelsNamedInHelp(question);
      expect(named.length, `${question.id} names no level to choose`).toBeGreaterThan(0);
      for (const level of named) expect(question.levels.has(level), `${question.id}: choose ${level}`).toBe(true);
    }
  });

  it('allows "not applicable" exactly where the help says when to answer it, and when to choose the lowest level instead', () => {
    for (const question of framework.questions.values()) {
      const help = question.help ?? '';
      expect(/not applicable/i.test(help), question.id).toBe(question.notApplicableAllowed);
      if (!question.notApplicableAllowed) continue;
      expect(help, question.id).toContain('Answer "not applicable" only if');
      expect(help, question.id).toMatch(new RegExp(`chooses? a level[^.]*\\b${framework.scale.min} if`));
    }
  });

  it('writes every help as a short opening paragraph, then one paragraph each for Counts, Does not count and Choosing, in at most 400 words', () => {
    for (const question of framework.questions.values()) {
      const help = question.help ?? '';
      expect(wordCount(help), `${question.id}: words in the help`).toBeLessThanOrEqual(MAX_HELP_WORDS);
      const paragraphs = help.trim().split(/\n\s*\n/).map((p) => p.trim());
      const [opening, ...rest] = paragraphs;
      expect(wordCount(opening ?? ''), `${question.id}: words in the opening paragraph`).toBeLessThanOrEqual(MAX_OPENING_WORDS);
      // Each section starts its own paragraph, in this order, and its label appears nowhere else.
      expect(rest.map((p) => HELP_SECTIONS.find((label) => p.startsWith(`${label} `)) ?? p.slice(0, 20)), question.id).toEqual([...HELP_SECTIONS]);
      for (const label of HELP_SECTIONS) expect(help.split(label).length - 1, `${question.id}: "${label}" more than once`).toBe(1);
    }
  });

  it('names in every question\'s help what counts, then what does not, before it says what to choose', () => {
    for (const question of framework.questions.values()) {
      const help = question.help ?? '';
      const counted = help.indexOf('Counts: ');
      const notCounted = help.indexOf('Does not count');
      expect(counted, `${question.id} gives no examples of what counts`).toBeGreaterThan(-1);
      expect(notCounted, `${question.id} says nothing about what does not count`).toBeGreaterThan(counted);
      expect(notCounted, question.id).toBeLessThan(help.indexOf('Choosing: '));
    }
  });

  it('gives examples in "Counts:" that name levels of the scale', () => {
    for (const question of framework.questions.values()) {
      const counts = /Counts: (.*?)Does not count/s.exec(question.help ?? '')?.[1] ?? '';
      const named = [...counts.matchAll(/\bfor (\d+)\b/g)].map((m) => Number(m[1]));
      expect(named.length, `${question.id}: "Counts:" names no level`).toBeGreaterThan(0);
      for (const level of named) expect(question.levels.has(level), `${question.id}: for ${level}`).toBe(true);
    }
  });

  it('writes the lowest level as an absence, so that exactly one of the two lowest levels is true', () => {
    const present = [...framework.questions.values()].filter((q) => !ABSENCE.test(q.levels.get(framework.scale.min) ?? ''));
    expect(present.map((q) => `${q.id}: ${q.levels.get(framework.scale.min)}`)).toEqual([]);
  });

  it('looks back over one period only, the last two years, and says in the help what an older one-off counts for', () => {
    for (const question of framework.questions.values()) {
      const levels = [...question.levels.values()];
      const others = levels.flatMap((text) => [...text.matchAll(LOOK_BACK)].map((m) => m[0])).filter((w) => w.toLowerCase() !== WINDOW);
      expect(others, question.id).toEqual([]);
      if (levels.some((text) => text.includes(WINDOW))) expect(question.help, question.id).toMatch(OLDER);
    }
  });

  it('says in the help of every question whose upper levels cover every case what one exception means', () => {
    const agreed = agreedLevel(framework);
    const silent = [...framework.questions.values()]
      .filter((q) => [...q.levels].some(([level, text]) => level >= agreed && EVERY.test(text)))
      .filter((q) => !/\b(?:one|an) exception\b/.test(q.help ?? ''))
      .map((q) => q.id);
    expect(silent).toEqual([]);
  });

  it('says in the help of every question about a cabinet member what stands for one in a committee system, and that a champion title does not count', () => {
    const silent = [...framework.questions.values()]
      .filter((q) => [...q.levels.values()].some((text) => /cabinet member/i.test(text)))
      .filter((q) => !/committee system[^.]*convener or chair/.test(q.help ?? '') || !/member champion[^.]*is not a cabinet member/.test(q.help ?? ''))
      .map((q) => q.id);
    expect(silent).toEqual([]);
  });

  it('defines "major" or "large" in the help wherever a level uses it, and says a threshold counts only if it applies to every service', () => {
    const undefined_ = [...framework.questions.values()]
      .filter((q) => [...q.levels.values()].some((text) => SIZED.test(text)))
      .filter((q) => !/\bA (?:major|large)\b[^.;]*? is one\b/.test(q.help ?? '') || !/threshold[^.]*\bevery service\b/.test(q.help ?? ''))
      .map((q) => q.id);
    expect(undefined_).toEqual([]);
  });

  it('cites every listed source somewhere, and gives every source after the 2014–2016 seeds a web address', () => {
    const cited = new Set<string | undefined>();
    for (const theme of framework.themes) cited.add(theme.source);
    for (const question of framework.questions.values()) {
      cited.add(question.source);
      for (const action of question.actions) cited.add(action.source);
    }
    for (const source of framework.sources) {
      expect(cited.has(source.id), `${source.id} is listed but never cited`).toBe(true);
      if ((source.year ?? 2026) > 2016) expect(source.url, source.id).toMatch(/^https:\/\//);
    }
  });

  it('starts every action with a verb-like capitalised word and names a role, not a person', () => {
    for (const question of framework.questions.values()) {
      for (const action of question.actions) {
        expect(action.text, question.id).toMatch(/^[A-Z][a-z]+\b/);
        expect(action.owner ?? '', question.id).not.toMatch(/\b(Mr|Mrs|Ms|Dr)\b/);
      }
    }
  });
});

describe('local-digital-leadership', () => {
  it('has at least 8 themes and 25 questions on a 5-level scale', () => {
    expect(main.themes.length).toBeGreaterThanOrEqual(8);
    expect(main.questions.size).toBeGreaterThanOrEqual(25);
    expect(main.scale.levels.length).toBe(5);
  });

  it('says in its description how the three calls and the seven steps map to its themes', () => {
    const description = main.description ?? '';
    for (const call of ['Call 1', 'Call 2', 'Call 3']) expect(description).toContain(call);
    for (let step = 1; step <= 7; step++) expect(description).toContain(`Step ${step}`);
    for (const theme of main.themes) expect(description, theme.id).toContain(theme.title);
  });

  it('keeps every question of 1.0.0, so answers and baselines made with it still read', () => {
    // The ids of version 1.0.0; 2.0.0 added user-needs.accessibility and removed none.
    const v1 = {
      'lead-from-the-top': ['role-model', 'resources', 'space-to-try', 'top-table', 'long-term-strategy', 'cabinet-member'],
      'user-needs': ['journey-mapping', 'whole-service-redesign', 'outcomes', 'online-self-service'],
      'beyond-local-government': ['nhs-partnership', 'other-public-bodies', 'devolution', 'real-time-information'],
      'promote-and-learn': ['share-practice', 'learn-from-others', 'council-collaboration'],
      data: ['brave-sharing', 'privacy-checks', 'data-rights', 'data-insight'],
      'shared-platforms': ['open-standards', 'shared-platforms', 'one-system'],
      'agile-delivery': ['large-projects', 'after-launch'],
      'culture-change': ['narrative', 'influencers', 'open-tools'],
      skills: ['leader-skills', 'staff-skills', 'recruit-retain'],
      commissioning: ['contract-length', 'outcome-contracts', 'small-businesses'],
      'information-security': ['leadership-oversight', 'ten-steps', 'threat-sharing'],
    };
    const ids = Object.entries(v1).flatMap(([theme, questions]) => questions.map((q) => `${theme}.${q}`));
    expect(ids).toHaveLength(38);
    for (const id of ids) expect(main.questions.has(id), id).toBe(true);
    expect([...main.questions.keys()].filter((id) => !ids.includes(id))).toEqual(['user-needs.accessibility']);
    expect(main.description).toContain('One question was added, 2.5 on accessibility');
  });

  it('asks about current UK practice where it has replaced what the 2014–2016 articles named', () => {
    const cyber = main.questions.get('information-security.ten-steps')!;
    expect(cyber.levels.get(3)).toContain('Cyber Assessment Framework');
    expect(cyber.help).toContain('Cyber Essentials');
    expect(cyber.help).toContain('Public Services Network');
    expect(main.questions.get('data.privacy-checks')!.levels.get(1)).toContain('data protection impact assessment');
    for (const id of ['caf-local-government', 'cyber-essentials', 'ico-data-sharing-code', 'local-digital-declaration', 'service-standard']) {
      expect(main.sources.map((s) => s.id), id).toContain(id);
    }
  });

  it('says in Counts how the facts a room argues about travel: a referral, a scheduled list, champions, a contact list, a login', () => {
    const help = (id: string) => main.questions.get(id)!.help ?? '';
    expect(help('beyond-local-government.other-public-bodies')).toContain('A referral route');
    expect(byId.get('warm-up')!.questions.get('services-and-partners.public-partners')!.help).toContain('A referral route');
    expect(help('beyond-local-government.real-time-information')).toContain('however it travels');
    expect(help('culture-change.influencers')).toContain('a network whose members only help colleagues use systems, answer their questions, pass on training or report faults, whatever it is called');
    expect(help('information-security.threat-sharing')).toContain("an incident procedure's list of contacts");
    expect(help('user-needs.online-self-service')).toContain('A service needs a login if residents must sign in to use it');
  });

  it('covers what the Devon and NLGN pieces add', () => {
    const text = [...main.questions.values()].map((q) => `${q.text} ${q.help ?? ''}`).join(' ').toLowerCase();
    for (const topic of ['cabinet member for digital', 'journey', 'recruit', 'contract', 'data']) expect(text).toContain(topic);
  });
});

describe('warm-up', () => {
  const warmUp = byId.get('warm-up')!;

  it('is a short framework on a different scale, showing the engine is framework-driven', () => {
    expect(warmUp.questions.size).toBeGreaterThanOrEqual(8);
    expect(warmUp.questions.size).toBeLessThanOrEqual(12);
    expect(warmUp.scale.min).not.toBe(main.scale.min);
  });

  it('uses the full framework\'s words for the levels up to the agreed one, where it asks the same question', () => {
    const same = {
      'leadership.role-model': 'lead-from-the-top.role-model',
      'leadership.top-table': 'lead-from-the-top.top-table',
      'leadership.cabinet-member': 'lead-from-the-top.cabinet-member',
      'services-and-partners.journey-mapping': 'user-needs.journey-mapping',
      'services-and-partners.online-self-service': 'user-needs.online-self-service',
      'services-and-partners.public-partners': 'beyond-local-government.other-public-bodies',
      'data-and-security.privacy-checks': 'data.privacy-checks',
      'data-and-security.security-oversight': 'information-security.leadership-oversight',
      'skills-and-contracts.contracts': 'commissioning.contract-length',
    };
    const shift = main.scale.min - warmUp.scale.min;
    for (const [short, full] of Object.entries(same)) {
      const from = warmUp.questions.get(short)!;
      const to = main.questions.get(full)!;
      for (let level = warmUp.scale.min; level <= agreedLevel(warmUp); level++) {
        expect(from.levels.get(level), `${short} level ${level}`).toBe(to.levels.get(level + shift));
      }
    }
  });
});
