import { msg } from '../../catalog/message.js';
import type { CheckResult, ReadinessFacts } from '../model.js';
import { findingIds } from '../model.js';

const NOT_COVERED = ['0xC004F042', '0xC004F015'];

/** The hosts' keys cover every target product (and the measured response did not refuse it). */
export function keyCoverageCheck(facts: ReadinessFacts): CheckResult {
  const base = { id: 'key-coverage' as const };
  const findings = findingIds(facts, ['host/product-not-covered', 'host/product-not-in-matrix', 'activation/host-key-does-not-cover-product']);
  const hr = facts.activation?.response?.hresult?.toUpperCase().replace(/^0X/, '0x') ?? null;
  const probes = facts.activation?.probe ? [facts.activation.probe.id] : [];
  if (hr && NOT_COVERED.includes(hr)) {
    return { ...base, state: 'fail', detail: msg('readiness.key-coverage.refused', { product: facts.activation!.product.name, code: hr }), evidence: { findings, probes } };
  }
  if (facts.targetOs.length === 0)
    return { ...base, state: 'not-run', detail: msg('readiness.key-coverage.not-run.no-target', { option: '--target-os' }), evidence: { findings, probes } };
  if (facts.coverage.length === 0)
    return { ...base, state: 'not-run', detail: msg('readiness.key-coverage.not-run.no-keys', { command: 'slmgr /dlv' }), evidence: { findings, probes } };
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
  if (missing.length > 0) return { ...base, state: 'fail', detail: msg('readiness.key-coverage.fail', { targets: missing }), evidence: { findings, probes } };
  if (unknown.length > 0) return { ...base, state: 'warn', detail: msg('readiness.key-coverage.warn.unknown', { targets: unknown }), evidence: { findings, probes } };
  if (unlisted.length > 0) return { ...base, state: 'warn', detail: msg('readiness.key-coverage.warn.not-in-matrix', { targets: unlisted }), evidence: { findings, probes } };
  return { ...base, state: 'pass', detail: msg('readiness.key-coverage.pass', { targets: facts.targetOs }), evidence: { findings, probes } };
}
