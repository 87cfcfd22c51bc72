/**
 * A synthetic fleet with known answers, for the fleet tests, the sample fleet and the benchmark:
 * clients allotted in index order to clone groups, clients pinned to a retired host, Windows and
 * Office products in grace, products whose renewals stopped, clocks 6 hours ahead, a branch suffix
 * group, servers — and the rest healthy, cached on kms01/kms02 by turns. Deterministic: the same
 * spec gives the same bytes. `expectedFleet` states what `kmsdoctor fleet` must find.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Snapshot } from '../../src/snapshot/model.js';
import { buildSnapshot, COLLECTED_AT, officeProduct, request12288, response12289 } from './snapshot-builder.js';

export interface SyntheticFleetSpec {
  clients: number;
  /** Sizes of the clone groups (machines sharing one CMID). */
  cloneGroups: number[];
  /** Pinned with /skms to kms-old.corp.test:1688, which has no snapshot and no record. */
  pinnedToRetiredHost: number;
  /** Windows in the initial grace period, 10 days left. */
  windowsInGrace: number;
  /** Windows licensed, with an Office KMS client in grace, 5 days left. */
  officeInGrace: number;
  /** Licensed with 100 of 180 days left: renewals failing for about 73 days (80 since the last, less one 7-day interval). */
  renewalsFailing: number;
  /** Clocks 6 hours ahead of the hosts'. */
  skewedClocks: number;
  /** Primary suffix branch.corp.test, nothing cached. */
  branchClients: number;
  /** Windows Server clients (threshold 5). */
  servers: number;
  /** The counts kms01 and kms02 report. */
  hostCounts: [number, number];
  /** 12288/12289 pairs per client, for realistic snapshot sizes. */
  eventPairs: number;
  /** The port kms01/kms02 listen on and clients cached (default 1688; a test's responder has another). */
  hostPort?: number;
}

export const RETIRED_HOST = 'kms-old.corp.test:1688';
export const HOSTS = ['kms01.corp.test', 'kms02.corp.test'] as const;

const MINUTES_PER_DAY = 1440;

function cmidOf(index: number): string {
  const hex = index.toString(16).padStart(12, '0');
  return `5e1f0000-0000-4000-8000-${hex}`;
}

type Role = 'clone' | 'pinned' | 'windows-grace' | 'office-grace' | 'renewal' | 'skewed' | 'branch' | 'server' | 'healthy';

/** Each client's role by index, in the order the spec lists them. */
function roles(spec: SyntheticFleetSpec): Role[] {
  const list: Role[] = [];
  const push = (role: Role, n: number) => {
    for (let i = 0; i < n; i += 1) list.push(role);
  };
  push(
    'clone',
    spec.cloneGroups.reduce((a, b) => a + b, 0),
  );
  push('pinned', spec.pinnedToRetiredHost);
  push('windows-grace', spec.windowsInGrace);
  push('office-grace', spec.officeInGrace);
  push('renewal', spec.renewalsFailing);
  push('skewed', spec.skewedClocks);
  push('branch', spec.branchClients);
  push('server', spec.servers);
  if (list.length > spec.clients) throw new Error(`the spec needs ${list.length} clients, has ${spec.clients}`);
  push('healthy', spec.clients - list.length);
  return list;
}

function clientSnapshot(index: number, role: Role, cmid: string, spec: SyntheticFleetSpec): Snapshot {
  const name = `WS${String(index).padStart(5, '0')}`;
  const domain = role === 'branch' ? 'branch.corp.test' : 'corp.test';
  const cached = role === 'pinned' || role === 'branch' ? null : HOSTS[index % 2]!;
  const port = spec.hostPort ?? 1688;
  const daysLeft = role === 'renewal' ? 100 : role === 'windows-grace' ? 10 : 178;
  const at = Date.parse(COLLECTED_AT);
  const events = [];
  for (let k = 0; k < spec.eventPairs; k += 1) {
    const time = new Date(at - (k + 1) * 7 * 86_400_000).toISOString();
    // Record ids of the machine's own log, so a fleet is the same whatever was built before it in the process.
    events.push(
      { ...request12288(time, { host: cached ? `${cached}:${port}` : RETIRED_HOST }), recordId: 40_000 + 2 * k },
      { ...response12289(time.replace(/\.\d+Z$/, '.500Z')), recordId: 40_001 + 2 * k },
    );
  }
  return buildSnapshot({
    computer: { name, domain, osCaption: role === 'server' ? 'Microsoft Windows Server 2022 Standard' : 'Microsoft Windows 11 Enterprise' },
    clockUtc: role === 'skewed' ? new Date(at + 6 * 3_600_000).toISOString() : COLLECTED_AT,
    service: {
      clientMachineId: cmid,
      kmsMachine: role === 'pinned' ? 'kms-old.corp.test' : null,
      kmsPort: role === 'pinned' ? 1688 : null,
      discoveredMachine: cached,
      discoveredPort: cached ? port : null,
    },
    windows: {
      licenseStatus: role === 'windows-grace' ? 2 : 1,
      gracePeriodRemainingMinutes: daysLeft * MINUTES_PER_DAY,
      ...(role === 'server'
        ? { id: 'de32eafd-aaee-4662-9444-c1befb41bde2', name: 'Windows(R), ServerStandard edition', description: 'Windows(R) Operating System, VOLUME_KMSCLIENT channel' }
        : {}),
    },
    extraProducts: role === 'office-grace' ? [officeProduct({ licenseStatus: 2, gracePeriodRemainingMinutes: 5 * MINUTES_PER_DAY })] : [],
    dns: { hostName: name.toLowerCase(), primaryDnsSuffix: domain, suffixSearchList: [domain] },
    events,
  });
}

