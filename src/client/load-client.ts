import { UsageError } from '../core/usage-error.js';
import type { ClientFacts } from '../rules/facts.js';
import { loadSnapshot } from '../snapshot/load-snapshot.js';
import { planDiscovery } from './discovery-plan.js';

export interface ClientInputs {
  snapshot?: string | undefined;
  dlv?: string | undefined;
  slmgrIni?: string | undefined;
  events?: string[] | undefined;
}

/**
 * Builds the client facts from whatever the user has: a snapshot, or `slmgr /dlv` text, plus
 * event exports. Returns undefined when no client input was given (a plain network check).
 */
export async function loadClientFacts(inputs: ClientInputs): Promise<ClientFacts | undefined> {
  if (inputs.snapshot && inputs.dlv) throw new UsageError('give either --snapshot or --dlv, not both: the snapshot already holds what /dlv shows');
  if (inputs.slmgrIni && !inputs.dlv) throw new UsageError('--slmgr-ini is only used to read --dlv text; give --dlv too');
  if (!inputs.snapshot && !inputs.dlv && !(inputs.events?.length)) return undefined;
  const snapshot = inputs.snapshot ? await loadSnapshot(inputs.snapshot) : undefined;
  if (!snapshot) throw new UsageError('reading --dlv and --events is not available yet; give --snapshot');
  return { snapshot, plan: planDiscovery(snapshot) };
}
