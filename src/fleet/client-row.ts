/**
 * One fleet client reduced to what the fleet view compares: a few hundred bytes kept per machine
 * instead of its whole snapshot, so tens of thousands of snapshots fit in bounded memory. Built on
 * the client logic every other command uses: the primary product as slmgr chooses it, every other
 * keyed product judged on its own, the renewal arithmetic, and the discovery plan.
 */
import { basename } from 'node:path';
import { type DiscoveryMode, planDiscovery } from '../client/discovery-plan.js';
import { isAddon, isOfficeProduct, kmsClientProducts, primaryWindowsProduct } from '../client/kms-client-product.js';
import { daysOf, renewalLag } from '../client/license-state.js';
import { KMS_PORT } from '../core/ports.js';
import type { LicensingProduct, Snapshot } from '../snapshot/model.js';

export type ProductKind = 'windows' | 'office' | 'addon';

export interface FleetProduct {
  kind: ProductKind;
  name: string;
  /** LicenseStatus 0–6, null when unknown. */
  state: number | null;
  channel: LicensingProduct['channel'];
  /** Days left in the current state (activation validity when Licensed, grace otherwise); null when unknown. */
  daysLeft: number | null;
  /** Days the renewals have been failing (renewal arithmetic), null when they have not. */
  renewalFailingDays: number | null;
  /** The KMS threshold this product needs: 25 Windows client editions, 5 servers and Office (kms-facts.md §8). */
  threshold: 25 | 5 | null;
}

export interface FleetClient {
  file: string;
  /** Lower-case FQDN when the snapshot gives the domain, else the computer name, else the file name. */
  name: string;
  collectedAt: string;
  cmid: string | null;
  os: string | null;
  products: FleetProduct[];
  mode: DiscoveryMode;
  /** `host:port` the client goes to first: its /skms pin, else the host it cached; null when neither. */
  host: string | null;
  hostRole: 'pinned' | 'cached' | null;
  /** The domains whose `_vlmcs._tcp` it queries, in order (none for a pinned client). */
  queryDomains: string[];
  clockUtc: string | null;
}

const clean = (text: string | null | undefined) => (text ?? '').trim().replace(/\.$/, '').toLowerCase();

/** `kms01` + `corp.test` → `kms01.corp.test`: the one name a machine is known by in the fleet. */
export function machineName(snapshot: Snapshot, file: string): string {
  const name = clean(snapshot.computer.name);
  const domain = clean(snapshot.computer.domain);
  if (!name)
    return basename(file)
      .replace(/\.json$/i, '')
      .toLowerCase();
  return domain && !name.includes('.') ? `${name}.${domain}` : name;
}

/**
 * Servers and Office need 5, Windows client editions 25. The product name says "Server" for every
 * server edition (names come from the licence files, the same in every display language).
 */
function thresholdOf(product: LicensingProduct, kind: ProductKind): 25 | 5 | null {
  if (kind === 'office') return 5;
  if (kind === 'addon') return null;
  return /server/i.test(`${product.name} ${product.description}`) ? 5 : 25;
}

function toFleetProduct(product: LicensingProduct, serviceRenewal: number | null | undefined): FleetProduct {
  const kind: ProductKind = isOfficeProduct(product) ? 'office' : isAddon(product) ? 'addon' : 'windows';
  const minutes = product.gracePeriodRemainingMinutes;
  return {
    kind,
    name: product.name,
    state: product.licenseStatus,
    channel: product.channel,
    daysLeft: minutes === null ? null : daysOf(Math.max(0, minutes)),
    renewalFailingDays: product.channel === 'VOLUME_KMSCLIENT' ? (renewalLag(product, serviceRenewal)?.failingDays ?? null) : null,
    threshold: product.channel === 'VOLUME_KMSCLIENT' ? thresholdOf(product, kind) : null,
  };
}

export function fleetClientOf(snapshot: Snapshot, file: string): FleetClient {
  const plan = planDiscovery(snapshot);
  const primary = primaryWindowsProduct(snapshot);
  // The primary Windows product first, then every other KMS client product (Office, a second licence);
  // a primary that is not a KMS client (MAK, retail) is still shown: it explains why the machine never counts.
  const keyed = kmsClientProducts(snapshot);
  const products = [...(primary && !keyed.includes(primary) ? [primary] : []), ...keyed];
  const pinned = plan.manualHost;
  const cached = plan.cachedHost;
  const host = pinned ? `${pinned.host}:${pinned.port}` : cached ? `${cached.host}:${cached.port || KMS_PORT}` : null;
  return {
    file,
    name: machineName(snapshot, file),
    collectedAt: snapshot.collectedAt,
    cmid: clean(snapshot.service?.clientMachineId) || null,
    os: snapshot.computer.osCaption,
    products: products.map((product) => toFleetProduct(product, snapshot.service?.renewalIntervalMinutes)),
    mode: plan.mode,
    host,
    hostRole: pinned ? 'pinned' : cached ? 'cached' : null,
    queryDomains: plan.queryDomains,
    clockUtc: snapshot.clockUtc,
  };
}

export interface FleetHost {
  file: string;
  name: string;
  clockUtc: string | null;
  /** The Windows KMS count the host reports, null when not given. */
  currentCount: number | null;
  listeningPort: number | null;
  dnsPublishing: boolean | null;
  /** Its own 12290 events, when the snapshot holds them (kept only for hosts: a handful of machines). */
  snapshot: Snapshot;
}

export function fleetHostOf(snapshot: Snapshot, file: string): FleetHost {
  const service = snapshot.service;
  const windowsHost = snapshot.products.find((p) => p.isKmsHost === true && p.currentCount !== null);
  return {
    file,
    name: machineName(snapshot, file),
    clockUtc: snapshot.clockUtc,
    currentCount: windowsHost?.currentCount ?? service?.currentCount ?? null,
    listeningPort: service?.listeningPort || null,
    dnsPublishing: service?.dnsPublishing ?? null,
    snapshot,
  };
}
