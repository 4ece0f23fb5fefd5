#!/usr/bin/env node
// The live room under load: 30 participants, each an HTTP client with its own connection and
// its own event stream as a phone has, vote on a question, ROUNDS times with the votes spread over
// a second (as a room votes) and ROUNDS times all at the same instant (the worst case). Measured:
// the time from a vote leaving a phone to the facilitator's 'voted' event naming that person (in
// the room's own process), and to the projector page's stream showing them as voted; and the
// room process's memory. Goals: median at most 50 ms, 95th percentile at most 150 ms. Run on its
// own with `node bench/room.js` (after `npm run build`), or as part of `npm run bench`.
import { fork } from 'node:child_process';
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const PEOPLE = Number(process.env.BENCH_ROOM_PEOPLE ?? 30);
const ROUNDS = Number(process.env.BENCH_ROOM_ROUNDS ?? 10);
const clock = () => performance.timeOrigin + performance.now();

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function send(port, path, { method = 'GET', cookie, body, agent } = {}) {
  return new Promise((resolve, reject) => {
    const headers = { host: `127.0.0.1:${port}` };
    if (cookie) headers.cookie = cookie;
    if (body !== undefined) Object.assign(headers, { origin: `http://127.0.0.1:${port}`, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json', 'x-dma-room': '1' });
    const req = request({ host: '127.0.0.1', port, path, method, headers, agent }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

/** An event stream; `onState` gets each state event's data, parsed. */
function listen(port, path, cookie, onState) {
  const req = request({ host: '127.0.0.1', port, path, headers: cookie ? { cookie } : {}, agent: false }, (res) => {
    let buffer = '';
    res.setEncoding('utf8');
    res.on('data', (chunk) => {
      buffer += chunk;
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block.split('\n').find((l) => l.startsWith('data: '));
        if (data && onState) onState(JSON.parse(data.slice(6)));
      }
    });
  });
  req.end();
  return req;
}

export async function benchRoom() {
  const child = fork(fileURLToPath(new URL('./room-server.js', import.meta.url)), [String(PEOPLE)], { execArgv: ['--expose-gc'] });
  const waiting = new Map();
  const next = (type) => new Promise((resolve) => waiting.set(type, resolve));
  const facilitatorSaw = new Map();
  child.on('message', (m) => {
    if (m.type === 'voted') facilitatorSaw.set(`${m.round}:${m.id}`, m.at);
    waiting.get(m.type)?.(m);
    if (m.type !== 'voted') waiting.delete(m.type);
  });
  const { port, code } = await next('ready');

  const phones = [];
  for (let i = 1; i <= PEOPLE; i++) {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const joined = await send(port, `/j/${code}`, { agent });
    const cookie = joined.headers['set-cookie'][0].split(';')[0];
    await send(port, '/api/seat', { method: 'POST', cookie, body: { seat: `p${i}` }, agent });
    phones.push({ id: `p${i}`, cookie, agent, stream: listen(port, '/events', cookie) });
  }
  const projectorSaw = new Map();
  let projectorRound = 0;
  let roundShown = () => {};
  const projector = listen(port, '/screen/events', undefined, (view) => {
    const at = clock();
    const round = view.question?.round ?? 0;
    if (round !== projectorRound) {
      projectorRound = round;
      roundShown();
    }
    for (const seat of view.seats) if (seat.voted && !projectorSaw.has(`${round}:${seat.id}`)) projectorSaw.set(`${round}:${seat.id}`, at);
  });

  const sentAt = new Map();
  const burstRounds = new Set();
  for (let round = 1; round <= 2 * ROUNDS; round++) {
    const burst = round > ROUNDS;
    if (burst) burstRounds.add(round);
    const shown = new Promise((resolve) => (roundShown = resolve));
    child.send({ type: 'show', round });
    await shown;
    await Promise.all(
      phones.map(async (phone, i) => {
        if (!burst) await new Promise((r) => setTimeout(r, Math.round(((i * 37) % PEOPLE) * (1000 / PEOPLE))));
        sentAt.set(`${round}:${phone.id}`, clock());
        const res = await send(port, '/api/vote', { method: 'POST', cookie: phone.cookie, body: { round, level: 1 + (i % 5) }, agent: phone.agent });
        if (res.status !== 200) throw new Error(`vote refused: ${res.status} ${res.text}`);
      }),
    );
    const deadline = Date.now() + 5000;
    while ((projectorSaw.size < round * PEOPLE || facilitatorSaw.size < round * PEOPLE) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 100)); // let the room settle between questions
  }

  child.send({ type: 'memory' });
  const memory = await next('memory');
  const latencies = (burst, seen) =>
    [...sentAt].filter(([key]) => burstRounds.has(Number(key.split(':')[0])) === burst && seen.has(key)).map(([key, at]) => seen.get(key) - at);
  projector.destroy();
  for (const phone of phones) {
    phone.stream.destroy();
    phone.agent.destroy();
  }
  child.send({ type: 'close' });
  await new Promise((resolve) => child.once('exit', resolve));

  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  const line = (name, values) => {
    const median = percentile(values, 50);
    const p95 = percentile(values, 95);
    const verdict = median <= 50 && p95 <= 150 ? 'meets goal (median ≤ 50 ms, p95 ≤ 150 ms)' : 'MISSES goal (median ≤ 50 ms, p95 ≤ 150 ms)';
    return `  ${name.padEnd(44)} median ${median.toFixed(1).padStart(6)} ms   p95 ${p95.toFixed(1).padStart(6)} ms   (${values.length} of ${ROUNDS * PEOPLE} votes)   ${verdict}`;
  };
  return [
    `Live room: ${PEOPLE} participants, each with its own connection and event stream, ${ROUNDS} questions each way:`,
    line('votes spread over a second → facilitator', latencies(false, facilitatorSaw)),
    line('votes spread over a second → projector', latencies(false, projectorSaw)),
    line('all at the same instant → facilitator', latencies(true, facilitatorSaw)),
    line('all at the same instant → projector', latencies(true, projectorSaw)),
    `  room process memory: ${mb(memory.rss)} resident (${mb(memory.baseRss)} before the room opened), ${mb(memory.heapUsed)} heap in use after GC`,
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await benchRoom()) console.log(line);
}
