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

/** Parses `v6`, `6`, `6.0`. */
export function parseProtocol(text: string): KmsVersion {
  const match = /^v?([4-6])(?:\.0)?$/i.exec(text.trim());
  const version = match ? Number(match[1]) : Number.NaN;
  if (!(KMS_VERSIONS as readonly number[]).includes(version)) throw new UsageError(`--protocol "${text}" is not v4, v5 or v6`);
  return version as KmsVersion;
}

/** The product named by --product, or a UsageError with suggestions. */
export function resolveProduct(query: string | undefined): KmsProduct {
  if (query === undefined || query.trim() === '') throw new UsageError('--product is required: name the product to ask for (kmsdoctor activate-probe --list-products)');
  const found = findProduct(query);
  if (found.ok) return found.product;
  const hint = found.suggestions.length > 0 ? `; did you mean ${found.suggestions.map((s) => `"${s}"`).join(', ')}?` : '; see kmsdoctor activate-probe --list-products';
  throw new UsageError(`--product: ${found.reason}${hint}`);
}

/**
 * Validates the activation options. `willSend` decides how strict the CMID is: a request must use a
 * stored (or explicitly given) CMID, never a one-off one that would count as a new machine.
 */
export function resolveActivationSettings(args: ActivationArgs, willSend: boolean, env: NodeJS.ProcessEnv = process.env): ActivationSettings {
  const product = resolveProduct(args.product);
  const protocol = args.protocol === undefined ? undefined : parseProtocol(args.protocol);
  if (args.sku !== undefined && !isUuid(args.sku.trim())) throw new UsageError(`--sku "${args.sku}" is not a UUID`);
  const style = args['bind-style'];
  if (!(BIND_STYLES as readonly string[]).includes(style)) throw new UsageError(`--bind-style "${style}" is not one of ${BIND_STYLES.join(', ')}`);
  let cmid: Cmid;
  if (args.cmid !== undefined) {
    if (!isUuid(args.cmid.trim())) throw new UsageError(`--cmid "${args.cmid}" is not a UUID`);
    cmid = { cmid: args.cmid.trim().toLowerCase(), source: 'given', path: null, problem: null };
  } else {
    try {
      cmid = installationCmid(configDirectory(env));
    } catch (error) {
      if (error instanceof CmidFileError) throw new UsageError(error.message);
      throw error;
    }
    if (cmid.source === 'ephemeral' && willSend) {
      throw new UsageError(`refusing to send with a one-off CMID, which would count as a new machine on the host: ${cmid.problem}. Set KMSDOCTOR_CONFIG_DIR to a writable folder or pass --cmid`);
    }
  }
  const workstation = args.workstation ?? honestWorkstationName();
  if (workstation.trim() === '') throw new UsageError('--workstation is empty');
  if (workstation.length > WORKSTATION_MAX_CHARS) throw new UsageError(`--workstation has ${workstation.length} characters; the request holds at most ${WORKSTATION_MAX_CHARS}`);
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
