import type { Message } from '../catalog/message.js';
import type { ActivationAttempt, ActivationFailure } from '../events/attempts.js';
import type { KmsEvent } from '../snapshot/model.js';
import type { Envelope } from './envelope.js';

/** The section of `events`: the activation events read, the attempts they make up, the 8198 failures. */
export interface EventsSection {
  events: KmsEvent[];
  attempts: ActivationAttempt[];
  failures: ActivationFailure[];
  /** What could not be read, per file, in the report's language. */
  warnings: string[];
  /** The same warnings as catalog messages (ids and language-neutral args), in the same order. */
  warningMessages: Message[];
}

export type EventsReport = Envelope<'events'> & EventsSection;
