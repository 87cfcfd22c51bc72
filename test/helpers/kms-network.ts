/**
 * A small KMS network made of real parts, shared by the connectivity and CLI integration tests:
 *
 *   - a network namespace (test/helpers/netns.ts) whose addresses are in 198.18.0.0/15;
 *   - lab RPC responders spawned inside it (genuine, garbage, accept-any);
 *   - an nft drop rule for the filtered port;
 *   - BIND 9 on loopback serving zone `corp.test`, whose `_vlmcs._tcp` SRV set lists every host
 *     below with a distinct priority, so the order a client tries them in is fixed.
 *
 * Host          address              port  what is there                          expected verdict
 * kms-ok        nsAddress            1688  genuine KMS responder                  ready
 * kms-closed    nsAddress            1689  nothing (kernel RST)                   port-closed
 * kms-filtered  nsAddress            1690  dropped by nft                         port-filtered
 * kms-http      nsAddress            1691  HTTP 400 then FIN (not RPC)            not-kms
 * kms-dead      unreachableAddress   1688  ICMP host-unreachable                  unreachable
 * kms-gone      (no A record)        1688  —                                      unresolved
 * kms-any       nsAddress            1692  py-kms-like, accepts any interface     ready
 *
 * Nothing listens on 135 in the namespace, so the management port is closed on nsAddress and
 * unreachable on unreachableAddress.
 */
import type { DnsServer } from '../../src/dns/exchange.js';
import type { TargetVerdict } from '../../src/engine/model.js';
import type { RpcResponderMode } from '../../src/lab/rpc-responder.js';
import { type BindServer, startBind } from './bind9.js';
import { createTestNetwork, type NsProcess, type TestNetwork } from './netns.js';

export const ZONE = 'corp.test';

export interface KmsNetHost {
  /** Label inside the zone; the FQDN is `${label}.corp.test`. */
  label: string;
  port: number;
  priority: number;
  where: 'ns' | 'unreachable' | 'none';
  mode?: RpcResponderMode;
  drop?: boolean;
  verdict: TargetVerdict;
}

export const KMS_NET_HOSTS: readonly KmsNetHost[] = [
  { label: 'kms-ok', port: 1688, priority: 0, where: 'ns', mode: 'genuine', verdict: 'ready' },
  { label: 'kms-closed', port: 1689, priority: 10, where: 'ns', verdict: 'port-closed' },
  { label: 'kms-filtered', port: 1690, priority: 20, where: 'ns', drop: true, verdict: 'port-filtered' },
  { label: 'kms-http', port: 1691, priority: 30, where: 'ns', mode: 'garbage', verdict: 'not-kms' },
  { label: 'kms-dead', port: 1688, priority: 40, where: 'unreachable', verdict: 'unreachable' },
  { label: 'kms-gone', port: 1688, priority: 50, where: 'none', verdict: 'unresolved' },
  { label: 'kms-any', port: 1692, priority: 60, where: 'ns', mode: 'accept-any', verdict: 'ready' },
];

export const fqdn = (label: string): string => `${label}.${ZONE}`;

export interface KmsNetwork {
  net: TestNetwork;
  bind: BindServer;
  /** The BIND server as the engine takes it. */
  dnsServer: DnsServer;
  /** The address each host's A record points at (null: no record). */
  addressOf(label: string): string | null;
  stop(): Promise<void>;
}

const RESPONDER = 'src/lab/rpc-responder-main.ts';

export async function startKmsNetwork(): Promise<KmsNetwork> {
  const net = await createTestNetwork();
  let bind: BindServer | undefined;
  const responders: NsProcess[] = [];
  try {
    const addressOf = (label: string): string | null => {
      const host = KMS_NET_HOSTS.find((h) => h.label === label);
      if (!host) throw new Error(`no host ${label} in the KMS test network`);
      return host.where === 'ns' ? net.nsAddress : host.where === 'unreachable' ? net.unreachableAddress : null;
    };
    for (const host of KMS_NET_HOSTS) {
      if (host.mode) responders.push(net.spawnNodeScript(RESPONDER, ['--host', net.nsAddress, '--port', String(host.port), '--mode', host.mode]));
      if (host.drop) await net.dropPort(host.port);
    }
    const records = KMS_NET_HOSTS.flatMap((host) => {
      const address = addressOf(host.label);
      return [`_vlmcs._tcp IN SRV ${host.priority} 0 ${host.port} ${host.label}`, ...(address ? [`${host.label} IN A ${address}`] : [])];
    }).join('\n');
    const [bindOutcome, ...listening] = await Promise.allSettled([startBind({ zones: [{ name: ZONE, records }] }), ...responders.map((r) => r.waitForLine(/^listening /, 20_000))]);
    if (bindOutcome!.status === 'fulfilled') bind = bindOutcome!.value as BindServer;
    for (const outcome of [bindOutcome!, ...listening]) if (outcome.status === 'rejected') throw outcome.reason;
    const server = bind!;
    return {
      net,
      bind: server,
      dnsServer: { address: server.address, port: server.port },
      addressOf,
      async stop() {
        await Promise.all([server.stop(), net.destroy()]);
      },
    };
  } catch (error) {
    await Promise.allSettled([bind?.stop(), net.destroy()]);
    throw error;
  }
}
