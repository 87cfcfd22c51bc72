import type { PROBE as EN } from '../en/probe.js';

/** Japanese text of the one-line descriptions of probe outcomes (evidence lines and the human report's probe list). */
export const PROBE = {
  'probe.dns.srv':
    'SRV {queryName} を {server} に照会: {status}' +
    '{rcode, select, null {} other { {rcode}{authoritative, select, true { (権威ある応答)} other {}}}}' +
    '{records, select, null {} other {、{records, plural, other {# 件のレコード}}}}' +
    '{declined, select, true {、ターゲットは "." (このドメインでは提供なし)} other {}}' +
    '{alias, select, chain {、CNAME {aliasChain} 経由{aliasLoop, select, true { (ループ)} other {}}} self {、自身への CNAME 経由 (ループ)} other {}}' +
    '、{transport} 経由で {duration} ms' +
    '{cause, select, null {} other {: {cause}}}' +
    '{ignored, select, null {} other {。無視した応答: {ignored}}}',
  'probe.dns.address':
    '{host} を {server} で名前解決: {resolved, select, true {{addresses}} other {{status}}}{aliasChain, select, null {} other { (CNAME {aliasChain} 経由)}}{cause, select, null {} other {: {cause}}}',
  'probe.tcp.port':
    'TCP {endpoint} ({role, select, activation {ライセンス認証用} management {管理用} custom {指定ポート} other {ポート}}): {state}、{duration} ms{cause, select, null {} other {: {cause}}}',
  // Phrases of their own (ignored answer records), kept apart without a list's commas.
  'probe.phrases': '{item}; {rest}',
  'probe.rpc.bind': 'KMS インターフェイスへの RPC バインド ({endpoint}): {verdict}、{duration} ms{cause, select, null {} other {: {cause}}}',
  'probe.kms.activation': 'KMS ライセンス認証プローブ ({endpoint}): {status}、{duration} ms{cause, select, null {} other {: {cause}}}',
} as const satisfies { readonly [K in keyof typeof EN]: string };
