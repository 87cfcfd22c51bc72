/**
 * Validation of the activation options into settings. Every bad value is a UsageError (exit 2)
 * before anything touches the network.
 */

import { BIND_STYLES, type BindStyle } from '../../probes/kms-activation.js';
import { UsageError } from '../core/usage-error.js';
import { KMS_VERSIONS, type KmsVersion } from '../kms/kms-crypto.js';
import { WORKSTATION_MAX_CHARS } from '../kms/message.js';
import { type Cmid, CmidFileError, configDirectory, honestWorkstationName, installationCmid, RequestGuard } from '../kms/policy.js';
import { findProduct, type KmsProduct } from '../kms/products.js';
import { isUuid } from '../rpc/uuid.js';
import type { ActivationArgs } from './activation-options.js';
import { cliText } from './cli-text.js';

/** The one guard of this process: a CLI run sends at most one activation request. */
export const RUN_GUARD = new RequestGuard();

export interface ActivationSettings {
  product: KmsProduct;
  protocol: KmsVersion | undefined;
  skuId: string | undefined;
  /** Resolved lazily: a dry run must not fail for an unwritable config folder. */
  cmid: Cmid;
  workstation: string;
  bindStyle: BindStyle;
  checkAnyInterface: boolean;
}

const LIST_PRODUCTS = 'kmsdoctor activate-probe --list-products';

/** Parses `v6`, `6`, `6.0`. */
export function parseProtocol(text: string): KmsVersion {
  const match = /^v?([4-6])(?:\.0)?$/i.exec(text.trim());
  const version = match ? Number(match[1]) : Number.NaN;
  if (!(KMS_VERSIONS as readonly number[]).includes(version)) throw new UsageError(cliText('cli.usage.protocol', { value: text }));
  return version as KmsVersion;
}

/** The product named by --product, or a UsageError with suggestions. */
export function resolveProduct(query: string | undefined): KmsProduct {
  if (query === undefined || query.trim() === '') throw new UsageError(cliText('cli.usage.product-required', { command: LIST_PRODUCTS }));
  const found = findProduct(query);
  if (found.ok) return found.product;
  throw new UsageError(
    found.suggestions.length > 0
      ? cliText('cli.usage.product-unknown', { reason: found.reason, suggestions: found.suggestions.map((s) => `"${s}"`) })
      : cliText('cli.usage.product-unknown.none', { reason: found.reason, command: LIST_PRODUCTS }),
  );
}

/**
 * Validates the activation options. `willSend` decides how strict the CMID is: a request must use a
 * stored (or explicitly given) CMID, never a one-off one that would count as a new machine.
 */
export function resolveActivationSettings(args: ActivationArgs, willSend: boolean, env: NodeJS.ProcessEnv = process.env): ActivationSettings {
  const product = resolveProduct(args.product);
  const protocol = args.protocol === undefined ? undefined : parseProtocol(args.protocol);
  if (args.sku !== undefined && !isUuid(args.sku.trim())) throw new UsageError(cliText('cli.usage.not-uuid', { flag: '--sku', value: args.sku }));
  const style = args['bind-style'];
  if (!(BIND_STYLES as readonly string[]).includes(style)) throw new UsageError(cliText('cli.usage.bind-style', { value: style, styles: [...BIND_STYLES] }));
  let cmid: Cmid;
  if (args.cmid !== undefined) {
    if (!isUuid(args.cmid.trim())) throw new UsageError(cliText('cli.usage.not-uuid', { flag: '--cmid', value: args.cmid }));
    cmid = { cmid: args.cmid.trim().toLowerCase(), source: 'given', path: null, problem: null };
  } else {
    try {
      cmid = installationCmid(configDirectory(env));
    } catch (error) {
      if (error instanceof CmidFileError) throw new UsageError(error.message, error.said);
      throw error;
    }
    if (cmid.source === 'ephemeral' && willSend) {
      throw new UsageError(cliText('cli.usage.one-off-cmid', { problem: cmid.problem ?? '' }));
    }
  }
  const workstation = args.workstation ?? honestWorkstationName();
  if (workstation.trim() === '') throw new UsageError(cliText('cli.usage.workstation-empty'));
  if (workstation.length > WORKSTATION_MAX_CHARS) throw new UsageError(cliText('cli.usage.workstation-long', { length: workstation.length, max: WORKSTATION_MAX_CHARS }));
  return {
    product,
    protocol,
    skuId: args.sku?.trim().toLowerCase(),
    cmid,
    workstation,
    bindStyle: style as BindStyle,
    checkAnyInterface: args['interface-check'],
  };
}

/** What the settings decide of one activation run; the caller adds where, how (mode) and its budget. */
export function activationRunOptions(settings: ActivationSettings) {
  return {
    product: settings.product,
    ...(settings.protocol !== undefined && { protocol: settings.protocol }),
    ...(settings.skuId !== undefined && { skuId: settings.skuId }),
    cmid: settings.cmid,
    workstation: settings.workstation,
    bindStyle: settings.bindStyle,
    guard: RUN_GUARD,
    checkAnyInterface: settings.checkAnyInterface,
  };
}
