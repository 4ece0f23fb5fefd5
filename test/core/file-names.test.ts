// Default file names are valid on Windows, macOS and Linux, whatever the organisation is called.
import { describe, expect, it } from 'vitest';
import { defaultAnswersFileName } from '../../src/core/answers-document.js';
import { isPortableFileName, slugify } from '../../src/core/slug.js';

const ORGANISATIONS = [
  'CON',
  'con',
  'NUL.',
  'Aux',
  'COM1',
  'LPT9 Borough',
  'A:B<C>D"E/F\\G|H?I*J',
  'Trailing dots...',
  'Trailing space ',
  'x'.repeat(300),
  '...',
  '',
  'Ynys Môn',
  'Conwy County Borough Council',
  '日本の市',
  'Council 🎉',
];

describe('isPortableFileName', () => {
  it('refuses what Windows refuses', () => {
    for (const bad of ['CON', 'con.yaml', 'NUL', 'com1.txt', 'LPT3', 'a:b', 'a?b', 'a*b', 'a|b', 'a"b', 'trailing.', 'trailing ', 'x'.repeat(256), '']) {
      expect(isPortableFileName(bad), bad).toBe(false);
    }
    for (const good of ['con-2026-11-27.yaml', 'console.yaml', 'ynys-mon-2026-11-27.yaml', 'report.html']) {
      expect(isPortableFileName(good), good).toBe(true);
    }
  });
});

describe('default file names', () => {
  it.each(ORGANISATIONS)('the answers file for %j is a portable name', (organisation) => {
    const name = defaultAnswersFileName(organisation, '2026-11-27');
    expect(isPortableFileName(name), name).toBe(true);
    const stem = name.replace(/\.yaml$/, '');
    for (const beside of [`${stem}-report.html`, `${stem}-paper.docx`]) expect(isPortableFileName(beside), beside).toBe(true);
  });

  it('strips accents the one way everywhere', () => {
    expect(defaultAnswersFileName('Ynys Môn', '2026-11-27')).toBe('ynys-mon-2026-11-27.yaml');
    expect(slugify('Siôn Môn')).toBe('sion-mon');
  });
});
