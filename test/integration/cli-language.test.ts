import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../helpers/run-cli.js';

/**
 * The language a person reads, chosen by --lang, KMSDOCTOR_LANG or the locale: findings, pages
 * and error-code pages follow it; ids, codes, args and commands never do, so scripts keep working.
 */
const test = suite('CLI: language');

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const NO_LOCALE = { LC_ALL: '', LC_MESSAGES: '', LANG: '', KMSDOCTOR_LANG: '' };

test('explain: --lang picks the page; KMSDOCTOR_LANG and LANG when no flag; --lang overrides them', async () => {
  const english = await runCli(['explain', 'dns/srv-missing'], { env: NO_LOCALE });
  assert.is(english.exitCode, 0);
  assert.ok(english.stdout.startsWith('# dns/srv-missing — No _vlmcs._tcp SRV record'));
  for (const env of [{ ...NO_LOCALE, LANG: 'ja_JP.UTF-8' }, { ...NO_LOCALE, KMSDOCTOR_LANG: 'ja' }, { ...NO_LOCALE, LC_ALL: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' }]) {
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
  const findings = (run: { stdout: string }) => (JSON.parse(run.stdout) as { findings: Array<{ ruleId: string; severity: string; args: unknown; message: string; title: string }> }).findings;
  const neutral = (run: { stdout: string }) => findings(run).map(({ ruleId, severity, args }) => ({ ruleId, severity, args: JSON.stringify(args).replace(/\d+(\.\d+)? ms/g, '') }));
  assert.is(ja.exitCode, en.exitCode);
  assert.equal(neutral(ja).map((f) => f.ruleId), neutral(en).map((f) => f.ruleId));
  assert.ok(findings(en).length > 0);
  for (const finding of findings(ja)) assert.ok(JAPANESE.test(finding.title) && JAPANESE.test(finding.message), finding.ruleId);
  for (const finding of findings(en)) assert.not.ok(JAPANESE.test(finding.message), finding.ruleId);
});

test('an unknown language is a usage error: one line, exit 2', async () => {
  const run = await runCli(['explain', 'dns/srv-missing', '--lang', 'xx'], { env: NO_LOCALE });
  assert.is(run.exitCode, 2);
  assert.is(run.stdout, '');
});

test.run();
