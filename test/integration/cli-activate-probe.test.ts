/**
 * The built CLI's activation surface against the test KMS responder over loopback:
 * `activate-probe` (dry run, bind only, one request), `--list-products`, the JSON report against
 * the report schema (src/report/report.schema.json, activation-probe kind), the count-safe policy proven by what the responder
 * received (nothing for --dry-run, binds only without --activation-request, one request with it,
 * the same CMID across runs), and `connectivity --activation-request`. Needs `npm run build`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { PACKAGE_ROOT } from '../../src/core/tool-info.js';
import { KMS_GROUPS } from '../../src/kms/products.js';
import { PDU_TYPE } from '../../src/rpc/constants.js';
import { type KmsResponder, type KmsResponderOptions, startKmsResponder } from '../helpers/kms-responder.js';
import { definitionErrors, reportSchemaErrors } from '../helpers/report-schema.js';
import { type CliRun, runCli } from '../helpers/run-cli.js';

const activationSchemaErrors = reportSchemaErrors;

interface Report {
  command: string;
  activation: {
    mode: string;
    requestSent: boolean;
    sent: { fields: { cmid: string; workstation: string; minimumCount: number; kmsCountedId: string }; cmidSource: string; pduHex: string };
    probe: { status: string } | null;
    response: { hresult: string | null; currentCount: number | null } | null;
    target: { reason: string | null };
  };
  findings: Array<{ ruleId: string; severity: string; message: string }>;
}

let configRoot = '';
const cli = (args: string[], configDir: string): Promise<CliRun> => runCli(args, { env: { KMSDOCTOR_CONFIG_DIR: configDir } });

async function withResponder<T>(options: KmsResponderOptions, use: (responder: KmsResponder) => Promise<T>): Promise<T> {
  const responder = await startKmsResponder(options);
  try {
    return await use(responder);
  } finally {
    await responder.close();
  }
}

function parse(run: CliRun): Report {
  try {
    return JSON.parse(run.stdout) as Report;
  } catch {
    throw new Error(`stdout is not JSON (exit ${run.exitCode}): ${run.stdout.slice(0, 300)} ${run.stderr}`);
  }
}

/** The run's JSON report, after checking its exit code and that the report fits the schema. */
function reportOf(run: CliRun, exitCode: number): Report {
  assert.is(run.exitCode, exitCode, run.stderr);
  const report = parse(run);
  assert.equal(activationSchemaErrors(report), []);
  return report;
}

const types = (responder: KmsResponder): number[] => responder.stats.pdus.map((pdu) => pdu.type);

const setup = (s: ReturnType<typeof suite>) => {
  s.before(() => {
    configRoot = mkdtempSync(join(tmpdir(), 'kmsd-activate-'));
  });
  s.after(() => {
    rmSync(configRoot, { recursive: true, force: true });
  });
};

const surface = suite('cli activate-probe: surface');
setup(surface);

surface('--list-products lists friendly names with protocol and threshold; --json gives one report with the table as its section', async () => {
  const human = await cli(['activate-probe', '--list-products'], join(configRoot, 'list'));
  assert.is(human.exitCode, 0, human.stderr);
  for (const name of ['Windows 11 Enterprise', 'Windows Server 2025 Standard', 'Office LTSC 2021', 'Windows 7 Professional']) assert.ok(human.stdout.includes(name), name);
  const japanese = await cli(['activate-probe', '--list-products', '--lang', 'ja'], join(configRoot, 'list'));
  assert.match(japanese.stdout, /別名: Windows 10 Enterprise/);
  const json = await cli(['activate-probe', '--list-products', '--json'], join(configRoot, 'list'));
  const report = JSON.parse(json.stdout) as {
    kind: string;
    command: string;
    summary: { exitCode: number };
    products: Array<{ name: string; protocol: number; minimumCount: number }>;
  };
  assert.equal(reportSchemaErrors(report), []);
  assert.equal([report.kind, report.command, report.summary.exitCode], ['products', 'activate-probe', 0]);
  const list = report.products;
  assert.equal(list.find((p) => p.name === 'Windows Server 2025 Standard')?.minimumCount, 5);
  assert.equal(list.find((p) => p.name === 'Windows 11 Enterprise')?.minimumCount, 25);
  assert.equal(list.find((p) => p.name === 'Office 2013')?.protocol, 5);
  // NDJSON is the summary line holding the same report; Markdown shows the table.
  const ndjson = (await cli(['activate-probe', '--list-products', '--ndjson'], join(configRoot, 'list'))).stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { type: string; report: { products: unknown[] } });
  assert.equal(
    ndjson.map((line) => line.type),
    ['summary'],
  );
  assert.equal(reportSchemaErrors(ndjson[0]!.report), []);
  assert.is(ndjson[0]!.report.products.length, list.length);
  const markdown = await cli(['activate-probe', '--list-products', '--format', 'markdown'], join(configRoot, 'list'));
  assert.match(markdown.stdout, /\| Windows Server 2025 Standard \| .* \| v6 \| 5 \|/);
});

