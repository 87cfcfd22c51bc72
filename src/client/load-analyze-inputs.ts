import { UsageError } from '../core/usage-error.js';
import type { ClientFacts } from '../rules/facts.js';
import { loadSnapshot } from '../snapshot/load-snapshot.js';
import type { Snapshot } from '../snapshot/model.js';
import { loadClientFacts } from './load-client.js';
import { sniffInput } from './sniff-input.js';

/**
 * Sorts the files of an `analyze` run by what they hold, then builds the client facts. Two
 * snapshots are a client and its KMS host (the host is the one with IsKeyManagementServiceMachine),
 * which lets the clocks be compared.
 */
export async function loadAnalyzeInputs(files: string[], slmgrIni?: string): Promise<ClientFacts | undefined> {
  const snapshots: Array<{ path: string; snapshot: Snapshot }> = [];
  const events: string[] = [];
  const dlv: string[] = [];
  let ini = slmgrIni;
  for (const path of files) {
    const kind = await sniffInput(path);
    if (kind === 'snapshot') snapshots.push({ path, snapshot: await loadSnapshot(path) });
    else if (kind === 'events') events.push(path);
    else if (kind === 'dlv') dlv.push(path);
    else if (ini && ini !== path) throw new UsageError(`two slmgr.ini files given ("${ini}", "${path}"); give the one of the machine whose /dlv text this is`);
    else ini = path;
  }
  const hosts = snapshots.filter(({ snapshot }) => snapshot.service?.isKmsHost);
  const clients = snapshots.filter(({ snapshot }) => !snapshot.service?.isKmsHost);
  if (clients.length > 1) throw new UsageError(`several client snapshots given (${clients.map(({ path }) => path).join(', ')}); analyse one client at a time`);
  if (hosts.length > 1) throw new UsageError(`several KMS host snapshots given (${hosts.map(({ path }) => path).join(', ')}); give the host this client uses`);
  if (dlv.length > 1) throw new UsageError(`several slmgr /dlv texts given (${dlv.join(', ')}); analyse one client at a time`);
  if (clients.length > 0 && dlv.length > 0) throw new UsageError(`both a snapshot (${clients[0]!.path}) and /dlv text (${dlv[0]}) given; the snapshot already holds what /dlv shows`);
  const client = await loadClientFacts({ snapshot: clients[0]?.path, dlv: dlv[0], slmgrIni: ini, events });
  if (client && hosts[0]) client.hostClockUtc = hosts[0].snapshot.clockUtc;
  return client;
}
