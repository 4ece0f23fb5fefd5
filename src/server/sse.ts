// Server push with Server-Sent Events: each open page holds one stream and gets its whole view
// as one "state" event when it connects and whenever that view changes (never a diff, so a
// reconnecting page needs nothing but the next event). A comment line every heartbeat keeps
// idle connections open through Wi-Fi power saving and lets the server notice dead ones.

const encoder = new TextEncoder();

/** How long a browser waits before reconnecting a dropped stream. */
export const RETRY_MS = 2000;
/** Streams one device may hold at once (tabs); opening another closes its oldest. */
export const STREAMS_PER_OWNER = 4;
/** Events queued for a client that is not reading before it is dropped. */
const MAX_QUEUED = 64;

interface Stream {
  owner: string;
  view: () => unknown;
  controller: ReadableStreamDefaultController<Uint8Array>;
  /** The last view sent, as JSON: an unchanged view is not sent again. */
  last: string | undefined;
  /** Events sent on this stream, for the SSE id. */
  sent: number;
}

export class EventHub {
  private readonly streams = new Set<Stream>();
  private pending: NodeJS.Immediate | undefined;

  get size(): number {
    return this.streams.size;
  }

  /** A text/event-stream response that sends `view()` now and after every change. */
  open(owner: string, view: () => unknown): Response {
    let stream: Stream | undefined;
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => {
        stream = { owner, view, controller, last: undefined, sent: 0 };
        this.limitOwner(owner);
        this.streams.add(stream);
        controller.enqueue(encoder.encode(`retry: ${RETRY_MS}\n\n`));
        this.send(stream);
      },
      cancel: () => {
        if (stream) this.streams.delete(stream);
      },
    });
    return new Response(body, {
      headers: { 'content-type': 'text/event-stream; charset=utf-8', 'x-accel-buffering': 'no' },
    });
  }

  /** Sends every stream its view if it has changed. */
  refresh(): void {
    if (this.pending) clearImmediate(this.pending);
    this.pending = undefined;
    for (const stream of this.streams) this.send(stream);
  }

  /**
   * Refreshes once the requests already received have been handled: thirty votes arriving
   * together make one round of events, not thirty.
   */
  refreshSoon(): void {
    this.pending ??= setImmediate(() => this.refresh());
  }

  /** Closes the streams of one owner (a device that lost its pass), or all. */
  close(owner?: string): void {
    if (owner === undefined) this.refresh();
    for (const stream of [...this.streams]) if (owner === undefined || stream.owner === owner) this.drop(stream);
  }

  heartbeat(): void {
    for (const stream of this.streams) this.write(stream, ': ping\n\n');
  }

  private send(stream: Stream): void {
    const json = JSON.stringify(stream.view());
    if (json === stream.last) return;
    stream.last = json;
    stream.sent += 1;
    this.write(stream, `id: ${stream.sent}\nevent: state\ndata: ${json}\n\n`);
  }

  private write(stream: Stream, text: string): void {
    // A client that stopped reading (a phone asleep on a dead connection) is dropped, not buffered for.
    if ((stream.controller.desiredSize ?? 0) < -MAX_QUEUED) {
      this.drop(stream);
      return;
    }
    try {
      stream.controller.enqueue(encoder.encode(text));
    } catch {
      this.streams.delete(stream);
    }
  }

  private drop(stream: Stream): void {
    this.streams.delete(stream);
    try {
      stream.controller.close();
    } catch {
      // already closed by the client
    }
  }

  private limitOwner(owner: string): void {
    const mine = [...this.streams].filter((s) => s.owner === owner);
    for (const old of mine.slice(0, Math.max(0, mine.length - STREAMS_PER_OWNER + 1))) this.drop(old);
  }
}
