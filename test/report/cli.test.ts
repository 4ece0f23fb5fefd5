// `dma report` through the command line, in process: formats, --out, templates, baselines,
// targets, and the errors a user can make.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/core/problems.js';
import { packageVersion } from '../../src/io/paths.js';
import { chooseFormat } from '../../src/render/formats.js';
import { renderTemplate } from '../../src/render/handlebars-render.js';
import { fixture, runInProcess } from '../support/cli.js';
import { BASELINE, FRAMEWORK, SINGLE, TEAM, modelFor, reportFixture } from '../support/fixtures.js';
import { tempDir } from '../support/temp.js';

const report = (...args: string[]) => runInProcess(['report', ...TEAM, '--framework', FRAMEWORK, ...args]);

const tmp = tempDir('dma-report-');

describe('dma report: formats', () => {
  it('prints Markdown by default, dated today, with the tool version', async () => {
    const r = await report();
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^# Digital maturity report: Testshire County Council\n/);
    expect(r.stdout).toContain('- **Report produced:** 21 November 2026');
    expect(r.stdout).toContain(`dma ${packageVersion()}`);
    expect(r.stderr).toBe('');
  });

  it('prints HTML with -f html', async () => {
    const r = await report('-f', 'html');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!DOCTYPE html>\n/);
    expect(r.stdout).toContain('<html lang="en-GB">');
  });

  it('prints the score document, unchanged, plus a report section with -f json', async () => {
    const [json, score] = await Promise.all([report('-f', 'json'), runInProcess(['score', ...TEAM, '--framework', FRAMEWORK, '--json'])]);
    expect(json.code).toBe(0);
    const { report: extra, ...document } = JSON.parse(json.stdout);
    expect(document).toEqual(JSON.parse(score.stdout));
    expect(extra).toMatchObject({ toolVersion: packageVersion(), generated: '2026-11-21', baseline: null });
    expect(extra.disagreements.map((d: { question: string }) => d.question)).toEqual(['leadership.vision', 'data.protocol']);
    expect(extra.evidenceWarnings).toEqual([{ question: 'services.online', level: 4, confidence: null }]);
  });

  it('prints both CSV tables to stdout, separated by a blank line', async () => {
    const r = await report('-f', 'csv');
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\ufeff"Theme","Theme title","Question id"')).toBe(true);
    const [questions, actions] = r.stdout.split('\r\n\r\n');
    expect(questions!.split('\r\n')).toHaveLength(1 + 9);
    expect(actions!.startsWith('"Priority","Horizon","Action"')).toBe(true);
  });

  it('takes the format from the --out extension', async () => {
    for (const [name, start] of [
      ['r.html', '<!DOCTYPE html>'],
      ['r.htm', '<!DOCTYPE html>'],
      ['r.markdown', '# Digital maturity report'],
      ['r.md', '# Digital maturity report'],
      ['r.json', '{'],
      ['r.txt', '# Digital maturity report'],
    ] as const) {
      const out = join(tmp(), name);
      const r = await report('-o', out);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`Wrote ${out}\n`);
      expect((await readFile(out, 'utf8')).startsWith(start), name).toBe(true);
    }
  });

  it('with -o file.csv writes the actions to file-actions.csv', async () => {
    const out = join(tmp(), 'plan.csv');
    const r = await report('-o', out);
    expect(r.code, r.stderr).toBe(0);
    const questions = await readFile(out, 'utf8');
    const actions = await readFile(join(tmp(), 'plan-actions.csv'), 'utf8');
    expect(questions.startsWith('\ufeff"Theme",')).toBe(true);
    expect(questions).not.toContain('"Priority"');
    expect(actions.startsWith('\ufeff"Priority",')).toBe(true);
    expect(actions.trimEnd().split('\r\n')).toHaveLength(1 + 7);
    expect(r.stderr).toContain('plan-actions.csv');
  });

  it('says docx and pdf need --out, and prints nothing (exit 2)', async () => {
    for (const args of [['-f', 'docx'], ['-f', 'pdf']]) {
      const r = await report(...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/is a file, not text for the terminal: give --out/);
      expect(r.stdout).toBe('');
    }
  });

  it('refuses an unknown format (exit 2)', async () => {
    const r = await report('-f', 'xml');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown format "xml": use md, html, json, csv, docx or pdf');
  });

  it('refuses -f and an --out file named for another format, naming both, and writes nothing (exit 2)', async () => {
    const cases = [
      [['-f', 'md', '-o', 'report.html'], '-f md writes Markdown, but the --out file report.html is named for HTML; name the file for Markdown (for example report.md) or leave out -f'],
      [['-f', 'html', '-o', 'paper.docx'], '-f html writes HTML, but the --out file paper.docx is named for Word (docx)'],
      [['-f', 'pdf', '-o', 'paper.HTM'], '-f pdf writes PDF, but the --out file paper.HTM is named for HTML'],
      [['-f', 'json', '-o', 'plan.csv'], '-f json writes JSON, but the --out file plan.csv is named for CSV'],
    ] as const;
    for (const [args, message] of cases) {
      const out = join(tmp(), `mismatch-${args[3]}`);
      const r = await report(args[0], args[1], args[2], out);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(message.replace(args[3], out).replace(/for example (\S+)\)/, (_, name: string) => `for example ${join(tmp(), `mismatch-${name}`)})`));
      expect(r.stdout).toBe('');
      expect((await readdir(tmp())).filter((f) => f.startsWith('mismatch-'))).toEqual([]);
    }
    // Extensions that name the same format, or none, are fine.
    for (const [format, name] of [['md', 'a.markdown'], ['html', 'b.htm'], ['markdown', 'c.md'], ['md', 'notes.txt'], ['json', 'plain']] as const) {
      expect((await report('-f', format, '-o', join(tmp(), name))).code, `${format} ${name}`).toBe(0);
    }
    expect((await runInProcess(['benchmark', 'x.json', '-f', 'md', '-o', 'group.html'])).stderr).toContain('-f md writes Markdown, but the --out file group.html is named for HTML');
  });

  it('chooses formats by the documented rules', () => {
    expect(chooseFormat({})).toBe('md');
    expect(chooseFormat({ format: 'HTML', out: 'x.htm' })).toBe('html');
    expect(() => chooseFormat({ format: 'HTML', out: 'x.md' })).toThrow(/-f HTML writes HTML, but the --out file x.md is named for Markdown/);
    expect(chooseFormat({ format: 'markdown' })).toBe('md');
    expect(chooseFormat({ out: 'x.CSV' })).toBe('csv');
    expect(chooseFormat({ template: 'board.html.hbs' })).toBe('html');
    expect(chooseFormat({ template: 'board.hbs' })).toBe('md');
    expect(chooseFormat({ template: 'report', format: 'html' })).toBe('html');
    expect(chooseFormat({ template: 'board.hbs', out: 'x.html' })).toBe('html');
    expect(() => chooseFormat({ template: 'board.html.hbs', format: 'md' })).toThrow(/is for html reports, but this report is md/);
    expect(() => chooseFormat({ template: 'report', format: 'json' })).toThrow(/--template works with md and html/);
  });
});

