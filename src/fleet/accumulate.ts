/**
 * Folds snapshots into the fleet's rows as they arrive: one row per client machine (the newest
 * snapshot of a name wins: a re-collected machine is not a second machine, and above all not a
 * clone), the KMS hosts kept whole (a handful), unreadable files with their reasons (capped).
 */
import type { Snapshot } from '../snapshot/model.js';
import { type FleetClient, type FleetHost, fleetClientOf, fleetHostOf } from './client-row.js';
import { LIST_CAP } from './model.js';

export class FleetAccumulator {
  readonly clients = new Map<string, FleetClient>();
  readonly hosts = new Map<string, FleetHost>();
  readonly unreadable: Array<{ file: string; reason: string }> = [];
  unreadableTotal = 0;
  duplicates = 0;

  add(snapshot: Snapshot, file: string): void {
    if (snapshot.service?.isKmsHost === true) {
      const host = fleetHostOf(snapshot, file);
      const known = this.hosts.get(host.name);
      if (known) this.duplicates += 1;
      if (!known || Date.parse(known.snapshot.collectedAt) < Date.parse(snapshot.collectedAt)) this.hosts.set(host.name, host);
      return;
    }
    const client = fleetClientOf(snapshot, file);
    const known = this.clients.get(client.name);
    if (known) {
      this.duplicates += 1;
      if (!(Date.parse(known.collectedAt) < Date.parse(client.collectedAt))) return;
    }
    this.clients.set(client.name, client);
  }

  addUnreadable(file: string, reason: string): void {
    this.unreadableTotal += 1;
    if (this.unreadable.length < LIST_CAP) this.unreadable.push({ file, reason });
  }
}
