import type { ReadinessCheck, ReadinessFacts } from '../model.js';
import { findingIds } from '../model.js';

const NOT_COVERED = ['0xC004F042', '0xC004F015'];

/** The hosts' keys cover every target product (and the measured response did not refuse it). */
export function keyCoverageCheck(facts: ReadinessFacts): ReadinessCheck {
  const base = { id: 'key-coverage', title: 'Host keys cover the target products' };
  const findings = findingIds(facts, ['host/product-not-covered', 'host/product-not-in-matrix', 'activation/host-key-does-not-cover-product']);
  const hr = facts.activation?.response?.hresult?.toUpperCase().replace(/^0X/, '0x') ?? null;
  const probes = facts.activation?.probe ? [facts.activation.probe.id] : [];
  if (hr && NOT_COVERED.includes(hr)) {
    return { ...base, state: 'fail', detail: `The host answered the activation request for ${facts.activation!.product.name} with ${hr}: its key does not cover it.`, evidence: { findings, probes } };
  }
  if (facts.targetOs.length === 0) return { ...base, state: 'not-run', detail: 'No --target-os given.', evidence: { findings, probes } };
  if (facts.coverage.length === 0) return { ...base, state: 'not-run', detail: 'No host snapshot or host slmgr /dlv text shows the host keys.', evidence: { findings, probes } };
  const missing: string[] = [];
  const unknown: string[] = [];
  const unlisted: string[] = [];
  for (const target of facts.targetOs) {
    const rows = facts.coverage.filter((c) => c.target === target);
    if (rows.some((r) => r.covered === true && r.listed !== false)) continue;
    if (rows.some((r) => r.covered === true)) {
      unlisted.push(target);
      continue;
    }
    if (rows.length > 0 && rows.every((r) => r.covered === false)) missing.push(target);
    else unknown.push(target);
  }
  if (missing.length > 0) return { ...base, state: 'fail', detail: `No host key covers ${missing.join(', ')}.`, evidence: { findings, probes } };
  if (unknown.length > 0) return { ...base, state: 'warn', detail: `Coverage of ${unknown.join(', ')} cannot be told from the host keys.`, evidence: { findings, probes } };
  if (unlisted.length > 0) return { ...base, state: 'warn', detail: `The KMS protocol activates ${unlisted.join(', ')}, but Microsoft's planning matrix does not list it for the host keys.`, evidence: { findings, probes } };
  return { ...base, state: 'pass', detail: `Covered: ${facts.targetOs.join(', ')}.`, evidence: { findings, probes } };
}
