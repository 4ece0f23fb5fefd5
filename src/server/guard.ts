// What every request passes before a route sees it: a Host the room answers to, the methods it
// serves, and for anything that changes state a same-origin request (the room's own Origin,
// Sec-Fetch-Site when sent and, for the JSON API, a custom header no cross-site form can send);
// what every response carries: a strict Content-Security-Policy, no caching, sniffing or framing,
// and no referrer sent anywhere but the room itself.
import type { MiddlewareHandler } from 'hono';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

/** The header the pages' script sends with every API request; a cross-site form cannot. */
export const API_HEADER = 'x-dma-room';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  // Not no-referrer: under it a browser sends "Origin: null" with the room's own code form, and on
  // plain http to a LAN address it sends no Sec-Fetch-* headers either, so the form could not be
  // told from a cross-site one. same-origin sends the real Origin (and a Referer) to the room only;
  // nothing, not even a /j/<code> address, goes to another origin.
  'referrer-policy': 'same-origin',
  'cache-control': 'no-store',
  'x-frame-options': 'DENY',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** Honoured only on a trustworthy origin (https, loopback); elsewhere Chromium ignores it and logs an error. */
const OPENER_POLICY = ['cross-origin-opener-policy', 'same-origin'] as const;
const LOOPBACK_HOST = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/i;

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
    if (LOOPBACK_HOST.test(c.req.header('host') ?? '')) c.res.headers.set(...OPENER_POLICY);
  };
}

/** Refuses a Host the room does not answer to (a mistyped address, or DNS rebinding). */
export function hostCheck(hosts: ReadonlySet<string>): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header('host')?.toLowerCase();
    if (host === undefined || !hosts.has(host)) return c.text('This address is not the room.', 421);
    return next();
  };
}

/** Only GET, HEAD and POST; a POST only from the room's own pages. */
export function sameOriginWrites(): MiddlewareHandler {
  return async (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD') return next();
    if (method !== 'POST') return c.text('Method not allowed.', 405, { allow: 'GET, HEAD, POST' });
    // Browsers send Origin with every POST; the room's pages (Referrer-Policy: same-origin) send
    // their own, a page elsewhere its own or "null". None, or "null", is refused. Sec-Fetch-Site
    // is checked too where a browser sends it (https and loopback only, not a LAN address).
    const ownOrigin = c.req.header('origin') === `http://${c.req.header('host')}`;
    const site = c.req.header('sec-fetch-site');
    if (!ownOrigin || (site !== undefined && site !== 'same-origin')) return c.text('Cross-site requests are refused.', 403);
    if (c.req.path.startsWith('/api/')) {
      const type = c.req.header('content-type') ?? '';
      if (c.req.header(API_HEADER) !== '1' || !/^application\/json(;|$)/i.test(type)) {
        return c.json({ error: 'bad-request', message: 'Requests to the room must come from its own pages.' }, 403);
      }
    }
    return next();
  };
}
