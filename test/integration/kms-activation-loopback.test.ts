/**
 * The activation probe against the test KMS responder (test/helpers/kms-responder.ts) over loopback:
 * every protocol version, both bind styles (NDR32-only hosts, NDR64-preferring hosts that need an
 * alter_context), KMS-level refusals, damaged answers, early closes, emulator tells, and the policy
 * (no request without `send`, one request per guard). The responder records every PDU it received,
 * so the tests see exactly what left the probe.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type ActivationProbeResult, type BindStyle, probeKmsActivation } from '../../probes/kms-activation.js';
import { type ActivationSection, runActivation } from '../../src/engine/activation.js';
import { RequestGuard, SecondRequestError } from '../../src/kms/policy.js';
import { findProduct, KMS_GROUPS, type KmsProduct } from '../../src/kms/products.js';
import type { BuiltRequest } from '../../src/kms/request.js';
import { PDU_TYPE } from '../../src/rpc/constants.js';
import { evaluate } from '../../src/rules/index.js';
import { TEST_CMID, testKmsRequest } from '../helpers/kms-request.js';
import { type KmsResponder, type KmsResponderOptions, startKmsResponder, WELL_KNOWN_EMULATOR_HWID, withKmsResponder } from '../helpers/kms-responder.js';

async function probe(
  responder: KmsResponder,
  built: BuiltRequest,
  extra: { bindStyle?: BindStyle; send?: boolean; guard?: RequestGuard; checkAnyInterface?: boolean } = {},
): Promise<ActivationProbeResult> {
  const send = extra.send ?? true;
  return probeKmsActivation({
    host: responder.host,
    port: responder.port,
    timeoutMs: 1500,
    request: built,
    send,
    ...(send && { guard: extra.guard ?? new RequestGuard() }),
    bindStyle: extra.bindStyle ?? 'ndr32',
    checkAnyInterface: extra.checkAnyInterface ?? false,
  });
}

const types = (responder: KmsResponder): number[] => responder.stats.pdus.map((pdu) => pdu.type);
const requestsSent = (responder: KmsResponder): number => responder.stats.pdus.filter((pdu) => pdu.type === PDU_TYPE.request).length;

const answers = suite('kms-activation over loopback: answers');

for (const version of [4, 5, 6] as const) {
  for (const bindStyle of ['ndr32', 'windows'] as const) {
    answers(`v${version}, ${bindStyle} bind, NDR64-preferring host: answered and valid`, async () => {
      await withKmsResponder({ rpc: 'ndr64-preferring', baseCount: 9 }, async (responder) => {
        const result = await probe(responder, testKmsRequest(version), { bindStyle });
        assert.is(result.status, 'answered', result.error?.message);
        assert.is(result.ok, true);
        assert.is(result.data.valid, true);
        assert.is(result.data.validation?.base?.currentCount, 10);
        assert.is(result.data.response?.hresult, '0x00000000');
        assert.ok(result.data.latencyMs !== null && result.data.latencyMs >= 0);
        assert.is(requestsSent(responder), 1);
        if (bindStyle === 'windows') {
          assert.equal(types(responder), [PDU_TYPE.bind, PDU_TYPE.alterContext, PDU_TYPE.request], 'NDR32 refused in the bind, so an alter_context asks for it');
          assert.is(result.data.bind?.alterContext?.accepted, true);
          assert.match(result.data.bind?.fingerprint ?? '', /NDR64 preferred/);
        } else {
          assert.equal(types(responder), [PDU_TYPE.bind, PDU_TYPE.request]);
        }
        if (version === 6) assert.match(result.data.validation?.hwid ?? '', /^[0-9a-f]{16}$/);
      });
    });
  }
}

answers('windows bind against an NDR32-only host: NDR32 accepted in the bind, no alter_context', async () => {
  await withKmsResponder({ rpc: 'ndr32-only' }, async (responder) => {
    const result = await probe(responder, testKmsRequest(6), { bindStyle: 'windows' });
    assert.is(result.status, 'answered');
    assert.equal(types(responder), [PDU_TYPE.bind, PDU_TYPE.request]);
    assert.is(result.data.bind?.alterContext, null);
    assert.match(result.data.bind?.fingerprint ?? '', /NDR32 accepted, NDR64 refused/);
  });
});

answers('a fragmented response is re-assembled', async () => {
  await withKmsResponder({ fragmentResponse: true }, async (responder) => {
    const result = await probe(responder, testKmsRequest(6));
    assert.is(result.status, 'answered');
    assert.is(result.data.response?.fragments, 2);
  });
});

answers('the random-interface bind is count-safe and tells py-kms-like endpoints apart', async () => {
  for (const [rpc, accepted] of [
    ['ndr64-preferring', false],
    ['accept-any', true],
  ] as const) {
    await withKmsResponder({ rpc }, async (responder) => {
      const result = await probe(responder, testKmsRequest(6), { checkAnyInterface: true });
      assert.is(result.data.anyInterface?.accepted, accepted, rpc);
      assert.is(result.attempts, 2);
      assert.is(requestsSent(responder), 1, 'the interface check sends a bind only');
    });
  }
});

const refusals = suite('kms-activation over loopback: refusals and failures');

refusals('0xC004F042 when the host key does not cover the KMS counted id', async () => {
  await withKmsResponder({ refuseKmsIds: [KMS_GROUPS.ws2025.kmsCountedId] }, async (responder) => {
    const result = await probe(responder, testKmsRequest(6, KMS_GROUPS.ws2025.kmsCountedId));
    assert.is(result.status, 'kms-error');
    assert.is(result.data.response?.hresult, '0xC004F042');
    assert.is(result.data.response?.payloadHex, null);
  });
});

refusals('0xC004F06C when the host clock is more than 4 hours off', async () => {
  await withKmsResponder({ clockOffsetMs: 5 * 3600 * 1000 }, async (responder) => {
    const result = await probe(responder, testKmsRequest(6));
    assert.is(result.data.response?.hresult, '0xC004F06C');
  });
  await withKmsResponder({ clockOffsetMs: 3 * 3600 * 1000 }, async (responder) => {
    assert.is((await probe(responder, testKmsRequest(6))).status, 'answered', 'within 4 hours is accepted');
  });
});

refusals('0x8007000D for an unsupported version: reported, no fallback (exactly one request)', async () => {
  await withKmsResponder({ versions: [4, 5] }, async (responder) => {
    const result = await probe(responder, testKmsRequest(6));
    assert.is(result.status, 'kms-error');
    assert.is(result.data.response?.hresult, '0x8007000D');
    assert.is(requestsSent(responder), 1);
  });
});

refusals('a refused port, a host that closes at once, on the request, and halfway through the answer', async () => {
  const gone = await startKmsResponder();
  const { host, port } = gone;
  await gone.close();
  const refused = await probeKmsActivation({ host, port, timeoutMs: 1000, request: testKmsRequest(6), send: true, guard: new RequestGuard() });
  assert.is(refused.status, 'refused');
  assert.is(refused.data.requestSent, false);

  await withKmsResponder({ closeEarly: 'on-connect' }, async (responder) => {
    const result = await probe(responder, testKmsRequest(6));
    assert.is(result.status, 'no-reply');
    assert.is(result.data.phase, 'bind');
    assert.is(result.data.requestSent, false);
  });
  await withKmsResponder({ closeEarly: 'on-request' }, async (responder) => {
    const result = await probe(responder, testKmsRequest(6));
    assert.is(result.status, 'no-reply');
    assert.is(result.data.requestSent, true);
    assert.is(result.error?.code, 'EOF');
  });
  await withKmsResponder({ closeEarly: 'mid-response' }, async (responder) => {
    const result = await probe(responder, testKmsRequest(6));
    // Bytes came, then the peer closed: a reply cut short, not silence.
    assert.is(result.status, 'rpc-invalid');
    assert.is(result.error?.code, 'TRUNCATED');
  });
});

const tampering = suite('kms-activation over loopback: damaged answers are rejected');

for (const [version, check] of [
  [4, 'mac'],
  [5, 'hash'],
  [6, 'hmac'],
] as const) {
  tampering(`v${version}: a corrupted ${check.toUpperCase()} makes the answer invalid`, async () => {
    await withKmsResponder({ corrupt: 'integrity' }, async (responder) => {
      const result = await probe(responder, testKmsRequest(version));
      assert.is(result.status, 'invalid-response');
      assert.is(result.data.valid, false);
      assert.is(result.data.checks.find((c) => c.id === check)?.outcome, 'fail');
    });
  });
}

tampering('damaged ciphertext fails the padding; a foreign CMID fails the echo', async () => {
  await withKmsResponder({ corrupt: 'ciphertext' }, async (responder) => {
    const result = await probe(responder, testKmsRequest(6));
    assert.is(result.status, 'invalid-response');
    assert.is(result.data.checks.find((c) => c.id === 'padding')?.outcome, 'fail');
  });
  await withKmsResponder({ corrupt: 'cmid' }, async (responder) => {
    const result = await probe(responder, testKmsRequest(5));
    assert.is(result.data.checks.find((c) => c.id === 'cmid-echo')?.outcome, 'fail');
  });
});

const policy = suite('kms-activation over loopback: count-safe policy');

policy('send: false binds and stops — the responder receives no request PDU', async () => {
  await withKmsResponder({}, async (responder) => {
    const result = await probe(responder, testKmsRequest(6), { send: false, bindStyle: 'windows' });
    assert.is(result.status, 'not-sent');
    assert.is(result.data.requestSent, false);
    assert.equal(types(responder), [PDU_TYPE.bind, PDU_TYPE.alterContext]);
    assert.is(responder.stats.requests.length, 0);
  });
});

policy('a second send with the same guard throws a programmer error and nothing more is sent', async () => {
  await withKmsResponder({}, async (responder) => {
    const guard = new RequestGuard();
    assert.is((await probe(responder, testKmsRequest(6), { guard })).status, 'answered');
    try {
      await probe(responder, testKmsRequest(6), { guard });
      assert.unreachable('the second send was allowed');
    } catch (error) {
      assert.ok(error instanceof SecondRequestError, String(error));
    }
    assert.is(requestsSent(responder), 1);
    assert.is(responder.stats.requests.length, 1);
  });
});

policy('send: true without a guard is refused before connecting', async () => {
  await withKmsResponder({}, async (responder) => {
    let threw = false;
    try {
      await probeKmsActivation({ host: responder.host, port: responder.port, timeoutMs: 1000, request: testKmsRequest(6), send: true });
    } catch {
      threw = true;
    }
    assert.ok(threw);
    assert.is(responder.stats.connections, 0);
  });
});

/** Runs the whole activation (as the CLI does) and evaluates the rules on its section. */
async function section(
  options: KmsResponderOptions,
  productName: string,
  mode: 'sent' | 'bind-only' = 'sent',
  checkAnyInterface = false,
): Promise<{ section: ActivationSection; ruleIds: string[] }> {
  const found = findProduct(productName);
  if (!found.ok) throw new Error(JSON.stringify(found.reason));
  const product: KmsProduct = found.product;
  return withKmsResponder(options, async (responder) => {
    const { section: result } = await runActivation({
      host: responder.host,
      port: responder.port,
      product,
      cmid: { cmid: TEST_CMID, source: 'given', path: null, problem: null },
      workstation: 'kms-probe.test',
      mode,
      bindStyle: 'ndr32',
      timeoutMs: 1500,
      guard: new RequestGuard(),
      checkAnyInterface,
    });
    return { section: result, ruleIds: evaluate({ activation: result }).map((finding) => finding.ruleId) };
  });
}

