import { createServer } from 'node:net';
import type { Answer } from 'dns-packet';
import { type LabDnsServer, startLabDnsServer } from './dns-server.js';
import { type RpcResponder, startRpcResponder } from './rpc-responder.js';

export const LAB_DOMAIN = 'lab.kms-doctor.test';
const KMS_PORT = 1688;

/** What each lab host stands for, shown by `kmsdoctor lab` before the check runs. */
export type LabRole = 'healthy' | 'stopped' | 'not-kms' | 'stale';

export interface LabHost {
  name: string;
  address: string | null;
  port: number;
  /** What the host stands for in the lab; its words are the catalog's `lab.role.<role>`. */
  role: LabRole;
}

export interface Lab {
  domain: string;
  dns: LabDnsServer;
  hosts: LabHost[];
  close(): Promise<void>;
}

/**
 * Starts the built-in lab on loopback, needing no root and nothing installed: an authoritative
 * DNS server for `lab.kms-doctor.test` whose `_vlmcs._tcp` set holds a healthy KMS host, a stale
 * record for a host that no longer exists, a host whose KMS port refuses, and a listener that is
 * not KMS. On Linux every host gets its own 127.77.0.x address and the real port 1688; elsewhere
 * (only 127.0.0.1 exists by default) each gets its own port on 127.0.0.1.
 */
export async function startLab(): Promise<Lab> {
  const spread = process.platform === 'linux';
  const addressOf = (n: number) => (spread ? `127.77.0.${n}` : '127.0.0.1');
  const started: RpcResponder[] = [];
  try {
    const healthy = await startResponderPreferring(addressOf(1), 'genuine', spread);
    started.push(healthy);
    const notKms = await startResponderPreferring(addressOf(3), 'garbage', spread);
    started.push(notKms);
    const refusing = { host: addressOf(2), port: spread ? KMS_PORT : await unusedPort(addressOf(2)) };

    const hosts: LabHost[] = [
      { name: `kms01.${LAB_DOMAIN}`, address: healthy.host, port: healthy.port, role: 'healthy' },
      { name: `kms02.${LAB_DOMAIN}`, address: refusing.host, port: refusing.port, role: 'stopped' },
      { name: `web01.${LAB_DOMAIN}`, address: notKms.host, port: notKms.port, role: 'not-kms' },
      { name: `kms-old.${LAB_DOMAIN}`, address: null, port: KMS_PORT, role: 'stale' },
    ];
    const dns = await startLabDnsServer([{ origin: LAB_DOMAIN, records: zoneRecords(hosts) }]);
    return {
      domain: LAB_DOMAIN,
      dns,
      hosts,
      close: async () => {
        await Promise.all([dns.close(), ...started.map((responder) => responder.close())]);
      },
    };
  } catch (error) {
    await Promise.all(started.map((responder) => responder.close()));
    throw error;
  }
}

function zoneRecords(hosts: LabHost[]): Answer[] {
  const srv = (host: LabHost, priority: number, weight: number): Answer => ({
    name: `_vlmcs._tcp.${LAB_DOMAIN}`,
    type: 'SRV',
    ttl: 900,
    data: { priority, weight, port: host.port, target: host.name },
  });
  const [kms01, kms02, web01, old] = hosts as [LabHost, LabHost, LabHost, LabHost];
  return [
    {
      name: LAB_DOMAIN,
      type: 'SOA',
      ttl: 3600,
      data: { mname: `ns.${LAB_DOMAIN}`, rname: `hostmaster.${LAB_DOMAIN}`, serial: 1, refresh: 900, retry: 300, expire: 604800, minimum: 300 },
    },
    srv(kms01, 0, 60),
    srv(kms02, 0, 40),
    srv(web01, 10, 0),
    srv(old, 10, 0),
    ...hosts.filter((host) => host.address !== null).map((host): Answer => ({ name: host.name, type: 'A', ttl: 1200, data: host.address! })),
  ];
}

/** The real KMS port when it is free at that address, else any port: the lab must start anywhere. */
async function startResponderPreferring(host: string, mode: 'genuine' | 'garbage', preferKmsPort: boolean): Promise<RpcResponder> {
  if (preferKmsPort) {
    try {
      return await startRpcResponder({ host, port: KMS_PORT, mode });
    } catch {
      // port taken (a real KMS emulator, another lab): fall through to a free port
    }
  }
  return startRpcResponder({ host, port: 0, mode });
}

/** A port nothing listens on: bound, noted and released, so connecting to it is refused. */
function unusedPort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
