import type { RPC as EN } from '../en/rpc.js';

/** Japanese text of the rpc/* findings: titles, summaries, messages, remedies and evidence lines. */
export const RPC = {
  'rpc/not-kms-endpoint.title': '待ち受けているサービスが KMS エンドポイントではありません',
  'rpc/not-kms-endpoint.summary': 'ライセンス認証用のポートで何かが待ち受けていますが、KMS の RPC インターフェイスを受け付けません。',
  'rpc/not-kms-endpoint.message.not-rpc': '{host} ({address}) のポートは開いていますが、そこで動作しているサービスは DCE/RPC で通信しません',
  'rpc/not-kms-endpoint.message.invalid':
    '{host} ({address}) のポートは開いていますが、その応答は KMS のバインドに対する応答になっていません ({verdict, select, null {無効} other {{verdict}}}: {detail, select, null {詳細なし} other {{detail}}})',
  'rpc/not-kms-endpoint.message.rejected':
    '{host} ({address}) のポートは開いていますが、DCE/RPC サーバーが KMS インターフェイスを拒否しました ({verdict, select, null {拒否} other {{verdict}}})',
  'rpc/not-kms-endpoint.remedy.owner': 'そのマシンで、このポートを使用しているプログラムを確認してください: {command}',
  'rpc/not-kms-endpoint.remedy.record-or-port':
    'レコードが誤ったマシンを指している場合は、{domain, select, null {} other {{domain} で}}レコードを修正してください。KMS ホストのポートが変更された場合は、新しいポートに合わせてください (ホストで {command} を実行して確認)',
  'rpc/no-reply.title': 'KMS ポートで RPC の応答がありません',
  'rpc/no-reply.summary': 'ポートは接続を受け付けますが、KMS インターフェイスを要求すると、サービスが接続を閉じたか、応答しませんでした。',
  'rpc/no-reply.message':
    '{host} ({address}) は接続を受け付けましたが、KMS インターフェイスを要求すると{silence, select, closed {接続を閉じました} reset {接続をリセットしました} other {応答しませんでした}}',
  'rpc/no-reply.remedy.restart': 'ホストでソフトウェア保護サービスを再起動してから、再試行してください: {command}',
  'rpc/no-reply.remedy.middlebox': '経路上に、ホストの代わりに接続を受け付けるプロキシ、IPS、ロード バランサーがないか確認してください',
  'rpc/accepts-any-interface.title': 'エンドポイントが任意の RPC インターフェイスを受け付けます',
  'rpc/accepts-any-interface.summary':
    'このエンドポイントはランダムなインターフェイスも受け付けました。正規の Windows ホストはこれを拒否します。多くの場合、KMS エミュレーターです。',
  'rpc/accepts-any-interface.message':
    '{host} ({address}) は、ランダムな RPC インターフェイスへのバインドも受け付けました。Windows の KMS ホストは、不明なインターフェイスを拒否します',
  'rpc/accepts-any-interface.remedy.inventory':
    'これが展開した KMS ホストであることを確認してください。名前とアドレスをインベントリと照合し、そのホストで {command} を確認してください',
  'rpc/protocol-anomaly.title': '通常とは異なる DCE/RPC 応答',
  'rpc/protocol-anomaly.summary': 'KMS エンドポイントが、Microsoft の RPC スタックでは生成されない内容を含む応答を返しました。',
  'rpc/protocol-anomaly.message': '{host} ({address}) は、RPC のバインドに次の内容で応答しました: {anomalies}',
  'rpc/protocol-anomaly.remedy.listener': 'このポートで動作しているソフトウェアを確認してください (Windows の RPC ランタイムとは動作が異なります): {command}',
  'rpc/reply-incomplete.title': 'RPC の応答が時間内に完了しませんでした',
  'rpc/reply-incomplete.summary':
    'KMS ポートはバインドへの応答を開始しましたが、制限時間が切れた時点でまだ送信中でした。経路またはサービスが低速か停止していることを示すもので、待ち受けているサービスの種類を判定したものではありません。',
  'rpc/reply-incomplete.message': '{host} ({address}) は KMS のバインドへの応答を開始しましたが、{budgetMs} ms の制限時間が切れるまでに {bytes} バイトしか送信しませんでした',
  'rpc/reply-incomplete.remedy.longer-budget': '経路が低速なのかサービスが停止しているのかを見分けるために、制限時間を長くして再試行してください: {command}',
  'rpc/reply-incomplete.remedy.middlebox': 'ここからホストまでの間に、TCP データを保留したり少しずつしか流さなかったりするプロキシ、IPS、WAN 最適化装置がないか確認してください',
} as const satisfies { readonly [K in keyof typeof EN]: string };
