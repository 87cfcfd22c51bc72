/**
 * ePID decoding and plausibility (shared/kms-protocol.md §5, §5.1), the product table (§6, facts §8
 * thresholds), and the count-safe policy pieces (§8): the one-request guard, the stable per-user CMID
 * and the honest workstation name.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type ActivationSection, emulatorTells } from '../../src/engine/activation.js';
import { CSVLKS, csvlkCovers, decodeEpid, identifyCsvlk } from '../../src/kms/epid.js';
import { CmidFileError, CONFIG_DIR_ENV, configDirectory, honestWorkstationName, installationCmid, RequestGuard, SecondRequestError } from '../../src/kms/policy.js';
import { APPLICATION_IDS, findProduct, KMS_GROUPS, PRODUCTS } from '../../src/kms/products.js';
import { isUuid } from '../../src/rpc/uuid.js';
import { EPID_V4_V6, EPID_V5 } from '../fixtures/kms-exchanges.js';

const NOW = new Date('2026-11-25T19:12:00Z');

const epid = suite('kms/epid');

epid('the captured ePID decodes: Server 2019 CSVLK, build 17763, en-US, installed 2018-10-24, plausible', () => {
  const decoded = decodeEpid(EPID_V4_V6, NOW);
  assert.is(decoded.wellFormed, true);
  assert.is(decoded.platformId, '03612');
  assert.is(decoded.groupId, 206);
  assert.is(decoded.keyId, 556_123_727);
  assert.is(decoded.csvlk?.name, 'Windows Server 2019');
  assert.is(decoded.csvlk?.inKnownRange, true);
  assert.is(decoded.channel, '03');
  assert.is(decoded.lcid, 1033);
  assert.is(decoded.language, 'en-US');
  assert.is(decoded.build, 17763);
  assert.match(decoded.buildName ?? '', /Server 2019/);
  assert.is(decoded.activationDate, '2018-10-24');
  assert.equal(decoded.implausible, []);
});

epid('the v5 capture names the Office 2013 host key', () => {
  assert.is(decodeEpid(EPID_V5, NOW).csvlk?.name, 'Office 2013');
});

epid('the §5 worked example is implausible twice: platform 06401 with build 17763, key installed before the build', () => {
  const decoded = decodeEpid('06401-00206-551-123456-03-1033-17763.0000-2452018', NOW);
  assert.is(decoded.activationDate, '2018-09-02');
  assert.is(decoded.csvlk?.name, 'Windows Server 2019');
  assert.is(decoded.implausible.length, 2, decoded.implausible.join('; '));
  assert.ok(decoded.implausible.some((w) => /06401.*17763/.test(w)));
  assert.ok(decoded.implausible.some((w) => /before build 17763/.test(w)));
});

epid('unknown ranges, impossible days, future dates, bad LCIDs and other channels are flagged', () => {
  assert.ok(decodeEpid('03612-00206-999-123456-03-1033-17763.0000-2972018', NOW).implausible.some((w) => /no known host key/.test(w)));
  assert.ok(decodeEpid('03612-00206-556-123727-03-1033-17763.0000-3662018', NOW).implausible.some((w) => /day 366/.test(w)));
  assert.ok(decodeEpid('03612-00206-556-123727-03-1033-17763.0000-0012030', NOW).implausible.some((w) => /future/.test(w)));
  assert.ok(decodeEpid('03612-00206-556-123727-03-0-17763.0000-2972018', NOW).implausible.some((w) => /LCID 0/.test(w)));
  assert.ok(decodeEpid('03612-00206-556-123727-02-1033-17763.0000-2972018', NOW).implausible.some((w) => /channel 02/.test(w)));
  const garbage = decodeEpid('not an epid', NOW);
  assert.is(garbage.wellFormed, false);
  assert.is(garbage.implausible.length, 1);
});

epid('groups that identify a key alone: 4573 (Server 2022), 168 (2008 R2) with an out-of-range id', () => {
  assert.is(decodeEpid('03612-04573-000-123456-03-1033-20348.0000-2502021', NOW).csvlk?.name, 'Windows Server 2022');
  const r2 = identifyCsvlk(168, 1);
  assert.is(r2?.csvlk.name, 'Windows Server 2008 R2');
  assert.is(r2?.inRange, false);
});

epid('host-key coverage: own generation and older, never across applications', () => {
  const key = (name: string) => CSVLKS.find((row) => row.name === name)!;
  const product = (name: string) => {
    const found = findProduct(name);
    if (!found.ok) throw new Error(JSON.stringify(found.reason));
    return found.product;
  };
  assert.is(csvlkCovers(key('Windows Server 2019'), product('Windows Server 2019 Standard')), true);
  assert.is(csvlkCovers(key('Windows Server 2019'), product('Windows 11 Enterprise')), true);
  assert.is(csvlkCovers(key('Windows Server 2016'), product('Windows Server 2019 Standard')), false);
  assert.is(csvlkCovers(key('Windows Server 2019'), product('Windows Server 2025 Standard')), false);
  assert.is(csvlkCovers(key('Windows 10 2015 CSVLK'), product('Windows Server 2016 Standard')), false);
  assert.is(csvlkCovers(key('Windows Server 2019'), product('Office 2013')), false);
  assert.is(csvlkCovers(key('Office LTSC 2021'), product('Office 2019')), true);
  assert.is(csvlkCovers(key('Office 2016'), product('Office LTSC 2021')), false);
});

epid('a py-kms-style answer (a Server 2019 key for Office 2013, accepts any interface) gives tells', () => {
  const found = findProduct('Office 2013');
  if (!found.ok) throw new Error(JSON.stringify(found.reason));
  const section = {
    product: { protocol: 5 },
    bind: null,
    probe: { anyInterface: { interfaceUuid: '0b5a1c2e-0000-4000-8000-000000000000', accepted: true, detail: '' } },
    response: {
      hresult: '0x00000000',
      hwid: null,
      ivEqualsRequest: true,
      epid: decodeEpid(EPID_V4_V6, NOW),
      currentCount: 60,
      activationIntervalMinutes: 120,
      renewalIntervalMinutes: 5,
    },
  } as unknown as ActivationSection;
  const ids = emulatorTells(section, found.product).map((tell) => tell.id);
  assert.equal(ids.sort(), ['accepts-any-interface', 'count-above-cap', 'interval-out-of-range', 'key-should-not-cover-product']);
});

const products = suite('kms/products');

products('names, aliases and SKU ids select products; case and spacing do not matter', () => {
  const pick = (query: string) => {
    const found = findProduct(query);
    return found.ok ? found.product.name : null;
  };
  assert.is(pick('Windows 11 Enterprise'), 'Windows 11 Enterprise');
  assert.is(pick('windows   10 enterprise'), 'Windows 11 Enterprise');
  assert.is(pick('Windows Server 2025 Standard'), 'Windows Server 2025 Standard');
  assert.is(pick('Office LTSC 2021'), 'Office LTSC 2021');
  assert.is(pick('Microsoft Office Professional Plus 2019'), 'Office 2019');
  assert.is(pick('DE32EAFD-AAEE-4662-9444-C1BEFB41BDE2'), 'Windows Server 2019 Standard');
  assert.is(pick(KMS_GROUPS.ws2022.kmsCountedId), 'Windows Server 2022 Standard');
  const unknown = findProduct('Windows Server 2025');
  assert.is(unknown.ok, false);
  if (!unknown.ok) assert.equal(unknown.suggestions, ['Windows Server 2025 Standard', 'Windows Server 2025 Datacenter']);
});

products("every product has valid ids, its application's id, and the §8 thresholds and §6.2 versions", () => {
  const names = new Set<string>();
  for (const product of PRODUCTS) {
    assert.ok(!names.has(product.name), `duplicate ${product.name}`);
    names.add(product.name);
    assert.ok(isUuid(product.group.kmsCountedId));
    if (product.skuId !== null) assert.ok(isUuid(product.skuId));
    assert.ok([4, 5, 6].includes(product.group.protocol));
    const expectedN = product.family === 'windows-client' && product.group !== KMS_GROUPS.win10multisession ? 25 : 5;
    assert.is(product.group.minimumCount, expectedN, product.name);
    assert.is(product.group.application === 'windows', product.family !== 'office', product.name);
  }
  assert.is(APPLICATION_IDS['office-2013+'], '0ff1ce15-a989-479d-af46-f275c6370663');
  assert.is(KMS_GROUPS.win7.protocol, 4);
  assert.is(KMS_GROUPS.ws2012.protocol, 5);
  assert.is(KMS_GROUPS.ws2012r2.protocol, 6);
  assert.is(KMS_GROUPS.office2024.kmsCountedId, 'a8973cb5-bf03-0a4c-9cef-703099645ab3', 'the genuine id with the odd version nibble');
});

const policy = suite('kms/policy: guard, CMID, workstation');

policy('the guard allows one request and throws a programmer error on the second', () => {
  const guard = new RequestGuard();
  assert.is(guard.used, false);
  guard.claim('first');
  assert.is(guard.used, true);
  assert.throws(
    () => guard.claim('second'),
    (error: unknown) => error instanceof SecondRequestError && /programmer error/.test((error as Error).message),
  );
});

policy('the CMID is created once, stored, and the same on every later call', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kmsd-cmid-'));
  try {
    const first = installationCmid(join(dir, 'sub'));
    assert.is(first.source, 'created');
    assert.ok(isUuid(first.cmid));
    const second = installationCmid(join(dir, 'sub'));
    assert.is(second.source, 'stored');
    assert.is(second.cmid, first.cmid);
    assert.is(readFileSync(join(dir, 'sub', 'cmid'), 'utf8').trim(), first.cmid);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

policy('a damaged CMID file is an error, never silently replaced', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kmsd-cmid-'));
  try {
    writeFileSync(join(dir, 'cmid'), 'not-a-uuid\n');
    assert.throws(
      () => installationCmid(dir),
      (error: unknown) => error instanceof CmidFileError,
    );
    assert.is(readFileSync(join(dir, 'cmid'), 'utf8'), 'not-a-uuid\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

policy('an unwritable folder gives an ephemeral CMID with the reason (callers refuse to send with it)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kmsd-cmid-'));
  try {
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    chmodSync(file, 0o400);
    const cmid = installationCmid(join(file, 'below'));
    assert.is(cmid.source, 'ephemeral');
    assert.ok(cmid.problem);
    assert.is(existsSync(join(file, 'below')), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

policy('the config folder: KMSDOCTOR_CONFIG_DIR, else %APPDATA% on Windows, else XDG, else ~/.config', () => {
  assert.is(configDirectory({ [CONFIG_DIR_ENV]: '/x/y' }, 'linux'), '/x/y');
  assert.is(configDirectory({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32').endsWith('kms-doctor'), true);
  assert.is(configDirectory({ XDG_CONFIG_HOME: '/xdg' }, 'linux'), join('/xdg', 'kms-doctor'));
  assert.match(configDirectory({}, 'linux'), /\.config[/\\]kms-doctor$/);
});

policy('the workstation name is kms-probe.<host>, at most 63 characters', () => {
  assert.is(honestWorkstationName('pc1.contoso.com'), 'kms-probe.pc1.contoso.com');
  assert.is(honestWorkstationName('h'.repeat(100)).length, 63);
});

epid.run();
products.run();
policy.run();
