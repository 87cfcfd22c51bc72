import type { KmsEvent } from '../snapshot/model.js';
import { ACTIVATION_EVENT_IDS, type EventSink } from './fields.js';

/**
 * What every sink of a whole export does alike: pass on activation events only, count the
 * records it skips (by reason) and say each warning once. Subclasses decide what becomes of the
 * events: kept and sorted, or handed on one at a time.
 */
export abstract class ActivationEventSink implements EventSink {
  private readonly warned = new Set<string>();
  private readonly skipReasons = new Map<string, number>();
  readonly warnings: string[] = [];
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

  skip(reason: string | null): void {
    this.skipped++;
    if (reason !== null) this.skipReasons.set(reason, (this.skipReasons.get(reason) ?? 0) + 1);
  }

  warn(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.warnings.push(message);
  }

  /** One warning per reason records were skipped for, with how many. */
  protected warnSkipReasons(): void {
    for (const [reason, n] of this.skipReasons) this.warn(`${n} event record${n === 1 ? '' : 's'} ${reason}; skipped`);
  }
}
