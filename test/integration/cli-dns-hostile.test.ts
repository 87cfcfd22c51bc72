/**
 * The built CLI (`srv`, `connectivity`) against in-process fake DNS servers on 127.0.1.1 that send
 * answers which do not answer: the verdict must never be "No findings" (exit 0) for a domain in
 * which a client finds no KMS host. Needs `npm run build` first.
 */

import type { Answer } from 'dns-packet';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type FakeDns, type FakeHandler, reply, startFakeDns } from '../helpers/fake-dns.js';
import { runCli } from '../helpers/run-cli.js';

const DOMAIN = 'contoso.test';
const SRV_NAME = `_vlmcs._tcp.${DOMAIN}`;
const cname = (name: string, target: string): Answer => ({ name, type: 'CNAME', ttl: 300, data: target });
const srv = (name: string, target: string, port = 1688): Answer => ({ name, type: 'SRV', ttl: 300, data: { priority: 0, weight: 0, port, target } });

const fakes: FakeDns[] = [];
async function serverArg(handler: FakeHandler): Promise<string> {
  const server = await startFakeDns({ udp: handler, address: '127.0.1.1' });
  fakes.push(server);
  return `${server.address}:${server.port}`;
}

interface Report {
  findings: Array<{ ruleId: string; severity: string; message: string }>;
}
async function check(command: 'srv' | 'connectivity', handler: FakeHandler): Promise<{ exitCode: number; report: Report; stderr: string }> {
  const server = await serverArg(handler);
  const domainArgs = command === 'srv' ? [DOMAIN] : ['--domain', DOMAIN];
  const run = await runCli([command, ...domainArgs, '--dns-server', server, '--timeout', '500', '--json']);
  return { exitCode: run.exitCode, report: JSON.parse(run.stdout) as Report, stderr: run.stderr };
}

const test = suite('cli: hostile DNS answers never pass');
test.after.each(async () => {
  await Promise.all(fakes.splice(0).map((server) => server.close()));
});

const ALIAS_TO_NOTHING: FakeHandler = (q) => [reply(q, { answers: [cname(SRV_NAME, '_vlmcs._tcp.gone.test')] })];
const ALIAS_LOOP: FakeHandler = (q) => [reply(q, { answers: [cname(SRV_NAME, 'x.contoso.test'), cname('x.contoso.test', SRV_NAME)] })];

for (const command of ['srv', 'connectivity'] as const) {
  test(`${command}: an alias at the SRV name with no SRV behind it → dns/srv-name-is-alias, exit 1`, async () => {
    const { exitCode, report } = await check(command, ALIAS_TO_NOTHING);
    assert.is(exitCode, 1);
    assert.equal(
      report.findings.map((f) => `${f.ruleId} ${f.severity}`),
      ['dns/srv-name-is-alias error'],
    );
    assert.match(report.findings[0]!.message, '0x8007251D');
  });

  test(`${command}: a CNAME loop at the SRV name → dns/srv-name-is-alias, exit 1`, async () => {
    const { exitCode, report } = await check(command, ALIAS_LOOP);
    assert.is(exitCode, 1);
    assert.match(report.findings[0]!.message, /CNAME loop/);
  });
}

test("srv: SRV records owned by another name are not this domain's → dns/srv-nodata, exit 1", async () => {
  const { exitCode, report } = await check('srv', (q) => [reply(q, { answers: [srv('_vlmcs._tcp.evil.example', 'kms.evil.example')] })]);
  assert.is(exitCode, 1);
  assert.ok(
    report.findings.some((f) => f.ruleId === 'dns/srv-nodata'),
    JSON.stringify(report.findings),
  );
  // The evidence says why the record was not used.
  assert.match(JSON.stringify(report.findings), /ignored SRV record owned by _vlmcs\._tcp\.evil\.example/);
});

test('srv: SRV records in an NXDOMAIN reply are not used → dns/srv-missing, exit 1', async () => {
  const { exitCode, report } = await check('srv', (q) => [reply(q, { rcode: 3, answers: [srv(SRV_NAME, 'kms.contoso.test')] })]);
  assert.is(exitCode, 1);
  assert.ok(
    report.findings.some((f) => f.ruleId === 'dns/srv-missing'),
    JSON.stringify(report.findings),
  );
});

for (const command of ['srv', 'connectivity'] as const) {
  test(`${command}: SRV target "." → one dns/kms-not-offered, exit 1, and the root is never looked up`, async () => {
    const server = await startFakeDns({ udp: (q) => [reply(q, { answers: [srv(SRV_NAME, '.', 0)] })], address: '127.0.1.1' });
    fakes.push(server);
    const domainArgs = command === 'srv' ? [DOMAIN] : ['--domain', DOMAIN];
    const run = await runCli([command, ...domainArgs, '--dns-server', `${server.address}:${server.port}`, '--timeout', '500', '--json']);
    const report = JSON.parse(run.stdout) as Report;
    assert.is(run.exitCode, 1);
    assert.equal(
      report.findings.map((f) => `${f.ruleId} ${f.severity}`),
      ['dns/kms-not-offered error'],
    );
    assert.match(JSON.stringify(report.findings), /0 records and target \\"\.\\" \(not offered here\)/);
    assert.not.match(JSON.stringify(report.findings), /registerdns|TCP 0\b/);
    assert.equal(
      server.queries.map((q) => `${q.packet?.questions?.[0]?.name} ${q.packet?.questions?.[0]?.type}`),
      [`${SRV_NAME} SRV`],
    );
  });
}

test.run();
