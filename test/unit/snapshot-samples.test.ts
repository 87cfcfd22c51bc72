/**
 * samples/snapshots/*.json: realistic collector output (a client activated through DNS discovery,
 * a client pinned with /skms to an old host, a KMS host publishing in several domains). Each must
 * match the snapshot schema, and a few values are pinned so a sample cannot drift into nonsense.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { PACKAGE_ROOT } from '../../src/core/tool-info.js';
import type { Snapshot } from '../../src/snapshot/model.js';
import { snapshotSchemaErrors } from '../helpers/snapshot-schema.js';

const FOLDER = join(PACKAGE_ROOT, 'samples', 'snapshots');
const names = readdirSync(FOLDER)
  .filter((name) => name.endsWith('.json'))
  .sort();
const load = (name: string) => JSON.parse(readFileSync(join(FOLDER, name), 'utf8')) as Snapshot;

const samples = suite('samples/snapshots');

samples('there are at least three samples, the three named ones among them', () => {
  assert.ok(names.length >= 3, names.join(', '));
  for (const name of ['client-dns-discovery-ok.json', 'client-skms-old-host.json', 'kms-host-publish-list.json']) assert.ok(names.includes(name), name);
});

samples('every sample matches the snapshot schema', () => {
  for (const name of names) assert.equal(snapshotSchemaErrors(load(name)), [], name);
});

samples('every sample is collector output: UTF-8 without BOM, newest event first, no notes lost', () => {
  for (const name of names) {
    const bytes = readFileSync(join(FOLDER, name));
    assert.not.equal([bytes[0], bytes[1], bytes[2]], [0xef, 0xbb, 0xbf], `${name} starts with a BOM`);
    const snapshot = load(name);
    assert.equal(snapshot.sources, ['cim'], name);
    const times = snapshot.events.map((event) => event.timeCreated);
    assert.equal(times, [...times].sort().reverse(), `${name}: events newest first`);
  }
});

samples('client-dns-discovery-ok: no /skms, host found through DNS and cached, licensed', () => {
  const snapshot = load('client-dns-discovery-ok.json');
  assert.is(snapshot.service?.kmsMachine, null);
  assert.is(snapshot.service?.kmsPort, null);
  assert.is(snapshot.service?.discoveredMachine, 'kms01.contoso.com');
  assert.is(snapshot.service?.discoveredPort, 1688);
  assert.is(snapshot.service?.hostCaching, true);
  assert.is(snapshot.service?.currentCount, null);
  const windows = snapshot.products.find((product) => product.applicationId === '55c92734-d682-4d71-983e-d6ec3f16059f');
  assert.is(windows?.channel, 'VOLUME_KMSCLIENT');
  assert.is(windows?.licenseStatus, 1);
  assert.is(snapshot.dns?.primaryDnsSuffix, 'contoso.com');
  assert.equal(snapshot.dns?.suffixSearchList, ['contoso.com', 'emea.contoso.com']);
  assert.equal(
    snapshot.events.map((event) => event.id),
    [12289, 12288, 8198, 12288],
  );
});

samples('client-skms-old-host: pinned to kms-old with caching on, renewals failing', () => {
  const snapshot = load('client-skms-old-host.json');
  assert.is(snapshot.service?.kmsMachine, 'kms-old.contoso.com');
  assert.is(snapshot.service?.kmsPort, 1688);
  assert.is(snapshot.service?.hostCaching, true);
  assert.is(snapshot.registry?.keyManagementServiceName, 'kms-old.contoso.com');
  assert.is(snapshot.registry?.keyManagementServicePort, '1688');
  assert.ok(snapshot.events[1]?.data[0]?.startsWith('0x800706BA, 0x0, kms-old.contoso.com:1688, '));
  assert.ok((snapshot.products[0]?.gracePeriodRemainingMinutes ?? 0) < 43200, 'less than 30 days of activation left');
});

samples('kms-host-publish-list: host counters, publish list, 12290 and 12293/12294', () => {
  const snapshot = load('kms-host-publish-list.json');
  assert.is(snapshot.service?.isKmsHost, true);
  assert.is(snapshot.service?.currentCount, 42);
  assert.is(snapshot.service?.requests?.total, 1873);
  assert.is(snapshot.service?.requests?.failed, 12);
  assert.equal(snapshot.registry?.dnsDomainPublishList, ['contoso.com', 'emea.contoso.com, 10, 100']);
  assert.equal(
    snapshot.products.map((product) => product.channel),
    ['VOLUME_KMS', 'VOLUME_KMS'],
  );
  assert.equal([...new Set(snapshot.events.map((event) => event.id))].sort(), [12290, 12293, 12294]);
  assert.equal(snapshot.events.find((event) => event.id === 12293)?.data, ['0x80072338', 'emea.contoso.com']);
});

samples.run();
