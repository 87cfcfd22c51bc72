import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { msg } from '../src/catalog/message.js';
import { probeError } from '../src/catalog/probe-reason.js';
import { classifySocketError } from '../src/core/classify-error.js';
import type { ProbeResult } from '../src/core/result.js';
import { startTimer } from '../src/core/timing.js';
import type { AddressData } from './address-resolution.js';
import { addressProbeId } from './probe-id.js';

/**
 * Resolves a host the way the operating system does (hosts file, DNS with the suffix search
 * list, LLMNR/NetBIOS on Windows). A client pinned with `slmgr /skms name` resolves that name
 * like this, not through an SRV answer, so that is what is tested for `--kms-host` without
 * `--dns-server`. getaddrinfo cannot be cancelled, so the wait is bounded instead.
 */
export async function probeAddressesWithOs(name: string, timeoutMs: number): Promise<ProbeResult<AddressData>> {
  const timer = startTimer();
  const base = { id: addressProbeId(name, 'os'), probe: 'dns.address' as const, target: { host: name, server: 'os' }, startedAt: timer.startedAt, attempts: 1 };
  const empty: AddressData = { name, addresses: [], cnameChain: [], queries: [] };
  let timeout: NodeJS.Timeout | undefined;
  const expired = new Promise<'timeout'>((resolve) => {
    timeout = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const found = await Promise.race([lookup(name, { all: true, verbatim: true }), expired]);
    if (found === 'timeout') {
      return {
        ...base,
        status: 'timeout',
        ok: false,
        durationMs: timer.elapsedMs(),
        data: empty,
        error: probeError('ETIMEDOUT', msg('probe-error.timeout', { what: 'resolver', timeoutMs })),
      };
    }
    const addresses = found.map((entry) => ({
      name,
      type: isIP(entry.address) === 6 ? ('AAAA' as const) : ('A' as const),
      address: entry.address,
      ttl: 0,
      source: 'query' as const,
    }));
    return { ...base, status: 'ok', ok: true, durationMs: timer.elapsedMs(), data: { ...empty, addresses } };
  } catch (error) {
    const classified = classifySocketError(error);
    return { ...base, status: classified.status, ok: false, durationMs: timer.elapsedMs(), data: empty, error: classified.error };
  } finally {
    clearTimeout(timeout);
  }
}
