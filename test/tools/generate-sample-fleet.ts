/**
 * Writes the sample fleet samples/fleet/ from SAMPLE_FLEET_SPEC (test/helpers/synthetic-fleet.ts):
 *   node --import tsx test/tools/generate-sample-fleet.ts [dir]
 * Other sizes for experiments: KMSD_FLEET_CLIENTS=5000 node --import tsx test/tools/generate-sample-fleet.ts /tmp/fleet
 * The folder is emptied of *.json first, so a smaller fleet leaves no stale machines behind.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/core/tool-info.js';
import { SAMPLE_FLEET_SPEC, writeSyntheticFleet } from '../helpers/synthetic-fleet.js';

const dir = process.argv[2] ?? join(PACKAGE_ROOT, 'samples', 'fleet');
const clients = process.env.KMSD_FLEET_CLIENTS ? Number(process.env.KMSD_FLEET_CLIENTS) : SAMPLE_FLEET_SPEC.clients;
try {
  for (const name of await readdir(dir)) if (name.endsWith('.json')) await rm(join(dir, name));
} catch {
  /* a new folder */
}
const files = await writeSyntheticFleet(dir, { ...SAMPLE_FLEET_SPEC, clients });
console.log(`${files} snapshots written to ${dir}`);
