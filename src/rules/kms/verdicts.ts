import { msg } from '../../catalog/message.js';
import type { KmsTarget } from '../../engine/model.js';
import { hostPort } from '../select.js';
import type { EvidenceDraft } from '../types.js';

/** A target and its verdict code as the host lists of kms/* messages show them: `kms1:1688: port-filtered`. */
export function verdictLine(target: KmsTarget): string {
  return `${hostPort(target)}: ${target.verdict}`;
}

/** A target's verdict as evidence, pointing at the probe that decided it. */
export function verdictEvidence(target: KmsTarget, ref: string): EvidenceDraft {
  return { kind: 'probe', ref, summary: msg('evidence.target-verdict', { host: hostPort(target), verdict: target.verdict }) };
}
