import { msg } from '../../catalog/message.js';
import { COUNT_WINDOW_DAYS } from '../../host/health.js';
import type { KmsLogSettings } from '../../snapshot/model.js';
import type { Rule } from '../rule.js';
import type { EvidenceDraft } from '../types.js';

const DAY_MS = 86_400_000;
const MIB = 1048576;

/** Megabytes to a tenth, as the evidence shows them; null stays unknown. */
function mb(bytes: number | null): number | null {
  return bytes === null ? null : Math.round((bytes / MIB) * 10) / 10;
}

/** A full log by what happens next, as the catalog's `full` key: dropping (Retain), archiving, or overwriting. */
function fullness(log: KmsLogSettings): 'no' | 'retain' | 'archive' | 'overwrite' {
  if (log.isFull !== true) return 'no';
  return log.logMode === 'Retain' ? 'retain' : log.logMode === 'AutoBackup' ? 'archive' : 'overwrite';
}

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
      const evidence: EvidenceDraft[] = [];
      const full = fullness(log);
      if (full !== 'no') evidence.push({ kind: 'setting', ref: `host.${host.name}.kmsLog.isFull`, summary: msg('host/kms-log-short.evidence.full') });
      const oldest = log.oldestRecordTime === null ? Number.NaN : Date.parse(log.oldestRecordTime);
      const at = Date.parse(host.health.collectedAt);
      const young = Number.isFinite(oldest) && Number.isFinite(at) && at - oldest < COUNT_WINDOW_DAYS * DAY_MS;
      if (young) evidence.push({ kind: 'setting', ref: `host.${host.name}.kmsLog.oldestRecordTime`, summary: msg('host/kms-log-short.evidence.oldest') });
      if (evidence.length === 0) return [];
      const bigger = Math.max(20 * 1024 * 1024, (log.maximumSizeBytes ?? 0) * 4);
      return [
        {
          ruleId: 'host/kms-log-short' as const,
          severity: full === 'retain' ? ('error' as const) : ('warning' as const),
          args: {
            host: host.name,
            windowDays: COUNT_WINDOW_DAYS,
            full,
            young,
            oldest: log.oldestRecordTime,
            // Tenths of a day, as the sentence shows them.
            ageDays: young ? Math.round(Math.max(0, (at - oldest) / DAY_MS) * 10) / 10 : null,
            collectedAt: host.health.collectedAt,
            fileMb: mb(log.fileSizeBytes),
            maximumMb: mb(log.maximumSizeBytes),
            mode: log.logMode ?? null,
            records: log.recordCount ?? null,
          },
          message: msg('host/kms-log-short.message'),
          target: host.name,
          evidence,
          remedy: [
            msg('host/kms-log-short.remedy.export', { command: `wevtutil epl "Key Management Service" C:\\Temp\\kms-${host.name.split('.')[0]}.evtx` }),
            msg('host/kms-log-short.remedy.grow', { command: `wevtutil sl "Key Management Service" /ms:${bigger} /rt:false` }),
            msg('host/kms-log-short.remedy.check', {
              command: "Get-WinEvent -ListLog 'Key Management Service' | Select-Object LogMode, FileSize, MaximumSizeInBytes, RecordCount, IsLogFull",
            }),
          ],
        },
      ];
    });
  },
};
