import type { Rule } from '../rule.js';
import { missingOnSomeServers } from './missing-on-some-servers.js';
import { portMismatch } from './port-mismatch.js';
import { publishingDisabled } from './publishing-disabled.js';
import { publishingFailed } from './publishing-failed.js';
import { recordMissing } from './record-missing.js';
import { rogueHost } from './rogue-host.js';
import { serverUnanswered } from './server-unanswered.js';
import { staleHost } from './stale-host.js';
import { targetMismatch } from './target-mismatch.js';
import { ttlDisagree } from './ttl-disagree.js';

/** The `kmsdoctor publication` check's rules (src/publication) in reading order: the host's own publishing first, then what the servers hold. */
export const PUBLICATION_RULES: readonly Rule[] = [
  publishingDisabled,
  recordMissing,
  publishingFailed,
  missingOnSomeServers,
  serverUnanswered,
  portMismatch,
  targetMismatch,
  ttlDisagree,
  staleHost,
  rogueHost,
];
