import { describe, expect, it } from 'vitest';
import { terminalCharset, toAscii } from '../../src/terminal/charset.js';
import { detectShell, shellCommand, shellQuote } from '../../src/terminal/shell.js';

describe('terminalCharset', () => {
  it('is Unicode in a UTF-8 locale or with none set, ASCII in any other locale or the Linux console', () => {
    expect(terminalCharset({ LANG: 'en_GB.UTF-8' }, 'linux')).toBe('unicode');
    expect(terminalCharset({ LANG: 'C.utf8' }, 'darwin')).toBe('unicode');
    expect(terminalCharset({}, 'linux')).toBe('unicode');
    expect(terminalCharset({ LANG: 'C' }, 'linux')).toBe('ascii');
    expect(terminalCharset({ LANG: 'en_GB.UTF-8', LC_ALL: 'en_GB.ISO-8859-1' }, 'linux')).toBe('ascii');
    expect(terminalCharset({ LANG: 'en_GB.UTF-8', TERM: 'linux' }, 'linux')).toBe('ascii');
  });

  it('on Windows, is Unicode in Windows Terminal and VS Code, ASCII in the classic console', () => {
    expect(terminalCharset({ WT_SESSION: 'abc' }, 'win32')).toBe('unicode');
    expect(terminalCharset({ TERM_PROGRAM: 'vscode' }, 'win32')).toBe('unicode');
    expect(terminalCharset({}, 'win32')).toBe('ascii');
  });
});

describe('toAscii', () => {
  it('draws bars, marks and arrows in ASCII and drops accents', () => {
    expect(toAscii('████░░░░┃░ ⚠ Votes ▲ ▼ ✔ ❯ Siôn Môn – 2.5 · “a” …')).toBe('####....|. ! Votes ^ v v > Sion Mon - 2.5 - "a" ...');
    expect(toAscii('日本')).toBe('??');
  });
});

describe('shell quoting', () => {
  const tricky = ['plain.yaml', 'with space.yaml', "it's.yaml", 'cost $5.yaml', 'Ynys Môn.yaml', 'a‘b’.yaml', '-dash.yaml', '@at.yaml'];

  it('quotes for POSIX shells', () => {
    expect(tricky.map((t) => shellQuote(t, 'posix'))).toEqual([
      'plain.yaml',
      "'with space.yaml'",
      "'it'\\''s.yaml'",
      "'cost $5.yaml'",
      "'Ynys Môn.yaml'",
      "'a‘b’.yaml'",
      '-dash.yaml',
      '@at.yaml',
    ]);
  });

  it('quotes for PowerShell: single quotes doubled, curly quotes too, no bare leading @', () => {
    expect(tricky.map((t) => shellQuote(t, 'powershell'))).toEqual([
      'plain.yaml',
      "'with space.yaml'",
      "'it''s.yaml'",
      "'cost $5.yaml'",
      "'Ynys Môn.yaml'",
      "'a‘‘b’’.yaml'",
      '-dash.yaml',
      "'@at.yaml'",
    ]);
    expect(shellCommand(['dma', 'assess', '--resume', 'C:\\Users\\sam\\Ynys Môn.yaml'], 'powershell')).toBe("dma assess --resume 'C:\\Users\\sam\\Ynys Môn.yaml'");
  });

  it('takes PowerShell on Windows unless a POSIX shell runs dma', () => {
    expect(detectShell('win32', {})).toBe('powershell');
    expect(detectShell('win32', { MSYSTEM: 'MINGW64' })).toBe('posix');
    expect(detectShell('win32', { SHELL: '/usr/bin/bash' })).toBe('posix');
    expect(detectShell('darwin', {})).toBe('posix');
    expect(detectShell('linux', {})).toBe('posix');
  });
});
