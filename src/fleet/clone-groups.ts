/**
 * Duplicate CMIDs (kms-facts.md §8, KB929829): machines cloned from an image that was not
 * generalized share one client machine ID, and a KMS host counts each CMID once — so a group of n
 * clones adds 1 to the count, not n. Only visible when many clients are compared.
 */
import type { FleetClient } from './client-row.js';
import { type CloneGroup, LIST_CAP } from './model.js';

export function cloneGroups(clients: Iterable<FleetClient>): { groups: CloneGroup[]; groupsTotal: number; machines: number; countLost: number } {
  const byCmid = new Map<string, FleetClient[]>();
  for (const client of clients) {
    if (!client.cmid) continue;
    const members = byCmid.get(client.cmid);
    if (members) members.push(client);
    else byCmid.set(client.cmid, [client]);
  }
  const groups: CloneGroup[] = [];
  for (const [cmid, members] of byCmid) {
    // Rows are one per machine name already, so two members are two machines.
    if (members.length < 2) continue;
    const names = members.map((m) => m.name).sort();
    groups.push({
      cmid,
      machines: members.length,
      names: names.slice(0, LIST_CAP),
      hosts: [...new Set(members.map((m) => m.host).filter((h): h is string => h !== null))].sort(),
      countLost: members.length - 1,
    });
  }
  groups.sort((a, b) => b.machines - a.machines || a.cmid.localeCompare(b.cmid));
  return {
    groups: groups.slice(0, LIST_CAP),
    groupsTotal: groups.length,
    machines: groups.reduce((sum, g) => sum + g.machines, 0),
    countLost: groups.reduce((sum, g) => sum + g.countLost, 0),
  };
}
