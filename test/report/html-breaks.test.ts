// Break opportunities in long unbroken runs of HTML table text: a URL gets a <wbr> at its
// joints and every few characters; ordinary words are left whole; escaping is kept.
import { describe, expect, it } from 'vitest';
import { LONG_RUN, escapeWithBreaks } from '../../src/render/html-breaks.js';

const unbroken = (html: string) => html.replaceAll('<wbr>', '');

describe('escapeWithBreaks', () => {
  it('leaves words and sentences whole, escaped', () => {
    expect(escapeWithBreaks('Chief Executive')).toBe('Chief Executive');
    expect(escapeWithBreaks('Head of <Procurement> & "Digital"')).toBe('Head of &lt;Procurement&gt; &amp; &quot;Digital&quot;');
    const longest = 'x'.repeat(LONG_RUN - 1);
    expect(escapeWithBreaks(`a ${longest} b`)).toBe(`a ${longest} b`);
  });

  it('puts a break opportunity at the joints of a long URL and at least every 12 characters', () => {
    const url = `https://www.example.gov.uk/documents/s12345/${'DigitalStrategyAndDataSharingAgreement2026'.repeat(6)}?a=1&b=2`;
    const html = escapeWithBreaks(`See ${url} now`);
    expect(unbroken(html)).toBe(`See ${url.replace('&', '&amp;')} now`);
    expect(html).toContain('https:<wbr>/<wbr>/<wbr>www.<wbr>example.<wbr>gov.<wbr>uk/<wbr>documents/<wbr>');
    expect(html).toContain('&amp;<wbr>b=<wbr>2');
    const pieces = html.split(/<wbr>|\s/).map((p) => p.replaceAll('&amp;', '&'));
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(12);
  });

  it('never splits an escape, a combining mark from its letter, or a surrogate pair', () => {
    const html = escapeWithBreaks(`${'&'.repeat(30)} ${'e\u0301'.repeat(20)} ${'😀'.repeat(30)}`);
    expect(unbroken(html)).toBe(`${'&amp;'.repeat(30)} ${'e\u0301'.repeat(20)} ${'😀'.repeat(30)}`);
    for (const piece of html.split('<wbr>')) {
      expect(piece).not.toMatch(/^\u0301/u);
      expect(piece).not.toMatch(/^[\udc00-\udfff]/);
      expect(piece).not.toMatch(/^(amp;|mp;|p;|;)/);
    }
  });
});
