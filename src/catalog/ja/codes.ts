import { CODE_COMMANDS as C } from '../codes/commands.js';
import type { TranslationOf } from '../codes/text-model.js';
import type { EN_CODES } from '../en/codes.js';

/**
 * Japanese text of the error-code pages, entry by entry the English one (../en/codes.ts): every
 * code, and as many causes, remedies and places as English. Terms follow GLOSSARY.md; commands,
 * codes, event ids and paths are never translated, and the shared ones come from CODE_COMMANDS.
 */

// Steps that several codes share: one sentence around one command.
const SLMGR_ATO = C.activate;
const SARA = `Microsoft サポート/回復アシスタント (SaRA) で、このエラー コードに対処できます: ${C.supportAssistant}`;
const CLIENT_EVENTS = `クライアントのイベントを確認します: ${C.clientEvents}`;
const HOST_EVENTS = `KMS ホストで、処理した要求を確認します: ${C.hostEvents}`;
const TEST_PORT = `クライアントからテストします: ${C.testPort} (${C.testPortSuccess} と表示されることを確認します)`;
const ENABLE_RULE = `KMS ホストで、組み込みのファイアウォール規則を有効にします (既定では無効です): ${C.enableFirewallRule}`;
const CHECK_SRV = `SRV レコードを確認します: ${C.querySrv} (または ${C.resolveSrv})`;
const CHECK_SUFFIXES = `クライアントの DNS サフィックスを確認します: ${C.dnsSettings} (プライマリ DNS サフィックスと DNS サフィックス検索一覧から、SRV レコードのあるゾーンに届く必要があります)`;
const PIN_HOST = `DNS を使用できない場合は、クライアントで KMS ホストを指定します: ${C.pinHost}`;
const ELEVATED = `管理者特権のコマンド プロンプト (管理者として実行) で実行します: ${C.slmgrElevated}`;
const ROUTE_OR_FIREWALL = `クライアントと KMS ホストの間のルーティングまたはファイアウォールを修正し、次でテストします: ${C.testPort}`;
const RESTART_SERVICE = 'ソフトウェア保護サービスを再起動します: Restart-Service sppsvc';
const START_SERVICE_ON_HOST = 'KMS ホストで、ソフトウェア保護サービスを開始します: Start-Service sppsvc';
const LICENSING_CENTRE = 'Microsoft ライセンス認証センター (Microsoft Licensing Activation Centre)';

