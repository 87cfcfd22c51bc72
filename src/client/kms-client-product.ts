import type { LicensingProduct, Snapshot } from '../snapshot/model.js';

export const WINDOWS_APPLICATION_ID = '55c92734-d682-4d71-983e-d6ec3f16059f';

/**
 * The product whose activation the check is about: the Windows product with a key, preferring
 * a KMS client (GVLK) one. Office products activate separately and are left to their own checks.
 */
export function primaryWindowsProduct(snapshot: Snapshot): LicensingProduct | null {
  const windows = snapshot.products.filter((product) => (product.applicationId ?? WINDOWS_APPLICATION_ID).toLowerCase() === WINDOWS_APPLICATION_ID);
  return windows.find((product) => product.channel === 'VOLUME_KMSCLIENT') ?? windows.find((product) => product.channel !== 'VOLUME_KMS') ?? windows[0] ?? null;
}
