// The room's web routes (Hono). Without a device pass, which only the room code gives, every
// address answers with the code form and nothing else; with one, the phone page, its stream of
// state and the small JSON API for taking a seat and voting.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { HttpBindings } from '@hono/node-server';
import { Hono } from 'hono';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { BodyTooLarge, readBody } from './body.js';
import { hostCheck, sameOriginWrites, securityHeaders } from './guard.js';
import type { CodeLimiter } from './code-limiter.js';
import { codeFormPage } from './pages/code-form.js';
import { messagePage, phonePage, screenPage } from './pages/shells.js';
import type { JoinDetails } from './pages/shells.js';
import { PHONE_SCRIPT } from './pages/phone-script.js';
import { SCREEN_SCRIPT } from './pages/screen-script.js';
import { ROOM_CSS } from './pages/style.js';
import { BODY_LIMIT, codeForm, emptyRequest, seatRequest, voteRequest } from './requests.js';
import type { RoomState, SeatRefusal, VoteRefusal } from './room-state.js';
import { normaliseCode } from './secrets.js';
import type { EventHub } from './sse.js';
import { phoneView } from './views.js';
import type { ScreenView } from './views.js';

export interface AppDeps {
  state: RoomState;
  hub: EventHub;
  limiter: CodeLimiter;
  code: string;
  title: string;
  join: JoinDetails;
  cookieName: string;
  hosts: ReadonlySet<string>;
  newToken: () => string;
  /** Whether this request may see the projector page. */
  screenAllowed: (remoteAddress: string | undefined, hasPass: boolean) => boolean;
  screenView: () => ScreenView;
}

type Env = { Bindings: HttpBindings };
type Ctx = Context<Env>;

const COOKIE_SECONDS = 12 * 60 * 60;
/** Bytes the code form may send: "code=" and a code, with room to spare. */
const CODE_FORM_LIMIT = 256;

export const SEAT_MESSAGES: Record<SeatRefusal, string> = {
  taken: 'That seat is held by another device. If it is yours and your phone has died, ask the facilitator to free it.',
  'unknown-seat': 'That seat is not in this room. Choose your name from the list.',
  'name-taken':
    'Someone with that name already has a seat. If it is you on a new device, ask the facilitator to free your seat; if not, add your surname or an initial.',
  'closed-seating': 'Choose your name from the list.',
  'bad-name': 'Type your name, in up to 60 characters.',
  full: 'The room is full.',
};

export const VOTE_MESSAGES: Record<VoteRefusal, string> = {
  'no-seat': 'Choose your seat first.',
  'not-voting': 'Voting on this question has closed.',
  stale: 'The facilitator has moved on: this page now shows the current question.',
  'bad-level': 'That is not a level of this question.',
};

export function roomApp(deps: AppDeps): Hono<Env> {
  const app = new Hono<Env>();
  app.use('*', securityHeaders(), hostCheck(deps.hosts), sameOriginWrites());
  const tools = requestTools(deps);
  gateRoutes(app, deps, tools);
  phoneRoutes(app, deps, tools);
  screenRoutes(app, deps, tools);
  app.notFound((c) => (tools.tokenOf(c) ? c.html(messagePage('Not found', 'Page not found', 'Go back to the voting page.'), 404) : tools.codeForm401(c)));
  app.onError((_error, c) => c.text('Something went wrong in the room.', 500));
  return app;
}

interface RequestTools {
  remote: (c: Ctx) => string | undefined;
  /** The device's token, if it is one the room gave out. */
  tokenOf: (c: Ctx) => string | undefined;
  codeForm401: (c: Ctx) => Response;
}

function requestTools(deps: AppDeps): RequestTools {
  return {
    remote: (c) => c.env.incoming.socket.remoteAddress,
    tokenOf: (c) => {
      const token = getCookie(c, deps.cookieName);
      return deps.state.hasDevice(token) ? token : undefined;
    },
    codeForm401: (c) => c.html(codeFormPage(), 401),
  };
}