surface('usage errors exit 2 before any connection: unknown product, no product, bad protocol, bad CMID', async () => {
  await withResponder({}, async (responder) => {
    const endpoint = `127.0.0.1:${responder.port}`;
    const dir = join(configRoot, 'usage');
    const unknown = await cli(['activate-probe', endpoint, '--product', 'Windows Server 2025', '--activation-request'], dir);
    assert.is(unknown.exitCode, 2);
    assert.match(unknown.stderr, /did you mean "Windows Server 2025 Standard"/);
    assert.is((await cli(['activate-probe', endpoint, '--activation-request'], dir)).exitCode, 2);
    assert.is((await cli(['activate-probe', endpoint, '--product', 'Office 2019', '--protocol', 'v7'], dir)).exitCode, 2);
    assert.is((await cli(['activate-probe', endpoint, '--product', 'Office 2019', '--cmid', 'nope'], dir)).exitCode, 2);
    assert.is((await cli(['connectivity', '--kms-host', endpoint, '--product', 'Office 2019'], dir)).exitCode, 2, '--product without --activation-request');
    assert.is(responder.stats.connections, 0);
  });
});

surface('help lists the command', async () => {
  const help = await runCli(['--help']);
  assert.match(help.stdout, /activate-probe/);
});

const policy = suite('cli activate-probe: count-safe policy');
setup(policy);

policy('--dry-run prints the request (hex + fields) and never connects', async () => {
  await withResponder({}, async (responder) => {
    const report = reportOf(
      await cli(
        ['activate-probe', `127.0.0.1:${responder.port}`, '--product', 'Windows Server 2019 Standard', '--dry-run', '--activation-request', '--json'],
        join(configRoot, 'dry'),
      ),
      0,
    );
    assert.equal([report.activation.mode, report.activation.probe, report.activation.sent.pduHex.length], ['dry-run', null, 292 * 2]);
    assert.equal([responder.stats.connections, responder.stats.bytesReceived], [0, 0], 'nothing reached the host');
    const human = await cli(['activate-probe', `127.0.0.1:${responder.port}`, '--product', 'Windows Server 2019 Standard', '--dry-run'], join(configRoot, 'dry'));
    assert.match(human.stdout, /Would send: KMS v6 request/);
    assert.match(human.stdout, /request PDU \(292 bytes\):\n\s+05 00 00 03 10 00 00 00 24 01 00 00 02 00 00 00/);
    assert.is(responder.stats.connections, 0);
  });
});

policy('without --activation-request: binds only (no request PDU), prints what it would send, exit 0', async () => {
  await withResponder({}, async (responder) => {
    const report = reportOf(
      await cli(['activate-probe', `127.0.0.1:${responder.port}`, '--product', 'Windows 11 Enterprise', '--bind-style', 'windows', '--json'], join(configRoot, 'bind')),
      0,
    );
    assert.is(report.activation.mode, 'bind-only');
    assert.is(report.activation.requestSent, false);
    assert.is(report.activation.probe?.status, 'not-sent');
    assert.ok(types(responder).length > 0);
    assert.ok(
      types(responder).every((type) => type === PDU_TYPE.bind || type === PDU_TYPE.alterContext),
      JSON.stringify(types(responder)),
    );
    assert.is(responder.stats.requests.length, 0);
  });
});

