/**
 * The one-line probe descriptions (evidence lines): the English wording, every optional part,
 * and hostile text from the network passed through as an argument, never read as a template.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { render } from '../../src/catalog/render.js';
import { describeProbe } from '../../src/rules/describe-probe.js';
import { addressResult, rpcResult, srvResult, tcpResult } from '../helpers/facts.js';

const line = (result: Parameters<typeof describeProbe>[0]) => render(describeProbe(result));

test('an SRV answer: rcode, authority, count (plural), transport and duration', () => {
  assert.is(line(srvResult('corp.test', { records: ['kms1.corp.test'] })), 'SRV _vlmcs._tcp.corp.test asked 10.0.0.53:53: ok NOERROR (authoritative), 1 record over udp in 2.5 ms');
  assert.is(
    line(srvResult('corp.test', { records: ['a.corp.test', 'b.corp.test'], transport: 'tcp', durationMs: 12.6 })),
    'SRV _vlmcs._tcp.corp.test asked 10.0.0.53:53: ok NOERROR (authoritative), 2 records over tcp in 13 ms',
  );
});

test('an SRV answer: declined, aliases, a loop and ignored parts', () => {
  assert.is(
    line(
      srvResult('corp.test', { records: ['kms1.corp.test'], declined: true, aliases: ['_vlmcs._tcp.a.test', '_vlmcs._tcp.b.test'], ignored: ['a record of type A', 'another'] }),
    ),
    'SRV _vlmcs._tcp.corp.test asked 10.0.0.53:53: ok NOERROR (authoritative), 1 record and target "." (not offered here) via CNAME _vlmcs._tcp.a.test → _vlmcs._tcp.b.test over udp in 2.5 ms; ignored a record of type A; another',
  );
  assert.is(
    line(srvResult('corp.test', { status: 'dns-nodata', aliases: ['x.corp.test'], aliasLoop: true })),
    'SRV _vlmcs._tcp.corp.test asked 10.0.0.53:53: dns-nodata NOERROR (authoritative) via CNAME x.corp.test (loop) over udp in 2.5 ms: fixture: dns-nodata',
  );
  assert.is(
    line(srvResult('corp.test', { status: 'dns-nodata', aliasLoop: true })),
    'SRV _vlmcs._tcp.corp.test asked 10.0.0.53:53: dns-nodata NOERROR (authoritative) via a CNAME to itself (loop) over udp in 2.5 ms: fixture: dns-nodata',
  );
  assert.is(line(srvResult('corp.test', { status: 'timeout' })), 'SRV _vlmcs._tcp.corp.test asked 10.0.0.53:53: timeout over udp in 3000 ms: fixture: timeout');
});

test('address, TCP and RPC lines', () => {
  assert.is(
    line(addressResult('alias.corp.test', '10.0.0.53:53', { addresses: ['192.0.2.1', '192.0.2.2'], cnameChain: ['mid.corp.test', 'real.corp.test'] })),
    'alias.corp.test resolved by 10.0.0.53:53: 192.0.2.1, 192.0.2.2 via CNAME mid.corp.test → real.corp.test',
  );
  assert.is(line(addressResult('gone.corp.test', '10.0.0.53:53')), 'gone.corp.test resolved by 10.0.0.53:53: dns-nxdomain: fixture: dns-nxdomain');
  assert.is(line(tcpResult('kms1', '192.0.2.5', 1688, 'activation', 'filtered')), 'TCP 192.0.2.5:1688 (activation) filtered in 3000 ms: fixture: timeout');
  assert.is(line(tcpResult('kms1', '192.0.2.5', 135, 'management', 'open')), 'TCP 192.0.2.5:135 (management) open in 0.8 ms');
  assert.is(line(rpcResult('kms1', '192.0.2.5', 1688)), 'RPC bind to the KMS interface at 192.0.2.5:1688: kms in 1.2 ms');
});

test('text from the network is an argument: braces, apostrophes and "#" print as they came', () => {
  const result = srvResult('corp.test', { status: 'dns-servfail' });
  result.error = { code: 'X', message: "it's {odd} # '{'" };
  assert.is(line(result), "SRV _vlmcs._tcp.corp.test asked 10.0.0.53:53: dns-servfail SERVFAIL (authoritative) over udp in 2.5 ms: it's {odd} # '{'");
});

test.run();