describe('dma report: templates', () => {
  it('--template report picks the bundled template for the format', async () => {
    const html = await report('--template', 'report', '-f', 'html');
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/);
    const md = await report('--template', 'report.md');
    expect(md.stdout).toMatch(/^# Digital maturity report/);
  });

  it('renders a template of your own with the same data, escaped, in the format its name says', async () => {
    const path = join(tmp(), 'board.html.hbs');
    await writeFile(
      path,
      '<h1>{{organisation}}</h1><p>{{overall.levelText}} of {{scale.max}}</p>{{#each themes}}<li>{{number}}. {{title}}: {{levelText}}</li>{{/each}}{{svg.bars}}' +
        '<p>{{plural actions.count "action" "actions"}}</p>{{#each team.respondents}}<i>{{name}}</i>{{/each}}',
    );
    const r = await runInProcess(['report', reportFixture('hostile.yaml'), '--framework', reportFixture('hostile-framework.yaml'), '--template', path]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^<h1>&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; Co/);
    expect(r.stdout).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-bars"');
    expect(r.stdout).toContain('<p>2 actions</p>');
    expect(r.stdout).toContain('<i>&lt;/svg&gt;&lt;script&gt;alert(2)&lt;/script&gt;</i>');
    expect(r.stdout).not.toMatch(/<script/);
  });

  it('a field the data does not have is an error with its line (exit 1)', async () => {
    const path = join(tmp(), 'typo.md.hbs');
    await writeFile(path, '# {{inline organisation}}\n\n{{inline organsation}}\n');
    const r = await report('--template', path);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `template ${path}: line 3, column 1: the inline helper was given a field the report data does not have; check its spelling (see docs/templates.md)`,
    );
    await writeFile(path, '# {{inline organisation}}\n\n{{organsation}}\n');
    const plain = await report('--template', path);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toContain(`template ${path}: line 3, column 3: "organsation" is neither a field of the report data nor a helper`);
  });

  it('a template that is not valid Handlebars is an error (exit 1)', async () => {
    const path = join(tmp(), 'broken.hbs');
    await writeFile(path, '{{#each themes}}\n{{title}\n');
    const r = await report('--template', path);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/template .*broken\.hbs: line 2: the template is not valid Handlebars/);
  });

  it('an unknown helper is an error that points to the documentation (exit 1)', async () => {
    const path = join(tmp(), 'helper.hbs');
    await writeFile(path, '{{shout organisation}}');
    const r = await report('--template', path);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"shout" is neither a field of the report data nor a helper (see docs/templates.md)');
  });

  it('refuses an unknown bundled name (exit 2), a missing file (exit 1) and a YAML file (exit 2)', async () => {
    const unknown = await report('--template', 'glossy');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"glossy" is not a bundled md template (bundled: committee, report); give a path');
    expect(unknown.stderr).not.toContain('did you mean');
    const misspelt = await report('--template', 'committe');
    expect(misspelt.code).toBe(2);
    expect(misspelt.stderr).toContain('"committe" is not a bundled md template (bundled: committee, report); did you mean "committee"? Or give a path to a .hbs file');
    const missing = await report('--template', join(tmp(), 'nowhere.hbs'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read the template .*nowhere\.hbs: no such file/);
    const yaml = await report('--template', SINGLE);
    expect(yaml.code).toBe(2);
    expect(yaml.stderr).toContain('a template is a Handlebars file (.hbs), not an answers or framework file');
  });
});

