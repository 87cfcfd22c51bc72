import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { englishRuns, JAPANESE } from '../helpers/english-runs.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * A bad name, DNS server or port is refused before anything is sent: one line on stderr, exit 2,
 * in the run's language (--lang, KMSDOCTOR_LANG, the locale), the flag and the value as typed.
 * No lab and no network: every run stops at its arguments.
 */
const test = suite("CLI: usage errors about names, servers and ports in the run's language");

const NO_LOCALE = { LC_ALL: '', LC_MESSAGES: '', LANG: '', KMSDOCTOR_LANG: '' };

const CASES: ReadonlyArray<readonly [args: string[], ja: string, en: string]> = [
  [['connectivity', '--domain', 'a..contoso.test'], 'kmsdoctor: --domain "a..contoso.test" に空のラベルがあります\n', 'kmsdoctor: --domain "a..contoso.test" has an empty label\n'],
  [
    ['srv', 'contoso.test', '--dns-server', 'dns.contoso.test'],
    'kmsdoctor: --dns-server "dns.contoso.test" は IP アドレス (:port 付きも可) ではありません\n',
    'kmsdoctor: --dns-server "dns.contoso.test" is not an IP address (optionally with :port)\n',
  ],
  [
    ['port', 'kms1.contoso.test', '--port', '70000'],
    'kmsdoctor: --port "70000" は TCP/UDP ポート (1-65535) ではありません\n',
    'kmsdoctor: --port "70000" is not a TCP/UDP port (1-65535)\n',
  ],
  [
    ['connectivity', '--kms-host', 'kms1.contoso.test:http'],
    'kmsdoctor: --kms-host "kms1.contoso.test:http" のポート "http" は TCP/UDP ポート (1-65535) ではありません\n',
    'kmsdoctor: port in --kms-host "kms1.contoso.test:http" "http" is not a TCP/UDP port (1-65535)\n',
  ],
];

test('--lang ja: one Japanese line and exit 2; --lang en: the English line', async () => {
  for (const [args, ja, en] of CASES) {
    const japanese = await runCli([...args, '--lang', 'ja'], { env: NO_LOCALE });
    assert.is(japanese.exitCode, 2, args.join(' '));
    assert.is(japanese.stdout, '');
    assert.is(japanese.stderr, ja);
    assert.ok(JAPANESE.test(japanese.stderr));
    assert.equal(englishRuns(japanese.stderr.replace(/^kmsdoctor: /, '')), [], japanese.stderr);
    const english = await runCli([...args, '--lang', 'en'], { env: { ...NO_LOCALE, LANG: 'ja_JP.UTF-8' } });
    assert.is(english.exitCode, 2);
    assert.is(english.stderr, en);
  }
});

test('KMSDOCTOR_LANG and the locale choose Japanese without a flag', async () => {
  const [args, ja] = CASES[0]!;
  for (const env of [
    { ...NO_LOCALE, KMSDOCTOR_LANG: 'ja' },
    { ...NO_LOCALE, LANG: 'ja_JP.UTF-8' },
  ]) {
    const run = await runCli(args, { env });
    assert.is(run.exitCode, 2);
    assert.is(run.stderr, ja);
  }
});

test.run();
