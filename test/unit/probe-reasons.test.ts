/**
 * Why a probe ended, as data: every message a probe, a transport or a codec records renders in
 * every language with its arguments and every select key the code passes; the sentence of a
 * result is rendered again in the report's language; core's own reasons read as it writes them.
 */
import { isPluralElement, isSelectElement, type MessageFormatElement, parse } from '@formatjs/icu-messageformat-parser';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CATALOGS, LOCALES, type MessageId } from '../../src/catalog/catalogs.js';
import { localizeReasons } from '../../src/catalog/localize-reasons.js';
import { type Message, type MessageArgs, msg } from '../../src/catalog/message.js';
import { asMessage, errorCause, probeError } from '../../src/catalog/probe-reason.js';
import { render } from '../../src/catalog/render.js';
import { cancelledError } from '../../src/core/cancelled-error.js';
import { classifySocketError } from '../../src/core/classify-error.js';
import { describeProbe } from '../../src/rules/describe-probe.js';
import { srvResult, tcpResult } from '../helpers/facts.js';

const AREAS = [
  'probe-error.',
  'probe-check.',
  'dns-reply.',
  'dns-framing.',
  'dns-answer.',
  'rpc-reply.',
  'rpc-call.',
  'rpc-anomaly.',
  'kms-check.',
  'activation-text.',
  'epid-check.',
  'probe.phrases',
  'rules.remedy.not-a-host-name',
  'readiness.note.',
];
const nested = msg('rpc-reply.minor-version', { minor: 1 });

/** The select keys the code passes for each selector (probes/*.ts, src/dns, src/rpc). */
const SELECTS: Record<string, readonly string[]> = {
  what: ['handshake', 'connect', 'resolver', 'dns', 'bind', 'bindReply', 'alterContext', 'response', 'fragment'],
  when: ['before', 'query', 'during'],
  looks: ['tls', 'text', 'other'],
  part: ['fixed', 'address', 'results'],
  kind: ['both', 'ndr32Only', 'ndr64Only'],
  stub: ['request', 'response'],
  interval: ['activation', 'renewal'],
};

