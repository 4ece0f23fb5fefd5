// The HTML the server writes itself: a page shell and escaping. Every piece of text that comes
// from outside (a title, a name, a message) passes through escapeHtml; the pages' scripts put
// text in with textContent only.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

export interface PageParts {
  title: string;
  /** Already-escaped HTML for the body. */
  body: string;
  /** A script of the server's own, by path (CSP allows only 'self'). */
  script?: string;
  bodyClass?: string;
}

export function page(parts: PageParts): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>${escapeHtml(parts.title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/room.css">
${parts.script ? `<script src="${parts.script}" defer></script>\n` : ''}</head>
<body${parts.bodyClass ? ` class="${parts.bodyClass}"` : ''}>
${parts.body}
</body>
</html>
`;
}
