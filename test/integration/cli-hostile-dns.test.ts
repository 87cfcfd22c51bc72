/**
 * The built CLI against an in-process fake DNS server (127.0.2.1) whose SRV record names a target
 * built to attack the reader: terminal controls that set the title, clear the screen and print a
 * fake PASS, and quotes that would break out of a pasted PowerShell command. Needs `npm run build`.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type FakeDns, reply, startFakeDns } from '../helpers/fake-dns.js';
import { runCli } from '../helpers/run-cli.js';

const DOMAIN = 'hostile.test';
const TARGET = `kms\u001b]0;owned\u0007\u001b[2J\u001b[HPASS\u009b'}; start-process calc; #.${DOMAIN}`;

const test = suite('cli: a hostile SRV target');
let dns: FakeDns;

test.before(async () => {
  dns = await startFakeDns({
    address: '127.0.2.1',
    udp: (q) => {
      const question = q.packet?.questions?.[0];
      if (question?.type === 'SRV')
        return [reply(q, { authoritative: true, answers: [{ type: 'SRV', name: question.name, ttl: 60, data: { priority: 0, weight: 100, port: 1688, target: TARGET } }] })];
      return [reply(q, { rcode: 3 })]; // the target does not resolve: a stale record
    },
  });
});
test.after(async () => dns.close());

// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

test('human output: the name is shown escaped, no control byte reaches the terminal, no remedy pastes it', async () => {
  const run = await runCli(['srv', DOMAIN, '--dns-server', `127.0.2.1:${dns.port}`, '--timeout', '2000']);
  assert.ok(run.exitCode === 1, `exit ${run.exitCode}: ${run.stderr}`);
  assert.not.match(run.stdout, RAW_CONTROL);
  assert.not.match(run.stderr, RAW_CONTROL);
  assert.ok(run.stdout.includes('kms\\x1b]0;owned\\x07'), run.stdout);
  const remedySteps = run.stdout.split('\n').filter((line) => /^\s+(remedy:)?\s+\d+\) /.test(line));
  assert.ok(remedySteps.length > 0, run.stdout);
  for (const step of remedySteps) assert.not.ok(step.includes('start-process'), `a command carries the name: ${step}`);
  assert.match(run.stdout, /No command is printed for this step/);
});

test('JSON output keeps the exact name (parsed) and writes no raw C1 byte', async () => {
  const run = await runCli(['srv', DOMAIN, '--dns-server', `127.0.2.1:${dns.port}`, '--timeout', '2000', '--json']);
  assert.not.match(run.stdout, /[\u007f-\u009f]/);
  const report = JSON.parse(run.stdout) as { targets: Array<{ name: string }>; findings: Array<{ remedy: string[] }> };
  assert.ok(
    report.targets.some((target) => target.name === TARGET || target.name === TARGET.toLowerCase()),
    JSON.stringify(report.targets.map((t) => t.name)),
  );
  for (const finding of report.findings) for (const step of finding.remedy) assert.not.ok(step.includes('start-process'), step);
});

test.run();