/** Arguments for a template: numbers for counts, a nested message for causes, text for the rest. */
function sampleArgs(id: string): MessageArgs {
  const names = [...(CATALOGS.en.messages as Record<string, string>)[id]!.matchAll(/\{(\w+)/g)].map((match) => match[1]!);
  const args: Record<string, Message | string | number | boolean | null> = {};
  for (const name of names) {
    if (
      [
        'timeoutMs',
        'bytes',
        'fragments',
        'max',
        'count',
        'record',
        'rdlength',
        'left',
        'actual',
        'fragLength',
        'min',
        'limit',
        'end',
        'addressLength',
        'callId',
        'expected',
        'contextId',
        'minor',
        'header',
        'result',
        'reason',
        'id',
        'expectedId',
        'type',
        'got',
        'sent',
        'announced',
        'needed',
        'given',
        'size',
        'stubBytes',
        'major',
        'available',
        'extra',
        'fit',
        'received',
        'results',
        'offered',
        'hint',
        'authLength',
      ].includes(name)
    )
      args[name] = 7;
    else if (['cause', 'discarded', 'detail', 'item', 'rest', 'failure', 'problem'].includes(name)) args[name] = nested;
    else if (['ndr', 'chainEnd', 'call'].includes(name)) args[name] = true;
    else args[name] = `<${name}>`;
  }
  return args;
}

/** The keys of every `select` on `selector` in a parsed template, nested ones included. */
function selectKeys(elements: MessageFormatElement[], selector: string): string[] {
  return elements.flatMap((element) => {
    if (!isSelectElement(element) && !isPluralElement(element)) return [];
    const own = isSelectElement(element) && element.value === selector ? Object.keys(element.options) : [];
    return [...own, ...Object.values(element.options).flatMap((option) => selectKeys(option.value, selector))];
  });
}

const ids = Object.keys(CATALOGS.en.messages).filter((id) => AREAS.some((area) => id.startsWith(area))) as MessageId[];

test('the probe-error areas exist and hold the messages probes use', () => {
  assert.ok(ids.length > 60, String(ids.length));
  for (const id of ['probe-error.timeout', 'probe-error.system', 'dns-reply.other-id', 'rpc-reply.context-result'] as const) assert.ok(ids.includes(id), id);
});

test('every probe-error message renders in every language with its arguments, nothing left unfilled', () => {
  for (const id of ids) {
    const args = sampleArgs(id);
    const texts = LOCALES.map((locale) => render(msg(id, args), locale));
    for (const [index, text] of texts.entries()) {
      assert.ok(text.trim().length > 0, `${LOCALES[index]}: ${id}`);
      assert.not.match(text, /[{}]/, `${LOCALES[index]}: ${id} → ${text}`);
    }
    // A template of its own words (not only placeholders) reads differently, and in Japanese, in Japanese.
    const en = (CATALOGS.en.messages as Record<string, string>)[id]!;
    if (/[a-z]{3,} [a-z]{3,}/.test(en.replace(/\{[^{}]*\}/g, ''))) {
      assert.is.not(texts[LOCALES.indexOf('ja')], texts[LOCALES.indexOf('en')], id);
      assert.match(texts[LOCALES.indexOf('ja')]!, /[\u3040-\u30ff\u4e00-\u9fff]/, `ja: ${id}`);
    }
  }
});

test('every select key the code passes has a branch of its own in every language', () => {
  for (const id of ids) {
    for (const locale of LOCALES) {
      const template = (CATALOGS[locale].messages as Record<string, string>)[id]!;
      for (const [selector, keys] of Object.entries(SELECTS)) {
        if (!new RegExp(`\\{${selector}, select,`).test(template)) continue;
        const fallback = render(msg(id, { ...sampleArgs(id), [selector]: 'no-such-key' }), locale);
        // Each key a template declares is one the code passes, and the code's keys the template handles.
        const declared = selectKeys(parse(template, { ignoreTag: true }), selector);
        for (const key of declared) if (key !== 'other') assert.ok(keys.includes(key), `${locale}: ${id} declares ${selector}=${key}, which no code passes`);
        const handled = keys.filter((key) => render(msg(id, { ...sampleArgs(id), [selector]: key }), locale) !== fallback);
        assert.ok(handled.length > 0, `${locale}: ${id}: no ${selector} key of the code is handled`);
      }
    }
  }
});

test('the activation probe names every awaited reply in every template that selects on it', () => {
  for (const id of [
    'probe-error.cut-short',
    'probe-error.not-rpc',
    'probe-error.incomplete',
    'probe-error.timeout',
    'probe-error.peer-closed',
    'probe-error.peer-reset',
  ] as const) {
    for (const locale of LOCALES) {
      const other = render(msg(id, { ...sampleArgs(id), what: 'no-such-key' }), locale);
      for (const what of ['bindReply', 'alterContext', 'response', 'fragment']) {
        assert.is.not(render(msg(id, { ...sampleArgs(id), what }), locale), other, `${locale}: ${id} what=${what}`);
      }
    }
  }
});

test('core writes the English of its own reasons: socket errors and cancellation', () => {
  const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1688'), { code: 'ECONNREFUSED' });
  for (const error of [classifySocketError(refused).error, cancelledError(undefined), cancelledError(AbortSignal.abort(new Error('run deadline')))]) {
    const reason = asMessage(error.reason!);
    assert.ok(reason, error.reason?.id);
    assert.is(render(reason), error.message);
    assert.match(render(reason, 'ja'), /[\u3040-\u30ff\u4e00-\u9fff]/);
  }
  // The system's own words pass through as they came, inside a catalog sentence.
  assert.match(render(classifySocketError(refused).error.reason as Message, 'ja'), /connect ECONNREFUSED 127\.0\.0\.1:1688/);
});

test("a result is rendered again in the report's language; English is left as it is", () => {
  const result = tcpResult('kms1', '192.0.2.5', 1688, 'activation', 'filtered');
  result.error = probeError('ETIMEDOUT', msg('probe-error.timeout', { what: 'handshake', timeoutMs: 3000 }));
  assert.is(result.error.message, 'no answer to the TCP handshake within 3000 ms');
  assert.is(localizeReasons(result, 'en'), result);
  const ja = localizeReasons({ results: [result] }, 'ja').results[0]!;
  assert.is(ja.error?.message, '3000 ms 以内にTCP ハンドシェイクへの応答がありませんでした');
  assert.equal(ja.error?.reason, result.error.reason, 'the reason itself never changes');
  assert.is(result.error.message, 'no answer to the TCP handshake within 3000 ms', 'the original is not touched');
});

test('sentences recorded beside their reasons (`<name>Reason`, `<name>Reasons`) follow the language too', () => {
  const other = msg('dns-reply.other-id', { id: 1, expectedId: 2 });
  const data = { explanation: render(nested), explanationReason: nested, discarded: [render(other)], discardedReasons: [other], note: 'kept as it is' };
  const ja = localizeReasons(data, 'ja');
  assert.is(ja.explanation, render(nested, 'ja'));
  assert.equal(ja.discarded, [render(other, 'ja')]);
  assert.is(ja.note, 'kept as it is');
  // A reason from another version of the tool (an unknown id) leaves the recorded sentence alone.
  assert.is(localizeReasons({ explanation: 'as recorded', explanationReason: { id: 'no.such.id' } }, 'ja').explanation, 'as recorded');
});

test("evidence lines show a probe's cause and ignored records in the line's language", () => {
  const result = srvResult('corp.test', { status: 'timeout' });
  result.error = probeError('ETIMEDOUT', msg('probe-error.timeout', { what: 'dns', timeoutMs: 3000 }));
  assert.match(render(describeProbe(result)), /: no reply within 3000 ms$/);
  assert.match(render(describeProbe(result), 'ja'), /3000 ms 以内に応答がありませんでした$/);
  const cause = errorCause(result.error);
  assert.is(typeof cause === 'object' && cause !== null && 'id' in cause ? cause.id : cause, 'probe-error.timeout');
  // A result recorded without a reason still shows its sentence.
  assert.is(errorCause({ code: 'X', message: 'as recorded' }), 'as recorded');
});

test.run();
