import { join } from 'node:path';
import { execa } from 'execa';
import stringWidth from 'string-width';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { PACKAGE_ROOT } from '../../src/core/tool-info.js';
import { englishRuns, JAPANESE } from '../helpers/english-runs.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * The language a person reads, chosen by --lang, KMSDOCTOR_LANG or the locale: findings, pages
 * and error-code pages follow it; ids, codes, args and commands never do, so scripts keep working.
 */
const test = suite('CLI: language');

const NO_LOCALE = { LC_ALL: '', LC_MESSAGES: '', LANG: '', KMSDOCTOR_LANG: '' };

test('explain: --lang picks the page; KMSDOCTOR_LANG and LANG when no flag; --lang overrides them', async () => {
  const english = await runCli(['explain', 'dns/srv-missing'], { env: NO_LOCALE });
  assert.is(english.exitCode, 0);
  assert.ok(english.stdout.startsWith('# dns/srv-missing — No _vlmcs._tcp SRV record'));
  for (const env of [
    { ...NO_LOCALE, LANG: 'ja_JP.UTF-8' },
    { ...NO_LOCALE, KMSDOCTOR_LANG: 'ja' },
    { ...NO_LOCALE, LC_ALL: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' },
  ]) {
    const japanese = await runCli(['explain', 'dns/srv-missing'], { env });
    assert.ok(JAPANESE.test(japanese.stdout.split('\n')[0]!), `${JSON.stringify(env)}: ${japanese.stdout.split('\n')[0]}`);
    assert.ok(japanese.stdout.includes('## 対処方法'));
  }
  const overridden = await runCli(['explain', 'dns/srv-missing', '--lang', 'en'], { env: { ...NO_LOCALE, LANG: 'ja_JP.UTF-8' } });
  assert.is(overridden.stdout, english.stdout);
});

test('explain: an error code page in Japanese keeps its code, symbolic name and commands', async () => {
  const english = await runCli(['explain', '0xC004F074', '--lang', 'en'], { env: NO_LOCALE });
  const japanese = await runCli(['explain', '0xC004F074', '--lang', 'ja'], { env: NO_LOCALE });
  assert.is(japanese.stdout.split('\n')[0], english.stdout.split('\n')[0]);
  assert.ok(japanese.stdout.includes('## 意味'));
  const commands = (text: string) => new Set(text.match(/`[^`\n]+`/g) ?? []);
  for (const command of commands(english.stdout)) assert.ok(commands(japanese.stdout).has(command), command);
});

test('lab --json: the same findings, ids, severities and args in both languages; the text in the chosen one', async () => {
  // One after the other: the lab's hosts have fixed loopback addresses.
  const en = await runCli(['lab', '--json', '--lang', 'en'], { env: NO_LOCALE, timeoutMs: 60_000 });
  const ja = await runCli(['lab', '--json', '--lang', 'ja'], { env: NO_LOCALE, timeoutMs: 60_000 });
  const findings = (run: { stdout: string }) =>
    (JSON.parse(run.stdout) as { findings: Array<{ ruleId: string; severity: string; args: unknown; message: string; title: string }> }).findings;
  const neutral = (run: { stdout: string }) => findings(run).map(({ ruleId, severity, args }) => ({ ruleId, severity, args: JSON.stringify(args).replace(/\d+(\.\d+)? ms/g, '') }));
  assert.is(ja.exitCode, en.exitCode);
  assert.equal(
    neutral(ja).map((f) => f.ruleId),
    neutral(en).map((f) => f.ruleId),
  );
  assert.ok(findings(en).length > 0);
  for (const finding of findings(ja)) assert.ok(JAPANESE.test(finding.title) && JAPANESE.test(finding.message), finding.ruleId);
  for (const finding of findings(en)) assert.not.ok(JAPANESE.test(finding.message), finding.ruleId);
});

test('an unknown language is a usage error: one line, exit 2', async () => {
  const run = await runCli(['explain', 'dns/srv-missing', '--lang', 'xx'], { env: NO_LOCALE });
  assert.is(run.exitCode, 2);
  assert.is(run.stdout, '');
});

const COMMANDS = ['connectivity', 'srv', 'port', 'rpc', 'publication', 'activate-probe', 'analyze', 'readiness', 'fleet', 'collect', 'events', 'lab', 'explain'];

/**
 * Help text as the English check reads it: the command lines yargs lists (`kmsdoctor port
 * <hosts..>`) are commands, and a quoted product name may be wrapped over two lines.
 */
const helpWords = (help: string) => englishRuns(help.replace(/kmsdoctor [a-z-]+/g, ' ').replace(/\s*\n\s*/g, ' '));

test("--help in Japanese: yargs' own words and ours, by --lang or by LANG; --lang en overrides LANG", async () => {
  const english = await runCli(['--help'], { env: NO_LOCALE });
  assert.ok(english.stdout.includes('Options:') && english.stdout.includes('Why does KMS activation fail here'), english.stdout);
  assert.ok(helpWords(english.stdout).length > 0, 'the check finds the English help');
  for (const [args, env] of [
    [['--help', '--lang', 'ja'], NO_LOCALE],
    [['--help'], { ...NO_LOCALE, LANG: 'ja_JP.UTF-8' }],
    [['--lang=ja', '--help'], NO_LOCALE],
  ] as const) {
    const japanese = await runCli(args, { env });
    assert.is(japanese.exitCode, 0);
    for (const words of ['コマンド:', 'オプション:', 'ヘルプを表示', 'この環境で KMS ライセンス認証が失敗するのはなぜか', '終了コード:'])
      assert.ok(japanese.stdout.includes(words), `${args.join(' ')}: ${words}\n${japanese.stdout}`);
    assert.equal(helpWords(japanese.stdout), [], japanese.stdout);
  }
  const overridden = await runCli(['--help', '--lang', 'en'], { env: { ...NO_LOCALE, LANG: 'ja_JP.UTF-8' } });
  assert.is(overridden.stdout, english.stdout);
});

test("every command's --help in Japanese: descriptions, options, examples and epilogs, no English sentence", async () => {
  for (const command of COMMANDS) {
    const help = await runCli([command, '--help'], { env: { ...NO_LOCALE, LANG: 'ja_JP.UTF-8' } });
    assert.is(help.exitCode, 0, command);
    assert.ok(help.stdout.includes('オプション:'), `${command}\n${help.stdout}`);
    assert.equal(helpWords(help.stdout), [], help.stdout);
    const english = await runCli([command, '--help', '--lang', 'en'], { env: { ...NO_LOCALE, LANG: 'ja_JP.UTF-8' } });
    assert.not.ok(JAPANESE.test(english.stdout), `${command} --lang en\n${english.stdout}`);
  }
});

/** Help as the unbundled sources print it: yargs with the real cliui and wrap-ansi, no Japanese-aware wrapper. */
const unbundledHelp = (args: string[]) =>
  execa(process.execPath, ['--import', 'tsx', join(PACKAGE_ROOT, 'src', 'cli', 'main.ts'), ...args], { cwd: PACKAGE_ROOT, reject: false, env: NO_LOCALE });

test('Japanese --help wraps at display width between Japanese characters, with kinsoku; English help is what wrap-ansi makes', async () => {
  const ja = { ...NO_LOCALE, LANG: 'ja_JP.UTF-8' };
  for (const command of ['', ...COMMANDS]) {
    const help = await runCli([command, '--help'].filter(Boolean), { env: ja });
    // Not a terminal: yargs lays help out 100 columns wide.
    for (const line of help.stdout.split('\n')) {
      assert.ok(stringWidth(line) <= 100, `${command}: ${stringWidth(line)} columns: ${line}`);
      assert.not.match(line, /^\s*[、。，．）」』】〕ー・：；？！っゃゅょ]/u, `${command}: a line starts with closing punctuation: ${line}`);
    }
  }
  // Before, this description broke at its last ASCII space and left "ID。ホストは…" on a short line.
  const connectivity = await runCli(['connectivity', '--help'], { env: ja });
  assert.match(connectivity.stdout, /--sku +表の値の代わりに送信する SKU \(Activation\) ID。ホストは/);
  for (const args of [['--help'], ['connectivity', '--help'], ['activate-probe', '--help'], ['readiness', '--help']]) {
    const [bundled, unbundled] = await Promise.all([runCli(args, { env: NO_LOCALE }), unbundledHelp(args)]);
    assert.is(unbundled.exitCode, 0, unbundled.stderr);
    assert.is(bundled.stdout, `${unbundled.stdout}\n`, args.join(' '));
  }
});

test("usage errors in Japanese: yargs' and ours, one line, exit 2", async () => {
  const ja = { ...NO_LOCALE, LANG: 'ja_JP.UTF-8' };
  const unknown = await runCli(['connectivity', '--bogus'], { env: ja });
  assert.is(unknown.exitCode, 2);
  assert.is(unknown.stderr, 'kmsdoctor: 未知の引数です: bogus (kmsdoctor --help を参照してください)\n');
  const notDecimal = await runCli(['port', 'kms1', '--timeout', '0x10', '--lang', 'ja'], { env: NO_LOCALE });
  assert.is(notDecimal.exitCode, 2);
  assert.is(notDecimal.stderr, 'kmsdoctor: --timeout "0x10" は 10 進数の整数ではありません (kmsdoctor --help を参照してください)\n');
  const clash = await runCli(['port', 'kms1', '--json', '--ndjson'], { env: { ...NO_LOCALE, KMSDOCTOR_LANG: 'ja' } });
  assert.is(clash.exitCode, 2);
  assert.is(clash.stderr, 'kmsdoctor: --json と --ndjson は同時に指定できません\n');
  const noCommand = await runCli([], { env: ja });
  assert.is(noCommand.exitCode, 2);
  assert.ok(noCommand.stderr.startsWith('kmsdoctor: コマンドを指定してください: connectivity、analyze、'), noCommand.stderr);
  const english = await runCli(['port', 'kms1', '--json', '--ndjson', '--lang', 'en'], { env: ja });
  assert.is(english.stderr, 'kmsdoctor: --json and --ndjson cannot be used together\n');
});

test.run();
