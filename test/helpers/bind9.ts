/**
 * Test fixture: a real BIND 9 (`named`) serving zones we write, as a child process.
 *
 * Why a real server and not a mock: the DNS code must cope with what an actual Windows-style
 * authoritative server sends (additional-section glue for SRV targets, truncation, dynamic
 * updates, two servers that disagree). BIND gives us that behaviour for free.
 *
 * Only loopback addresses are used (127.0.0.0/8 or ::1); never anything routable.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, isIP } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as dnsPacket from 'dns-packet';
import { pidAlive } from './pid-alive.js';

/** One zone that `named` serves as primary. */
export interface BindZone {
  /** Zone apex, e.g. `corp.example.test` (a trailing dot is fine). */
  name: string;
  /**
   * Zone file body. Relative names are relative to the zone apex. If it has no SOA record, a
   * default SOA (serial 1), `NS ns.<zone>.` and `ns.<zone>. A <server address>` are prepended
   * so a body of just the interesting records loads; give your own SOA to control the apex.
   */
  records: string;
  /** Allow RFC 2136 dynamic updates from anyone (the server only listens on loopback). */
  allowUpdate?: boolean;
}

/** Options for {@link startBind}. */
export interface StartBindOptions {
  zones: BindZone[];
  /** Loopback address to listen on; default `127.0.0.1`. Any 127/8 address or `::1`. */
  address?: string;
  /** UDP+TCP port; default: a free one picked at random. */
  port?: number;
  /** Extra statements pasted verbatim inside `options { ... }`. */
  extraOptions?: string;
  /** Give up if `named` does not answer for every zone within this time; default 10 000 ms. */
  startTimeoutMs?: number;
}

/** A running `named`. */
export interface BindServer {
  address: string;
  port: number;
  /** `addr:port`, or `[v6]:port` for IPv6 (the form `parseEndpoint` reads back). */
  server: string;
  /** Temp dir holding named.conf, zone files and journals; removed by {@link BindServer.stop}. */
  workDir: string;
  /** Everything `named` has written to stderr so far (it logs there with `-g`). */
  log(): string;
  /** Stops `named` (SIGTERM, then SIGKILL after a short grace) and removes the work dir. */
  stop(): Promise<void>;
}

/** Path of the `named` binary; override with `KMSD_NAMED`. */
export const NAMED_PATH = process.env.KMSD_NAMED ?? '/usr/sbin/named';

const WORKDIR_PREFIX = `kmsd-bind-${process.pid}-`;
const STOP_GRACE_MS = 2000;

