/**
 * Test fixture: a network namespace joined to the root namespace by a veth pair, with nftables
 * inside it, so tests see *real* TCP port states from the kernel: open (something listens),
 * closed (kernel RST), filtered (nft drop → timeout) and unreachable (ICMP host-unreachable).
 *
 * Needs root plus `ip` (iproute2) and `nft` (nftables). Addresses come from 198.18.0.0/15
 * (RFC 2544 benchmarking range), so nothing real is ever contacted.
 */
import { type ChildProcess, execFile, execFileSync, type SpawnOptions, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { pidAlive } from './pid-alive.js';

/** A process started inside the namespace. */
export interface NsProcess {
  child: ChildProcess;
  /** Resolves with the match once a stdout line matches (lines already printed count too). */
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** stdout and stderr so far, for assertion messages. */
  output(): string;
  /** SIGTERM, then SIGKILL after a short grace; resolves when the process has exited. */
  stop(): Promise<void>;
}

/** A namespace with its addresses and knobs; see {@link createTestNetwork}. */
export interface TestNetwork {
  /** Namespace name, for `ip netns exec`. */
  ns: string;
  /** veth end in the root namespace (`kmsd<N>h`) and inside the namespace (`kmsd<N>n`). */
  hostInterface: string;
  nsInterface: string;
  /** 198.18.X.1, the root namespace's address on the link. */
  hostSideAddress: string;
  /** 198.18.X.2: open where something listens, closed (RST) elsewhere. */
  nsAddress: string;
  /** 198.18.X.3: every packet to it is answered with ICMP host-unreachable. */
  unreachableAddress: string;
  /** 198.18.X.4: every packet to it is silently dropped (connects time out). */
  blackholeAddress: string;
  /** Runs an nft script in the namespace (`nft -f -`); table `inet kmsdtest`, chain `input` exist. */
  addRules(nftScript: string): Promise<void>;
  /** Silently drops packets to `nsAddress` port `port` ('filtered'). */
  dropPort(port: number, protocol?: 'tcp' | 'udp'): Promise<void>;
  /** Answers TCP to `nsAddress` port `port` with a RST even if something listens (a firewall reject). */
  rejectPortWithRst(port: number): Promise<void>;
  /** Removes rules added by the methods above, back to the unreachable/blackhole baseline. */
  resetRules(): Promise<void>;
  /** Runs a command in the namespace to completion. */
  exec(command: string, args: string[]): Promise<{ stdout: string; stderr: string }>;
  /** Starts a long-running command in the namespace (argument array, no shell). */
  spawnInNamespace(command: string, args: string[], options?: SpawnOptions): NsProcess;
  /** Starts a TypeScript script with `node --import tsx` in the namespace, cwd = repo root. */
  spawnNodeScript(script: string, args: string[]): NsProcess;
  /** Kills spawned processes, deletes the veth pair and the namespace. Safe to call twice. */
  destroy(): Promise<void>;
}

/** Repo root, so relative script paths and `--import tsx` resolve the same from any cwd. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Path of the listener script for {@link TestNetwork.spawnNodeScript}. */
export const NS_LISTENER = fileURLToPath(new URL('./ns-listener.ts', import.meta.url));

const NAME_PREFIX = 'kmsd-';
const SUBNETS = 512; // 198.18.0.0/24 … 198.19.255.0/24
const STOP_GRACE_MS = 2000;
let counter = 0;
let swept = false;

/** Teardown actions of live networks, run synchronously if the test process exits early. */
const exitCleanups = new Set<() => void>();
process.on('exit', () => {
  for (const fn of exitCleanups) fn();
});

/**
 * Creates a fresh namespace `kmsd-<pid>-<n>` (or `options.name`) with a veth link to the root
 * namespace on its own 198.18.X.0/24 (or 198.19.X.0/24), loopback up, and the baseline nft rules.
 */
export async function createTestNetwork(options: { name?: string } = {}): Promise<TestNetwork> {
  if (!swept) {
    swept = true;
    await sweepStale();
  }
  const ns = options.name ?? `${NAME_PREFIX}${process.pid}-${counter++}`;
  const index = await claimSubnet();
  const hostInterface = `kmsd${index}h`;
  const nsInterface = `kmsd${index}n`;
  const net = index < 256 ? `198.18.${index}` : `198.19.${index - 256}`;
  const addr = { host: `${net}.1`, ns: `${net}.2`, unreachable: `${net}.3`, blackhole: `${net}.4` };

  const children = new Set<NsProcess>();
  const teardownSync = (): void => {
    for (const p of children) p.child.kill('SIGKILL');
    // Deleting one veth end deletes its peer synchronously; the namespace goes after that.
    for (const args of [
      ['link', 'del', hostInterface],
      ['netns', 'del', ns],
    ]) {
      try {
        execFileSync('ip', args, { stdio: 'ignore' });
      } catch {
        // Already gone.
      }
    }
  };
  exitCleanups.add(teardownSync);

  const baseline = `flush ruleset
table inet kmsdtest {
  chain input {
    type filter hook input priority filter; policy accept;
    ip daddr ${addr.unreachable} reject with icmp type host-unreachable
    ip daddr ${addr.blackhole} drop
  }
}
`;
  try {
    await run('ip', ['netns', 'add', ns]);
    await run('ip', ['link', 'set', nsInterface, 'netns', ns]);
    await run('ip', ['addr', 'add', `${addr.host}/24`, 'dev', hostInterface]);
    await run('ip', ['link', 'set', hostInterface, 'up']);
    for (const a of [addr.ns, addr.unreachable, addr.blackhole]) {
      await run('ip', ['-n', ns, 'addr', 'add', `${a}/24`, 'dev', nsInterface]);
    }
    await run('ip', ['-n', ns, 'link', 'set', nsInterface, 'up']);
    await run('ip', ['-n', ns, 'link', 'set', 'lo', 'up']);
    // The kernel rate-limits ICMP errors to 1/s per peer; tests probing the unreachable address
    // several times in a row would otherwise see timeouts instead of EHOSTUNREACH.
    // (`tee` rather than `sysctl`: procps is not installed on minimal Debian; coreutils always is.)
    await run('ip', ['netns', 'exec', ns, 'tee', '/proc/sys/net/ipv4/icmp_ratelimit'], '0\n');
    await run('ip', ['netns', 'exec', ns, 'nft', '-f', '-'], baseline);
  } catch (err) {
    teardownSync();
    exitCleanups.delete(teardownSync);
    throw err;
  }

  const nft = (script: string): Promise<void> => run('ip', ['netns', 'exec', ns, 'nft', '-f', '-'], script).then(() => {});
  const spawnInNamespace = (command: string, args: string[], spawnOptions: SpawnOptions = {}): NsProcess => {
    const proc = track(spawn('ip', ['netns', 'exec', ns, command, ...args], { cwd: REPO_ROOT, ...spawnOptions, stdio: 'pipe' }));
    children.add(proc);
    proc.child.once('exit', () => children.delete(proc));
    return proc;
  };
  let destroyed = false;

  return {
    ns,
    hostInterface,
    nsInterface,
    hostSideAddress: addr.host,
    nsAddress: addr.ns,
    unreachableAddress: addr.unreachable,
    blackholeAddress: addr.blackhole,
    addRules: nft,
    dropPort: (port, protocol = 'tcp') => nft(`add rule inet kmsdtest input ip daddr ${addr.ns} ${protocol} dport ${port} drop\n`),
    rejectPortWithRst: (port) => nft(`add rule inet kmsdtest input ip daddr ${addr.ns} tcp dport ${port} reject with tcp reset\n`),
    resetRules: () => nft(baseline),
    exec: (command, args) => run('ip', ['netns', 'exec', ns, command, ...args]),
    spawnInNamespace,
    spawnNodeScript: (script, args) => spawnInNamespace(process.execPath, ['--import', 'tsx', script, ...args]),
    async destroy() {
      if (destroyed) return;
      destroyed = true;
      await Promise.all([...children].map((p) => p.stop()));
      teardownSync();
      exitCleanups.delete(teardownSync);
    },
  };
}

/**
 * Picks a free /24 index. Creating the veth pair doubles as the lock: its name encodes the index
 * and the kernel refuses a duplicate name, so concurrent test runs never share a subnet. Starts
 * at a PID-derived index so parallel runs rarely even collide.
 */
async function claimSubnet(): Promise<number> {
  const routes = (await run('ip', ['-4', 'route', 'show'])).stdout;
  const start = (process.pid * 7 + counter) % SUBNETS;
  for (let i = 0; i < SUBNETS; i++) {
    const index = (start + i) % SUBNETS;
    const net = index < 256 ? `198.18.${index}.` : `198.19.${index - 256}.`;
    if (routes.includes(net)) continue; // Someone else (not our lock) already uses this /24.
    try {
      await run('ip', ['link', 'add', `kmsd${index}h`, 'type', 'veth', 'peer', 'name', `kmsd${index}n`]);
      return index;
    } catch (err) {
      if (!/exists/i.test(String(err))) throw err;
    }
  }
  throw new Error('no free /24 left in 198.18.0.0/15 for a test network');
}

/**
 * Removes namespaces left by test processes that died without their exit hook (SIGKILL, crash):
 * the name carries the creator's PID, so a dead PID means stale. Processes still running inside
 * such a namespace were started by that test run, so they are killed too.
 */
async function sweepStale(): Promise<void> {
  const list = (await run('ip', ['netns', 'list'])).stdout;
  for (const m of list.matchAll(/^(kmsd-(\d+)-\d+)\b/gm)) {
    const [, name, pid] = m as unknown as [string, string, string];
    if (pidAlive(Number(pid))) continue;
    const pids = (await run('ip', ['netns', 'pids', name]).catch(() => ({ stdout: '' }))).stdout;
    for (const p of pids.split(/\s+/).filter(Boolean)) {
      try {
        process.kill(Number(p), 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    await run('ip', ['netns', 'del', name]).catch(() => {});
  }
}

/** execFile with optional stdin; the error message carries the command and its stderr. */
function run(command: string, args: string[], input?: string): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = execFile(command, args, { encoding: 'utf8', timeout: 10_000 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${command} ${args.join(' ')} failed: ${stderr.trim() || err.message}`));
      else resolve({ stdout, stderr });
    });
    // A command that exits without reading stdin makes our write fail with EPIPE; that is fine.
    child.stdin?.on('error', () => {});
    if (input === undefined) child.stdin?.end();
    else child.stdin?.end(input);
  });
}

/** Wraps a child with line buffering, `waitForLine` and `stop`. */
function track(child: ChildProcess): NsProcess {
  const lines: string[] = [];
  let partial = '';
  let all = '';
  const waiters = new Set<() => void>();
  const notify = (): void => {
    for (const fn of waiters) fn();
  };
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    all += chunk;
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts.map((l) => l.replace(/\r$/, '')));
    notify();
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (all += chunk));
  // 'close' (not 'exit') so every stdout line has been read before waiters give up.
  let closed = false;
  const exited = new Promise<void>((resolve) =>
    child.once('close', () => {
      closed = true;
      notify();
      resolve();
    }),
  );
  child.once('error', (err) => (all += `\nspawn error: ${err.message}`));
  const running = (): boolean => child.exitCode === null && child.signalCode === null;

  return {
    child,
    output: () => all,
    waitForLine(pattern, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        let seen = 0;
        const check = () => {
          for (; seen < lines.length; seen++) {
            const m = pattern.exec(lines[seen]!);
            if (m) return finish(() => resolve(m));
          }
          if (closed) finish(() => reject(new Error(`process exited before printing ${pattern}:\n${all}`)));
        };
        const timer = setTimeout(() => finish(() => reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms:\n${all}`))), timeoutMs);
        const finish = (settle: () => void): void => {
          clearTimeout(timer);
          waiters.delete(check);
          settle();
        };
        waiters.add(check);
        check();
      });
    },
    async stop() {
      if (running()) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}
