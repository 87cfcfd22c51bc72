import type { DnsServer } from '../dns/exchange.js';

/** How a run probes: validated from the shared options (src/cli/options/probe-options.ts). */
export interface ProbeSettings {
  dnsServers: DnsServer[];
  /** Budget of each single probe. */
  timeoutMs: number;
  /** The whole run ends by then. */
  deadlineMs: number;
  /** Probes in flight at once. */
  concurrency: number;
}