const findings = suite('kms-activation over loopback: findings');

findings('a healthy host with enough clients: no findings, the ePID decoded, intervals reported', async () => {
  const { section: s, ruleIds } = await section({ baseCount: 30 }, 'Windows 11 Enterprise');
  assert.equal(ruleIds, []);
  assert.is(s.response?.currentCount, 31);
  assert.is(s.response?.thresholdMet, true);
  assert.is(s.response?.activationIntervalMinutes, 120);
  assert.is(s.response?.renewalIntervalMinutes, 10_080);
  assert.is(s.response?.epid?.csvlk?.name, 'Windows Server 2019');
  assert.is(s.sent.fields.minimumCount, 25);
  assert.is(s.sent.fields.workstation, 'kms-probe.test');
});

findings('each outcome gets its finding id', async () => {
  assert.equal((await section({ refuseKmsIds: [KMS_GROUPS.ws2025.kmsCountedId] }, 'Windows Server 2025 Standard')).ruleIds, ['activation/host-key-does-not-cover-product']);
  assert.equal((await section({ clockOffsetMs: -6 * 3600 * 1000 }, 'Windows 11 Pro')).ruleIds, ['activation/clock-skew']);
  const unsupported = await section({ versions: [4] }, 'Office 2019');
  assert.equal(unsupported.ruleIds, ['activation/protocol-version-unsupported']);
  assert.ok(unsupported.section.advice.some((line) => line.includes('--protocol v5')));
  assert.equal((await section({}, 'Windows 11 Enterprise')).ruleIds, ['activation/count-below-threshold']);
  assert.equal((await section({ corrupt: 'integrity', baseCount: 10 }, 'Office LTSC 2021')).ruleIds, ['activation/response-invalid']);
  assert.equal((await section({ closeEarly: 'on-request' }, 'Office 2016')).ruleIds, ['activation/request-failed']);
});

