import type { RUN_USAGE as EN } from '../en/run-usage.js';

/** Japanese text of the usage errors the report runs find in their input. Paths, flags and commands stay as typed. */
export const RUN_USAGE = {
  'run.usage.format-unavailable': '{command} では --format {format} を使用できません',
  'run.usage.needs-file-name': '{flag} にはファイル名が必要です',
  'run.usage.cannot-write': '{flag} "{path}" に書き込めません: {why}',
  'run.usage.refused': '{kind, select, directory {ディレクトリです} socket {ソケットです} other {ブロック デバイスです}}。ファイル名を指定してください',
  'run.usage.fifo-unread': '読み取る側のない FIFO です',
  'run.usage.fleet.no-paths': 'スナップショットを指定してください: スナップショットのフォルダーまたはファイル ({command})',
  'run.usage.fleet.no-json': '{paths}: *.json ファイルが見つかりません',
  'run.usage.fleet.no-client':
    '{paths}: {files} 個のファイルのどれもクライアントのスナップショットではありません{unreadable, plural, =0 {} other { (読み取れないファイル {unreadable} 個、最初の理由: {first})}}',
  'run.usage.fleet.no-state': '{paths}: {clients} 個のクライアントのスナップショットのどれにも、ライセンスの状態を持つ製品がありません。判定できる内容がありません',
  'run.usage.fleet.no-12290': '{path}: イベント ID 12290 が含まれていません。KMS ホストの「キー管理サービス」ログ ("Key Management Service") のエクスポートを指定してください',
  'run.usage.publication.not-host': 'スナップショット "{path}" は KMS ホストのものではありません (IsKeyManagementServiceMachine が 0)。publication はホストをチェックします',
  'run.usage.publication.no-host': '{host} または {snapshot} で KMS ホストを指定してください',
} as const satisfies { readonly [K in keyof typeof EN]: string };
