// The room's HTTP server: Node's own, with tight timeouts and limits, running the Hono app; how
// it starts and stops; and the addresses it is reached at.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { UsageError } from '../core/problems.js';
import { allowedHosts, hostPort, isLoopback, lanAddress } from './network.js';
import type { InterfaceAddress } from './network.js';

type Fetch = Parameters<typeof getRequestListener>[0];

/**
 * A server that never keeps Node running by itself (the terminal does), and that gives slow or
 * oversized requests short shrift: headers in 10 s, a whole request in 15 s, 8 KB of headers.
 */
export function roomServer(fetch: Fetch): Server {
  const server = createServer(
    { requestTimeout: 15_000, headersTimeout: 10_000, keepAliveTimeout: 5_000, maxHeaderSize: 8192 },
    // Hono's lighter Request and Response stay inside the room: Node's own globals are left alone.
    getRequestListener(fetch, { overrideGlobalObjects: false }),
  );
  server.maxConnections = 400;
  server.on('connection', (socket) => socket.unref());
  server.unref();
  return server;
}

/** Listens, turning the usual failures into a usage error that says what to do. */
export function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const where = hostPort(host, port);
      if (error.code === 'EADDRINUSE') reject(new UsageError(`cannot start the room: ${where} is in use; choose another --port, or leave it out for a free one`));
      else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') reject(new UsageError(`cannot start the room: ${host} is not an address of this computer; check --host`));
      else if (error.code === 'EACCES') reject(new UsageError(`cannot start the room: not allowed to listen on ${where}; choose a --port above 1023`));
      else reject(error);
    });
    server.listen(port, host, () => {
      server.removeAllListeners('error');
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/** Stops listening and ends every connection; open streams get a moment to send their last event. */
export function stop(server: Server): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), 250);
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}

export interface RoomAddresses {
  /** The address phones use. */
  host: string;
  /** http://192.168.1.5:41234/ */
  baseUrl: string;
  /** The projector page, at an address of this laptop. */
  screenUrl: string;
  /** Every Host header the room answers to. */
  hosts: Set<string>;
  warnings: string[];
}

export function roomAddresses(bound: string, port: number, interfaces: readonly InterfaceAddress[]): RoomAddresses {
  const anyAddress = bound === '0.0.0.0' || bound === '::';
  const host = anyAddress ? lanAddress(interfaces) : bound;
  const screenHost = bound === '0.0.0.0' ? '127.0.0.1' : bound === '::' ? '::1' : bound;
  return {
    host,
    baseUrl: `http://${hostPort(host, port)}/`,
    screenUrl: `http://${hostPort(screenHost, port)}/screen`,
    hosts: allowedHosts(bound, host, port, interfaces),
    warnings: isLoopback(host)
      ? ['The room is listening on this computer only, so phones cannot reach it: join a network or start a hotspot, or give --host.']
      : [],
  };
}
