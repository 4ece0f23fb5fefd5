// The phone and projector pages as the server sends them: a heading, a place for the script to
// draw the room's state, and a polite live region for what changes.
import { displayCode } from '../secrets.js';
import { escapeHtml, page } from './html.js';

export function phonePage(title: string): string {
  return page({
    title: `Vote: ${title}`,
    script: '/phone.js',
    body: `<main>
<p class="room-title">${escapeHtml(title)}</p>
<div id="app" aria-busy="true"><h1>Connecting to the room…</h1></div>
<p id="connection" class="connection" role="status"></p>
<div id="announce" class="visually-hidden" aria-live="polite"></div>
<noscript><p class="error">This page needs JavaScript to receive the questions and send your vote.</p></noscript>
</main>`,
  });
}

export interface JoinDetails {
  url: string;
  code: string;
  /** The join address as an SVG QR code (made by the server, trusted markup). */
  qrSvg: string;
}

export function screenPage(title: string, join: JoinDetails): string {
  return page({
    title: `Projector: ${title}`,
    script: '/screen.js',
    bodyClass: 'screen',
    body: `<main>
<header class="screen-header">
<p class="room-title">${escapeHtml(title)}</p>
<p id="pacing" class="pacing" role="status"></p>
</header>
<div id="app" aria-busy="true"><h1>Connecting to the room…</h1></div>
<aside class="join" aria-labelledby="join-heading">
<h2 id="join-heading">Join from your phone</h2>
<div class="qr" role="img" aria-label="QR code of the join address">${join.qrSvg}</div>
<p>Go to <span class="join-url">${urlInParts(join.url)}</span></p>
<p>Room code <span class="code">${escapeHtml(displayCode(join.code))}</span></p>
</aside>
<p id="connection" class="connection" role="status"></p>
<div id="announce" class="visually-hidden" aria-live="polite"></div>
</main>`,
  });
}

/**
 * The address with line breaks allowed only between its parts (scheme, host, port and path), each
 * kept whole: a narrow column never splits "192.0.2.2" or "45019". Anything unexpected stays whole.
 */
export function urlInParts(url: string): string {
  const parts = /^([a-z][a-z0-9+.-]*:\/\/)(\[[^\]]*\]|[^/:]*)(:\d+)?(\/.*)?$/i.exec(url);
  const pieces = parts ? parts.slice(1).filter((p): p is string => Boolean(p)) : [url];
  return pieces.map((p) => `<span class="url-part">${escapeHtml(p)}</span>`).join('<wbr>');
}

export function messagePage(title: string, heading: string, text: string): string {
  return page({ title, body: `<main>\n<h1>${escapeHtml(heading)}</h1>\n<p>${escapeHtml(text)}</p>\n</main>` });
}
