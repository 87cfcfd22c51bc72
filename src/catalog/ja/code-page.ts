import type { CODE_PAGE as ENGLISH } from '../en/code-page.js';

/** Japanese headings and fixed sentences of an error-code page and of the code list (../en/code-page.ts). */
export const CODE_PAGE = {
  'code-page.no-symbolic-name': '(シンボル名は文書化されていません)',
  'code-page.summary': '{summary}({win32, select, null {} other {Win32 エラー {win32}、}}slmgr の終了コード {exitCode})',
  'code-page.heading.meaning': '意味',
  'code-page.heading.likely-causes': '考えられる原因',
  'code-page.heading.remedy': '対処方法',
  'code-page.heading.seen-in': '表示される場所',
  'code-page.heading.related-findings': '関連する検出事項',
  'code-page.heading.notes': '注記',
  'code-page.heading.confidence': '信頼度',
  'code-page.heading.sources': '出典',
  'code-page.no-related-findings': 'なし: kmsdoctor には、これを直接検出するチェックがありません。',
  'code-page.related-finding': '{id} — {title}: `{command}`',
  'code-page.confidence.inferred':
    '推測 — このツールの作成者が (Winsock のエラー コードの表などから) 推測したもので、KMS と結び付ける Microsoft のページはありません。これに頼る前に、実際のマシンで確認してください。',
  'code-page.confidence.third-party': 'サード パーティ — ブログやコミュニティのデータだけが説明しており、Microsoft のページは見つかりませんでした。',
  'code-page.windows-text': 'このエラー コードについて Windows 自身が表示するテキスト (Windows の表示言語): `{command}`',
  'code-page.tag.inferred': '推測',
  'code-page.tag.third-party': 'サード パーティ',
  'code-page.unknown-code': '{code} は、このツールが認識している KMS ライセンス認証のエラー コードではありません。次を試してください: {command}',
} as const satisfies Record<keyof typeof ENGLISH, string>;
