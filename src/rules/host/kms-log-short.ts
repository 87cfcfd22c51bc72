import { COUNT_WINDOW_DAYS } from '../../host/health.js';
import type { Rule } from '../rule.js';
import type { Evidence } from '../types.js';

const DAY_MS = 86_400_000;

/**
 * The host's Key Management Service log holds less than the 30 days it counts over: it is full,
 * or its oldest record is younger than 30 days (kms-facts.md §4.7, §8). The guide names a full log
 * as one reason a client's 12290 is missing on the host; a short log also makes any count read from
 * it (host/count-below-threshold) cover less than the host's window. A full log kept with
 * "Do not overwrite" (Retain) drops every new 12290: an error; otherwise a warning.
 */
export const hostKmsLogShort: Rule = {
  id: 'host/kms-log-short',
  check(facts) {
    return (facts.host?.hosts ?? []).flatMap((host) => {
      const log = host.health?.kmsLog;
      if (!host.health || !log) return [];
      const reasons: string[] = [];
      const evidence: Evidence[] = [];
      const size = `${mb(log.fileSizeBytes)} of ${mb(log.maximumSizeBytes)}, mode ${log.logMode ?? 'unknown'}, ${log.recordCount ?? '?'} records`;
      const full = log.isFull === true;
      if (full) {
        reasons.push(log.logMode === 'Retain'
          ? 'it is full and set to keep its events (Retain), so every new 12290 is dropped: client requests since then are not logged'
          : `it is full (${log.logMode === 'AutoBackup' ? 'archived and cleared when full' : 'overwriting its oldest events'})`);
        evidence.push({ kind: 'setting', ref: `host.${host.name}.kmsLog.isFull`, summary: `Key Management Service log full: ${size}` });
      }
      const oldest = log.oldestRecordTime === null ? Number.NaN : Date.parse(log.oldestRecordTime);
      const at = Date.parse(host.health.collectedAt);
      if (Number.isFinite(oldest) && Number.isFinite(at) && at - oldest < COUNT_WINDOW_DAYS * DAY_MS) {
        const days = Math.max(0, (at - oldest) / DAY_MS);
        reasons.push(`its oldest record is from ${log.oldestRecordTime}, ${days.toFixed(1)} days before the snapshot — less than the ${COUNT_WINDOW_DAYS} days the host counts over`);
        evidence.push({ kind: 'setting', ref: `host.${host.name}.kmsLog.oldestRecordTime`, summary: `Oldest record ${log.oldestRecordTime}; snapshot ${host.health.collectedAt}; ${size}` });
      }
      if (reasons.length === 0) return [];
      const bigger = Math.max(20 * 1024 * 1024, (log.maximumSizeBytes ?? 0) * 4);
      return [{
        ruleId: 'host/kms-log-short' as const,
        severity: full && log.logMode === 'Retain' ? ('error' as const) : ('warning' as const),
        message: `KMS host ${host.name}: its Key Management Service log holds less than the ${COUNT_WINDOW_DAYS}-day counting window — ${reasons.join('; and ')}. A client's missing 12290 may be lost to this, and a count read from the log covers less than the host's window`,
        target: host.name,
        evidence,
        remedy: [
          `Export the log now for the record: wevtutil epl "Key Management Service" C:\\Temp\\kms-${host.name.split('.')[0]}.evtx`,
          `Make it hold more than ${COUNT_WINDOW_DAYS} days and overwrite the oldest: wevtutil sl "Key Management Service" /ms:${bigger} /rt:false (or Event Viewer → Applications and Services Logs → Key Management Service → Properties)`,
          'Check: Get-WinEvent -ListLog \'Key Management Service\' | Select-Object LogMode, FileSize, MaximumSizeInBytes, RecordCount, IsLogFull',
        ],
      }];
    });
  },
};

function mb(bytes: number | null): string {
  return bytes === null ? '? MB' : `${(bytes / 1048576).toFixed(1)} MB`;
}
