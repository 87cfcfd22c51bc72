/**
 * Usage edges of the built CLI: every exit-2 path prints exactly one line on stderr, numeric flags
 * take plain decimal digits only, a domain must leave room for `_vlmcs._tcp.`, and a bare IPv6
 * literal that seems to end in a port is refused. Needs `npm run build` first. Network runs only
 * ask a closed UDP port on 127.0.1.1.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { closedUdpPort } from '../helpers/fake-dns.js';
import { type CliRun, runCli } from '../helpers/run-cli.js';

/** Exit 2 with one line on stderr that holds no control character, and nothing on stdout. */
function assertOneLineUsageError(run: CliRun, ...mentions: Array<string | RegExp>): void {
  assert.is(run.exitCode, 2, `exit code; stderr: ${run.stderr}`);
  assert.ok(run.stderr.endsWith('\n'), `stderr ends its line: ${JSON.stringify(run.stderr)}`);
  const line = run.stderr.slice(0, -1);
  assert.ok(line.length > 0 && !/[\r\n\u2028\u2029\u0085]/.test(line), `one line on stderr, got ${JSON.stringify(run.stderr)}`);
  assert.not.match(line, /[\u0000-\u001f\u007f-\u009f]/, 'no control characters');
  assert.not.match(run.stderr, /internal error|\n\s+at /);
  assert.is(run.stdout, '');
  for (const mention of mentions) {
    if (typeof mention === 'string') assert.ok(run.stderr.includes(mention), `${JSON.stringify(run.stderr)} mentions ${mention}`);
    else assert.match(run.stderr, mention);
  }
}

/** A valid domain of exactly `length` characters. */
function domainOf(length: number): string {
  const labels: string[] = [];
  for (let left = length; left > 0; left -= 64) labels.push('d'.repeat(Math.min(63, left)));
  const name = labels.join('.');
  return name.length === length ? name : `${name.slice(0, length - 2)}.e`;
}

// ---------------------------------------------------------------------------------------------
const lines = suite('cli usage: every exit-2 path prints one line');
let dir = '';
lines.before(() => {
  dir = mkdtempSync(join(tmpdir(), 'kmsd-usage-'));
});
lines.after(() => rmSync(dir, { recursive: true, force: true }));

lines('yargs "Invalid values" (a bad --fail-on choice) is one line', async () => {
  assertOneLineUsageError(await runCli(['srv', 'contoso.test', '--fail-on', 'bogus']), 'Invalid values:', 'fail-on', '"bogus"');
});

lines('a snapshot that is not JSON, with raw line breaks and an escape byte, is one line', async () => {
  const path = join(dir, 'broken.json');
  // Long enough that one escape byte is not "binary data" (the reader's test), so the JSON parser's message is what is printed.
  writeFileSync(path, Buffer.from(`{"computer":${' '.repeat(400)}\n\r\n tru\u001b[31m\n`, 'utf8'));
  assertOneLineUsageError(await runCli(['connectivity', '--snapshot', path, '--dns-server', '127.0.1.1:9']), 'not valid JSON');
});

// ---------------------------------------------------------------------------------------------
const numbers = suite('cli usage: numeric flags take decimal digits only');

for (const [args, flag] of [
  [['srv', 'contoso.test', '--timeout', '0x10'], '--timeout'],
  [['srv', 'contoso.test', '--deadline', '1e3'], '--deadline'],
  [['srv', 'contoso.test', '--concurrency', '0b11'], '--concurrency'],
  [['connectivity', '--domain', 'contoso.test', '--timeout', '0o17'], '--timeout'],
  [['port', '127.0.1.1', '--timeout', ' 12'], '--timeout'],
  [['rpc', '127.0.1.1', '--timeout', '1.5'], '--timeout'],
  [['publication', '--host', 'kms01.contoso.test', '--timeout', '0x10'], '--timeout'],
  [['readiness', '--domain', 'contoso.test', '--deadline', '0x10'], '--deadline'],
  [['activate-probe', '127.0.1.1', '--timeout', '0x10'], '--timeout'],
  [['events', 'samples/events/client-wevtutil.xml', '--max-events', '0x2'], '--max-events'],
  [['collect', '--event-count', '1e1'], '--event-count'],
] as const) {
  numbers(`${args.join(' ')} → exit 2, one line naming ${flag}`, async () => {
    assertOneLineUsageError(await runCli([...args]), flag, 'decimal');
  });
}

numbers('a flag given twice is refused, not turned into an array', async () => {
  assertOneLineUsageError(await runCli(['srv', 'contoso.test', '--timeout', '5', '--timeout', '6']), '--timeout', 'once');
});

// ---------------------------------------------------------------------------------------------
const names = suite('cli usage: domains and endpoints');

names('a domain of 242 or 252 characters is refused before any query, naming the limit of 241', async () => {
  for (const length of [242, 252]) {
    assertOneLineUsageError(await runCli(['srv', domainOf(length), '--dns-server', '127.0.1.1:9']), `${length} characters`, 'at most 241');
    assertOneLineUsageError(await runCli(['connectivity', '--domain', domainOf(length), '--dns-server', '127.0.1.1:9']), 'at most 241');
  }
});

names('a domain of exactly 241 characters is asked (and a silent server is blamed, exit 1)', async () => {
  const port = await closedUdpPort('127.0.1.1');
  const run = await runCli(['srv', domainOf(241), '--dns-server', `127.0.1.1:${port}`, '--timeout', '300', '--json']);
  assert.is(run.exitCode, 1, run.stderr);
  const report = JSON.parse(run.stdout) as { findings: Array<{ ruleId: string }> };
  assert.equal(
    report.findings.map((f) => f.ruleId),
    ['dns/server-unreachable'],
  );
});

names('a bare ::1:1688 is refused with the bracketed spelling suggested', async () => {
  assertOneLineUsageError(await runCli(['rpc', '::1:1688']), '"::1:1688" is ambiguous', '[::1]:1688');
  assertOneLineUsageError(await runCli(['connectivity', '--kms-host', '::1:1688', '--dns-server', '127.0.1.1:9']), '[::1]:1688');
  assertOneLineUsageError(await runCli(['srv', 'contoso.test', '--dns-server', '::1:53']), '--dns-server "::1:53" is ambiguous', '[::1]:53');
});

names('an activation option without --activation-request: "only applies" for one, "only apply" for several', async () => {
  assertOneLineUsageError(await runCli(['connectivity', '--domain', 'contoso.test', '--product', 'windows-11-enterprise']), '--product only applies with --activation-request');
  assertOneLineUsageError(
    await runCli(['connectivity', '--domain', 'contoso.test', '--product', 'windows-11-enterprise', '--protocol', '6']),
    '--product, --protocol only apply with --activation-request',
  );
});

lines.run();
numbers.run();
names.run();
