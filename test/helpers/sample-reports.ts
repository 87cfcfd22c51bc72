/**
 * Small reports of each kind for the reporter tests, built the way the commands build them: an
 * srv run over three hosts (one in order, one unresolvable, one with its management port closed),
 * an events report, and the facts of a readiness run that has seen nothing yet.
 */
import type { Locale } from '../../src/catalog/catalogs.js';
import type { Message } from '../../src/catalog/message.js';
import type { ReadinessFacts } from '../../src/readiness/model.js';
import type { AnyReport } from '../../src/report/any-report.js';
import { buildEnvelope, summarize } from '../../src/report/envelope.js';
import { buildReport } from '../../src/report/report.js';
import { evaluate } from '../../src/rules/index.js';
import type { Finding, Severity } from '../../src/rules/types.js';
import { buildFacts, host } from './facts.js';

/** `srv` over corp.test: kms1 in order, `unresolved` without an address, kms3 on port 1700 with its management port closed. */
export function srvReport(options: { unresolved?: string; failOn?: Severity; locale?: Locale } = {}) {
  const facts = buildFacts({
    domains: [{ domain: 'corp.test' }],
    targets: [host('kms1.corp.test'), host(options.unresolved ?? 'kms2.corp.test', { addresses: [] }), host('kms3.corp.test', { port: 1700, management: 'closed' })],
  });
  const findings = evaluate({ connectivity: facts }, options.locale);
  return buildReport({
    command: 'srv',
    startedAt: '2026-12-04T00:00:00.000Z',
    durationMs: 5,
    input: { domains: ['corp.test'] },
    facts,
    findings,
    failOn: options.failOn ?? 'error',
  });
}

/** An `events` report of no events, with the given findings and warnings. */
export function eventsReport(options: { findings?: Finding[]; failOn?: Severity; warnings?: string[]; warningMessages?: Message[] } = {}): AnyReport {
  const findings = options.findings ?? [];
  const section = { events: [], attempts: [], failures: [], warnings: options.warnings ?? [], warningMessages: options.warningMessages ?? [] };
  const summary = summarize({ findings, failOn: options.failOn ?? 'error', probes: 0 });
  return buildEnvelope({
    kind: 'events',
    command: 'events',
    startedAt: '2026-12-04T00:00:00.000Z',
    durationMs: 1,
    input: { files: ['a.xml'] },
    findings,
    summary,
    section,
  }) as AnyReport;
}

/** Readiness facts of `domains` with nothing collected: no connectivity, host, snapshots or activation. */
export function readinessFacts(domains: string[], over: Partial<ReadinessFacts> = {}): ReadinessFacts {
  return { domains, expectHosts: [], targetOs: [], connectivity: null, findings: [], host: null, hostSnapshots: [], clientSnapshots: [], coverage: [], activation: null, ...over };
}
