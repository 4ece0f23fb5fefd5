// What every request passes before a route sees it: a Host the room answers to, the methods it
// serves, and for anything that changes state a same-origin request (Origin, Sec-Fetch-Site and,
// for the JSON API, a custom header no cross-site form can send); what every response carries:
// a strict Content-Security-Policy and no caching, sniffing, referrers or framing.
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
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
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
    const origin = c.req.header('origin');
    const site = c.req.header('sec-fetch-site');
    // Under Referrer-Policy: no-referrer a browser sends "Origin: null" with a form; Sec-Fetch-Site,
    // which no page can forge, then says whether the form was the room's own.
    const ownOrigin = origin === `http://${c.req.header('host')}` || (origin === 'null' && site === 'same-origin');
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
