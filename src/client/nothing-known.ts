import type { ClientFacts } from './client-facts.js';

/**
 * Why a client's inputs gave nothing to judge, or null when they gave something. An export with
 * no activation event, or slmgr text without a product, would otherwise pass with "No findings":
 * a report that knows nothing cannot say the machine is fine.
 */
export function nothingKnown(client: ClientFacts): string | null {
  const { snapshot } = client;
  if (snapshot.products.length > 0 || snapshot.service !== null || snapshot.events.length > 0 || snapshot.dns !== null || snapshot.registry !== null) return null;
  if (snapshot.sources.includes('events')) {
    return 'no activation event (12288, 12289, 12290, 12293, 12294, 8198) in the exports — export the Application log filtered to Microsoft-Windows-Security-SPP, or collect a snapshot';
  }
  return 'no licensing product, setting or event was read — give slmgr /dlv text, a snapshot from kmsdoctor collect, or an event export';
}
