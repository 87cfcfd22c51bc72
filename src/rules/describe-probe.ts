import type { AddressData } from '../../probes/address-resolution.js';
import type { RpcBindData } from '../../probes/rpc-bind.js';
import type { SrvData } from '../../probes/srv-discovery.js';
import type { TcpPortData } from '../../probes/tcp-port.js';
import { type Message, type MessageArg, msg } from '../catalog/message.js';
import { asMessage, errorCause } from '../catalog/probe-reason.js';
import type { ProbeReason, ProbeResult } from '../core/result.js';
import type { EvidenceDraft } from './types.js';

/**
 * A duration as the line shows it: tenths below 10 ms (1.0, 2.5), whole milliseconds above. The
 * precision depends on the value, which an ICU number skeleton cannot choose, so code decides it.
 */
function duration(value: number): string {
  return value < 10 ? value.toFixed(1) : String(Math.round(value));
}

/** Why a failed probe failed (in the line's language), or null when it succeeded or gave no reason. */
function causeOf(result: ProbeResult): MessageArg | null {
  return result.ok ? null : errorCause(result.error);
}

/**
 * Sentences a probe recorded with their reasons (`ignored` and `ignoredReasons`): the reasons, so
 * they show in the line's language; the recorded text where a reason is missing or unknown.
 */
export function recordedSentences(texts: readonly string[], reasons: readonly ProbeReason[] | undefined): Array<string | Message> {
  return texts.map((text, index) => {
    const reason = reasons?.[index];
    return (reason && asMessage(reason)) ?? text;
  });
}

/** `host:port`, with the address contacted when there is one. */
function endpointOf(result: ProbeResult): string {
  return `${result.target.address ?? result.target.host}:${result.target.port}`;
}

/** Phrases of their own (they may hold commas) kept apart by the catalog's phrase separator. */
export function phrases(items: ReadonlyArray<string | Message>): MessageArg {
  const [first, ...rest] = items;
  if (first === undefined) return '';
  return rest.length === 0 ? first : msg('probe.phrases', { item: first, rest: phrases(rest) });
}

/** One line per probe outcome, used as evidence in findings and by the human reporter. */
export function describeProbe(result: ProbeResult): Message {
  switch (result.probe) {
    case 'dns.srv': {
      const data = result.data as SrvData | undefined;
      const aliases = data?.aliases ?? [];
      return msg('probe.dns.srv', {
        queryName: data?.queryName ?? result.target.host,
        server: result.target.server ?? '',
        status: result.status,
        rcode: data?.rcode || null,
        authoritative: data?.authoritative === true,
        records: data && result.ok ? data.records.length : null,
        declined: data?.declined === true,
        alias: aliases.length > 0 ? 'chain' : data?.aliasLoop ? 'self' : 'none',
        // A chain reads as the path a resolver follows, not as a list.
        aliasChain: aliases.join(' → '),
        aliasLoop: data?.aliasLoop === true,
        transport: result.target.transport ?? '',
        duration: duration(result.durationMs),
        cause: causeOf(result),
        // Each ignored item is a phrase of its own (it may hold commas): '; ' keeps them apart.
        ignored: data?.ignored?.length ? phrases(recordedSentences(data.ignored, data.ignoredReasons)) : null,
      });
    }
    case 'dns.address': {
      const data = result.data as AddressData | undefined;
      const chain = data?.cnameChain ?? [];
      return msg('probe.dns.address', {
        host: result.target.host,
        server: result.target.server ?? '',
        resolved: result.ok,
        addresses: data?.addresses.map((entry) => entry.address) ?? [],
        status: result.status,
        aliasChain: chain.length > 0 ? chain.join(' → ') : null,
        cause: causeOf(result),
      });
    }
    case 'tcp.port': {
      const data = result.data as TcpPortData | undefined;
      return msg('probe.tcp.port', {
        endpoint: endpointOf(result),
        role: data?.role ?? null,
        state: data?.state ?? result.status,
        duration: duration(result.durationMs),
        cause: causeOf(result),
      });
    }
    case 'rpc.bind': {
      const data = result.data as RpcBindData | undefined;
      return msg('probe.rpc.bind', {
        endpoint: endpointOf(result),
        verdict: data?.verdict ?? result.status,
        duration: duration(result.durationMs),
        cause: causeOf(result),
      });
    }
    case 'kms.activation': {
      // The activation probe's own word (answered, kms-error, not-sent) says more than the shared status.
      const data = result.data as { activationStatus?: string } | undefined;
      return msg('probe.kms.activation', {
        endpoint: endpointOf(result),
        status: data?.activationStatus ?? result.status,
        duration: duration(result.durationMs),
        cause: causeOf(result),
      });
    }
  }
}

export function probeEvidence(result: ProbeResult): EvidenceDraft {
  return { kind: 'probe', ref: result.id, summary: describeProbe(result) };
}
