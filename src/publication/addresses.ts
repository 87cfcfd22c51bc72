import { sameName } from '../dns/message.js';
import type { TargetAddresses } from './model.js';

/** Every address a name resolved to on any server asked. */
export function allAddresses(addresses: TargetAddresses[], name: string): string[] {
  const entry = addresses.find((candidate) => sameName(candidate.name, name));
  return [...new Set(entry?.byServer.flatMap((row) => row.addresses) ?? [])].sort();
}
