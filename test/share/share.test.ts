// dma share: the file holds levels, spreads and scores, and no personal data: every name,
// respondent id, vote, note, evidence and reason of the input is searched for in it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { shareJsonSchema } from '../../src/build/json-schema.js';
import { SHARE_WORDING } from '../../src/core/report/wording/share.js';
import type { ShareDocument } from '../../src/core/share/schema.js';
import { pseudonym, readShareFile } from '../../src/io/share-file.js';
import { ROOT, example, runInProcess } from '../support/cli.js';
import { tempDir } from '../support/temp.js';

const work = mkdtempSync(join(tmpdir(), 'dma-share-'));
const out = (name: string) => join(work, name);
const SALT = 'a-salt-our-council-keeps-safe-2026';

interface AnswersYaml {
  organisation: string;
  respondents?: Array<{ id: string; name?: string; role?: string }>;
  answers?: Record<string, { votes?: Record<string, number>; notes?: string; evidence?: string; reason?: string }>;
}

/** Everything personal in answers files: names, ids (the keys of votes), notes, evidence and reasons. */
function personalData(files: string[]): { people: string[]; ids: string[]; texts: string[] } {
  const people = new Set<string>();
  const ids = new Set<string>();
  const texts = new Set<string>();
  for (const file of files) {
    const data = parse(readFileSync(file, 'utf8')) as AnswersYaml;
    for (const r of data.respondents ?? []) {
      ids.add(r.id);
      if (r.name) people.add(r.name);
    }
    for (const answer of Object.values(data.answers ?? {})) {
      for (const id of Object.keys(answer.votes ?? {})) ids.add(id);
      for (const text of [answer.notes, answer.evidence, answer.reason]) if (text) texts.add(text);
    }
  }
  return { people: [...people], ids: [...ids], texts: [...texts] };
}

function expectNothingPersonal(json: string, found: ReturnType<typeof personalData>, { notes = false } = {}): void {
  expect(found.people.length + found.ids.length).toBeGreaterThan(0);
  for (const name of found.people) expect(json, name).not.toContain(name);
  for (const id of found.ids) expect(json, id).not.toMatch(new RegExp(`"${id}"`));
  for (const text of found.texts) {
    const inJson = JSON.stringify(text).slice(1, -1);
    if (notes) continue;
    expect(json, text).not.toContain(inJson);
  }
  expect(json).not.toMatch(/"votes"|"evidence"|"reason"|"confidence"|"respondent"/);
}

/** A team of two files whose notes, evidence and names are all distinctive. */
function writeTeam(): string[] {
  const file = (name: string, who: { id: string; name: string; role: string }, level: number, notes: string) => {
    const path = out(name);
    writeFileSync(
      path,
      [
        'schema: 1',
        'framework: { id: local-digital-leadership, version: 2.1.0 }',
        'organisation: Testshire District Council',
        'date: 2026-10-01',
        `respondents: [{ id: ${who.id}, name: ${who.name}, role: ${who.role} }]`,
        'answers:',
        `  lead-from-the-top.role-model: { level: ${level}, notes: "${notes}", evidence: "Minutes kept by ${who.name}" }`,
        '  lead-from-the-top.resources: { level: 2, confidence: low }',
      ].join('\n'),
    );
    return path;
  };
  return [
    file('team-a.yaml', { id: 'zanele', name: 'Zanele Okonkwo-Pryce', role: 'Chief Executive' }, 2, 'Printed packs are still the norm'),
    file('team-b.yaml', { id: 'ifor', name: 'Ifor Ap-Llewelyn', role: 'Chief Information Officer' }, 5, 'Tablets at every cabinet meeting'),
  ];
}

