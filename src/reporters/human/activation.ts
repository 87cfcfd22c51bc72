import type { ActivationSection } from '../../engine/activation.js';
import type { KmsProduct } from '../../kms/products.js';
import { APPLICATION_NAMES } from '../../kms/products.js';
import { displaySafe } from '../../report/display-text.js';
import type { Colors } from '../output-context.js';
import { renderTable } from '../table.js';

/** Hex in lines of 32 bytes, indented, so a report shows every byte that was sent or received. */
function hexBlock(hex: string, indent: string): string[] {
  const lines: string[] = [];
  for (let at = 0; at < hex.length; at += 64) lines.push(`${indent}${hex.slice(at, at + 64).replace(/(..)(?!$)/g, '$1 ')}`);
  return lines;
}

const minutes = (value: number): string => {
  if (value % 1440 === 0) return `${value} min (${value / 1440} d)`;
  if (value % 60 === 0) return `${value} min (${value / 60} h)`;
  return `${value} min`;
};

const MODE_TITLE = { 'dry-run': 'dry run — nothing sent, no connection', 'bind-only': 'bind only — no activation request sent', sent: 'one activation request sent' } as const;

/** The activation section for the console: what was sent, the answer, the ePID, the tells. */
export function renderActivation(unsafe: ActivationSection, c: Colors): string[] {
  const section = displaySafe(unsafe);
  const { product, sent, probe, response } = section;
  const lines: string[] = [];
  const where = `${section.target.host}:${section.target.port}${section.target.address && section.target.address !== section.target.host ? ` (${section.target.address})` : ''}`;
  lines.push(c.bold(`Activation probe — ${where} — ${MODE_TITLE[section.mode]}`));
  if (section.target.reason) lines.push(`  target:    ${section.target.reason}`);
  lines.push(`  product:   ${product.name} — ${product.application}, KMS counted id ${product.kmsCountedId} (${product.kmsGroup}${product.unverifiedIds ? ', third-party id †' : ''}), needs count ≥ ${product.minimumCount}`);
  const f = sent.fields;
  lines.push(c.bold(`  ${section.requestSent ? 'Sent' : 'Would send'}: KMS ${sent.protocol} request, NDR32, ${sent.bindStyle === 'windows' ? 'Windows-style 3-context bind' : 'one-context NDR32 bind'}`));
  lines.push(
    `    version ${f.version}, VM flag ${f.vmFlag}, license status ${f.licenseStatus} (${f.licenseStatusName}), ${f.graceMinutes} min left`,
    `    application ${f.applicationId}`,
    `    SKU         ${f.skuId}${product.skuIdFromTable ? '' : c.dim(' (not from the product table; the host only logs it)')}`,
    `    KMS id      ${f.kmsCountedId}`,
    `    CMID        ${f.cmid} ${c.dim(`(${sent.cmidSource}${sent.cmidPath ? `: ${sent.cmidPath}` : ''})`)}`,
    `    N-policy ${f.minimumCount}, time ${f.timestamp} (FILETIME ${f.timestampFiletime}), previous CMID ${f.previousCmid}`,
    `    workstation "${f.workstation}"${sent.iv ? `, IV ${sent.iv}` : ''}`,
    `    KMS payload (${sent.payloadBytes} bytes):`,
    ...hexBlock(sent.payloadHex, '      '),
    `    request PDU (${sent.pduBytes} bytes):`,
    ...hexBlock(sent.pduHex, '      '),
  );
  if (probe === null) return [...lines, ...adviceLines(section, c), ''];

  const bind = section.bind;
  if (bind) {
    lines.push(c.bold('  Bind'));
    for (const row of bind.results) lines.push(`    context ${row.contextId} ${row.offered}: ${row.result}`);
    if (bind.fingerprint) lines.push(`    ${bind.fingerprint}`);
    if (bind.alterContext) lines.push(`    alter_context for NDR32: ${bind.alterContext.accepted ? c.green('accepted') : c.red('refused')} — ${bind.alterContext.explanation}`);
    for (const anomaly of bind.anomalies) lines.push(c.yellow(`    anomaly: ${anomaly}`));
  }
  const status = probe.ok ? c.green(`✔ ${probe.status}`) : c.red(`✖ ${probe.status}`);
  lines.push(c.bold('  Result') + `  ${status}${probe.error ? ` — ${probe.error.message}` : ''}`);
  if (response) {
    if (response.fault) lines.push(`    RPC fault ${response.fault.status}: ${response.fault.name}`);
    const explained = response.explained;
    if (explained) {
      lines.push(`    HRESULT ${explained.code}${explained.symbolicName ? ` ${explained.symbolicName}` : ''}${explained.summary ? ` — ${explained.summary}` : ''}`);
      if (explained.kmsMeaning) lines.push(`      in the KMS exchange: ${explained.kmsMeaning}`);
    }
    if (response.valid !== null) {
      const failed = response.checks.filter((check) => check.outcome !== 'pass');
      lines.push(`    checks: ${response.checks.length - failed.length} of ${response.checks.length} passed (${response.checks.map((check) => check.id).join(', ')})`);
      for (const check of failed) lines.push((check.outcome === 'fail' ? c.red : c.yellow)(`      ${check.outcome}: ${check.id} — ${check.detail}`));
    }
    if (response.currentCount !== null) {
      const met = response.thresholdMet ? c.green('threshold met') : c.red('below threshold (0xC004F038 for this product\'s clients)');
      lines.push(`    count:     ${response.currentCount} (this product needs ${response.minimumCount}) — ${met}`);
    }
    if (response.activationIntervalMinutes !== null && response.renewalIntervalMinutes !== null) {
      lines.push(`    intervals: activation ${minutes(response.activationIntervalMinutes)}, renewal ${minutes(response.renewalIntervalMinutes)}`);
    }
    const epid = response.epid;
    if (epid) {
      lines.push(`    host ePID: ${epid.raw}`);
      if (epid.wellFormed) {
        lines.push(
          `      OS:        build ${epid.build}${epid.buildName ? ` (${epid.buildName})` : ''}, platform ${epid.platformId}${epid.platform ? ` (${epid.platform})` : ''}`,
          `      host key:  ${epid.csvlk ? `${epid.csvlk.name}${epid.csvlk.unverified ? ' †' : ''}` : 'unknown CSVLK'} — group ${epid.groupId}, key id ${epid.keyId}${epid.csvlk ? `; activates ${epid.csvlk.activates}` : ''}`,
          `      installed: ${epid.activationDate ?? `day ${epid.activationDayOfYear} of ${epid.activationYear}`}; language ${epid.lcid}${epid.language ? ` (${epid.language})` : ''}; channel ${epid.channel}`,
        );
      }
    }
    if (response.hwid) lines.push(`    HWID:      ${response.hwid}`);
    for (const anomaly of response.anomalies) lines.push(c.yellow(`    anomaly: ${anomaly}`));
    lines.push(`    response PDU (${response.pduHex.length / 2} bytes${response.fragments > 1 ? `, ${response.fragments} fragments` : ''}):`, ...hexBlock(response.pduHex, '      '));
  }
  if (probe.latencyMs !== null) lines.push(`  latency:   ${probe.latencyMs} ms request → response (whole probe ${probe.durationMs} ms, ${probe.attempts} connection${probe.attempts === 1 ? '' : 's'})`);
  if (probe.anyInterface) {
    const accepted = probe.anyInterface.accepted;
    lines.push(`  random-interface bind: ${accepted === null ? 'inconclusive' : accepted ? c.yellow('accepted') : 'refused'} — ${probe.anyInterface.detail}`);
  }
  if (section.emulatorTells.length > 0) {
    lines.push(c.bold('  Emulator tells') + c.dim(' (information, not a verdict)'));
    for (const tell of section.emulatorTells) lines.push(`    • ${tell.detail}`);
  } else if (section.requestSent && probe.status === 'answered') {
    lines.push(c.dim('  No emulator tells seen. That does not prove the host is genuine.'));
  }
  return [...lines, ...adviceLines(section, c), ''];
}

function adviceLines(section: ActivationSection, c: Colors): string[] {
  return section.advice.map((line) => c.dim(`  note: ${line}`));
}

/** `--list-products`: the table of selectable products. */
export function renderProductList(products: readonly KmsProduct[], c: Colors): string {
  const header = ['product', 'SKU id', 'KMS counted id (group)', 'app', 'proto', 'N'].map((h) => c.dim(h));
  const rows = products.flatMap((p) => [
    [
      p.name,
      p.skuId ?? c.dim('—'),
      `${p.group.kmsCountedId} (${p.group.name})${p.group.unverified ? ' †' : ''}`,
      APPLICATION_NAMES[p.group.application],
      `v${p.group.protocol}`,
      String(p.group.minimumCount),
    ],
    ...(p.aliases.length > 0 ? [[c.dim(`  also: ${p.aliases.join(', ')}`)]] : []),
  ]);
  return `${[...renderTable([header, ...rows]), '', c.dim('† third-party ids only (not in vlmcsd\'s data). SKU id — : not known for this edition; the all-zero GUID is sent unless --sku names one.')].join('\n')}\n`;
}
