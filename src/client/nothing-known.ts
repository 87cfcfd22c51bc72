import { type Message, msg } from '../catalog/message.js';
import type { ClientFacts } from './client-facts.js';

/**
 * Why a client's inputs gave nothing to judge, or null when they gave something. An export with
 * no activation event, or slmgr text without a product, would otherwise pass with "No findings":
 * a report that knows nothing cannot say the machine is fine.
 */
export function nothingKnown(client: ClientFacts): Message | null {
  const { snapshot } = client;
  if (snapshot.products.length > 0 || snapshot.service !== null || snapshot.events.length > 0 || snapshot.dns !== null || snapshot.registry !== null) return null;
  if (snapshot.sources.includes('events')) {
    return msg('facts.client.nothing.no-activation-event', { eventIds: ['12288', '12289', '12290', '12293', '12294', '8198'], provider: 'Microsoft-Windows-Security-SPP' });
  }
  return msg('facts.client.nothing.nothing-read', { collect: 'kmsdoctor collect' });
}
