/**
 * `connectivity --activation-request --product <p>`: after the normal check, send ONE activation
 * request to the first target whose verdict is `ready` (in the order a client would try them) and
 * attach the result to the report. Nothing is sent when no target is ready; the report says why.
 */
import { UsageError } from '../core/usage-error.js';
import type { ActivationHook } from '../engine/activation-result.js';
import type { ActivationArgs } from './activation-options.js';
import { cliText } from './cli-text.js';

/** What `report.input.activationRequest` records: the product, where the request went, or why not. */
export interface ActivationRequestInput {
  product: string;
  protocol: string;
  target: string | null;
  note: string | null;
}

/** Options that only make sense with --activation-request. */
const DEPENDENT_OPTIONS = ['product', 'protocol', 'sku', 'cmid', 'workstation'] as const;

/**
 * Validates the activation options of `connectivity` up front (a bad --product fails before any
 * probe) and returns the hook runCheck calls after the check, or null without --activation-request.
 * The activation settings (products, the protocol's ciphers) load only with --activation-request:
 * a plain check does not pay for them.
 */
export async function connectivityActivation(args: ActivationArgs, timeoutMs: number): Promise<{ hook: ActivationHook; input: ActivationRequestInput } | null> {
  if (!args['activation-request']) {
    const stray = DEPENDENT_OPTIONS.filter((name) => args[name] !== undefined);
    if (stray.length > 0) throw new UsageError(cliText('cli.usage.needs-activation-request', { flags: stray.map((name) => `--${name}`), count: stray.length }));
    return null;
  }
  const { activationRunOptions, resolveActivationSettings } = await import('./activation-settings.js');
  const settings = resolveActivationSettings(args, true);
  const input: ActivationRequestInput = { product: settings.product.name, protocol: `v${settings.protocol ?? settings.product.group.protocol}`, target: null, note: null };
  const hook: ActivationHook = async (facts, deadline, runner) => {
    const index = facts.targets.findIndex((target) => target.verdict === 'ready');
    const target = facts.targets[index];
    const endpoint = target?.endpoints.find((candidate) => candidate.rpc?.status === 'ok');
    if (!target || !endpoint) {
      input.note = cliText('usage-error.activation.none-ready');
      return null;
    }
    const { observeActivation } = await import('../engine/activation-result.js');
    input.target = `${target.name}:${target.port}`;
    const reason = cliText('usage-error.activation.first-ready', {
      position: index + 1,
      count: facts.targets.length,
      ranked: target.rank !== undefined,
      rank: target.rank ?? 0,
      address: endpoint.address,
    });
    input.note = cliText('usage-error.activation.sent', { target: input.target, address: endpoint.address, reason });
    return observeActivation(
      { host: target.name, address: endpoint.address, port: target.port, reason, mode: 'sent', timeoutMs, ...activationRunOptions(settings) },
      runner ?? null,
      deadline,
    );
  };
  return { hook, input };
}