/** Live servers, so a test process that exits early does not leave `named` running. */
const live = new Map<ChildProcess, string>();
process.on('exit', () => {
  for (const [child, dir] of live) {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * Starts `named -g` on a loopback address with the given zones and resolves once it answers an
 * authoritative SOA query for every zone. Rejects with named's log if it exits, a zone fails to
 * load, or it is not ready within `startTimeoutMs`.
 */
export async function startBind(options: StartBindOptions): Promise<BindServer> {
  const address = options.address ?? '127.0.0.1';
  assertLoopback(address);
  if (!existsSync(NAMED_PATH)) {
    throw new Error(`${NAMED_PATH} not found; install it with: apt-get install -y bind9 bind9-utils`);
  }
  sweepStaleWorkDirs();
  ensureLoopbackAlias(address);
  // A free port found by bind-and-release can be taken by someone else before named binds it;
  // retry with a new one in that case (only when the caller did not ask for a specific port).
  const attempts = options.port === undefined ? 3 : 1;
  for (let attempt = 1; ; attempt++) {
    const port = options.port ?? (await findFreePort(address));
    try {
      return await launch(options, address, port);
    } catch (err) {
      if (attempt >= attempts || !/address in use/i.test(String(err))) throw err;
    }
  }
}

async function launch(options: StartBindOptions, address: string, port: number): Promise<BindServer> {
  const workDir = await mkdtemp(join(tmpdir(), WORKDIR_PREFIX));
  await writeFile(join(workDir, 'named.conf'), namedConf(options, workDir, address, port));
  for (const [i, zone] of options.zones.entries()) {
    await writeFile(join(workDir, `zone-${i}.db`), zoneFile(zone, address));
  }

  const child = spawn(NAMED_PATH, ['-g', '-c', join(workDir, 'named.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  live.set(child, workDir);
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => {
      live.delete(child);
      resolve(`named exited (code ${code}, signal ${signal})`);
    }),
  );
  child.once('error', (err) => (stderr += `\nspawn error: ${err.message}`));

  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    }
    live.delete(child);
    await rm(workDir, { recursive: true, force: true });
  };

  try {
    await waitUntilServing(options, address, port, options.startTimeoutMs ?? 10_000, exited, () => stderr);
  } catch (err) {
    await stop();
    throw new Error(`BIND failed to start on ${address}#${port}: ${(err as Error).message}\n--- named log ---\n${stderr}`);
  }
  const server = isIP(address) === 6 ? `[${address}]:${port}` : `${address}:${port}`;
  return { address, port, server, workDir, log: () => stderr, stop };
}

function namedConf(options: StartBindOptions, dir: string, address: string, port: number): string {
  const v6 = isIP(address) === 6;
  const zones = options.zones.map((z, i) => `zone "${apex(z.name)}" {\n  type primary;\n  file "zone-${i}.db";\n` + (z.allowUpdate ? '  allow-update { any; };\n' : '') + '};');
  return `options {
  directory "${dir}";
  pid-file "${dir}/named.pid";
  // Defaults point into /run/named and /var/cache/bind, which may not exist or be shared.
  session-keyfile "${dir}/session.key";
  managed-keys-directory "${dir}";
  listen-on port ${port} { ${v6 ? 'none' : address}; };
  listen-on-v6 port ${port} { ${v6 ? address : 'none'}; };
  recursion no;
  dnssec-validation no;
  notify no;
  // Full responses: SRV answers must carry the targets' A/AAAA in the additional section.
  minimal-responses no;
  max-udp-size 4096;
  edns-udp-size 4096;
${options.extraOptions ?? ''}
};
// No rndc: the control channel would need a key file and another port.
controls { };
${zones.join('\n')}
`;
}

function zoneFile(zone: BindZone, address: string): string {
  const origin = apex(zone.name);
  const fqdn = origin === '.' ? '.' : `${origin}.`;
  // $TTL first so bodies without TTLs load; a $TTL in the body still overrides it.
  let text = `$ORIGIN ${fqdn}\n$TTL 300\n`;
  if (!/^\S*\s+(?:\d+\s+)?(?:IN\s+)?(?:\d+\s+)?SOA\s/im.test(zone.records)) {
    const nsName = `ns.${fqdn === '.' ? '' : fqdn}`;
    text += `@ IN SOA ${nsName} hostmaster.${fqdn === '.' ? '' : fqdn} 1 3600 600 86400 60\n`;
    text += `@ IN NS ${nsName}\n${nsName} IN ${isIP(address) === 6 ? 'AAAA' : 'A'} ${address}\n`;
  }
  return `${text}${zone.records}\n`;
}

/** Zone name without a trailing dot (the root zone stays `.`). */
function apex(name: string): string {
  return name === '.' ? '.' : name.replace(/\.$/, '');
}

/**
 * Polls with a UDP SOA query per zone until each gets an authoritative NOERROR. Zone load errors
 * do not stop `named` (it just skips the zone), so a REFUSED/SERVFAIL here means "zone broken":
 * fail fast once `named` says it is running, instead of waiting for the timeout.
 */
async function waitUntilServing(options: StartBindOptions, address: string, port: number, timeoutMs: number, exited: Promise<string>, log: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitReason: string | undefined;
  void exited.then((reason) => (exitReason = reason));
  const pending = new Set(options.zones.map((z) => apex(z.name)));
  // No zones: CHAOS version.bind is answered by named itself, so it still proves readiness.
  const probeChaos = pending.size === 0;
  while (true) {
    if (exitReason) throw new Error(exitReason);
    if (/address in use/i.test(log())) throw new Error('address in use');
    if (probeChaos) {
      if ((await querySoa(address, port, 'version.bind', 'CH', 200)) !== undefined) return;
    }
    for (const zone of [...pending]) {
      const reply = await querySoa(address, port, zone, 'IN', 200);
      if (reply?.rcode === 0 && reply.aa) pending.delete(zone);
      else if (reply && / running\s*$/m.test(log())) {
        throw new Error(`zone "${zone}" is not served (rcode ${reply.rcode}); check the zone file`);
      }
    }
    if (!probeChaos && pending.size === 0) return;
    if (Date.now() > deadline) throw new Error(`not answering within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** One UDP query; resolves undefined on timeout or ICMP port-unreachable (not listening yet). */
function querySoa(address: string, port: number, name: string, klass: 'IN' | 'CH', timeoutMs: number): Promise<{ rcode: number; aa: boolean } | undefined> {
  return new Promise((resolve) => {
    const socket = createSocket(isIP(address) === 6 ? 'udp6' : 'udp4');
    const id = Math.floor(Math.random() * 0xffff);
    const done = (value: { rcode: number; aa: boolean } | undefined): void => {
      clearTimeout(timer);
      socket.close();
      resolve(value);
    };
    const timer = setTimeout(() => done(undefined), timeoutMs);
    socket.on('error', () => done(undefined));
    socket.on('message', (msg) => {
      try {
        const reply = dnsPacket.decode(msg);
        if (reply.id === id) done({ rcode: (reply.flags ?? 0) & 0xf, aa: reply.flag_aa });
      } catch {
        // Not a DNS reply we can read; keep waiting.
      }
    });
    const type = klass === 'CH' ? 'TXT' : 'SOA';
    socket.send(dnsPacket.encode({ type: 'query', id, questions: [{ type, class: klass, name }] }), port, address);
  });
}

/** Binds UDP and TCP to port 0 on `address`, keeps the first port free on both, releases it. */
async function findFreePort(address: string): Promise<number> {
  for (let tries = 0; tries < 20; tries++) {
    const port = await new Promise<number>((resolve, reject) => {
      const srv = createServer();
      srv.once('error', reject);
      srv.listen(0, address, () => {
        const p = (srv.address() as { port: number }).port;
        srv.close(() => resolve(p));
      });
    });
    const udpFree = await new Promise<boolean>((resolve) => {
      const sock = createSocket(isIP(address) === 6 ? 'udp6' : 'udp4');
      sock.once('error', () => resolve(false));
      sock.bind(port, address, () => sock.close(() => resolve(true)));
    });
    if (udpFree) return port;
  }
  throw new Error(`no free UDP+TCP port on ${address}`);
}

function assertLoopback(address: string): void {
  const ok = address === '::1' || (isIP(address) === 4 && address.startsWith('127.'));
  if (!ok) throw new Error(`startBind: ${address} is not loopback; tests may only use 127.0.0.0/8 or ::1`);
}

/**
 * named listens only on addresses configured on an interface, and Linux `lo` carries just
 * 127.0.0.1/8 although all of 127/8 is routed locally. So 127.0.0.2 etc. are added as /32 aliases.
 * They are deliberately left in place: another test run may have a named bound to the same alias,
 * and a loopback /32 changes no routing.
 */
function ensureLoopbackAlias(address: string): void {
  if (isIP(address) !== 4 || address === '127.0.0.1') return;
  const present = Object.values(networkInterfaces()).some((list) => list?.some((a) => a.address === address));
  if (present) return;
  try {
    execFileSync('ip', ['addr', 'add', `${address}/32`, 'dev', 'lo'], { stdio: 'pipe' });
  } catch (err) {
    const msg = String((err as { stderr?: Buffer }).stderr ?? err);
    if (!/exists/i.test(msg)) throw new Error(`cannot add ${address} to lo (needs root): ${msg}`);
  }
}

/**
 * Kills `named` left over from test processes that died without running their exit hook
 * (e.g. SIGKILL), identified by work dirs named after a PID that no longer exists.
 */
function sweepStaleWorkDirs(): void {
  for (const entry of readdirSync(tmpdir())) {
    const m = /^kmsd-bind-(\d+)-/.exec(entry);
    if (!m || pidAlive(Number(m[1]))) continue;
    const dir = join(tmpdir(), entry);
    try {
      const pid = Number(readFileSync(join(dir, 'named.pid'), 'utf8').trim());
      // Check it really is named: the PID may have been reused by something else.
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'named') process.kill(pid, 'SIGKILL');
    } catch {
      // No pid file or process already gone.
    }
    rmSync(dir, { recursive: true, force: true });
  }
}