describe('dma share', () => {
  let single: { code: number; stdout: string; stderr: string };
  let share: ShareDocument;

  beforeAll(async () => {
    single = await runInProcess(['share', example('workshop.yaml'), '-o', out('workshop.json')]);
    share = JSON.parse(readFileSync(out('workshop.json'), 'utf8')) as ShareDocument;
  });

  it('writes the levels, spreads and scores, and nothing personal from a workshop file', () => {
    expect(single.code).toBe(0);
    const json = readFileSync(out('workshop.json'), 'utf8');
    expectNothingPersonal(json, personalData([example('workshop.yaml')]));
    expect(share.organisation).toEqual({ name: 'Example Borough Council', anonymous: false });
    expect(share.framework).toMatchObject({ id: 'local-digital-leadership', version: '2.1.0' });
    expect(share.respondents).toEqual({
      count: 4,
      roles: [
        { role: 'Chief Executive', count: 1 },
        { role: 'Chief Information Officer', count: 1 },
        { role: 'Director of Adult Social Services', count: 1 },
        { role: 'Leader of the council', count: 1 },
      ],
    });
    const roleModel = share.themes[0]!.questions.find((q) => q.id === 'lead-from-the-top.role-model');
    expect(roleModel).toEqual({ id: 'lead-from-the-top.role-model', weight: 1, level: 2, notApplicable: false, spread: 2 });
    expect(share.overall.score).toBe(34.1);
  });

  it('says exactly what the file holds before writing it', () => {
    const lines = single.stderr.split('\n');
    expect(lines[0]).toBe('The share file holds:');
    expect(single.stderr).toContain(`  - the organisation's name, "Example Borough Council"`);
    expect(single.stderr).toContain('  - the framework: Local digital leadership self-assessment, version 2.1.0 (id local-digital-leadership), and a hash of its questions and weights');
    // A title with brackets of its own is not followed by another pair.
    expect(SHARE_WORDING.framework('Digital leadership warm-up (20 minutes)', 'warm-up', '2.0.0')).toBe(
      'the framework: Digital leadership warm-up (20 minutes), version 2.0.0 (id warm-up), and a hash of its questions and weights',
    );
    // One question of the example has no answer: no level is claimed for it.
    expect(single.stderr).toContain(
      '  - for each of the 39 questions: the agreed level, whether it is not applicable, and the spread of the votes (highest less lowest); 37 of the 38 questions that apply are answered and 1 is not\n',
    );
    expect(SHARE_WORDING.questions(39, { answered: 39, applicable: 39, provisional: false })).toBe('for each of the 39 questions: the agreed level, whether it is not applicable, and the spread of the votes (highest less lowest)');
    expect(single.stderr).toContain("It leaves out people's names and ids, their votes, notes, evidence, confidence, and reasons for not applicable.");
    expect(single.stderr.indexOf('The share file holds:')).toBeLessThan(single.stderr.indexOf('Wrote '));
    expect(single.stdout).toBe('');
  });

  it('reads back as a valid share file that the committed JSON Schema accepts', () => {
    const read = readShareFile(out('workshop.json'));
    expect(read.ok).toBe(true);
    const committed = JSON.parse(readFileSync(join(ROOT, 'schema', 'share.schema.json'), 'utf8')) as Record<string, unknown>;
    expect(committed).toEqual(shareJsonSchema());
    const validate = new Ajv({ allErrors: true, strict: false }).compile(committed);
    expect(validate(share), JSON.stringify(validate.errors)).toBe(true);
  });

  it('leaves out a team\'s names, ids and notes; --with-notes adds the notes without who wrote them', async () => {
    const team = writeTeam();
    const found = personalData(team);
    const plain = await runInProcess(['share', ...team]);
    expect(plain.code).toBe(0);
    // Two of the 39 questions answered: the summary claims a level for those two only.
    expect(plain.stderr).toContain(
      '  - for each of the 39 questions: the agreed level, whether it is not applicable, and the spread of the votes (highest less lowest); 2 of the 39 questions that apply are answered and 37 are not: fewer than half, so a benchmark will show this council but not rank it\n',
    );
    expectNothingPersonal(plain.stdout, found);
    const withNotes = await runInProcess(['share', ...team, '--with-notes']);
    expect(withNotes.code).toBe(0);
    expectNothingPersonal(withNotes.stdout, found, { notes: true });
    const noted = JSON.parse(withNotes.stdout) as ShareDocument;
    expect(noted.includesNotes).toBe(true);
    expect(noted.themes[0]!.questions[0]!.notes).toEqual(['Printed packs are still the norm', 'Tablets at every cabinet meeting']);
    expect(noted.themes[0]!.questions[0]!.spread).toBe(3);
    expect(withNotes.stdout).not.toContain('Minutes kept by');
    expect(withNotes.stderr).toContain('the notes on 1 question, as written but without who wrote them: read them for names');
  });

  it('prints the share on standard output without --out, and refuses to write over an answers file', async () => {
    const printed = await runInProcess(['share', example('workshop.yaml')]);
    expect((JSON.parse(printed.stdout) as ShareDocument).format).toBe('dma-share');
    const over = await runInProcess(['share', example('workshop.yaml'), '-o', example('workshop.yaml')]);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain('would be written over');
  });
});

