import type { ThresholdFamily } from '../../host/health.js';
import type { ReportHost, ReportKeyCoverage } from '../../report/host-section.js';
import type { ReportText } from '../report-text.js';

/** The matrix's word and the protocol's on one key and the target, as the catalog's `verdict` key. */
function coverageVerdict(coverage: ReportKeyCoverage, all: readonly ReportKeyCoverage[]): string | null {
  const target = coverage.target;
  if (!target) return null;
  // A host's Office key does not serve a Windows target its Windows key serves: not a refusal.
  if (target.covered === false) return all.some((other) => other !== coverage && other.target?.covered !== false) ? 'elsewhere' : 'notCovered';
  if (target.covered === null) return target.listed === true ? 'disagree' : 'unknown';
  return target.listed === false ? 'protocolOnly' : 'covered';
}

/** Catalog select keys are plain identifiers (ICU reads a hyphen as syntax). */
const FAMILY_KEYS: Readonly<Record<ThresholdFamily, string>> = { 'windows-client': 'windowsClient', 'windows-server': 'windowsServer', office: 'office' };

const orUnknown = (value: number | string | null | undefined) => value ?? '?';

/**
 * The KMS host blocks of the console view, each line a catalog message in the report's language
 * (colour is added by the caller for the heading). The figures, names, KBs and codes are the data.
 */
export function hostLines(host: ReportHost, text: ReportText): { heading: string; lines: string[] }[] {
  const blocks = host.hosts.map((h) => {
    const lines: string[] = [];
    const health = h.health;
    if (health) {
      for (const p of health.products) {
        const thresholds = p.thresholds.map((t) =>
          text('report.host.threshold', {
            family: FAMILY_KEYS[t.family],
            count: orUnknown(t.count),
            threshold: t.threshold,
            below: t.met === false,
            missing: orUnknown(t.missing),
          }),
        );
        lines.push(text('report.host.product', { name: p.name, licensed: p.licensed, count: orUnknown(p.currentCount), thresholds }));
      }
      const kmsLog = health.kmsLog;
      if (kmsLog) {
        lines.push(
          text('report.host.kms-log', {
            records: orUnknown(kmsLog.recordCount),
            size: orUnknown(kmsLog.fileSizeBytes),
            maximum: orUnknown(kmsLog.maximumSizeBytes),
            mode: kmsLog.logMode ?? null,
            full: kmsLog.isFull === true,
            oldest: kmsLog.oldestRecordTime ?? null,
          }),
        );
      }
      const req = health.requests;
      lines.push(
        text('report.host.service', {
          port: orUnknown(health.listeningPort),
          publishing: health.dnsPublishing,
          requests: req !== null,
          failed: orUnknown(req?.failed),
          total: orUnknown(req?.total),
          share: req?.failedShare === null || req?.failedShare === undefined ? null : (req.failedShare * 100).toFixed(1),
        }),
      );
    }
    for (const c of h.coverage) {
      const verdict = coverageVerdict(c, h.coverage);
      lines.push(text('report.host.key', { product: c.hostProduct, key: c.key, target: c.target?.product ?? null, verdict: verdict ?? 'none' }));
    }
    const updates = h.updates;
    if (updates?.hostOs) lines.push(text('report.host.os', { hostOs: updates.hostOs, version: updates.serviceVersion }));
    for (const u of updates?.checks ?? [])
      lines.push(text('report.host.update', { kb: u.kb, releases: u.toActivate, verdict: u.verdict === 'not-shown' ? 'notShown' : u.verdict, reason: u.reason }));
    const log = h.log;
    if (log) {
      const w = log.window;
      lines.push(
        text('report.host.log', {
          requests: log.hostRequests,
          oldest: log.oldest ?? '',
          newest: log.newest ?? '',
          clients: w.distinctClients,
          from: orUnknown(w.from),
          to: orUnknown(w.to),
          whole: w.coversWholeWindow,
          days: w.days,
          asking25: w.byMinimumCount['25'],
          asking5: w.byMinimumCount['5'],
        }),
      );
      if (w.licensedAnswered['25'] + w.licensedAnswered['5'] > 0)
        lines.push(text('report.host.licensed-answered', { needing25: w.licensedAnswered['25'], needing5: w.licensedAnswered['5'] }));
      if (w.vmClients.count > 0) lines.push(text('report.host.vm-clients', { count: w.vmClients.count, clients: w.vmClients.clients }));
      if (w.notificationClients.count > 0) lines.push(text('report.host.notification-clients', { count: w.notificationClients.count, clients: w.notificationClients.clients }));
      // One CMID and the machine names that share it, per item: data, not words.
      if (log.duplicateCmids.length > 0)
        lines.push(text('report.host.duplicate-cmids', { list: log.duplicateCmids.map((d) => `${d.cmid} (${d.clientNames.join(', ')})`).join('; ') }));
      for (const f of log.failures.slice(0, 5)) lines.push(text('report.host.failed', { hresult: f.hresult, product: f.product, count: f.count }));
    }
    return { heading: text('report.host.heading', { name: h.name, files: h.files }), lines };
  });
  if (host.split) blocks.push({ heading: text('report.host.split-heading'), lines: [host.split.summary] });
  return blocks;
}