describe('dma report: template errors are bad data, a bug in dma is not', () => {
  it('turns only the template\'s own mistakes into data errors', async () => {
    const { model } = await modelFor([SINGLE]);
    const broken = () => {
      throw new TypeError('a bug in dma');
    };
    // A mistake of dma's, met while a template reads the committee view, stays a bug.
    expect(() => renderTemplate('{{committee.title}}', 'x.md.hbs', 'md', model, undefined, broken)).toThrow(TypeError);
    expect(() => renderTemplate('{{committee.title}}', 'x.md.hbs', 'md', model, undefined, broken)).not.toThrow(DataError);
    // A template that asks for what is not there is the template's mistake.
    expect(() => renderTemplate('{{nope}}', 'x.md.hbs', 'md', model)).toThrow(DataError);
    // The committee view is built only when a template reads it.
    expect(renderTemplate('{{inline title}}', 'x.md.hbs', 'md', model, undefined, broken)).toBe('Digital maturity report: Testshire County Council');
  });
});

describe('dma report: baseline, target and output', () => {
  it('compares with a baseline made of several files', async () => {
    const r = await report('--baseline', BASELINE[0]!, '--baseline', BASELINE[1]!);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('## Change since the baseline');
    expect(r.stdout).toContain('| **Overall** | **2.3** | **2.8** | **+0.5** | ▲ Up |');
  });

  it('refuses a baseline against another framework (exit 1)', async () => {
    const r = await report('--baseline', fixture('tiny-answers.yaml'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is an assessment against the framework "tiny", but this report uses "report-test"');
  });

  it('warns when the baseline is for another organisation', async () => {
    const other = join(tmp(), 'other.yaml');
    await writeFile(other, (await readFile(BASELINE[0]!, 'utf8')).replace('Testshire County Council', 'Elsewhere District Council'));
    const r = await report('--baseline', other);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning: the baseline is for "Elsewhere District Council", not "Testshire County Council"');
  });

  it('--target overrides the target; a level off the scale is a usage error', async () => {
    const ok = await report('--target', '3', '-f', 'json');
    expect(JSON.parse(ok.stdout).report.target).toEqual({ level: 3, label: 'Defined', overridden: true });
    const bad = await report('--target', '9');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--target 9 is not a level of the scale');
  });

  it('will not write the report over one of its own input files (exit 2)', async () => {
    const copy = join(tmp(), 'answers.yaml');
    await writeFile(copy, await readFile(SINGLE, 'utf8'));
    const r = await runInProcess(['report', copy, '--framework', FRAMEWORK, '-o', copy]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('which is one of the files it reads');
    expect(await readFile(copy, 'utf8')).toBe(await readFile(SINGLE, 'utf8'));
  });

  it('writing into a folder that does not exist is exit 1 with a clear message, leaving nothing behind', async () => {
    const out = join(tmp(), 'missing', 'report.html');
    const r = await report('-o', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`error: cannot write ${out}: the folder ${join(tmp(), 'missing')} does not exist\n`);
    expect((await readdir(tmp())).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('bad answers are exit 1 before anything is written', async () => {
    const out = join(tmp(), 'never.html');
    const r = await runInProcess(['report', join(tmp(), 'nope.yaml'), '--framework', FRAMEWORK, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nope\.yaml cannot be read \(no such file\)/);
    await expect(readFile(out)).rejects.toThrow();
  });
});