describe('dma share --anonymous', () => {
  const saltFile = out('salt.txt');
  writeFileSync(saltFile, `${SALT}\n`);

  it('replaces the name with a pseudonym that is the same on every run with the same salt', async () => {
    const first = await runInProcess(['share', example('workshop.yaml'), '--anonymous', '--salt-file', saltFile]);
    const second = await runInProcess(['share', example('workshop.yaml'), '--anonymous'], { env: { DMA_SHARE_SALT: `  ${SALT}  ` } });
    expect(first.code).toBe(0);
    const [a, b] = [first, second].map((r) => JSON.parse(r.stdout) as ShareDocument);
    expect(a!.organisation).toEqual({ name: pseudonym('Example Borough Council', SALT), anonymous: true });
    expect(a!.organisation.name).toMatch(/^Council [0-9a-f]{8}$/);
    expect(b!.organisation.name).toBe(a!.organisation.name);
    expect(first.stdout).not.toContain('Example Borough');
    expect(first.stderr).toContain(`Your pseudonym is ${a!.organisation.name}.`);
    expect(first.stderr).toContain(`the pseudonym "${a!.organisation.name}" in place of the organisation's name`);
    // What the pseudonym does not hide is said too.
    expect(first.stderr).toContain(
      'The pseudonym hides only the name: the date, the number of people and their roles, and which questions are not applicable can still narrow down which council it is.',
    );
    expect(first.stderr).toContain('the number of people who took part, 4, and their roles: Chief Executive, Chief Information Officer, Director of Adult Social Services and Leader of the council');
  });

  it('pseudonyms: HMAC-SHA256 of the normalised name, keyed by the salt', () => {
    // The first 8 hex digits of HMAC-SHA256(key "a-salt-our-council-keeps-safe-2026", "example borough council").
    expect(pseudonym('Example Borough Council', SALT)).toBe('Council 4e1fec7c');
    expect(pseudonym('  example   BOROUGH council ', SALT)).toBe(pseudonym('Example Borough Council', SALT));
    expect(pseudonym('Example Borough Council', `${SALT}!`)).not.toBe(pseudonym('Example Borough Council', SALT));
    expect(pseudonym('Another Council', SALT)).not.toBe(pseudonym('Example Borough Council', SALT));
  });

  it('is refused without a salt, or with a short one, as a usage error', async () => {
    const none = await runInProcess(['share', example('workshop.yaml'), '--anonymous'], { env: {} });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--anonymous needs a salt');
    expect(none.stderr.split('\n')).toEqual([
      'error: --anonymous needs a salt: a secret your council keeps, so that its pseudonym stays the same from one share to the next',
      'Give --salt-file <file> or set DMA_SHARE_SALT. To make a salt file, run:',
      `  node -e "require('fs').writeFileSync('dma-salt.txt', require('crypto').randomBytes(32).toString('hex'))"`,
      '',
    ]);
    expect(none.stdout).toBe('');
    writeFileSync(out('short.txt'), 'short\n');
    const short = await runInProcess(['share', example('workshop.yaml'), '--anonymous', '--salt-file', out('short.txt')]);
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('is 5 characters; use at least 16');
    const missing = await runInProcess(['share', example('workshop.yaml'), '--anonymous', '--salt-file', out('nowhere.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nowhere.txt cannot be read (no such file)');
  });
});

describe('a share file where an answers file is expected', () => {
  const work = tempDir('dma-share-kind-');
  it('is named as a share file by score, report and validate', async () => {
    {
      const share = join(work(), 'council.share.json');
      const made = await runInProcess(['share', example('workshop.yaml'), '-o', share]);
      expect(made.code, made.stderr).toBe(0);
      for (const args of [['score', share], ['report', share, '-f', 'md']]) {
        const r = await runInProcess(args);
        expect(r.code).toBe(1);
        expect(r.stderr).toContain('is a share file (made by dma share, for dma benchmark), not an answers file');
        expect(r.stderr).not.toContain('is a framework');
      }
      const checked = await runInProcess(['validate', share]);
      expect(checked.code).toBe(1);
      expect(checked.stdout).toContain('is a share file (made by dma share, for dma benchmark), not an answers file; dma benchmark checks share files');
    }
  });
});
