/**
 * English text of the facts blocks of the console report: the KMS host block (analyze with host
 * snapshots, /dlv text or 12290 logs), one template per line with the host's figures as
 * arguments, and the words around a client's facts. Windows's own
 * values (log modes, product names, HRESULTs, KB numbers) come in as arguments, unchanged.
 */
export const REPORT_FACTS = {
  'report.host.heading': 'KMS host {name} ({files})',
  'report.host.split-heading': 'Count over all hosts',
  'report.host.threshold':
    '{family, select, windowsClient {Windows client editions} windowsServer {Windows Server} office {Office} other {{family}}} {count}/{threshold}{below, select, true { (below: {missing} more needed)} other {}}',
  'report.host.product': '{name}: {licensed, select, true {licensed} false {NOT licensed} other {license state unknown}}; count {count} — {thresholds}',
  'report.host.kms-log':
    'Key Management Service log: {records} records, {size} of {maximum} bytes, {mode, select, null {mode unknown} other {{mode}}}{full, select, true {, FULL} other {}}, oldest record {oldest, select, null {unknown} other {{oldest}}}',
  'report.host.service':
    'port {port}, DNS publishing {publishing, select, true {enabled} false {disabled} other {unknown}}{requests, select, true {, {failed} of {total} requests failed{share, select, null {} other { ({share}%)}}} other {}}',
  'report.host.key':
    "key of {product}: {key, select, null {unknown} other {{key}}}{target, select, null {} other { — {target}: {verdict, select, elsewhere {not this key's product (another key of the host answers it)} notCovered {NOT covered (0xC004F042)} disagree {cannot tell (listed by the planning matrix, newer than the key's KMS groups)} unknown {cannot tell} protocolOnly {activated by the KMS protocol, NOT listed by the planning matrix} other {covered}}}}",
  'report.host.os': 'host OS {hostOs}, service version {version, select, null {not given} other {{version}}}',
  'report.host.update':
    'required update {kb} (for {releases}): {verdict, select, shown {shown by the version} notShown {NOT shown by the version} other {the input cannot tell}} — {reason}',
  'report.host.log':
    "log: {requests} requests (12290) {oldest} – {newest}; at least {clients} distinct clients in this window (from {from} to {to}; {whole, select, true {the whole {days}-day counting window} other {less than the host's {days}-day counting window: a lower bound of its count}}) — {asking25} asking 25, {asking5} asking 5",
  'report.host.licensed-answered': 'answered 0x0 while Licensed: {needing25} client(s) needing 25, {needing5} needing 5',
  'report.host.vm-clients': 'virtual machines (VM flag 1): {count} — {clients}',
  'report.host.notification-clients': 'clients in Notification state (not activated, past grace): {count} — {clients}',
  'report.host.duplicate-cmids': 'duplicate CMIDs: {list}',
  'report.host.failed': 'failed: {hresult} {product} × {count}',
  'report.client.epid':
    '{raw}{build, select, null {} other { — build {build}{os, select, null {} other { ({os})}}}}{hostKey, select, null {} other { — host key {hostKey}}}{installed, select, null {} other { — installed {installed}}}',
} as const satisfies Record<string, string>;