findings('emulator tells are information only: fixed HWID, reused IV, any interface', async () => {
  const { section: s, ruleIds } = await section(
    { rpc: 'accept-any', hwid: WELL_KNOWN_EMULATOR_HWID, reuseRequestIv: true, baseCount: 10 },
    'Windows Server 2019 Standard',
    'sent',
    true,
  );
  assert.equal(s.emulatorTells.map((tell) => tell.id).sort(), ['accepts-any-interface', 'response-iv-reused', 'well-known-hwid']);
  assert.equal(ruleIds, ['activation/emulator-tells']);
  const finding = evaluate({ activation: s })[0];
  assert.is(finding?.severity, 'info');
  assert.not.match(finding?.message ?? '', /\bis genuine\b/);
});

findings('an implausible ePID and a key that cannot cover the product are tells', async () => {
  const { section: s } = await section({ epid: '06401-00206-551-123456-03-1033-17763.0000-2452018', baseCount: 10 }, 'Windows Server 2025 Standard');
  const ids = s.emulatorTells.map((tell) => tell.id);
  assert.ok(ids.includes('epid-implausible'));
  assert.ok(ids.includes('key-should-not-cover-product'), JSON.stringify(s.emulatorTells));
});

findings('bind-only mode: no request reaches the responder, no findings, advice says how to send', async () => {
  const { section: s, ruleIds } = await section({}, 'Windows 11 Enterprise', 'bind-only');
  assert.is(s.requestSent, false);
  assert.is(s.probe?.status, 'not-sent');
  assert.equal(ruleIds, []);
  assert.ok(s.advice.some((line) => line.includes('--activation-request')));
});

answers.run();
refusals.run();
tampering.run();
policy.run();
findings.run();
