// Every command resolves the paths it is given against the context's folder, never the
// process's: main() runs in-process with ctx.cwd set to another folder.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scripted } from '../support/scripted-prompter.js';
import { fixture, runInProcess } from '../support/cli.js';
import { solo } from '../workshop/steps.js';

const work = mkdtempSync(join(tmpdir(), 'dma-cwd-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
cpSync(fixture('tiny-framework.yaml'), join(work, 'fw.yaml'));
cpSync(fixture('tiny-answers.yaml'), join(work, 'a.yaml'));

const inWork = { cwd: work };

describe('main() with a ctx.cwd other than the process folder', () => {
  it('the process folder is not the work folder', () => {
    expect(process.cwd()).not.toBe(work);
    expect(existsSync(join(process.cwd(), 'a.yaml'))).toBe(false);
  });

  it('validate', async () => {
    const r = await runInProcess(['validate', 'fw.yaml', 'a.yaml'], inWork);
    expect(r.stderr).toContain('ok fw.yaml: framework tiny');
    expect(r.stderr).toContain('ok a.yaml: answers for tiny');
    expect(r.code).toBe(0);
  });

  it('score', async () => {
    const r = await runInProcess(['score', 'a.yaml', '--framework', 'fw.yaml', '--json'], inWork);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).framework.id).toBe('tiny');
  });

  it('report, with a template and a baseline, written into the work folder', async () => {
    cpSync(fixture('../../templates/report.md.hbs'), join(work, 'house.md.hbs'));
    const r = await runInProcess(
      ['report', 'a.yaml', '--framework', 'fw.yaml', '--baseline', 'a.yaml', '--template', 'house.md.hbs', '-o', 'out.md'],
      inWork,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(work, 'out.md'), 'utf8')).toContain('# Digital maturity report');
  });

  it('report refuses to write over an input named relative to the work folder', async () => {
    const r = await runInProcess(['report', 'a.yaml', '--framework', 'fw.yaml', '-o', './a.yaml'], inWork);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('one of the files it reads');
  });

  it('frameworks --copy', async () => {
    const r = await runInProcess(['frameworks', '--copy', 'warm-up', 'Ynys Môn.yaml'], inWork);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(work, 'Ynys Môn.yaml'), 'utf8')).toMatch(/^id: ynys-mon$/m);
    expect(r.stderr).toContain("dma assess 'Ynys Môn.yaml'");
  });

  it('share, then benchmark', async () => {
    const shared = await runInProcess(['share', 'a.yaml', '--framework', 'fw.yaml', '-o', 'a.share.json'], inWork);
    expect(shared.code, shared.stderr).toBe(0);
    expect(existsSync(join(work, 'a.share.json'))).toBe(true);
    const compared = await runInProcess(['benchmark', 'a.share.json', '-f', 'csv', '-o', 'group.csv'], inWork);
    expect(compared.code, compared.stderr).toBe(0);
    expect(readFileSync(join(work, 'group.csv'), 'utf8')).toMatch(/"Rank","Council"[\s\S]*Testshire County Council/);
  });

  it('assess', async () => {
    const prompter = scripted(...solo(/vision/, 2), ...solo(/cabinet/, 1), ...solo(/NHS/, 1), ...solo(/protocol/, 1));
    const r = await runInProcess(['assess', 'fw.yaml', '--organisation', 'Ynys Môn', '-o', 'answers.yaml'], {
      ...inWork,
      interactive: true,
      prompter: async () => prompter,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(work, 'answers.yaml'), 'utf8')).toContain('organisation: Ynys Môn');
  });
});
