// The projector's join address: line breaks allowed only between its parts, each part kept
// whole, and text from outside escaped.
import { describe, expect, it } from 'vitest';
import { screenPage, urlInParts } from '../../src/server/pages/shells.js';

const parts = (html: string) => [...html.matchAll(/<span class="url-part">([^<]*)<\/span>/g)].map((m) => m[1]);

describe('the join address on the projector', () => {
  it('splits an address into scheme, host, port and path, with a break allowed only between them', () => {
    const html = urlInParts('http://192.0.2.2:45019/');
    expect(parts(html)).toEqual(['http://', '192.0.2.2', ':45019', '/']);
    expect(html.replace(/<span class="url-part">[^<]*<\/span>/g, 'P')).toBe('P<wbr>P<wbr>P<wbr>P');
    expect(parts(urlInParts('http://[fe80::1]:8080/'))).toEqual(['http://', '[fe80::1]', ':8080', '/']);
    expect(parts(urlInParts('http://meeting-room.local/'))).toEqual(['http://', 'meeting-room.local', '/']);
  });

  it('keeps anything unexpected whole, and escaped', () => {
    expect(urlInParts('<b>not a url</b>')).toBe('<span class="url-part">&lt;b&gt;not a url&lt;/b&gt;</span>');
    const page = screenPage('Room', { url: 'http://192.0.2.2:45019/', code: 'ABCDEFGH', qrSvg: '' });
    expect(page).toContain('<span class="join-url"><span class="url-part">http://</span><wbr><span class="url-part">192.0.2.2</span>');
  });
});
