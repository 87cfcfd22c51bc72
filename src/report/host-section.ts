import type { Locale } from '../catalog/catalogs.js';
import type { Message } from '../catalog/message.js';
import { render } from '../catalog/render.js';
import type { HostHealth } from '../host/health.js';
import type { HostFacts } from '../host/host-facts.js';
import type { KeyCoverage } from '../host/key-coverage.js';
import type { KmsLogAnalysis } from '../host/kms-log.js';
import type { HostUpdates, UpdateCheck } from '../host/required-updates.js';
import type { SplitCount } from '../host/split-count.js';

/** A key's coverage with its notes in the report's language, and the same notes as catalog messages. */
export interface ReportKeyCoverage extends Omit<KeyCoverage, 'notes'> {
  notes: string[];
  noteMessages: Message[];
}

/** A required update's check with its reason in the report's language, and the reason as a catalog message. */
export interface ReportUpdateCheck extends Omit<UpdateCheck, 'reason'> {
  reason: string;
  reasonMessage: Message;
}

export interface ReportHostUpdates extends Omit<HostUpdates, 'checks'> {
  checks: ReportUpdateCheck[];
}

/** The count split with its summary in the report's language, and the summary as a catalog message. */
export interface ReportSplitCount extends Omit<SplitCount, 'summary'> {
  summary: string;
  summaryMessage: Message;
}

/** A KMS log's analysis with its warnings in the report's language, and the same warnings as catalog messages. */
export interface ReportKmsLog extends Omit<KmsLogAnalysis, 'warnings'> {
  warnings: string[];
  warningMessages: Message[];
}

/** The host part of an `analyze` report: each KMS host's health, key coverage and log, and the count split. */
export interface ReportHost {
  targetProduct: string | null;
  hosts: Array<{ name: string; files: string[]; health: HostHealth | null; coverage: ReportKeyCoverage[]; log: ReportKmsLog | null; updates: ReportHostUpdates | null }>;
  split: ReportSplitCount | null;
}

/** The host facts as the report carries them: what the facts say in words is rendered in `locale`, the messages kept beside. */
export function hostSection(host: HostFacts, locale: Locale): ReportHost {
  const say = (message: Message) => render(message, locale);
  return {
    targetProduct: host.targetProduct,
    hosts: host.hosts.map(({ name, files, health, coverage, log, updates }) => ({
      name,
      files,
      health,
      coverage: coverage.map(({ notes, ...rest }) => ({ ...rest, notes: notes.map(say), noteMessages: notes })),
      log: log && { ...log, warnings: log.warnings.map(say), warningMessages: log.warnings },
      updates: updates && { ...updates, checks: updates.checks.map(({ reason, ...rest }) => ({ ...rest, reason: say(reason), reasonMessage: reason })) },
    })),
    split: host.split && { ...host.split, summary: say(host.split.summary), summaryMessage: host.split.summary },
  };
}