function hostSnapshot(name: string, count: number, port: number): Snapshot {
  const [short, ...rest] = name.split('.');
  return buildSnapshot({
    computer: { name: short!.toUpperCase(), domain: rest.join('.'), osCaption: 'Microsoft Windows Server 2022 Standard' },
    service: {
      clientMachineId: `5e1f0000-0000-4000-9000-${Buffer.from(short!).toString('hex').padStart(12, '0').slice(-12)}`,
      isKmsHost: true,
      currentCount: count,
      requiredClientCount: 25,
      listeningPort: port,
      dnsPublishing: true,
    },
    windows: {
      id: 'c0b2a5f6-6a2b-4d64-9ddf-21f7bd1ad470',
      name: 'Windows(R), ServerStandard edition',
      description: 'Windows(R) Operating System, VOLUME_KMS_WS2022 channel',
      channel: 'VOLUME_KMS',
      productKeyChannel: 'Volume:CSVLK',
      isKmsHost: true,
      currentCount: count,
      requiredClientCount: 25,
    },
  });
}

/** Every snapshot of the fleet with its file name, clients first, then the two hosts. */
export function* syntheticFleet(spec: SyntheticFleetSpec): Generator<{ file: string; snapshot: Snapshot }> {
  const list = roles(spec);
  let cloneIndex = 0;
  let inGroup = 0;
  for (let index = 0; index < list.length; index += 1) {
    let cmid = cmidOf(index + 1);
    if (list[index] === 'clone') {
      // Group g's members share the CMID of its first member.
      while (inGroup >= spec.cloneGroups[cloneIndex]!) {
        cloneIndex += 1;
        inGroup = 0;
      }
      cmid = cmidOf(1_000_000 + cloneIndex);
      inGroup += 1;
    }
    yield { file: `ws${String(index).padStart(5, '0')}.json`, snapshot: clientSnapshot(index, list[index]!, cmid, spec) };
  }
  yield { file: 'kms01.json', snapshot: hostSnapshot(HOSTS[0], spec.hostCounts[0], spec.hostPort ?? 1688) };
  yield { file: 'kms02.json', snapshot: hostSnapshot(HOSTS[1], spec.hostCounts[1], spec.hostPort ?? 1688) };
}

export async function writeSyntheticFleet(dir: string, spec: SyntheticFleetSpec): Promise<number> {
  await mkdir(dir, { recursive: true });
  let files = 0;
  for (const { file, snapshot } of syntheticFleet(spec)) {
    await writeFile(join(dir, file), `${JSON.stringify(snapshot, null, 2)}\n`);
    files += 1;
  }
  return files;
}

/** What the fleet command must report for a spec. */
export function expectedFleet(spec: SyntheticFleetSpec) {
  return {
    clients: spec.clients,
    hosts: 2,
    cloneGroups: spec.cloneGroups.filter((n) => n >= 2).length,
    cloneMachines: spec.cloneGroups.filter((n) => n >= 2).reduce((a, b) => a + b, 0),
    countLost: spec.cloneGroups.filter((n) => n >= 2).reduce((a, b) => a + b - 1, 0),
    expiring: spec.windowsInGrace + spec.officeInGrace,
    renewalsFailing: spec.renewalsFailing,
    skewed: spec.skewedClocks,
    pinnedToRetired: spec.pinnedToRetiredHost,
    branch: spec.branchClients,
    servers: spec.servers,
  };
}

/** The committed sample fleet (samples/fleet/): small enough to read, every finding present. */
export const SAMPLE_FLEET_SPEC: SyntheticFleetSpec = {
  clients: 60,
  cloneGroups: [8, 3],
  pinnedToRetiredHost: 4,
  windowsInGrace: 3,
  officeInGrace: 2,
  renewalsFailing: 3,
  skewedClocks: 2,
  branchClients: 5,
  servers: 6,
  hostCounts: [18, 14],
  eventPairs: 1,
};
