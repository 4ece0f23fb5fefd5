// Where the room listens and how people reach it: the laptop's address on the local network,
// the host names a request may carry, and whether a request comes from the laptop itself.
import { networkInterfaces } from 'node:os';

export interface InterfaceAddress {
  address: string;
  family: 'IPv4' | 'IPv6';
  internal: boolean;
  name: string;
}

export function localAddresses(): InterfaceAddress[] {
  return Object.entries(networkInterfaces()).flatMap(([name, list]) =>
    (list ?? []).map((a) => ({ address: a.address, family: a.family, internal: a.internal, name })),
  );
}

const PRIVATE_IPV4 = /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/;
/** Interfaces of containers and virtual machines, which phones cannot reach. */
const VIRTUAL = /^(docker|br-|veth|virbr|vmnet|vboxnet|lxc|lxd|cni|flannel|tailscale|utun|zt)/;

/**
 * The address phones are most likely to reach: a private IPv4 address of a real interface
 * (Wi-Fi, Ethernet or the laptop's own hotspot), else any non-internal IPv4, else loopback.
 */
export function lanAddress(addresses: readonly InterfaceAddress[] = localAddresses()): string {
  const external = addresses.filter((a) => a.family === 'IPv4' && !a.internal);
  const best =
    external.find((a) => PRIVATE_IPV4.test(a.address) && !VIRTUAL.test(a.name)) ??
    external.find((a) => !VIRTUAL.test(a.name)) ??
    external[0];
  return best?.address ?? '127.0.0.1';
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || host === 'localhost';
}

/** Whether a request's remote address is this machine: loopback or one of its own interfaces. */
export function isOwnAddress(remote: string | undefined, addresses: readonly InterfaceAddress[] = localAddresses()): boolean {
  if (remote === undefined) return false;
  const plain = remote.replace(/^::ffff:/, '');
  return LOOPBACK.has(remote) || addresses.some((a) => a.address === remote || a.address === plain);
}

/** "192.168.1.5:8080", "[fe80::1]:8080": a host and port as they stand in a URL and a Host header. */
export function hostPort(host: string, port: number): string {
  return `${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** Every Host header the room answers to; any other is refused (this also defeats DNS rebinding). */
export function allowedHosts(bound: string, publicHost: string, port: number, addresses: readonly InterfaceAddress[]): Set<string> {
  const hosts = new Set([hostPort(publicHost, port), hostPort(bound, port)]);
  if (bound === '0.0.0.0' || bound === '::') for (const a of addresses) hosts.add(hostPort(a.address, port));
  if (bound === '0.0.0.0' || bound === '::' || isLoopback(bound)) {
    for (const h of ['127.0.0.1', 'localhost', '::1']) hosts.add(hostPort(h, port));
  }
  return hosts;
}