policy('two runs with the same config folder send the same stored CMID, the honest workstation and the real N', async () => {
  const dir = join(configRoot, 'stable');
  await withResponder({ baseCount: 30 }, async (responder) => {
    const args = ['activate-probe', `127.0.0.1:${responder.port}`, '--product', 'Windows 11 Pro', '--activation-request', '--json'];
    const first = parse(await cli(args, dir));
    const second = parse(await cli(args, dir));
    assert.is(responder.stats.requests.length, 2, 'one request per run');
    const [a, b] = responder.stats.requests;
    assert.is(a?.base.cmid, b?.base.cmid);
    assert.is(a?.base.cmid, readFileSync(join(dir, 'cmid'), 'utf8').trim());
    assert.is(first.activation.sent.cmidSource, 'created');
    assert.is(second.activation.sent.cmidSource, 'stored');
    assert.is(a?.base.workstation, `kms-probe.${hostname()}`.slice(0, 63));
    assert.is(a?.base.minimumCount, 25);
    assert.is(a?.base.kmsCountedId, KMS_GROUPS.win10.kmsCountedId);
    assert.is(a?.base.licenseStatus, 2);
    assert.is(second.activation.sent.fields.cmid, a?.base.cmid, 'the report prints the CMID that was sent');
    assert.is(second.activation.response?.currentCount, 31, 'the same CMID counts once');
    assert.equal(second.findings, []);
  });
});

policy('a config folder that cannot hold the CMID: refuse to send (exit 2), nothing reaches the host', async () => {
  const blocker = join(configRoot, 'blocker');
  writeFileSync(blocker, '');
  await withResponder({}, async (responder) => {
    const run = await cli(['activate-probe', `127.0.0.1:${responder.port}`, '--product', 'Windows 11 Pro', '--activation-request'], join(blocker, 'below'));
    assert.is(run.exitCode, 2);
    assert.match(run.stderr, /refusing to send with a one-off CMID/);
    assert.is(responder.stats.connections, 0);
  });
});

const outcomes = suite('cli activate-probe: outcomes and exit codes');
setup(outcomes);

outcomes('a tampered response is rejected with activation/response-invalid, exit 1', async () => {
  await withResponder({ corrupt: 'integrity', baseCount: 10 }, async (responder) => {
    const run = await cli(
      ['activate-probe', `127.0.0.1:${responder.port}`, '--product', 'Windows Server 2022 Standard', '--activation-request', '--json'],
      join(configRoot, 'tamper'),
    );
    const report = reportOf(run, 1);
    assert.is(report.activation.probe?.status, 'invalid-response');
    assert.equal(
      report.findings.map((f) => f.ruleId),
      ['activation/response-invalid'],
    );
    assert.match(report.findings[0]?.message ?? '', /hmac/);
    const human = await cli(['activate-probe', `127.0.0.1:${responder.port}`, '--product', 'Windows Server 2022 Standard', '--activation-request'], join(configRoot, 'tamper'));
    assert.match(human.stdout, /fail: hmac/);
    assert.match(human.stdout, /The activation response failed validation/);
  });
});

outcomes('0xC004F042, 0xC004F06C and 0x8007000D are explained, each with its finding; no fallback request', async () => {
  const cases: Array<[KmsResponderOptions, string, string, RegExp]> = [
    [
      { refuseKmsIds: [KMS_GROUPS.ws2025.kmsCountedId] },
      'Windows Server 2025 Standard',
      'activation/host-key-does-not-cover-product',
      /SL_E_VL_KEY_MANAGEMENT_SERVICE_ID_MISMATCH/,
    ],
    [{ clockOffsetMs: 8 * 3600 * 1000 }, 'Windows 11 Enterprise', 'activation/clock-skew', /SL_E_VL_INVALID_TIMESTAMP/],
    [{ versions: [4, 5] }, 'Office LTSC 2021', 'activation/protocol-version-unsupported', /--protocol v5/],
  ];
  for (const [options, product, ruleId, text] of cases) {
    await withResponder(options, async (responder) => {
      const run = await cli(['activate-probe', `127.0.0.1:${responder.port}`, '--product', product, '--activation-request'], join(configRoot, 'codes'));
      assert.is(run.exitCode, 1, run.stderr);
      assert.ok(run.stdout.includes(ruleId), `${ruleId} missing:\n${run.stdout}`);
      assert.match(run.stdout, text);
      assert.is(responder.stats.requests.length, 1, 'one request, no automatic fallback');
    });
  }
});

