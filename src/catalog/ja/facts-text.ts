import type { FACTS_TEXT as EN } from '../en/facts-text.js';

/** Japanese text of what the facts layer says in passing (see the English twin). */
export const FACTS_TEXT = {
  'facts.host.log.untracked-cmids': '異なる CMID が {max} 個を超えています。それ以降のクライアントからの {count} 件の要求は追跡していません (カウントは下限値です)',
  'facts.host.log.failures-not-broken-down': 'エラーと製品の組み合わせが {max} 通りを超えています。{count} 件の失敗した要求は内訳を示していません',
  'facts.fleet.clock.reference.none': '時刻を含むホストのスナップショットがないため、比較対象がありません',
  'facts.fleet.clock.reference.hosts': '各クライアントの接続先ホストの時刻 (なければホストの時刻の中央値)。1 回の収集で取得したスナップショットについてのみ有効です',
  'facts.fleet.clock.against': '{host, select, null {ホストの時刻の中央値} other {{host}}}',
  'facts.fleet.domain.answers': '{answers}',
  'facts.fleet.domain.no-server': '照会する DNS サーバーがありません',
  'facts.fleet.domain.not-probed': '照会していません ({option} を付けて実行してください)',
  'facts.publication.other-computers-ignored': 'ほかのコンピューターの {events} は無視しました: {computers}',
  'facts.encoding.bom': 'バイト オーダー マーク',
  'facts.encoding.option': '{option}',
  'facts.encoding.utf16-nul': '1 バイトおきの NUL バイト',
  'facts.encoding.valid-utf8': '有効な UTF-8',
  'facts.encoding.ini': 'slmgr.ini の言語',
  'facts.encoding.ini-folder': 'slmgr.ini の言語 {langId}',
  'facts.encoding.ini-script': 'slmgr.ini のラベルの文字体系',
  'facts.encoding.byte-analysis': 'バイトの分析 ({name}、信頼度 {confidence})',
  'facts.encoding.western': 'バイトの分析 (1 バイトの西欧文字)',
  'facts.snapshot.schema-mismatch': 'スナップショットのスキーマに一致しません',
  'facts.snapshot.schema-error': '{where} {problem}',
} as const satisfies { readonly [K in keyof typeof EN]: string };
