import type { CLI_USAGE as EN } from '../en/cli-usage.js';

/** Japanese text of the command line's usage errors. Flags, values and commands stay as typed. */
export const CLI_USAGE = {
  'cli.failure.usage': 'kmsdoctor: {message}',
  'cli.failure.internal': 'kmsdoctor: 内部エラー: {message}',
  'cli.usage.see-help': '{message} (kmsdoctor --help を参照してください)',

  'cli.usage.formats-clash': '{flags} は同時に指定できません',
  'cli.usage.and': '{first} と {second}',
  'cli.usage.needs-file-name': '{flag} にはファイル名が必要です',
  'cli.usage.whole-number-range': '{flag} "{value}" は {min} から {max} までの整数で指定してください',
  'cli.usage.given-twice': '{flag} が {times} 回指定されています。1 回だけ指定してください',
  'cli.usage.not-decimal': '{flag} "{value}" は 10 進数の整数ではありません',
  'cli.usage.protocol': '--protocol "{value}" は v4、v5、v6 のいずれでもありません',
  'cli.usage.product-required': '--product が必要です: 要求する製品を指定してください ({command})',
  'cli.usage.product-unknown': '--product: {reason}。{suggestions} のことですか?',
  'cli.usage.product-unknown.none': '--product: {reason}。{command} を参照してください',
  'cli.usage.not-uuid': '{flag} "{value}" は UUID ではありません',
  'cli.usage.bind-style': '--bind-style "{value}" は {styles} のいずれでもありません',
  'cli.usage.one-off-cmid':
    '一時的な CMID では送信しません。ホストで新しいマシンとしてカウントされるためです: {problem}。KMSDOCTOR_CONFIG_DIR に書き込み可能なフォルダーを設定するか、--cmid を指定してください',
  'cli.usage.workstation-empty': '--workstation が空です',
  'cli.usage.workstation-long': '--workstation は {length} 文字です。要求に入るのは最大 {max} 文字です',
  'cli.usage.needs-activation-request': '{count, plural, other {{flags} は --activation-request と一緒に指定したときだけ有効です}}',
  'cli.usage.activate-probe.no-host': 'KMS ホストを指定してください: {command}',
  'cli.usage.analyze.nothing-described':
    'どのファイルもクライアントや KMS ホストを表していません: スナップショット、slmgr /dlv のテキスト、イベントのエクスポートを指定してください',
  'cli.usage.analyze.nothing-to-judge': '{files} には判定できる内容がありません: {reason}',
  'cli.usage.analyze.probe-needs-client': '--probe はクライアントの接続先をテストします。クライアントのスナップショット、/dlv のテキスト、イベントのエクスポートを指定してください',
  'cli.usage.connectivity.no-target':
    '--domain、--kms-host、--snapshot のいずれも指定されておらず、このマシンには検索する DNS サフィックスがありません。--domain でドメインを指定してください',
  'cli.usage.event-count': '--event-count は 0 から 10000 までの整数で指定してください ({value} は指定できません)',
  'cli.usage.collect.needs-windows': 'collect には Windows が必要です: クライアントで実行し、そのファイルをどこででも {command} で分析してください',
  'cli.usage.max-events': '--max-events は正の整数で指定してください ({value} は指定できません)',
  'cli.usage.explain.unknown-id': '"{id}" は検出事項の ID でもエラー コードでもありません。ID の一覧は "{ids}"、コードの一覧は "{codes}" で表示できます',
  'cli.usage.publication.host-not-fqdn': '--host "{value}" には KMS ホストの FQDN (SRV レコードに記載する名前) を指定してください。IP アドレスや短い名前は指定できません',
  'cli.usage.publication.not-ip': '--authoritative "{value}" は IP アドレス (:port は省略可) ではありません',
  'cli.usage.readiness.no-domain': '--domain でクライアントのドメインを指定するか、--client-snapshot を指定してください',
} as const satisfies { readonly [K in keyof typeof EN]: string };
