import type { FACTS_CLIENT as EN } from '../en/facts-client.js';

/** Japanese text of what the client facts say in words (see the English twin). */
export const FACTS_CLIENT = {
  'facts.client.unknown.events-only': '入力はイベントだけで、クライアントの設定は含まれていません',
  'facts.client.unknown.cim':
    '{fact, select, cmid {クライアント マシン ID (CMID)} host {KMS ホスト (/skms の設定も、DNS で検出されたホストもありません)} hostIp {KMS ホストの IP アドレス} hostEpid {KMS ホストの拡張 PID} activationInterval {ライセンス認証の間隔} renewalInterval {更新間隔} other {{fact}}}: Windows から報告されていません',
  'facts.client.unknown.no-product': 'slmgr のテキストに Windows 製品がありません',
  'facts.client.unknown.not-kms-client': '製品が KMS クライアントではない ({channel}) ため、slmgr は KMS クライアント情報を出力しません',
  'facts.client.unknown.not-activated': 'slmgr は、製品がライセンス認証されるまで KMS クライアント情報を出力しません ("{slmgrLine}")',
  'facts.client.unknown.not-in-text': 'slmgr のテキストにありません (slmgr /dli は一部の行を出力しません。読み取れなかったラベルは注記に記載されています)',
  'facts.discovery.manual': '{scope, select, product {この製品に } other {}}KMS ホストが設定されています ({command})。クライアントはそのホストに直接接続し、DNS には照会しません。',
  'facts.discovery.manual-ignores-domain': 'ホスト名が設定されている間、検索ドメイン {domain} は無視されます。',
  'facts.discovery.cached':
    'KMS ホスト キャッシュが有効です。クライアントは最初に、前回使用したホスト {host} に接続します{thenDns, select, true {。その後、DNS に照会します} other {}}。',
  'facts.discovery.lookup-domain': '検索ドメインが設定されています ({command})。クライアントは {queryName} だけを照会し、自身の DNS サフィックスへのフォールバックは行いません。',
  'facts.discovery.unknown':
    '入力にクライアントの DNS 設定がないため、照会される名前を予測できません ({collect} で収集したスナップショットには含まれます。connectivity では {domainOption} を指定できます)。',
  'facts.discovery.unknown-checking': '入力にクライアントの DNS 設定がないため、{option} で指定されたドメインを確認します: {domains}。',
  'facts.discovery.no-suffix':
    'このコンピューターにはプライマリ DNS サフィックスも接続固有の DNS サフィックスもありません。クライアントには検索するドメインがなく、{code} で失敗します。',
  'facts.discovery.query':
    'クライアントは {names} を{count, plural, =1 {} other {この順に}}照会します{adDomain, select, true { (DNS サフィックスが設定されていないため、コンピューターの AD ドメイン)} other {}}。',
  'facts.client.nothing.no-activation-event':
    'エクスポートにライセンス認証のイベント ({eventIds}) がありません — アプリケーション ログを {provider} で絞り込んでエクスポートするか、スナップショットを収集してください',
  'facts.client.nothing.nothing-read':
    'ライセンス製品、設定、イベントのいずれも読み取れませんでした — slmgr /dlv のテキスト、{collect} で収集したスナップショット、またはイベントのエクスポートを指定してください',
  // Windows's own Japanese words where console output confirms them (「ライセンスされています」, kms-facts.md §6.6);
  // the others follow the glossary (猶予期間, 通知モード).
  'facts.license.status':
    '{state, select, unlicensed {ライセンスされていません} licensed {ライセンスされています} initialGrace {初期猶予期間} additionalGrace {追加の猶予期間 (KMS ライセンスの有効期限切れ、またはハードウェアの許容範囲外)} nonGenuineGrace {非正規の猶予期間} notification {通知モード} extendedGrace {延長猶予期間} other {状態 {status}}}',
} as const satisfies { readonly [K in keyof typeof EN]: string };