export const JA_CODES = {
  '0x00000000': {
    meaning: '成功です。イベント ID 12288、12289、12290 の HRESULT フィールドは、その KMS ホストとのやり取りが成功した場合に 0x00000000 になります。',
    likelyCauses: ['KMS ホストに到達し、KMS ホストが要求を受け付けました (イベント ID 12289 では、応答が処理されました)。'],
    remedies: [
      'この試行について修正するものはありません。',
      '対応するイベント ID 12289 のないイベント ID 12288 は、それでも KMS ホストに到達しなかったか、KMS ホストが応答しなかったことを意味します。他の試行を確認してください。',
    ],
    where: ['イベント ID 12288', 'イベント ID 12289', 'イベント ID 12290', 'slmgr の終了コード 0'],
  },

  // --- core KMS client/host codes ---------------------------------------------------------------
  '0xC004F074': {
    meaning:
      'KMS ホストに接続できませんでした。ソフトウェア保護サービスは、キー管理サービスを利用できないためコンピューターをライセンス認証できなかったと報告します。Microsoft は、クライアントが試したすべての KMS ホストがエラーを返したことを示すと説明しており、アプリケーション イベント ログを確認するよう案内しています。Windows 7 時代の表記: "The Key Management Server (KMS) is unavailable"。',
    likelyCauses: [
      'クライアントが試したすべての KMS ホストがエラーを返しました。各イベント ID 12288 の HRESULT が、ホストごとの実際の失敗を示します。',
      'KMS ホストでソフトウェア保護サービス (sppsvc) が停止しています。',
      'クライアントと KMS ホストの間で、TCP 1688 (または KMS ホストが待ち受けているポート) がブロックされています。',
      '古いまたは誤った _vlmcs._tcp の SRV レコード、または KMS ホストの A レコードが、停止しているホストや古いホストを指しています。',
      'クライアントと KMS ホストの時刻が 4 時間を超えてずれています (イベント ID 12288 に 0xC004F06C が記録されます)。',
      'KMS ホストがクライアントに対して古すぎます (例: KB968912 が適用されていない Server 2008 の KMS ホストと Windows 7 のクライアント。0xC004F042 と 0xC004F015 も参照してください)。',
    ],
    remedies: [
      `各イベント ID 12288 の HRESULT が、KMS ホストとその失敗の内容を示します。${CLIENT_EVENTS}`,
      TEST_PORT,
      `SRV レコードを確認し、古いレコードを削除するか KMS ホストの A レコードを修正します: ${C.querySrv} (または ${C.resolveSrv})`,
      START_SERVICE_ON_HOST,
      ENABLE_RULE,
      '時刻のずれ (UTC で比較して 4 時間を超えるもの) を修正します: w32tm /resync',
      '古い KMS ホストを更新し (WSD-PLAN に記載されている必要な更新プログラム)、クライアントをサポートする KMS ホスト キー (CSVLK) をインストールします。',
      `再試行します: ${SLMGR_ATO}`,
      SARA,
    ],
    where: ['slmgr /ato', 'Windows のライセンス認証の画面'],
  },
  '0xC004F038': {
    meaning: 'KMS のカウントが不足しています。KMS ホストの現在のカウントが、クライアントの製品のライセンス認証のしきい値を下回っています。',
    likelyCauses: [
      'KMS ホストのカウントがしきい値を下回っています。しきい値は Windows のクライアント OS では 25、Windows Server と Office では 5 です (過去 30 日間に確認された一意の CMID の数)。',
      'クライアント マシン ID (CMID) の重複: イメージが sysprep /generalize を実行せずに、または <SkipRearm>1</SkipRearm> を指定してキャプチャされたため、カウントが増えません (多くの場合 1 のままです)。',
      'カウントが複数の KMS ホスト (正規のホスト、または想定外の KMS ホスト) に分散しています。各 KMS ホストは、そのホストに到達したクライアントだけを数えます。',
    ],
    remedies: [
      'KMS ホストで、次の出力の「現在のカウント」("Current count") を確認します: slmgr.vbs /dlv',
      'カウントが 25 (Windows クライアント) または 5 (Windows Server、Office) に達するまで、クライアントを追加するか待ちます。サーバーとクライアントは同じカウントに加算されます。',
      'CMID の重複を探します: 2 台のクライアントで slmgr.vbs /dli の「クライアント マシン ID (CMID)」("Client Machine ID (CMID)") を比較するか、KMS ホストのイベント ID 12290 の CMID をクライアント名と照合します。',
      'CMID の重複を解消します: sysprep /generalize でイメージを作成し直します (SkipRearm は使用しません)。展開済みのマシンでは cscript slmgr.vbs -rearm を実行してから再起動します (新しい CMID が作成され、リアームの回数が 1 回消費されます)。',
      'KMS ホストの数を少なく保ち、想定外の KMS ホストやテスト用のホストを削除します (イベント ID 12288 のホストのフィールドと、_vlmcs._tcp の SRV レコードから見つけられます)。',
      SARA,
    ],
    where: ['slmgr /ato', 'イベント ID 12289'],
  },
  '0xC004F039': {
    meaning: 'KMS が有効になっていません。Microsoft の説明では、KMS ホストが KMS の要求に応答しませんでした。',
    likelyCauses: ['KMS ホストが要求に応答しませんでした。', 'KMS ホストまでの経路で TCP 1688 がブロックまたはフィルターされています。'],
    remedies: [
      TEST_PORT,
      ENABLE_RULE,
      'クライアントのサブネットと KMS ホストの間で、ネットワーク ファイアウォール、ACL、VPN のルーティングが TCP 1688 を通すことを確認します。',
      SARA,
    ],
    where: ['slmgr /ato'],
  },
  '0xC004F041': {
    meaning: 'KMS ホスト自体がライセンス認証されていません。',
    likelyCauses: ['KMS ホスト キー (CSVLK) はインストールされていますが、KMS ホストがオンラインでも電話でもライセンス認証されていません。'],
    remedies: [
      'KMS ホストで、オンラインでライセンス認証します: slmgr.vbs /ato',
      'または電話でライセンス認証します: slmgr.vbs /dti (インストール ID の表示)、続いて slmgr.vbs /atp <confirmation ID>',
      'KMS ホストで確認します: slmgr.vbs /dlv で、KMS の製品の「ライセンスの状態」("License Status") が Licensed と表示されます。',
      SARA,
    ],
    where: ['slmgr /ato'],
  },
  '0xC004F042': {
    meaning: '指定された KMS ホストは使用できません。その KMS ホスト キー (CSVLK) では、この製品をライセンス認証できません。',
    likelyCauses: [
      'アプリケーション固有 (Office) の KMS ホストと OS の KMS ホストが混在しており、クライアントが誤った種類の KMS ホストに到達しました。',
      'KMS ホストの CSVLK がクライアントより古いバージョンです (例: Windows Server 2016 の CSVLK と Windows Server 2022 のクライアント)。',
      'KMS ホストに、新しいクライアントをライセンス認証するための更新プログラムが適用されていません (WSD-PLAN の必要な更新プログラム)。',
    ],
    remedies: [
      'クライアントの接続先を、ライセンス認証できる KMS ホストにします: slmgr.vbs /skms <host>:1688 [<Activation ID>] (ライセンス認証 ID を指定すると、その設定はその製品だけに適用されます。例: Office)。',
      'KMS ホストに必要な更新プログラムと、クライアントをサポートする CSVLK をインストールしてから、ライセンス認証します: slmgr.vbs /ipk <CSVLK> と slmgr.vbs /ato',
      `slmgr.vbs /dlv の "Failed requests received" の行 (日本語版 Windows では対応する日本語の行) にも注意します。${HOST_EVENTS}`,
    ],
    where: ['slmgr /ato', 'イベント ID 12290'],
  },
  '0xC004F015': {
    meaning:
      'ライセンスがインストールされていません。KMS ホストの更新プログラムまたは CSVLK に新しいクライアント用のライセンスが含まれていない場合に、その KMS ホスト (イベント ID 12290) で記録されます。',
    likelyCauses: [
      'KMS ホストまたはその CSVLK が、クライアントの製品に対応していません (例: Server 2012 R2 または 2008 R2 の KMS ホストと Windows 10 のクライアント)。',
      'その場合、クライアントは 0xC004F042 または 0xC004F074 を報告します。',
    ],
    remedies: [
      'KMS ホストの更新プログラムをインストールします: KB3172614 (Server 2012 R2 / Windows 8.1) または KB3079821 (Server 2008 R2 / Windows 7)。',
      'クライアントをサポートする CSVLK (例: "Windows Srv 2012R2 DataCtr/Std KMS for Windows 10") をインストールします: slmgr.vbs /ipk <CSVLK>、続いて slmgr.vbs /ato',
      HOST_EVENTS,
    ],
    where: ['イベント ID 12290'],
  },
  '0xC004F06C': {
    meaning: '要求のタイムスタンプが無効です。クライアントと KMS ホストの時刻が 4 時間を超えてずれています。',
    likelyCauses: [
      'クライアントと KMS ホストのシステム時刻が 4 時間を超えてずれています (UTC で比較するため、タイム ゾーンは関係ありません)。',
      '時刻のソースが機能していません: NTP がないか、ドメインの時刻の階層が機能していません。',
      'W32Time の NtpClient プロバイダーが無効になっている Azure の VM。',
    ],
    remedies: [
      '時刻を再同期します: w32tm /resync',
      '時刻のソースを修正します: NTP、またはドメイン メンバーの場合は Active Directory ドメインの階層。',
      'Azure の VM: W32Time の NtpClient プロバイダーを有効にします (Enabled = 1。ドメイン メンバーの場合は Type を NT5DS にします)。',
      `再試行します: ${SLMGR_ATO}`,
    ],
    where: ['イベント ID 12288', 'イベント ID 12290', 'slmgr /ato'],
  },
  '0xC004F056': {
    meaning: 'KMS を使用して製品をライセンス認証できませんでした。KMS の一般的なエラーで、Office (ospp.vbs) でよく見られます。',
    likelyCauses: ['より具体的なエラー コードのない KMS ライセンス認証の失敗です。原因は、イベントと KMS ホストへの接続性から判断します。'],
    remedies: [CLIENT_EVENTS, TEST_PORT, 'Office の場合: cscript ospp.vbs /dstatus と cscript ospp.vbs /dhistorykms (Office16 フォルダーで実行します)。'],
    where: ['slmgr /ato', 'ospp.vbs /act'],
  },
  '0xC004F06B': {
    meaning: 'KMS ホストが仮想マシンで実行されていますが、このバージョンの KMS は仮想マシンをサポートしていません。以前のバージョンの制限です。',
    likelyCauses: ['Windows Vista / Server 2008 時代の KMS ホストが VM で実行されています。'],
    remedies: [
      'KMS ホストを Windows 7 / Server 2008 R2 以降で実行するか (これらでは KMS ホストを VM にできます。推測)、以前のバージョンの KMS ホストを物理ハードウェアで実行します。',
    ],
    where: ['slmgr の出力 (以前のバージョンの KMS ホスト)'],
    notes: ['この制限が Vista/2008 時代に限られるという点は推測 [INF] です: Windows 7 / Server 2008 R2 以降では、KMS ホストを VM にできます。'],
  },
  '0xC004F035': {
    meaning: 'ボリューム ライセンス キーでコンピューターをライセンス認証できませんでした。ボリューム ライセンスのシステムには、対象となるオペレーティング システムが必要です。',
    likelyCauses: ['OEM の BIOS マーカーのない PC 上の、Windows 7 時代のボリューム ライセンスのクライアント (ボリューム ライセンスはアップグレード ライセンスです)。'],
    remedies: ['MAK またはリテールのキーをインストールします: slmgr.vbs /ipk <key>', 'または電話でライセンス認証します: slui 04'],
    where: ['slmgr /ato'],
  },
  '0xC004F050': {
    meaning: 'プロダクト キーが無効です。',
    likelyCauses: [
      '入力ミス、またはハイフンの代わりにダッシュ (em dash) が入力されています。',
      'リリース版のビルドにベータ版のキーを使用しています。',
      'キーの種類またはエディションが違います (例: サポートされていないエディションに CSVLK をインストールした)。',
    ],
    remedies: [
      '正しいキーをインストールします: slmgr.vbs /ipk <key> (ダッシュではなくハイフンを使用します)',
      'KMS クライアントには、そのエディション用の GVLK が必要です (WSD-GVLK の一覧)。',
    ],
    where: ['slmgr /ipk'],
  },
  '0xC004F051': {
    meaning: 'プロダクト キーがブロックされています。',
    likelyCauses: ['Microsoft がキーをブロックしました。'],
    remedies: ['ボリューム ライセンス サービス センター (VLSC) から新しい MAK または CSVLK を入手し、インストールします: slmgr.vbs /ipk <key>'],
    where: ['slmgr /ipk', 'slmgr /ato'],
  },
  '0xC004F069': {
    meaning: '製品の SKU が見つかりません。キーまたはライセンス認証 ID が、インストールされている SKU と一致しません。',
    likelyCauses: [
      'キーまたはライセンス認証 ID が、インストールされている SKU と一致しません。',
      '評価版 (Evaluation) のエディションに GVLK がインストールされています (サード パーティの報告)。',
    ],
    remedies: [
      'インストールされているエディションに一致する GVLK をインストールします: slmgr.vbs /ipk <GVLK> (WSD-GVLK の一覧)',
      '評価版のエディションの場合: 先に DISM でエディションを変換してから、GVLK をインストールします (サード パーティの助言)。',
      'このエラー コードについての OS 自身のテキストを確認します: slui.exe 0x2a 0xC004F069',
    ],
    where: ['slmgr の出力'],
    notes: [
      '不一致: slmgr.vbs 自身のメッセージ表は 0xC004F066 に対して "product SKU is not found" と表示しますが、slerror.h はこのテキストを 0xC004F069 に割り当てています。ヘッダーと slui.exe 0x2a の結果を信頼してください。',
      'ロシア語のサード パーティのページは、0xC004F069 を誤ってタイムスタンプのエラーとしています。',
    ],
  },
  '0xC004F066': {
    meaning: '正規品情報のプロパティを設定できません (slerror.h)。slmgr.vbs の組み込みの表は、このエラー コードに対して代わりに "product SKU is not found" と表示します。',
    likelyCauses: [
      'KMS については文書化されていません。slmgr がこのエラー コードとともに "product SKU is not found" と表示する場合は、0xC004F069 と同じ状況です: キーまたはライセンス認証 ID が、インストールされているどの SKU とも一致しません (slmgr の表からの推測)。',
    ],
    remedies: [
      'このエラー コードについての OS 自身のテキストを確認し、slmgr の表よりもそちらを信頼します: slui.exe 0x2a 0xC004F066',
      'SKU が見つからないという内容の場合は、0xC004F069 の対処方法に従います: kmsdoctor explain 0xC004F069',
    ],
    where: ['slmgr の出力'],
    notes: [
      '不一致: slmgr.vbs は C004F066 を "product SKU is not found" に対応付けていますが、slerror.h は C004F066 を "genuine information property can not be set…" と定義し、"product SKU is not found" には 0xC004F069 を使用しています。',
    ],
  },
  '0xC004F014': {
    meaning: 'プロダクト キーがインストールされていません。',
    likelyCauses: ['GVLK (またはキー自体) がインストールされていません。'],
    remedies: [
      'エディション用の GVLK をインストールします: slmgr.vbs /ipk <GVLK> (WSD-GVLK の一覧。インストール メディアの \\sources\\Pid.txt にも記載されています)',
      `続いてライセンス認証します: ${SLMGR_ATO}`,
    ],
    where: ['slmgr /ato', 'slmgr /dli'],
  },
  '0xC004F009': {
    meaning: '猶予期間が終了しました。製品は通知モードになっています。',
    likelyCauses: ['クライアントが猶予期間内に一度もライセンス認証されませんでした。'],
    remedies: [`クライアントが KMS ホストに到達できない原因を修正してから、ライセンス認証します: ${SLMGR_ATO}`],
    where: ['slmgr /ato', 'slmgr /dli'],
  },
  '0xC004F00F': {
    meaning: 'ハードウェアのバインドが許容範囲を超えています。ハードウェアが大きく変更されました。',
    likelyCauses: ['ハードウェアまたはドライバーの変更。'],
    remedies: [`KMS クライアントの場合: 再起動するか、もう一度ライセンス認証します: ${SLMGR_ATO}`],
    where: ['slmgr /ato'],
  },
  '0xC004F025': {
    meaning: 'アクセスが拒否されました: 要求された操作には管理者特権が必要です。',
    likelyCauses: ['設定を変更するコマンドで、slmgr.vbs が管理者特権なしで実行されました。'],
    remedies: [ELEVATED],
    where: ['slmgr (/ipk、/skms、/ato などの設定を変更するコマンド)'],
  },
  '0xC004F059': {
    meaning: 'コンピューターの BIOS 内のライセンスが無効です (OEM SLP)。KMS のネットワーク エラーではありません。',
    likelyCauses: ['OEM ライセンス認証: BIOS のライセンス マーカーが無効です。'],
    remedies: ['KMS の接続性の問題ではありません。OEM/BIOS のライセンスを確認してください。OS 自身のテキストは slui.exe 0x2a 0xC004F059 で確認できます。'],
    where: ['slmgr /ato'],
  },
  '0xC004E015': {
    meaning: 'ライセンスの消費に失敗しました。通常は、ライセンス ストア (tokens.dat) が破損しています。',
    likelyCauses: ['ライセンス ストアが破損しています: %windir%\\System32\\spp\\store\\2.0\\tokens.dat'],
    remedies: [
      'ソフトウェア保護サービスを停止します: net stop sppsvc',
      '%windir%\\System32\\spp\\store\\2.0\\tokens.dat の名前を変更します (例: tokens.bar)',
      'サービスを開始します: net start sppsvc',
      'ライセンス ファイルを再インストールします: cscript //nologo %windir%\\System32\\slmgr.vbs /rilc',
      `プロダクト キーを再インストールし (slmgr.vbs /ipk <key>)、ライセンス認証します: ${SLMGR_ATO}`,
    ],
    where: ['slmgr /ipk', 'slmgr /ato'],
  },
  '0xC004C003': {
    meaning: 'ライセンス認証サーバーから、プロダクト キーがブロックされていると報告されました。',
    likelyCauses: ['Microsoft が MAK または KMS ホスト キー (CSVLK) をブロックしました。'],
    remedies: [`ボリューム ライセンス サービス センター (VLSC) または ${LICENSING_CENTRE} から新しいキーを入手し、次を実行します: slmgr.vbs /ipk <key> と slmgr.vbs /ato`, SARA],
    where: ['slmgr /ato (MAK または KMS ホスト キーのオンライン ライセンス認証)'],
  },
  '0xC004C008': {
    meaning: 'プロダクト キーがロック解除の上限を超えました。',
    likelyCauses: [
      'KMS ホスト キー (CSVLK) が許容回数を超えて使用されました: 最大 6 台の KMS ホストで、それぞれさらに 9 回まで再アクティブ化できます (合計 10 回のライセンス認証)。',
    ],
    remedies: [`上限を引き上げるには、${LICENSING_CENTRE} に問い合わせます。`, SARA],
    where: ['slmgr /ato (KMS ホスト上)'],
  },
  '0xC004C001': {
    meaning: 'ライセンス認証サーバーから、プロダクト キーが無効であると報告されました。',
    likelyCauses: ['ライセンス認証サーバーがキーを受け付けませんでした (原因は文書化されていません)。'],
    remedies: ['キーを確認して入力し直します: slmgr.vbs /ipk <key>、続いて slmgr.vbs /ato', `解決しない場合は、${LICENSING_CENTRE} に問い合わせます (一般的な助言)。`],
    where: ['slmgr /ato (オンライン ライセンス認証)'],
  },
  '0xC004B100': {
    meaning: 'ライセンス認証サーバーがコンピューターをライセンス認証できませんでした。',
    likelyCauses: ['MAK に問題があります。'],
    remedies: ['インストールされているキーを確認し (slmgr.vbs /dli)、別の MAK を使用するか、電話でライセンス認証します: slui 04'],
    where: ['slmgr /ato (MAK)'],
  },
  '0xC004F075': {
    meaning: 'ソフトウェア保護サービスが停止中のため、操作を完了できません。',
    likelyCauses: ['コマンドの実行中に sppsvc が停止しようとしていました。'],
    remedies: [`コマンドを再試行します。例: ${SLMGR_ATO}`],
    where: ['slmgr (任意のコマンド)'],
  },

  // --- DNS / network / Win32 codes --------------------------------------------------------------
  '0x8007232A': {
    meaning:
      'DNS サーバーのエラーです。DNS サーバーがクエリに応答できませんでした (ネットワークまたは DNS の問題)。Microsoft は、KMS ホストが SRV レコードを発行するときのエラーとしてこのエラー コードを記載しています。',
    likelyCauses: [
      'DNS サーバーが応答に失敗しました (SERVFAIL)。DNS サーバーまたはネットワークの問題です。',
      'KMS ホストの場合: _vlmcs._tcp の SRV レコードの発行に失敗しました (イベント ID 12293)。',
    ],
    remedies: [
      'DNS サーバーに直接問い合わせます: Resolve-DnsName -Name _vlmcs._tcp.<domain> -Type SRV -Server <dns-server>',
      'その DNS サーバーと、そこまでのネットワーク経路をトラブルシューティングします (ゾーンが読み込まれているか、フォワーダー、到達性)。',
      'KMS ホストの場合は、修正後にソフトウェア保護サービスを再起動し (Restart-Service sppsvc)、イベント ID 12294 (発行に成功) が記録されることを確認します。',
    ],
    where: ['イベント ID 12293', 'slmgr /ato'],
  },
  '0x8007232B': {
    meaning: 'DNS 名が存在しません。クライアントが _vlmcs._tcp の SRV レコードを見つけられませんでした。',
    likelyCauses: [
      'KMS ホストがインストールされていないか、KMS ホストが SRV レコードを発行していません (slmgr /cdns、または KMS ホストのイベント ID 12293)。',
      'クライアントのプライマリ DNS サフィックスまたは DNS サフィックス検索一覧から、SRV レコードのあるゾーンに届きません。',
      'プライマリ DNS サフィックスのない、ワークグループまたはドメインに参加していないクライアント (サード パーティの報告)。',
    ],
    remedies: [
      CHECK_SRV,
      CHECK_SUFFIXES,
      'KMS ホストで、SRV レコードを発行していること (既定の動作) を確認します。イベント ID 12294 は成功、12293 は失敗を示します。発行を再び有効にします: slmgr.vbs /sdns',
      PIN_HOST,
      'Azure の VM: slmgr.vbs /skms azkms.core.windows.net:1688',
      'KMS ホストがまったくない場合は、代わりに MAK を使用します。',
      SARA,
    ],
    where: ['slmgr /ato'],
  },
  '0x8007251D': {
    meaning: 'DNS クエリに対するレコードが見つかりません。_vlmcs._tcp の名前は存在しますが、SRV レコードがありません。',
    likelyCauses: ['DNS にその名前は存在しますが SRV のデータがないため、自動検出で KMS ホストが見つかりません。'],
    remedies: [
      CHECK_SRV,
      'SRV レコードを作成します: DNS マネージャー → 前方参照ゾーン → <domain> → その他の新しいレコード → サービス ロケーション (SRV): サービス _VLMCS、プロトコル _TCP、ポート番号 1688、このサービスを提供しているホスト = KMS ホストの FQDN。または、KMS ホストに発行させます (slmgr.vbs /sdns、続いて Restart-Service sppsvc)。',
      'クライアントとその DNS サーバーの間のネットワークと DNS をトラブルシューティングします。',
    ],
    where: ['slmgr /ato'],
  },
  '0x8007007B': {
    meaning: 'DNS 名が存在しません (Microsoft のライセンス認証のエラー コードの表による)。クライアントが _vlmcs._tcp の SRV レコードを見つけられません。',
    likelyCauses: [
      'クライアントが SRV レコードを見つけられません。',
      'プライマリ DNS サフィックスのない、ワークグループまたはドメインに参加していないクライアントでよく発生します (サード パーティの報告)。',
    ],
    remedies: [CHECK_SUFFIXES, 'SRV レコードのあるゾーンに届くプライマリ DNS サフィックス (または DHCP オプション 15) を、クライアントに設定します。', PIN_HOST, SARA],
    where: ['slmgr /ato'],
  },
  '0x80092328': {
    meaning: 'KMS クライアントでの "DNS name does not exist" の一種です (Microsoft のライセンス認証のエラー コードの表)。0x8007232B と同様に対処します。',
    likelyCauses: ['クライアントが、検索したドメインで _vlmcs._tcp の SRV レコードを見つけられませんでした。'],
    remedies: [CHECK_SRV, CHECK_SUFFIXES, PIN_HOST],
    where: ['slmgr /ato'],
  },
  '0x8007267C': {
    meaning:
      'DNS サーバーが構成されていません。クライアントではライセンス認証で SRV レコードを検索できません。KMS ホストでは、イベント ID 12293 にこのエラー コードが記録されることがあります。',
    likelyCauses: [
      'クライアントのネットワーク アダプターに DNS サーバーが構成されていません。',
      'KMS ホストの場合 (イベント ID 12293): SRV レコードを発行する先の DNS サーバーがありません。',
    ],
    remedies: [`ネットワーク アダプターに DNS サーバーを構成し、次で確認します: ${C.dnsSettings}`, 'または MAK を使用し、電話でライセンス認証します: slui 04'],
    where: ['slmgr /ato', 'イベント ID 12293'],
  },
  '0x80072338': {
    meaning:
      '_VLMCS の SRV レコードを更新する権限がありません (新しい KMS ホストのイベント ID 12293)。最初の KMS ホストがレコードを作成して所有しているため、この KMS ホストはそのレコードに発行できません。',
    likelyCauses: [
      '最初に登録した KMS ホストが _VLMCS レコードを作成して所有しています。設計上、他のコンピューターはこのレコードを変更できません。',
      '名前の異なる 2 台目または後継の KMS ホストが、同じレコードに発行しようとしています。',
    ],
    remedies: [
      'DNS マネージャー → ゾーン → _tcp → _VLMCS → プロパティ → セキュリティ: 新しい KMS ホストのコンピューター アカウントを追加し、フル コントロールを許可します。',
      'または、すべての KMS ホストを含む AD のグローバル セキュリティ グループを作成し、KMS ホストが発行するすべてのゾーンの _VLMCS._TCP レコードに対して、そのグループにフル コントロールを許可します。',
      `その KMS ホストで、${RESTART_SERVICE}`,
      'KMS ホストでイベント ID 12294 (発行に成功) が記録されることを確認します。',
    ],
    where: ['イベント ID 12293'],
  },
  '0x800706BA': {
    meaning: 'RPC サーバーを利用できません。クライアントが KMS ホストの RPC エンドポイントに到達できませんでした。',
    likelyCauses: ['KMS ホストで KMS のファイアウォールの例外が有効になっていません (既定では無効です)。', 'SRV レコードが、停止しているか古い KMS ホストを指しています。'],
    remedies: [ENABLE_RULE, `SRV レコードを確認し、存在しなくなった KMS ホストのレコードを削除します: ${C.querySrv} (または ${C.resolveSrv})`, TEST_PORT],
    where: ['slmgr /ato'],
  },
  '0xC0020017': {
    meaning: 'RPC サーバーを利用できません (NTSTATUS 形式)。クライアントが KMS ホストに接続できない場合に、イベント ID 8198 に hr=0xC0020017 として記録されます。',
    likelyCauses: [
      'クライアントが KMS ホストに到達できません。例: VPN の強制トンネリングにより、KMS のトラフィックが誤った経路に送られています。',
      'クライアントと KMS ホストの間のファイアウォール。',
    ],
    remedies: [ROUTE_OR_FIREWALL, RESTART_SERVICE, `もう一度ライセンス認証します: ${SLMGR_ATO}`],
    where: ['イベント ID 8198'],
  },
  '0x8007139F': {
    meaning: '無効な状態です。クライアントが KMS ホストに接続できない場合に、イベント ID 8198 に 0xC0020017 とともに報告されます。',
    likelyCauses: ['クライアントが KMS ホストに到達できません (例: VPN の強制トンネリング、ルーティング、ファイアウォール)。'],
    remedies: [ROUTE_OR_FIREWALL, RESTART_SERVICE, `もう一度ライセンス認証します: ${SLMGR_ATO}`],
    where: ['イベント ID 8198'],
  },
  '0x8007274C': {
    meaning: '接続がタイムアウトしました (Winsock)。KMS ホストへの TCP 1688 がフィルターされている場合に、イベント ID 12288 に記録される HRESULT と考えられます。',
    likelyCauses: ['クライアントと KMS ホストの間で、ファイアウォールが TCP 1688 (または KMS ホストが待ち受けているポート) を破棄しています。'],
    remedies: [ENABLE_RULE, 'クライアントのサブネットと KMS ホストの間のネットワーク ファイアウォールと VPN のルーティングを確認します。', TEST_PORT],
    where: ['イベント ID 12288'],
  },
  '0x8007274D': {
    meaning: '接続が拒否されました (Winsock)。KMS ホストの KMS のポートで何も待ち受けていない場合に、イベント ID 12288 に記録される HRESULT と考えられます。',
    likelyCauses: [
      'KMS ホストでソフトウェア保護サービス (sppsvc) が実行されていないか、そのマシンが KMS ホストではありません。',
      'KMS ホストが、クライアントの使用するポートとは別のポートで待ち受けています。',
    ],
    remedies: [
      START_SERVICE_ON_HOST,
      'KMS ホストが待ち受けているポート (slmgr.vbs /dlv の "Listening on Port" の行。日本語版 Windows では対応する日本語の行) を、SRV レコードまたは /skms の設定と照合します。',
      TEST_PORT,
    ],
    where: ['イベント ID 12288'],
  },
  '0x80070005': {
    meaning:
      'アクセスが拒否されました。slmgr が管理者特権なしで実行されたか ("the requested action requires elevated privileges")、ソフトウェア保護の COM サーバーに DCOM のアクセス許可がありません (イベント ID 8229)。',
    likelyCauses: [
      'slmgr.vbs が管理者特権なしで実行されました。',
      'DCOM の既定のアクセス許可が変更されたため、SPP の COM サーバーへのアクセスが拒否されています (イベント ID 8229)。',
    ],
    remedies: [ELEVATED, 'サポート記事の説明に従って、DCOM の既定のアクセス許可 (SELF: ローカル アクセスとリモート アクセス) を元に戻します。'],
    where: ['slmgr (管理者特権なし)', 'イベント ID 8229'],
  },
  '0x8007000D': {
    meaning:
      'データが無効です。Microsoft の説明では、SYSTEM に HKLM\\SYSTEM\\CurrentControlSet\\Enum\\Root のアクセス許可がないため、ライセンス認証が失敗します。slmgr も、/sai や /act-type に範囲外の値を指定すると "Error: The data is invalid" と表示します。',
    likelyCauses: [
      'SYSTEM に HKLM\\SYSTEM\\CurrentControlSet\\Enum\\Root のアクセス許可がありません。',
      'slmgr.vbs が自身への入力を拒否しました: /sai または /sri が 15 から 43200 分の範囲外、または /act-type が 0 から 3 の範囲外です。',
    ],
    remedies: [
      'SYSTEM にフル コントロールが与えられるよう、HKLM\\SYSTEM\\CurrentControlSet\\Enum\\Root のレジストリのアクセス許可を元に戻します。',
      'slmgr の入力エラーの場合: /sai と /sri には 15 から 43200 の値を、/act-type には 0 から 3 の値を指定します。',
    ],
    where: ['slmgr /ato', 'slmgr /sai', 'slmgr /act-type'],
    notes: [
      'サード パーティの KMS エミュレーターの文書は、0x8007000D を "the host cannot handle your product" という意味だとしていますが、これは Microsoft の定義ではありません。正規の KMS ホストについては無視してください。',
    ],
  },
  '0x80072EE7': {
    meaning:
      'サーバー名を解決できませんでした (WinINet)。オンライン ライセンス認証や検証のエンドポイントについてイベント ID 8198 (hr=0x80072EE7) に記録されるもので、KMS ホストについてのものではありません。',
    likelyCauses: ['マシンがインターネットの名前を解決できません: オンライン ライセンス認証のための DNS またはプロキシの設定。'],
    remedies: ['オンライン ライセンス認証のためのインターネットの名前解決またはプロキシを修正します。このエラー コードは、KMS ホストについては何も示しません。'],
    where: ['イベント ID 8198'],
  },
  '0x8004FE21': {
    meaning: 'このコンピューターでは正規の Windows が実行されていません。',
    likelyCauses: ['ライセンスの対象外のエディションに、言語パック (MUI) がインストールされています。', 'マルウェアがシステムを変更したか、システム ファイルが破損しています。'],
    remedies: ['Microsoft の対処方法: オペレーティング システムを再インストールします。', 'その前に、エディションのライセンスの対象外の言語パックがないか確認します。'],
    where: ['slmgr /ato'],
  },
  '0x80070490': {
    meaning: '入力したプロダクト キーは機能しませんでした (MAK、Windows Server 2019 の既知の問題)。',
    likelyCauses: ['Windows Server 2019 で、ライセンス認証の画面から MAK を入力しました。'],
    remedies: ['代わりに slmgr でキーをインストールします: slmgr.vbs -ipk <key>、続いて slmgr.vbs -ato'],
    where: ['設定 › ライセンス認証 (プロダクト キーの変更)'],
  },
} as const satisfies { readonly [K in keyof typeof EN_CODES]: TranslationOf<(typeof EN_CODES)[K]> };
