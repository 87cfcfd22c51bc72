import { UsageError } from '../core/usage-error.js';
import type { ClientFacts } from '../rules/facts.js';
import { loadSnapshot } from '../snapshot/load-snapshot.js';
import type { Snapshot } from '../snapshot/model.js';
import { loadClientFacts } from './load-client.js';
import { sniffInput } from './sniff-input.js';

/**
 * Sorts the files of an `analyze` run by what they hold, then builds the client facts. Two
 * snapshots are a client and its KMS host (the host is the one with IsKeyManagementServiceMachine),
 * which lets the clocks be compared. A client snapshot and `/dlv` text together: the snapshot is the
 * richer source, so it is used and the text (with any slmgr.ini given to read it) is set aside with
 * a note. `--slmgr-ini` may name a snapshot that carries the machine's slmgr.ini (readSlmgrIniOrSnapshot).
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
  const ignoredDlv = clients.length > 0 ? dlv[0] : undefined;
  // A KMS host's snapshot alone is still a machine to analyse (its own license, settings and events), with no clock to compare.
  const subject = clients[0]?.path ?? (dlv.length === 0 && events.length === 0 ? hosts[0]?.path : undefined);
  const client = await loadClientFacts({ snapshot: subject, dlv: ignoredDlv ? undefined : dlv[0], slmgrIni: ignoredDlv ? undefined : ini, events });
  if (client && ignoredDlv) {
    const withIni = ini ? ` (and so is the slmgr.ini given to read it, ${ini})` : '';
    client.snapshot.notes.push(`${ignoredDlv}: slmgr /dlv text ignored${withIni}: the snapshot ${clients[0]!.path} holds the same facts`);
  }
  if (client && hosts[0] && hosts[0].path !== subject) client.hostClockUtc = hosts[0].snapshot.clockUtc;
  return client;
}
