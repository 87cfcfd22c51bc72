/**
 * Is the KMS host updated enough for what its key activates? The planning page's "KMS host
 * required updates" table (src/kms/planning-matrix.ts) names, per host OS, the update it needs
 * before it activates newer releases; the guide's own check is the service version on the first
 * line of `slmgr /dlv` ("Software licensing service version: 10.0.17763.1"). Where the table's
 * update has a known OS build, the version is compared with it; otherwise — or without a
 * version — the input cannot tell, and this says why. Pure.
 */
import { type Message, msg } from '../catalog/message.js';
import { CSVLKS } from '../kms/epid.js';
import { REQUIRED_UPDATES, type RequiredUpdate } from '../kms/planning-matrix.js';
import type { KeyCoverage } from './key-coverage.js';

export interface UpdateCheck {
  hostOs: string;
  kb: string;
  date: string | null;
  /** The releases of this table row the host's key activates (and the target, when one was given). */
  toActivate: string[];
  minimumBuild: string | null;
  serviceVersion: string | null;
  /** shown: the version is at or past the update's build; not-shown: below it; cannot-tell: see reason. */
  verdict: 'shown' | 'not-shown' | 'cannot-tell';
  /** Why, as a catalog message: a reporter words it in the run's language. */
  reason: Message;
}

export interface HostUpdates {
  /** The host OS, from the snapshot's OS caption or the version's build; null when neither tells. */
  hostOs: string | null;
  serviceVersion: string | null;
  checks: UpdateCheck[];
}

const VERSION = /^\s*(\d+)\.(\d+)\.(\d+)\.(\d+)\s*$/;

/** Build → host OS; builds shared by a client and a server release are told apart by the key (a server CSVLK needs a server). */
const BY_BUILD: Readonly<Record<number, { server: string; client: string | null }>> = {
  26100: { server: 'Windows Server 2025', client: null },
  20348: { server: 'Windows Server 2022', client: null },
  17763: { server: 'Windows Server 2019', client: 'Windows 10' },
  14393: { server: 'Windows Server 2016', client: 'Windows 10' },
  9600: { server: 'Windows Server 2012 R2', client: 'Windows 8.1' },
  9200: { server: 'Windows Server 2012', client: 'Windows 8' },
  7601: { server: 'Windows Server 2008 R2', client: 'Windows 7' },
};

function hostOsOf(osCaption: string | null, build: number | null, coverage: readonly KeyCoverage[]): string | null {
  const caption = /Windows (Server \d{4}(?: R2)?|\d+(?:\.\d)?)\b/.exec(osCaption ?? '');
  if (caption) return `Windows ${caption[1]}`;
  if (build === null) return null;
  const known = BY_BUILD[build];
  if (!known) return null;
  const serverKey = coverage.some((c) => CSVLKS.find((k) => k.name === c.key)?.serverGeneration != null);
  return serverKey || known.client === null ? known.server : known.client;
}

const startsRelease = (name: string, release: string) => name === release || name.startsWith(`${release} `);

export function requiredUpdates(input: { serviceVersion: string | null; osCaption: string | null; coverage: readonly KeyCoverage[]; target: string | null }): HostUpdates {
  const version = input.serviceVersion?.trim() || null;
  const parsed = version ? VERSION.exec(version) : null;
  const build = parsed ? Number(parsed[3]) : null;
  const hostOs = hostOsOf(input.osCaption, build, input.coverage);
  if (hostOs === null) return { hostOs, serviceVersion: version, checks: [] };
  const activated = input.coverage.flatMap((c) => [...c.products, ...c.protocolOnly]);
  const checks = REQUIRED_UPDATES.filter((row) => row.hostOs === hostOs).flatMap((row): UpdateCheck[] => {
    const releases = row.toActivate.filter((release) => activated.some((name) => startsRelease(name, release)) && (input.target === null || startsRelease(input.target, release)));
    if (releases.length === 0) return [];
    return [{ hostOs, kb: row.kb, date: row.date, toActivate: releases, minimumBuild: row.minimumBuild, serviceVersion: version, ...judge(row, version, parsed) }];
  });
  return { hostOs, serviceVersion: version, checks };
}

function judge(row: RequiredUpdate, version: string | null, parsed: RegExpExecArray | null): Pick<UpdateCheck, 'verdict' | 'reason'> {
  if (version === null) return { verdict: 'cannot-tell', reason: msg('facts.host.update.no-version', { command: 'slmgr /dlv' }) };
  if (!parsed) return { verdict: 'cannot-tell', reason: msg('facts.host.update.bad-version', { version }) };
  if (row.minimumBuild === null) return { verdict: 'cannot-tell', reason: msg('facts.host.update.no-build', { kb: row.kb, why: row.noBuild ?? 'singleUpdate' }) };
  const min = VERSION.exec(row.minimumBuild)!;
  if (Number(parsed[3]) !== Number(min[3])) return { verdict: 'cannot-tell', reason: msg('facts.host.update.other-build', { version, build: min[3]! }) };
  const args = { version, minimumBuild: row.minimumBuild, kb: row.kb };
  if (Number(parsed[4]) >= Number(min[4])) return { verdict: 'shown', reason: msg('facts.host.update.shown', args) };
  return { verdict: 'not-shown', reason: msg('facts.host.update.not-shown', args) };
}
