import { inputError } from '../catalog/input-error.js';
import { msg } from '../catalog/message.js';
import { codePageOfSlmgrIni, readSlmgrIniOrSnapshot } from '../dlv/ini.js';
import { parseDlv, readDlvText } from '../dlv/parse-dlv.js';
import { epidsFromDlvText, isHostSnapshot } from '../host/health.js';
import type { HostFacts } from '../host/host-facts.js';
import { resolveTarget } from '../host/key-coverage.js';
import { analyzeKmsLog } from '../host/kms-log.js';
import { buildHostFacts, type HostLogInput, type HostSnapshotInput } from '../host/load-host.js';
import type { TextEncoding } from '../inputs/text-encoding.js';
import { loadSnapshot } from '../snapshot/load-snapshot.js';
import type { Snapshot } from '../snapshot/model.js';
import { namingFile } from '../snapshot/notes.js';
import type { ClientFacts } from './client-facts.js';
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
  return (await loadAnalyzeInputsWithHosts(files, slmgrIni)).client;
}

export interface AnalyzeInputOptions {
  /** `--encoding`: the code page of text inputs whose bytes cannot tell (a byte-order mark still wins). */
  encoding?: TextEncoding | undefined;
}

/**
 * The same, and the KMS host facts: host snapshots, host `/dlv` text and event exports holding
 * 12290s (the host's Key Management Service log, streamed: never kept per event). Several hosts
 * are allowed (their counts are compared); a client's clock is compared with the host's only when
 * one host snapshot is given. `targetOs` names a client product the hosts should activate.
 */
export async function loadAnalyzeInputsWithHosts(
  files: string[],
  slmgrIni?: string,
  targetOs?: string,
  options: AnalyzeInputOptions = {},
): Promise<{ client: ClientFacts | undefined; host: HostFacts | undefined }> {
  const snapshots: Array<{ path: string; snapshot: Snapshot }> = [];
  const events: string[] = [];
  let dlv: string[] = [];
  const hostLogs: HostLogInput[] = [];
  const hostDlv: HostSnapshotInput[] = [];
  let ini = slmgrIni;
  let target: string | null = null;
  if (targetOs !== undefined) {
    const resolved = resolveTarget(targetOs);
    if (!resolved.ok)
      throw inputError('input-error.unknown-product', {
        option: '--target-os',
        product: targetOs,
        hasSuggestions: resolved.suggestions.length > 0,
        suggestions: resolved.suggestions,
      });
    target = resolved.name;
  }
  for (const path of files) {
    const kind = await sniffInput(path);
    if (kind === 'snapshot') snapshots.push({ path, snapshot: await loadSnapshot(path) });
    else if (kind === 'events') {
      // A host's 12290 log is streamed into bounded aggregates here and not read as client events.
      const { analysis, analyzer } = await analyzeKmsLog(path, options);
      if (analysis.hostRequests > 0) hostLogs.push({ path, analysis, analyzer });
      if (analysis.hostRequests === 0 || analysis.otherEvents > 0) events.push(path);
    } else if (kind === 'dlv') dlv.push(path);
    else if (ini && ini !== path) throw inputError('input-error.two-ini', { first: ini, second: path });
    else ini = path;
  }
  const iniMap = ini ? await readSlmgrIniOrSnapshot(ini) : undefined;
  const hint = { forced: options.encoding, ...(ini && iniMap ? codePageOfSlmgrIni(ini, iniMap) : {}) };
  for (const path of dlv) {
    // A file that is neither a snapshot, an export nor a slmgr.ini must be slmgr text; if not one
    // line of it is, it is the wrong file (exit 2 naming it), never an empty PASS.
    const text = await readDlvText(path, hint);
    const result = parseDlv(text, iniMap ? { ini: iniMap } : {});
    if (result.recognisedLines === 0 && result.snapshot.products.length === 0 && result.snapshot.service === null) {
      throw inputError('input-error.unrecognised', { path });
    }
    const parsed = result.snapshot;
    if (isHostSnapshot(parsed)) hostDlv.push({ path, snapshot: namingFile(parsed, path), epids: epidsFromDlvText(text) });
  }
  const hosts = snapshots.filter(({ snapshot }) => snapshot.service?.isKmsHost);
  const clients = snapshots.filter(({ snapshot }) => !snapshot.service?.isKmsHost);
  // A host's /dlv text is host facts only: it has no client block, no CMID and no time of its own, so it
  // makes no client section (one would only be stamped with the time of this analysis).
  dlv = dlv.filter((path) => !hostDlv.some((h) => h.path === path));
  const host = buildHostFacts([...hosts, ...hostDlv], hostLogs, target);
  if (clients.length > 1) throw inputError('input-error.several-clients', { paths: clients.map(({ path }) => path) });
  if (hosts.length > 1) {
    // Several hosts: compared with each other; none is the subject and no clock is compared.
    const client = await loadClientFacts({
      snapshot: clients[0]?.path,
      dlv: clients.length > 0 ? undefined : dlv[0],
      slmgrIni: clients.length > 0 ? undefined : ini,
      events,
      encoding: options.encoding,
    });
    return { client, host };
  }
  if (dlv.length > 1) throw inputError('input-error.several-dlv', { paths: dlv });
  const ignoredDlv = clients.length > 0 ? dlv[0] : undefined;
  // A KMS host's snapshot alone is still a machine to analyse (its own license, settings and events), with no clock to compare.
  const subject = clients[0]?.path ?? (dlv.length === 0 && events.length === 0 ? hosts[0]?.path : undefined);
  const client = await loadClientFacts({ snapshot: subject, dlv: ignoredDlv ? undefined : dlv[0], slmgrIni: ignoredDlv ? undefined : ini, events, encoding: options.encoding });
  if (client && ignoredDlv) {
    const ignored = msg('input-note.dlv-ignored', { path: ignoredDlv, ini: ini ?? null, snapshot: clients[0]!.path });
    client.snapshot = { ...client.snapshot, noteMessages: [...(client.snapshot.noteMessages ?? []), ignored] };
  }
  if (client && hosts[0] && hosts[0].path !== subject) client.hostClockUtc = hosts[0].snapshot.clockUtc;
  return { client, host };
}