outcomes("--protocol overrides the product's version", async () => {
  await withResponder({ versions: [5], baseCount: 10 }, async (responder) => {
    const run = await cli(
      ['activate-probe', `127.0.0.1:${responder.port}`, '--product', 'Office LTSC 2021', '--activation-request', '--protocol', 'v5', '--json'],
      join(configRoot, 'proto'),
    );
    assert.is(run.exitCode, 0, run.stdout);
    assert.is(responder.stats.requests[0]?.version, 5);
  });
});

outcomes('a closed port: request-failed, exit 1, nothing counted', async () => {
  const gone = await startKmsResponder();
  const port = gone.port;
  await gone.close();
  const run = await cli(['activate-probe', `127.0.0.1:${port}`, '--product', 'Office 2019', '--activation-request', '--json', '--timeout', '1000'], join(configRoot, 'closed'));
  const report = reportOf(run, 1);
  assert.equal(
    report.findings.map((f) => f.ruleId),
    ['activation/request-failed'],
  );
  assert.is(report.activation.requestSent, false);
});

const connectivity = suite('cli connectivity --activation-request');
setup(connectivity);

connectivity('sends one request to the first ready target and attaches a schema-valid activation section', async () => {
  await withResponder({ baseCount: 10 }, async (responder) => {
    const run = await cli(
      ['connectivity', '--kms-host', `127.0.0.1:${responder.port}`, '--activation-request', '--product', 'Windows Server 2019 Standard', '--json', '--timeout', '1500'],
      join(configRoot, 'conn'),
    );
    const report = JSON.parse(run.stdout) as Report & { input: { activationRequest: { target: string | null } } };
    assert.equal(reportSchemaErrors(report), []);
    assert.ok(report.activation, 'activation section');
    assert.is(report.activation.probe?.status, 'answered');
    assert.match(report.activation.target.reason ?? '', /first ready target/);
    assert.is(report.input.activationRequest.target, `127.0.0.1:${responder.port}`);
    assert.is(responder.stats.requests.length, 1);
    assert.ok(!report.findings.some((f) => f.ruleId.startsWith('activation/') && f.severity === 'error'), JSON.stringify(report.findings));
    const human = await cli(
      ['connectivity', '--kms-host', `127.0.0.1:${responder.port}`, '--activation-request', '--product', 'Windows Server 2019 Standard', '--timeout', '1500'],
      join(configRoot, 'conn'),
    );
    assert.match(human.stdout, /Activation probe — 127\.0\.0\.1:\d+ .* one activation request sent/);
    assert.is(responder.stats.requests.length, 2);
    assert.is(responder.stats.requests[0]?.base.cmid, responder.stats.requests[1]?.base.cmid);
  });
});

connectivity('without the flag, connectivity sends no activation request (bind only)', async () => {
  await withResponder({}, async (responder) => {
    const run = await cli(['connectivity', '--kms-host', `127.0.0.1:${responder.port}`, '--json', '--timeout', '1500'], join(configRoot, 'conn2'));
    const report = JSON.parse(run.stdout) as { activation?: unknown };
    assert.equal(reportSchemaErrors(report), []);
    assert.is(report.activation, undefined);
    assert.is(responder.stats.requests.length, 0);
    assert.ok(types(responder).every((type) => type === PDU_TYPE.bind));
  });
});

connectivity('no ready target: nothing is sent and the report says so', async () => {
  const gone = await startKmsResponder();
  const port = gone.port;
  await gone.close();
  const run = await cli(['connectivity', '--kms-host', `127.0.0.1:${port}`, '--activation-request', '--product', 'Office 2019', '--timeout', '1000'], join(configRoot, 'conn3'));
  assert.match(run.stdout, /No activation request was sent: no target was ready/);
});

const stream = suite('cli activate-probe --ndjson: the activation probe is one streamed probe result');
setup(stream);

interface Line {
  type: string;
  result?: { id: string; probe: string; status: string; ok: boolean; data: { activationStatus: string; requestSent: boolean } };
  finding?: { evidence: Array<{ kind: string; ref: string }> };
  report?: { summary: { probes: number } };
}
const lines = (run: CliRun): Line[] =>
  run.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Line);
