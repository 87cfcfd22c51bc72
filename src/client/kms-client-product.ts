import type { LicensingProduct, Snapshot } from '../snapshot/model.js';

export const WINDOWS_APPLICATION_ID = '55c92734-d682-4d71-983e-d6ec3f16059f';
export const OFFICE_APPLICATION_ID = '0ff1ce15-a989-479d-af46-f275c6370663';

/** A product of Windows' own application (a product without an application id is taken as Windows, as /dli shows none). */
export function isWindowsProduct(product: LicensingProduct): boolean {
  return (product.applicationId ?? WINDOWS_APPLICATION_ID).toLowerCase() === WINDOWS_APPLICATION_ID;
}

export function isOfficeProduct(product: LicensingProduct): boolean {
  return product.applicationId?.toLowerCase() === OFFICE_APPLICATION_ID || (product.applicationId === null && /^Office\b/i.test(product.name));
}

/**
 * An add-on licence (Extended Security Updates and the like). CIM says so in `LicenseIsAddon`;
 * slmgr text does not print it, but the licence's own name does ("…, Client-ESU-Year1 add-on for
 * …"): names come from the licence files and are the same in every display language.
 */
export function isAddon(product: LicensingProduct): boolean {
  if (product.licenseIsAddon === true) return true;
  if (product.licenseIsAddon === false) return false;
  return /\badd-on\b/i.test(product.name);
}

/**
 * The product whose activation the check is about, chosen as slmgr chooses its primary Windows
 * SKU (SLMGR-SRC `GetIsPrimaryWindowsSKU`: Windows application, key installed, not an add-on),
 * preferring a KMS client (GVLK) one when a machine shows several.
 */
export function primaryWindowsProduct(snapshot: Snapshot): LicensingProduct | null {
  const windows = snapshot.products.filter((product) => isWindowsProduct(product) && !isAddon(product));
  return windows.find((product) => product.channel === 'VOLUME_KMSCLIENT') ?? windows.find((product) => product.channel !== 'VOLUME_KMS') ?? windows[0] ?? null;
}

/**
 * Every other product with a key that activates on its own — Office, add-ons, a second Windows
 * licence — each judged separately. KMS host keys (VOLUME_KMS) are the host checks' business.
 */
export function otherKeyedProducts(snapshot: Snapshot): LicensingProduct[] {
  const primary = primaryWindowsProduct(snapshot);
  return snapshot.products.filter((product) => product !== primary && product.channel !== 'VOLUME_KMS' && !(product.isKmsHost === true));
}

/** Every product that is a KMS client (GVLK): the primary one and the others alike. */
export function kmsClientProducts(snapshot: Snapshot): LicensingProduct[] {
  const primary = primaryWindowsProduct(snapshot);
  return [primary, ...otherKeyedProducts(snapshot)].filter((product): product is LicensingProduct => product !== null && product.channel === 'VOLUME_KMSCLIENT');
}

/** The product's kind, as a code a message catalog turns into words ("Office product", "add-on licence"). */
export type ProductKind = 'office' | 'addon' | 'windows';

export function productKind(product: LicensingProduct): ProductKind {
  if (isOfficeProduct(product)) return 'office';
  if (isAddon(product)) return 'addon';
  return 'windows';
}
