import { inputError } from '../catalog/input-error.js';
import { codePageOfSlmgrIni, readSlmgrIniOrSnapshot } from '../dlv/ini.js';
import { parseDlv, readDlvText } from '../dlv/parse-dlv.js';
import { analyzeEvents } from '../events/attempts.js';
import type { TextEncoding } from '../inputs/text-encoding.js';
import { emptySnapshot } from '../snapshot/empty-snapshot.js';
import { loadSnapshot } from '../snapshot/load-snapshot.js';
import type { Snapshot } from '../snapshot/model.js';
import { namingFile } from '../snapshot/notes.js';
import type { ClientFacts } from './client-facts.js';
import { planDiscovery } from './discovery-plan.js';
import { mergeEvents } from './merge-events.js';

export interface ClientInputs {
  snapshot?: string | undefined;
  dlv?: string | undefined;
  slmgrIni?: string | undefined;
  events?: string[] | undefined;
  /** `--encoding`: the text inputs' code page when their bytes cannot tell (a byte-order mark still wins). */
  encoding?: TextEncoding | undefined;
}

/**
 * Builds the client facts from whatever the user has: a snapshot, or `slmgr /dlv` text, plus
 * event exports. Returns undefined when no client input was given (a plain network check).
 */
export async function loadClientFacts(inputs: ClientInputs): Promise<ClientFacts | undefined> {
  if (inputs.snapshot && inputs.dlv) throw inputError('input-error.snapshot-and-dlv', { snapshotOption: '--snapshot', dlvOption: '--dlv' });
  if (inputs.slmgrIni && !inputs.dlv) throw inputError('input-error.ini-without-dlv', { iniOption: '--slmgr-ini', dlvOption: '--dlv' });
  const events = inputs.events ?? [];
  if (!inputs.snapshot && !inputs.dlv && events.length === 0) return undefined;
  // Events alone say what the client last did, not how it is configured: the rest stays unknown.
  const base = inputs.snapshot ? await loadSnapshot(inputs.snapshot) : inputs.dlv ? await snapshotFromDlv(inputs.dlv, inputs.slmgrIni, inputs.encoding) : emptySnapshot();
  const snapshot = await mergeEvents(base, events, { encoding: inputs.encoding });
  return { snapshot, plan: planDiscovery(snapshot), events: analyzeEvents(snapshot.events) };
}

/**
 * `iniPath` is the machine's slmgr.ini, or a snapshot collected on it that carries one; its
 * language also tells the code page a console redirect wrote the text in.
 */
export async function snapshotFromDlv(path: string, iniPath: string | undefined, encoding?: TextEncoding): Promise<Snapshot> {
  const ini = iniPath ? await readSlmgrIniOrSnapshot(iniPath) : undefined;
  const hint = { forced: encoding, ...(ini && iniPath ? codePageOfSlmgrIni(iniPath, ini) : {}) };
  const result = parseDlv(await readDlvText(path, hint), ini ? { ini } : {});
  if (result.recognisedLines === 0 && result.snapshot.products.length === 0 && result.snapshot.service === null) {
    throw inputError('input-error.dlv-unrecognised', { path, command: 'cscript slmgr.vbs /dlv' });
  }
  // The parser already lists its warnings and unknown lines in its notes; name the file they came from.
  return namingFile(result.snapshot, path);
}
