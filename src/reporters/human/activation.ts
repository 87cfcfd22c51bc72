import type { ActivationSection } from '../../engine/activation.js';
import { displaySafe } from '../../report/display-text.js';
import type { ProductEntry } from '../../report/products-report.js';
import type { Colors } from '../output-context.js';
import { type ReportText, reportText } from '../report-text.js';
import { renderTable } from '../table.js';

/** Hex in lines of 32 bytes, indented, so a report shows every byte that was sent or received. */
function hexBlock(hex: string, indent: string): string[] {
  const lines: string[] = [];
  for (let at = 0; at < hex.length; at += 64) lines.push(`${indent}${hex.slice(at, at + 64).replace(/(..)(?!$)/g, '$1 ')}`);
  return lines;
}

/** The run's mode as the heading's template selects it (ICU selectors take no hyphen). */
const MODE_KEY = { 'dry-run': 'dry', 'bind-only': 'bind', sent: 'sent' } as const;

function minutes(value: number, text: ReportText): string {
  if (value % 1440 === 0) return text('activation.minutes.days', { value, days: value / 1440 });
  if (value % 60 === 0) return text('activation.minutes.hours', { value, hours: value / 60 });
  return text('activation.minutes', { value });
}

/** The activation section for the console: what was sent, the answer, the ePID, the tells. */
export function renderActivation(unsafe: ActivationSection, c: Colors, text: ReportText = reportText('en')): string[] {
  const section = displaySafe(unsafe);
  const { product, sent, probe, response } = section;
  const lines: string[] = [];
  const where = `${section.target.host}:${section.target.port}${section.target.address && section.target.address !== section.target.host ? ` (${section.target.address})` : ''}`;
  lines.push(c.bold(text('activation.heading', { where, mode: MODE_KEY[section.mode] })));
  if (section.target.reason) lines.push(text('activation.target', { reason: section.target.reason }));
  lines.push(
    text('activation.product', {
      name: product.name,
      application: product.application,
      kmsId: product.kmsCountedId,
      group: product.kmsGroup,
      unverified: Boolean(product.unverifiedIds),
      minimum: product.minimumCount,
    }),
  );
  const f = sent.fields;
  lines.push(c.bold(text('activation.sent', { sent: section.requestSent, protocol: sent.protocol, windows: sent.bindStyle === 'windows' })));
  lines.push(
    text('activation.fields', { version: f.version, vmFlag: String(f.vmFlag), status: f.licenseStatus, statusName: f.licenseStatusName, grace: f.graceMinutes }),
    `    application ${f.applicationId}`,
    `    SKU         ${f.skuId}${product.skuIdFromTable ? '' : c.dim(text('activation.sku-not-from-table'))}`,
    `    KMS id      ${f.kmsCountedId}`,
    `    CMID        ${f.cmid} ${c.dim(`(${sent.cmidSource}${sent.cmidPath ? `: ${sent.cmidPath}` : ''})`)}`,
    text('activation.time', { minimum: f.minimumCount, timestamp: f.timestamp, filetime: f.timestampFiletime, previous: f.previousCmid }),
    `    workstation "${f.workstation}"${sent.iv ? `, IV ${sent.iv}` : ''}`,
    text('activation.payload', { bytes: sent.payloadBytes }),
    ...hexBlock(sent.payloadHex, '      '),
    text('activation.request-pdu', { bytes: sent.pduBytes }),
    ...hexBlock(sent.pduHex, '      '),
  );
  if (probe === null) return [...lines, ...adviceLines(section, c, text), ''];

  const bind = section.bind;
  if (bind) {
    lines.push(c.bold(text('activation.bind')));
    for (const row of bind.results) lines.push(text('activation.bind.context', { id: row.contextId, offered: row.offered, result: row.result }));
    if (bind.fingerprint) lines.push(`    ${bind.fingerprint}`);
    if (bind.alterContext)
      lines.push(
        text('activation.bind.alter-context', {
          verdict: bind.alterContext.accepted ? c.green(text('activation.accepted')) : c.red(text('activation.refused')),
          explanation: bind.alterContext.explanation,
        }),
      );
    for (const anomaly of bind.anomalies) lines.push(c.yellow(text('activation.anomaly', { anomaly })));
  }
  const status = probe.ok ? c.green(`✔ ${probe.status}`) : c.red(`✖ ${probe.status}`);
  lines.push(c.bold(text('activation.result')) + `  ${status}${probe.error ? ` — ${probe.error.message}` : ''}`);
  if (response) {
    if (response.fault) lines.push(text('activation.rpc-fault', { status: response.fault.status, name: response.fault.name }));
    const explained = response.explained;
    if (explained) {
      lines.push(`    HRESULT ${explained.code}${explained.symbolicName ? ` ${explained.symbolicName}` : ''}${explained.summary ? ` — ${explained.summary}` : ''}`);
      if (explained.kmsMeaning) lines.push(text('activation.kms-meaning', { meaning: explained.kmsMeaning }));
    }
    if (response.valid !== null) {
      const failed = response.checks.filter((check) => check.outcome !== 'pass');
      lines.push(
        text('activation.checks', { passed: response.checks.length - failed.length, total: response.checks.length, ids: response.checks.map((check) => check.id).join(', ') }),
      );
      for (const check of failed) lines.push((check.outcome === 'fail' ? c.red : c.yellow)(`      ${check.outcome}: ${check.id} — ${check.detail}`));
    }
    if (response.currentCount !== null) {
      const met = response.thresholdMet ? c.green(text('activation.threshold-met')) : c.red(text('activation.below-threshold'));
      lines.push(text('activation.count', { count: response.currentCount, minimum: response.minimumCount, verdict: met }));
    }
    if (response.activationIntervalMinutes !== null && response.renewalIntervalMinutes !== null) {
      lines.push(text('activation.intervals', { activation: minutes(response.activationIntervalMinutes, text), renewal: minutes(response.renewalIntervalMinutes, text) }));
    }
    const epid = response.epid;
    if (epid) {
      lines.push(text('activation.epid', { epid: epid.raw }));
      if (epid.wellFormed) {
        lines.push(
          text('activation.epid.os', {
            build: String(epid.build),
            buildName: epid.buildName ? ` (${epid.buildName})` : '',
            platform: String(epid.platformId),
            platformName: epid.platform ? ` (${epid.platform})` : '',
          }),
          text('activation.epid.key', {
            key: epid.csvlk ? `${epid.csvlk.name}${epid.csvlk.unverified ? ' †' : ''}` : text('activation.epid.unknown-key'),
            group: String(epid.groupId),
            keyId: String(epid.keyId),
            activates: epid.csvlk ? epid.csvlk.activates : null,
          }),
          text('activation.epid.installed', {
            date: epid.activationDate ?? text('activation.epid.day-of-year', { day: String(epid.activationDayOfYear), year: String(epid.activationYear) }),
            lcid: String(epid.lcid),
            language: epid.language ? ` (${epid.language})` : '',
            channel: String(epid.channel),
          }),
        );
      }
    }
    if (response.hwid) lines.push(text('activation.hwid', { hwid: response.hwid }));
    for (const anomaly of response.anomalies) lines.push(c.yellow(text('activation.anomaly', { anomaly })));
    lines.push(text('activation.response-pdu', { bytes: response.pduHex.length / 2, fragments: response.fragments }), ...hexBlock(response.pduHex, '      '));
  }
  if (probe.latencyMs !== null) lines.push(text('activation.latency', { latency: String(probe.latencyMs), duration: String(probe.durationMs), attempts: probe.attempts }));
  if (probe.anyInterface) {
    const accepted = probe.anyInterface.accepted;
    lines.push(
      text('activation.any-interface', {
        verdict: accepted === null ? text('activation.inconclusive') : accepted ? c.yellow(text('activation.accepted')) : text('activation.refused'),
        detail: probe.anyInterface.detail,
      }),
    );
  }
  if (section.emulatorTells.length > 0) {
    lines.push(c.bold(text('activation.tells')) + c.dim(text('activation.tells.note')));
    for (const tell of section.emulatorTells) lines.push(`    • ${tell.detail}`);
  } else if (section.requestSent && probe.status === 'answered') {
    lines.push(c.dim(text('activation.no-tells')));
  }
  return [...lines, ...adviceLines(section, c, text), ''];
}

function adviceLines(section: ActivationSection, c: Colors, text: ReportText): string[] {
  return section.advice.map((line) => c.dim(text('activation.note', { note: line })));
}

/** `--list-products`: the table of selectable products. */
export function renderProductList(products: readonly ProductEntry[], c: Colors, text: ReportText = reportText('en')): string {
  const columns = ['product', 'sku', 'kms-id', 'application', 'protocol', 'minimum'] as const;
  const header = columns.map((column) => c.dim(text(`activation.products.column.${column}`)));
  const rows = products.flatMap((p) => [
    [p.name, p.skuId ?? c.dim('—'), `${p.kmsCountedId} (${p.kmsGroup})${p.unverifiedIds ? ' †' : ''}`, p.application, `v${p.protocol}`, String(p.minimumCount)],
    ...(p.aliases.length > 0 ? [[c.dim(text('activation.products.also', { aliases: p.aliases.join(', ') }))]] : []),
  ]);
  return `${[...renderTable([header, ...rows]), '', c.dim(text('activation.products.footnote'))].join('\n')}\n`;
}