/** The code form, the join link and the code check. */
function gateRoutes(app: Hono<Env>, deps: AppDeps, tools: RequestTools): void {
  const { state } = deps;
  app.get('/room.css', (c) => c.body(ROOM_CSS, 200, { 'content-type': 'text/css; charset=utf-8' }));
  app.get('/', (c) => (tools.tokenOf(c) ? c.html(phonePage(deps.title)) : c.html(codeFormPage())));
  app.get('/j/:code', (c) => admit(c, c.req.param('code')));
  app.post('/code', async (c) => {
    let text: string;
    try {
      text = await readBody(c.env.incoming, CODE_FORM_LIMIT);
    } catch (error) {
      if (error instanceof BodyTooLarge) return c.text('Too large.', 413);
      throw error;
    }
    const form = codeForm.safeParse(Object.fromEntries(new URLSearchParams(text)));
    return form.success ? admit(c, form.data.code) : c.html(codeFormPage({ error: 'Type the room code.' }), 400);
  });

  /** Checks a code; the right one gives the device a pass (kept if it has one) and goes to the room. */
  function admit(c: Ctx, typed: string): Response {
    const address = tools.remote(c) ?? 'unknown';
    const check = deps.limiter.check(address);
    if (!check.allowed) {
      const wait = check.retryAfterSeconds === 1 ? '1 second' : `${check.retryAfterSeconds} seconds`;
      const error = `Too many wrong codes from this device. Wait ${wait}, then try again.`;
      return c.html(codeFormPage({ error }), 429, { 'retry-after': String(check.retryAfterSeconds) });
    }
    if (!sameCode(normaliseCode(typed), deps.code)) {
      deps.limiter.failed(address);
      return c.html(codeFormPage({ error: 'That is not the room code. Check it on the facilitator’s screen and try again.' }), 403);
    }
    deps.limiter.succeeded(address);
    if (!tools.tokenOf(c)) {
      const token = deps.newToken();
      if (!state.addDevice(token)) return c.html(messagePage('The room is full', 'The room is full', 'No more devices can join.'), 503);
      setCookie(c, deps.cookieName, token, { httpOnly: true, sameSite: 'Strict', path: '/', maxAge: COOKIE_SECONDS });
    }
    return c.redirect('/', 303);
  }
}

type Schema<T> = { safeParse(data: unknown): { success: true; data: T } | { success: false } };

/** The phone's script, its stream of state, and the JSON API for seats and votes. */
function phoneRoutes(app: Hono<Env>, deps: AppDeps, tools: RequestTools): void {
  const { state } = deps;
  app.get('/phone.js', (c) => (tools.tokenOf(c) ? script(c, PHONE_SCRIPT) : tools.codeForm401(c)));
  // A page without a pass gets 204, which tells EventSource to stop; the page then reloads to the code form.
  app.get('/events', (c) => {
    const token = tools.tokenOf(c);
    return token ? deps.hub.open(token, () => phoneView(state, token)) : c.body(null, 204);
  });
  app.post('/api/seat', (c) =>
    api(c, seatRequest, (token, body) => {
      const result = state.takeSeat(token, body);
      return typeof result === 'string' ? SEAT_MESSAGES[result] : undefined;
    }),
  );
  app.post('/api/vote', (c) =>
    api(c, voteRequest, (token, body) => {
      const refusal = state.vote(token, body.round, body.level);
      return refusal && VOTE_MESSAGES[refusal];
    }),
  );
  app.post('/api/leave', (c) => api(c, emptyRequest, (token) => void state.leaveSeat(token)));

  /** A JSON request from a device with a pass: checked, applied, answered with the device's new view. */
  async function api<T>(c: Ctx, schema: Schema<T>, apply: (token: string, body: T) => string | undefined): Promise<Response> {
    const token = tools.tokenOf(c);
    if (!token) return c.json({ error: 'no-pass', message: 'Enter the room code first: reload this page.' }, 401);
    let body: unknown;
    try {
      body = JSON.parse(await readBody(c.env.incoming, BODY_LIMIT));
    } catch (error) {
      if (error instanceof BodyTooLarge) return c.json({ error: 'too-large', message: 'That request is too large.' }, 413);
      return c.json({ error: 'bad-request', message: 'That request could not be read.' }, 400);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) return c.json({ error: 'bad-request', message: 'That request could not be read.' }, 400);
    const refusal = apply(token, parsed.data);
    const view = phoneView(state, token);
    return refusal ? c.json({ error: 'refused', message: refusal, view }, 409) : c.json({ view });
  }
}

/** The projector page: for this laptop only, unless the room allows it to anyone with the code. */
function screenRoutes(app: Hono<Env>, deps: AppDeps, tools: RequestTools): void {
  const gate = (c: Ctx, serve: () => Response) => {
    const hasPass = tools.tokenOf(c) !== undefined;
    if (deps.screenAllowed(tools.remote(c), hasPass)) return serve();
    if (!hasPass) return tools.codeForm401(c);
    return c.html(messagePage('Projector page', 'The projector page is on the facilitator’s laptop', 'Use this page to vote instead.'), 403);
  };
  app.get('/screen', (c) => gate(c, () => c.html(screenPage(deps.title, deps.join))));
  app.get('/screen.js', (c) => gate(c, () => script(c, SCREEN_SCRIPT)));
  app.get('/screen/events', (c) => gate(c, () => deps.hub.open(`screen:${tools.remote(c)}`, deps.screenView)));
}

function script(c: Ctx, source: string): Response {
  return c.body(source, 200, { 'content-type': 'text/javascript; charset=utf-8' });
}

/** Compares codes in constant time (hashes first, so lengths need not match). */
function sameCode(typed: string, code: string): boolean {
  const hash = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(hash(typed), hash(code));
}
