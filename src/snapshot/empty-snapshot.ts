import { SNAPSHOT_SCHEMA_VERSION, type Snapshot } from './model.js';

/**
 * A snapshot that knows nothing yet: every part null or empty. Parsers of partial sources
 * (slmgr text, event exports) start from it and fill in only what their input shows.
 */
export function emptySnapshot(collectedAt: Date = new Date()): Snapshot {
  return {
    kind: 'kms-doctor-snapshot',
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    collectedAt: collectedAt.toISOString(),
    sources: [],
    computer: { name: null, domain: null, partOfDomain: null, osCaption: null, osVersion: null },
    clockUtc: null,
    service: null,
    products: [],
    registry: null,
    firewall: null,
    kmsLog: null,
    dns: null,
    slmgrIni: null,
    events: [],
    notes: [],
  };
}
