// Reading share files back: a file edited by hand, cut short, or claiming a framework hash its
// questions do not give is refused with a clear error that names the file and the place.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { frameworkStructureText } from '../../src/core/share/canonical.js';
import type { ShareDocument } from '../../src/core/share/schema.js';
import { parseYamlText } from '../../src/io/yaml-source.js';
import { checkFrameworkSource } from '../../src/io/load.js';
import { frameworkHash, readShareFile, sha256, shareJson } from '../../src/io/share-file.js';
import { TINY_ANSWERS, TINY_FRAMEWORK, resign, shareOf, writeShares } from '../support/shares.js';

let share: ShareDocument;
let text: string;
beforeAll(async () => {
  share = await shareOf([TINY_ANSWERS], TINY_FRAMEWORK);
  text = shareJson(share);
});

function readBack(name: string, content: string) {
  const { paths } = writeShares({ [name]: content });
  const read = readShareFile(paths[0]!);
  if (read.ok) throw new Error('expected the file to be refused');
  return { path: paths[0]!, message: read.error.message, problems: read.error.problems.map((p) => `${p.line}:${p.column}: ${p.message}`) };
}

describe('reading a share file', () => {
  it('accepts what dma share wrote, however it is laid out again', () => {
    const relaid = JSON.stringify(JSON.parse(text) as unknown).replace(/,/g, ',\r\n   ');
    const { paths } = writeShares({ 'a.json': text, 'b.json': `\ufeff${relaid}` });
    for (const path of paths) expect(readShareFile(path)).toMatchObject({ ok: true, share });
  });

  it('refuses a file cut short, naming the file and where it ends', () => {
    const cut = text.slice(0, Math.floor(text.length / 2));
    const { path, message, problems } = readBack('cut.json', cut);
    expect(message).toBe(`${path} is not complete JSON`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^\d+:\d+: the JSON ends too soon: the file was probably cut short when it was copied or sent$/);
    expect(readBack('empty.json', '\n').message).toMatch(/empty\.json is empty$/);
  });

  it('refuses broken JSON at the place it breaks', () => {
    const broken = text.replace('"schema": 1,', '"schema": 1,,');
    const { message, problems } = readBack('broken.json', broken);
    expect(message).toMatch(/broken\.json is not valid JSON$/);
    expect(problems).toEqual(['3:15: the JSON is broken here: Expected double-quoted property name']);
  });

  it('refuses a level edited by hand: the checksum and the scores no longer match', () => {
    const edited = text.replace(/"level": 1,/, '"level": 4,');
    expect(edited).not.toBe(text);
    const { message, problems } = readBack('edited.json', edited);
    // The cause leads: the checksum says the file was edited; the scores only follow from that.
    expect(message).toMatch(/edited\.json was changed after dma share wrote it: its checksum does not match its content \(and 2 more problems\)$/);
    expect(problems[0]).toMatch(/^\d+:\d+: the checksum does not match the content: the file was changed after dma share wrote it/);
    expect(problems.slice(1).join('\n')).toContain('the score 31.3 does not match the levels and weights of the questions, which give 87.5');
  });

  it('refuses a file that claims a framework hash its questions do not give, even with a fresh checksum', () => {
    const forged = structuredClone(share) as ShareDocument;
    forged.themes[0]!.questions[0]!.weight = 1;
    const { message, problems } = readBack('forged.json', shareJson(resign(forged)));
    expect(message).toMatch(/forged\.json is not a valid share file \(1 problem\)$/);
    expect(problems[0]).toMatch(/^\d+:\d+: the file claims the framework hash sha256:[0-9a-f]{12}…, but its themes, questions and weights give sha256:[0-9a-f]{12}…: they do not belong to the framework it names$/);
  });

  it('places a problem of shape at its key, with a did-you-mean hint', () => {
    const typo = text.replace('"includesNotes"', '"includesNote"');
    const { problems } = readBack('typo.json', typo);
    const line = typo.split('\n').findIndex((l) => l.includes('"includesNote"')) + 1;
    expect(problems).toContain(`${line}:3: unknown key "includesNote"; did you mean "includesNotes"?`);
  });

  it('names what a file is when it is not a share file', () => {
    expect(readBack('answers.yaml', readFileSync(TINY_ANSWERS, 'utf8')).message).toMatch(
      /answers\.yaml is YAML, not a share file; if it is an answers file, make a share file from it first: dma share .*answers\.yaml -o council\.share\.json$/,
    );
    expect(readBack('score.json', '{"framework": {}, "overall": {}}').message).toMatch(/score\.json is not a share file \(it has no "format": "dma-share"\)/);
    expect(readBack('future.json', text.replace('"schema": 1', '"schema": 2')).message).toMatch(/future\.json is a share file of format version 2, from a newer dma; update dma to read it$/);
  });

  it('refuses deep nesting at once, before anything walks it', () => {
    const deep = `{"format": "dma-share", "x": ${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    const started = Date.now();
    expect(readBack('deep.json', deep).message).toMatch(/lists and objects are nested 200001 deep, far deeper than any share file$/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses text that is not UTF-8 in the words used for answers files, rather than reading it wrongly', () => {
    const { dir } = writeShares({});
    writeFileSync(join(dir, 'be.json'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    writeFileSync(join(dir, 'latin1.json'), Buffer.from(text.replace('{', '{\n  "note": "café",'), 'latin1'));
    const be = readShareFile(join(dir, 'be.json'));
    expect(be.ok || be.error.message).toMatch(/be\.json is saved as UTF-16; save it as UTF-8 \(in most editors: Save As, then choose the encoding UTF-8\)$/);
    const latin1 = readShareFile(join(dir, 'latin1.json'));
    expect(latin1.ok || latin1.error.problems.map((p) => `${p.line}:${p.column}: ${p.message}`)).toEqual([
      '2:15: is not valid UTF-8 (the byte 0xE9 is not part of a UTF-8 character); save it as UTF-8 (in most editors: Save As, then choose the encoding UTF-8)',
    ]);
  });

  it('refuses a folder and a missing file with a plain sentence', () => {
    const { dir } = writeShares({});
    mkdirSync(join(dir, 'folder.json'));
    const folder = readShareFile(join(dir, 'folder.json'));
    expect(folder.ok || folder.error.message).toMatch(/folder\.json is a folder, not a share file$/);
    const missing = readShareFile(join(dir, 'missing.json'));
    expect(missing.ok || missing.error.message).toMatch(/missing\.json cannot be read \(no such file\)$/);
  });
});

describe('the framework hash', () => {
  const framework = (yaml: string) => checkFrameworkSource(parseYamlText('f.yaml', yaml)).value!;
  const original = readFileSync(TINY_FRAMEWORK, 'utf8');

  it('is SHA-256 of the id, the scale levels, and every theme and question id with its weight', () => {
    expect(frameworkStructureText(framework(original))).toBe(
      '["tiny",[0,1,2,3,4],[["lead",2,[["lead.vision",3],["lead.cabinet",1]]],["data",1,[["data.nhs",1],["data.protocol",1]]]]]',
    );
    expect(frameworkHash(framework(original))).toBe(sha256(frameworkStructureText(framework(original))));
  });

  it('does not change with layout, comments or wording; does change with a weight or a question', () => {
    const hash = frameworkHash(framework(original));
    const reworded = original.replace('Is there a written vision?', 'Has the council written down its vision?').replace(/^# .*$/m, '# another comment\n\n');
    expect(frameworkHash(framework(reworded))).toBe(hash);
    expect(frameworkHash(framework(original.replace('weight: 3', 'weight: 2')))).not.toBe(hash);
    expect(frameworkHash(framework(original.replace('- id: protocol', '- id: protocols')))).not.toBe(hash);
  });
});
