/**
 * Serves the KMS test network of test/helpers/kms-network.ts (BIND 9 on loopback serving zone
 * `corp.test`, hosts in a network namespace: ok, closed, filtered, http, dead, gone, any) for the
 * PowerShell integration tests. Needs root (namespaces, nft, named).
 *
 *   node --import tsx test/tools/serve-kms-network.ts
 *
 * When ready, prints exactly one JSON line on stdout:
 *   {"ready":true,"zone":"corp.test","dnsServer":"127.0.0.1:PORT","nsAddress":"198.18.x.2",
 *    "unreachableAddress":"198.18.x.y","hosts":[{"label":"kms-ok","name":"kms-ok.corp.test",
 *    "port":1688,"address":"198.18.x.2","verdict":"ready"}, ...]}
 * then waits. SIGTERM or SIGINT stops BIND, the responders and the namespace, and exits 0. The
 * helpers also tear down synchronously on any other exit, and remove what a killed run left.
 * A start failure: one line on stderr, exit 1 (after cleaning up).
 */
import { fqdn, KMS_NET_HOSTS, type KmsNetwork, startKmsNetwork, ZONE } from '../helpers/kms-network.js';

async function main(): Promise<void> {
  let network: KmsNetwork | undefined;
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    const done = (code: number) => () => process.exit(code);
    if (!network) {
      // Still starting: the exit hooks of the helpers tear down whatever exists.
      process.exit(0);
    }
    network.stop().then(done(0), (error: unknown) => {
      process.stderr.write(`serve-kms-network: stop failed: ${error instanceof Error ? error.message : String(error)}\n`);
      done(1)();
    });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  network = await startKmsNetwork();
  if (stopping) {
    await network.stop();
    return;
  }
  const ready = {
    ready: true,
    zone: ZONE,
    dnsServer: `${network.dnsServer.address}:${network.dnsServer.port}`,
    nsAddress: network.net.nsAddress,
    unreachableAddress: network.net.unreachableAddress,
    hosts: KMS_NET_HOSTS.map((host) => ({ label: host.label, name: fqdn(host.label), port: host.port, address: network!.addressOf(host.label), verdict: host.verdict })),
  };
  process.stdout.write(`${JSON.stringify(ready)}\n`);
  // Keep the event loop alive until a signal arrives.
  setInterval(() => {}, 1 << 30);
}

main().catch((error: unknown) => {
  process.stderr.write(`serve-kms-network: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}\n`);
  process.exitCode = 1;
});
