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
<p>Go to <span class="join-url">${escapeHtml(join.url)}</span></p>
<p>Room code <span class="code">${escapeHtml(displayCode(join.code))}</span></p>
</aside>
<p id="connection" class="connection" role="status"></p>
<div id="announce" class="visually-hidden" aria-live="polite"></div>
</main>`,
  });
}

export function messagePage(title: string, heading: string, text: string): string {
  return page({ title, body: `<main>\n<h1>${escapeHtml(heading)}</h1>\n<p>${escapeHtml(text)}</p>\n</main>` });
}
