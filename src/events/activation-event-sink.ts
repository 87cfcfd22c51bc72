import { type Message, msg } from '../catalog/message.js';
import type { KmsEvent } from '../snapshot/model.js';
import { ACTIVATION_EVENT_IDS, type EventSink } from './fields.js';

/** One key per message, so the same message with the same arguments counts as one. */
const keyOf = (message: Message): string => JSON.stringify(message);

/**
 * What every sink of a whole export does alike: pass on activation events only, count the
 * records it skips (by reason) and say each warning once. Subclasses decide what becomes of the
 * events: kept and sorted, or handed on one at a time.
 */
export abstract class ActivationEventSink implements EventSink {
  private readonly warned = new Set<string>();
  private readonly skipReasons = new Map<string, { reason: Message; count: number }>();
  readonly warnings: Message[] = [];
  skipped = 0;

  event(event: KmsEvent, ms = Date.parse(event.timeCreated)): void {
    if (!ACTIVATION_EVENT_IDS.has(event.id)) {
      this.skip(null);
      return;
    }
    this.accept(event, ms);
  }

  /** One activation event, with its time in UTC ms. */
  protected abstract accept(event: KmsEvent, ms: number): void;

  skip(reason: Message | null): void {
    this.skipped++;
    if (reason === null) return;
    const key = keyOf(reason);
    const seen = this.skipReasons.get(key);
    if (seen) seen.count++;
    else this.skipReasons.set(key, { reason, count: 1 });
  }

  warn(message: Message): void {
    const key = keyOf(message);
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.warnings.push(message);
  }

  /** One warning per reason records were skipped for, with how many. */
  protected warnSkipReasons(): void {
    for (const { reason, count } of this.skipReasons.values()) this.warn(msg('input-note.events.skipped', { count, reason }));
  }
}
