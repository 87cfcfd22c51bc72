import type { ActivationSection } from '../engine/activation.js';
import type { Envelope } from './envelope.js';

/** The section of `activate-probe`: the one probe, what was (or would be) sent and what came back. */
export interface ActivationProbeSection {
  activation: ActivationSection;
}

export type ActivationProbeReport = Envelope<'activation-probe'> & ActivationProbeSection;
