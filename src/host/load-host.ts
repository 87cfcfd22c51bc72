/**
 * Builds the host facts of an `analyze` run from the files sorted out as host inputs: host
 * snapshots, host `slmgr /dlv` text and 12290 logs (already streamed through KmsLogAnalyzer).
 * Files that describe the same machine (a snapshot and a log of kms01) become one host.
 */
import { basename } from 'node:path';
import { domainOfHost } from '../publication/inputs.js';
import type { Snapshot } from '../snapshot/model.js';
import { hostHealth } from './health.js';
import { type HostDnsIdentity, hostDnsIdentity } from './host-dns.js';
import type { HostFacts, HostSubject } from './host-facts.js';
import { keyCoverage } from './key-coverage.js';
import { analyzeKmsEvents, type KmsLogAnalysis, type KmsLogAnalyzer } from './kms-log.js';
import { requiredUpdates } from './required-updates.js';
import { splitCount } from './split-count.js';

export interface HostSnapshotInput {
  path: string;
  snapshot: Snapshot;
  /** Host key ePIDs by host product Activation ID (from /dlv text). */
  epids?: Record<string, string>;
}

export interface HostLogInput {
  path: string;
  analysis: KmsLogAnalysis;
  analyzer: KmsLogAnalyzer;
}

const UNKNOWN_DNS: HostDnsIdentity = Object.freeze({ fqdn: null, domains: [], unreadable: [] }) as HostDnsIdentity;

/** `KMS01`, `kms01.contoso.com` → `kms01`: how a snapshot and a log are matched. */
function shortName(name: string): string {
  return name.trim().toLowerCase().split('.')[0] ?? '';
}

export function buildHostFacts(snapshots: readonly HostSnapshotInput[], logs: readonly HostLogInput[], targetProduct: string | null): HostFacts | undefined {
  if (snapshots.length === 0 && logs.length === 0) return undefined;
  const subjects: Array<HostSubject & { analyzer: KmsLogAnalyzer | null; reportedCount: number | null; nameless: boolean }> = [];
  for (const { path, snapshot, epids } of snapshots) {
    const name = snapshot.computer.name
      ? snapshot.computer.domain && !snapshot.computer.name.includes('.')
        ? `${snapshot.computer.name}.${snapshot.computer.domain}`.toLowerCase()
        : snapshot.computer.name.toLowerCase()
      : basename(path);
    const health = hostHealth(snapshot, epids ?? {});
    const coverage = health.products.map((p) => {
      const product = snapshot.products.find((x) => x.id === p.id)!;
      return keyCoverage(
        { id: product.id, name: product.name, description: product.description, applicationId: product.applicationId, epid: epids?.[product.id.toLowerCase()] ?? null },
        targetProduct,
      );
    });
    const windows = health.products.find((p) => p.application === 'windows');
    subjects.push({
      name,
      files: [path],
      health,
      coverage,
      log: null,
      dns: hostDnsIdentity(snapshot),
      updates: requiredUpdates({ serviceVersion: snapshot.service?.version ?? null, osCaption: snapshot.computer.osCaption, coverage, target: targetProduct }),
      analyzer: null,
      reportedCount: windows?.currentCount ?? snapshot.service?.currentCount ?? null,
      nameless: !snapshot.computer.name,
    });
  }
  // `/dlv` text does not name its machine: with one such host and one log, they are the same host.
  const nameless = subjects.filter((s) => s.nameless);
  const pairNameless = nameless.length === 1 && subjects.length === 1 && logs.length === 1;
  for (const { path, analysis, analyzer } of logs) {
    const logName = analysis.host ?? basename(path);
    const match = subjects.find((s) => s.log === null && shortName(s.name) === shortName(logName)) ?? (pairNameless ? nameless[0] : undefined);
    if (match) {
      if (match.nameless && analysis.host) {
        // The log's events name the machine (System/Computer): the host's name, and the domain its record belongs in.
        match.name = analysis.host.toLowerCase();
        const domain = domainOfHost(match.name);
        if (match.dns.fqdn === null) match.dns = { ...match.dns, fqdn: match.name, domains: domain ? [{ domain, priority: 0, weight: 0, source: 'host-domain' }] : [] };
      }
      match.files.push(path);
      match.log = analysis;
      match.analyzer = analyzer;
    } else {
      subjects.push({
        name: logName.toLowerCase(),
        files: [path],
        health: null,
        coverage: [],
        log: analysis,
        dns: UNKNOWN_DNS,
        updates: null,
        analyzer,
        reportedCount: null,
        nameless: false,
      });
    }
  }
  // A host snapshot without a log file: its own 12290 events are its log.
  for (const subject of subjects) {
    if (subject.log !== null) continue;
    const own = snapshots.find((s) => s.path === subject.files[0]);
    const events = own?.snapshot.events.filter((e) => e.id === 12290) ?? [];
    if (events.length > 0) {
      const { analysis, analyzer } = analyzeKmsEvents(events);
      subject.log = analysis;
      subject.analyzer = analyzer;
    }
  }
  const split =
    subjects.length >= 2
      ? splitCount(subjects.map((s) => ({ host: s.name, reportedCount: s.reportedCount, recentCmids: s.analyzer ? s.analyzer.recentCmids() : undefined })))
      : null;
  return {
    hosts: subjects.map(({ name, files, health, coverage, log, dns, updates }) => ({ name, files, health, coverage, log, dns, updates })),
    split,
    targetProduct,
  };
}
