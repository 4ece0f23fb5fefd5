// The room's side of the room benchmark, in its own process as in `dma assess --room`: opens a
// room for 30 people from the bundle, shows questions when told, and reports the moment the
// facilitator's 'voted' event names each voter, and its memory. Started by bench/room.js.
import { performance } from 'node:perf_hooks';

const { openRoom } = await import(new URL('../dist/bundle/room.js', import.meta.url).href);
const size = Number(process.argv[2] ?? 30);
const team = Array.from({ length: size }, (_, i) => ({ id: `p${i + 1}`, name: `Person ${i + 1}` }));
const before = process.memoryUsage();
const room = await openRoom({ title: 'Bench Borough Council', host: '127.0.0.1', respondents: team, openSeating: false, minutes: 90 });
const clock = () => performance.timeOrigin + performance.now();
const seen = new Set();
room.on('voted', ({ round, answered }) => {
  const at = clock();
  for (const id of answered) {
    if (seen.has(`${round}:${id}`)) continue;
    seen.add(`${round}:${id}`);
    process.send({ type: 'voted', round, id, at });
  }
});

const levels = [1, 2, 3, 4, 5].map((level) => ({ level, label: `Level ${level}`, descriptor: `What level ${level} looks like for this question, in a sentence or two of plain English.` }));
process.on('message', async (message) => {
  if (message.type === 'show') {
    room.show({
      id: `theme.q${message.round}`,
      text: `Question ${message.round}: how far does the council share data with its partners?`,
      help: 'Evidence: data-sharing agreements, joint dashboards.',
      levels,
      notApplicableAllowed: false,
      progress: { number: message.round, total: 40, left: 41 - message.round },
    });
    process.send({ type: 'shown', round: message.round });
  } else if (message.type === 'memory') {
    globalThis.gc?.();
    const now = process.memoryUsage();
    process.send({ type: 'memory', rss: now.rss, heapUsed: now.heapUsed, baseRss: before.rss, baseHeap: before.heapUsed });
  } else if (message.type === 'close') {
    await room.close();
    process.exit(0);
  }
});
process.send({ type: 'ready', port: room.port, code: room.code });