const activationResults = (all: Line[]) => all.filter((line) => line.type === 'result' && line.result?.probe === 'kms.activation').map((line) => line.result!);

stream('the request: one result line (schema-valid, before the summary), findings point at its id, one request sent', async () => {
  await withResponder({ baseCount: 1 }, async (responder) => {
    const run = await cli(
      ['activate-probe', `127.0.0.1:${responder.port}`, '--product', 'Windows Server 2019 Standard', '--activation-request', '--ndjson'],
      join(configRoot, 'nd-sent'),
    );
    const all = lines(run);
    const [result, ...others] = activationResults(all);
    assert.ok(result && others.length === 0, run.stdout);
    assert.equal(definitionErrors('probeResult', result), []);
    assert.equal([result.id, result.status, result.ok, result.data.activationStatus, result.data.requestSent], [`kms:127.0.0.1:${responder.port}`, 'ok', true, 'answered', true]);
    assert.is(
      all.findIndex((line) => line.type === 'result'),
      0,
      'streamed before the findings and the summary',
    );
    const refs = all
      .flatMap((line) => line.finding?.evidence ?? [])
      .filter((evidence) => evidence.kind === 'probe')
      .map((evidence) => evidence.ref);
    assert.ok(refs.length > 0, 'the count below the threshold is a finding with probe evidence');
    assert.ok(
      refs.every((ref) => ref === result.id),
      JSON.stringify(refs),
    );
    assert.is(all.at(-1)?.report?.summary.probes, 1);
    assert.is(responder.stats.requests.length, 1, 'exactly one request per run');
  });
});

stream('bind only streams its bind (status ok, activation status not-sent); a dry run streams nothing', async () => {
  await withResponder({}, async (responder) => {
    const bind = lines(await cli(['activate-probe', `127.0.0.1:${responder.port}`, '--product', 'Windows 11 Enterprise', '--ndjson'], join(configRoot, 'nd-bind')));
    const results = activationResults(bind);
    assert.equal(
      results.map((result) => [result.status, result.data.activationStatus, result.data.requestSent]),
      [['ok', 'not-sent', false]],
    );
    assert.equal(definitionErrors('probeResult', results[0]), []);
    const dry = lines(await cli(['activate-probe', `127.0.0.1:${responder.port}`, '--product', 'Windows 11 Enterprise', '--dry-run', '--ndjson'], join(configRoot, 'nd-dry')));
    assert.equal(
      dry.filter((line) => line.type === 'result'),
      [],
    );
    assert.is(dry.at(-1)?.report?.summary.probes, 0);
    assert.is(responder.stats.requests.length, 0);
  });
});

stream('connectivity --activation-request --ndjson streams the request among the other probes, once', async () => {
  await withResponder({ baseCount: 10 }, async (responder) => {
    const run = await cli(
      ['connectivity', '--kms-host', `127.0.0.1:${responder.port}`, '--activation-request', '--product', 'Windows Server 2019 Standard', '--ndjson', '--timeout', '1500'],
      join(configRoot, 'nd-conn'),
    );
    const results = activationResults(lines(run));
    assert.equal(
      results.map((result) => [result.status, result.data.activationStatus]),
      [['ok', 'answered']],
    );
    assert.equal(definitionErrors('probeResult', results[0]), []);
    assert.is(responder.stats.requests.length, 1);
  });
});

const schemas = suite('activation schemas');

schemas('one activation $def serves the connectivity and the activation-probe kinds', () => {
  const schema = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'src', 'report', 'report.schema.json'), 'utf8')) as { $defs: Record<string, { properties: Record<string, unknown> }> };
  assert.equal(schema.$defs.connectivityReport!.properties.activation, { $ref: '#/$defs/activation' });
  assert.equal(schema.$defs.activationProbeReport!.properties.activation, { $ref: '#/$defs/activation' });
});

schemas('the activation-probe schema rejects a broken report', () => {
  assert.ok(activationSchemaErrors({ command: 'activate-probe' }).length > 0);
});

surface.run();
policy.run();
outcomes.run();
connectivity.run();
stream.run();
schemas.run();
