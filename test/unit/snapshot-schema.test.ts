/**
 * The snapshot JSON Schema against src/snapshot/model.ts: the same keys in every object (checked
 * by the compiler through the key maps below, and at run time against the schema), every key
 * required, no extra keys, nullable where the model says null, and the event fields a oneOf on
 * `kind`. Plus proof that the schema rejects what it must.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { emptySnapshot } from '../../src/snapshot/empty-snapshot.js';
import type {
  ComputerInfo,
  DnsClientView,
  HostRequestCounters,
  KmsClientSettings,
  KmsEvent,
  KmsEventFields,
  KmsFirewallView,
  KmsLogSettings,
  LicensingProduct,
  LicensingService,
  LoggedRequest,
  SlmgrIniCopy,
  Snapshot,
  SppRegistry,
} from '../../src/snapshot/model.js';
import { windowsProduct } from '../helpers/snapshot-builder.js';
import { snapshotDefinitionErrors, snapshotSchema, snapshotSchemaErrors } from '../helpers/snapshot-schema.js';

// `Record<keyof T, true>` with `satisfies`: `npm run typecheck` fails when the model gains, loses
// or renames a key that these lists do not follow; the tests then compare the lists with the schema.
const keys = <T>(map: Record<keyof T, true>) => Object.keys(map).sort();
/** The settings service and product share (KmsClientSettings), listed once for both. */
const KMS_CLIENT_SETTINGS: Record<keyof KmsClientSettings, true> = {
  kmsMachine: true,
  kmsPort: true,
  lookupDomain: true,
  discoveredMachine: true,
  discoveredPort: true,
  discoveredIpAddress: true,
  kmsHostEpid: true,
  activationIntervalMinutes: true,
  renewalIntervalMinutes: true,
  isKmsHost: true,
  currentCount: true,
  requiredClientCount: true,
};
const MODEL: Record<string, string[]> = {
  '': keys<Snapshot>({
    kind: true,
    schemaVersion: true,
    collectedAt: true,
    sources: true,
    computer: true,
    clockUtc: true,
    service: true,
    products: true,
    registry: true,
    firewall: true,
    kmsLog: true,
    dns: true,
    slmgrIni: true,
    events: true,
    notes: true,
    noteMessages: true,
  }),
  computerInfo: keys<ComputerInfo>({ name: true, domain: true, partOfDomain: true, osCaption: true, osVersion: true }),
  licensingService: keys<LicensingService>({
    ...KMS_CLIENT_SETTINGS,
    version: true,
    clientMachineId: true,
    hostCaching: true,
    listeningPort: true,
    dnsPublishing: true,
    lowPriority: true,
    requests: true,
    remainingWindowsRearmCount: true,
  }),
  hostRequestCounters: keys<HostRequestCounters>({
    total: true,
    failed: true,
    unlicensed: true,
    licensed: true,
    initialGrace: true,
    expiredOrOutOfTolerance: true,
    nonGenuineGrace: true,
    notification: true,
  }),
  licensingProduct: keys<LicensingProduct>({
    ...KMS_CLIENT_SETTINGS,
    id: true,
    applicationId: true,
    name: true,
    description: true,
    channel: true,
    productKeyChannel: true,
    partialProductKey: true,
    licenseStatus: true,
    licenseStatusReason: true,
    gracePeriodRemainingMinutes: true,
    activationTypeEnabled: true,
    kmsProductKeyId: true,
    licenseIsAddon: true,
    trustedTime: true,
  }),
  sppRegistry: keys<SppRegistry>({
    keyManagementServiceName: true,
    keyManagementServicePort: true,
    keyManagementServiceListeningPort: true,
    keyManagementServiceVersion: true,
    disableDnsPublishing: true,
    dnsDomainPublishList: true,
    enableKmsLowPriority: true,
    vlActivationInterval: true,
    vlRenewalInterval: true,
    skipRearm: true,
  }),
  kmsFirewall: keys<KmsFirewallView>({ kmsRuleEnabled: true, kmsRuleProfiles: true }),
  kmsLogSettings: keys<KmsLogSettings>({ fileSizeBytes: true, maximumSizeBytes: true, logMode: true, recordCount: true, isFull: true, oldestRecordTime: true }),
  dnsClientView: keys<DnsClientView>({ hostName: true, primaryDnsSuffix: true, connectionSuffixes: true, suffixSearchList: true, dnsServers: true }),
  slmgrIni: keys<SlmgrIniCopy>({ langId: true, path: true, entries: true }),
  kmsEvent: keys<KmsEvent>({ id: true, timeCreated: true, recordId: true, provider: true, log: true, computer: true, data: true, fields: true }),
};
/**
 * Keys added to schema version 1 after snapshots were already in users' hands: optional (and
 * nullable) so that those older files still validate; everything else is required. `noteMessages`
 * is optional because only kmsdoctor's own readers write it (the collector has its `notes`).
 */
const OPTIONAL: Record<string, string[]> = {
  '': ['noteMessages'],
  licensingProduct: ['licenseIsAddon', 'trustedTime'],
};
type Fields<K extends KmsEventFields['kind']> = Extract<KmsEventFields, { kind: K }>;
/** The client's request as 12288 and 12290 both log it (LoggedRequest). */
const LOGGED_REQUEST: Record<keyof LoggedRequest, true> = { cmid: true, clientTime: true, isVm: true, licenseState: true, minutesToExpiry: true, activationId: true };
const EVENT_FIELDS: Record<KmsEventFields['kind'], string[]> = {
  request: keys<Fields<'request'>>({ kind: true, hresult: true, host: true, port: true, minimumCount: true, ...LOGGED_REQUEST }),
  response: keys<Fields<'response'>>({
    kind: true,
    hresult: true,
    activated: true,
    currentCount: true,
    activationIntervalMinutes: true,
    renewalIntervalMinutes: true,
    clientTime: true,
  }),
  'host-request': keys<Fields<'host-request'>>({ kind: true, hresult: true, minimumCount: true, clientName: true, ...LOGGED_REQUEST }),
  'publish-failed': keys<Fields<'publish-failed'>>({ kind: true, hresult: true, domain: true }),
  'publish-ok': keys<Fields<'publish-ok'>>({ kind: true, domain: true }),
  'activation-failed': keys<Fields<'activation-failed'>>({ kind: true, hresult: true, context: true }),
};

type SchemaObject = { properties?: Record<string, unknown>; required?: string[]; additionalProperties?: unknown };
const definition = (name: string): SchemaObject => (name === '' ? (snapshotSchema as SchemaObject) : (snapshotSchema.$defs[name] as SchemaObject));

function minimalSnapshot(): Snapshot {
  return { ...emptySnapshot(new Date('2026-11-25T09:00:00.000Z')), sources: ['cim'] };
}

const shape = suite('snapshot schema: same shape as src/snapshot/model.ts');

shape('has the id and draft the project publishes', () => {
  assert.is((snapshotSchema as unknown as { $id: string }).$id, 'urn:kms-doctor:snapshot:1');
  assert.is((snapshotSchema as unknown as { $schema: string }).$schema, 'https://json-schema.org/draft/2020-12/schema');
});

for (const [name, modelKeys] of Object.entries(MODEL)) {
  shape(`${name || 'Snapshot'}: the model's keys, all required but the later optional ones, nothing else`, () => {
    const object = definition(name);
    const optional = OPTIONAL[name] ?? [];
    assert.equal(Object.keys(object.properties ?? {}).sort(), modelKeys);
    assert.equal(
      [...(object.required ?? [])].sort(),
      modelKeys.filter((key) => !optional.includes(key)),
    );
    assert.is(object.additionalProperties, false);
  });
}

shape('KmsEventFields: a oneOf with one closed object per kind', () => {
  const oneOf = (snapshotSchema.$defs.kmsEventFields?.oneOf ?? []) as Array<{ $ref: string }>;
  assert.is(oneOf.length, Object.keys(EVENT_FIELDS).length);
  for (const [kind, modelKeys] of Object.entries(EVENT_FIELDS)) {
    const object = definition(`eventFields-${kind}`) as SchemaObject & { properties: { kind: { const: string } } };
    assert.ok(
      oneOf.some((entry) => entry.$ref === `#/$defs/eventFields-${kind}`),
      kind,
    );
    assert.is(object.properties.kind.const, kind);
    assert.equal(Object.keys(object.properties).sort(), modelKeys, kind);
    assert.equal([...(object.required ?? [])].sort(), modelKeys, kind);
    assert.is(object.additionalProperties, false, kind);
  }
});

const accepts = suite('snapshot schema: accepts and rejects');

accepts('a minimal snapshot (everything unknown) is valid', () => {
  assert.equal(snapshotSchemaErrors(minimalSnapshot()), []);
});

accepts('each kind of parsed event fields is valid, and a mix of two kinds is not', () => {
  const event = (fields: KmsEventFields): KmsEvent => ({
    id: 12288,
    timeCreated: '2026-11-25T08:15:02.000Z',
    recordId: 1,
    provider: 'Microsoft-Windows-Security-SPP',
    log: 'Application',
    computer: 'client01.contoso.com',
    data: [],
    fields,
  });
  const all: KmsEventFields[] = [
    {
      kind: 'request',
      hresult: '0x0',
      host: 'kms01.contoso.com',
      port: 1688,
      cmid: 'e3f1c1a9-6f0b-4b7e-9a51-2c7d2b8f4a10',
      clientTime: '2026/11/25 8:15',
      isVm: false,
      licenseState: 1,
      minutesToExpiry: 129540,
      activationId: '73111121-5638-40f6-bc11-f1d7b0d64300',
      minimumCount: 25,
    },
    { kind: 'response', hresult: '0x0', activated: true, currentCount: 42, activationIntervalMinutes: 120, renewalIntervalMinutes: 10080, clientTime: '2026/11/25 8:15' },
    {
      kind: 'host-request',
      hresult: '0x0',
      minimumCount: 25,
      clientName: 'client01.contoso.com',
      cmid: null,
      clientTime: null,
      isVm: null,
      licenseState: null,
      minutesToExpiry: null,
      activationId: null,
    },
    { kind: 'publish-failed', hresult: '0x80072338', domain: 'emea.contoso.com' },
    { kind: 'publish-ok', domain: 'contoso.com' },
    { kind: 'activation-failed', hresult: '0xC004F074', context: null },
  ];
  for (const fields of all) assert.equal(snapshotDefinitionErrors('kmsEvent', event(fields)), [], fields.kind);
  assert.ok(
    snapshotDefinitionErrors('kmsEvent', event({ kind: 'publish-ok', domain: 'contoso.com', hresult: '0x0' } as unknown as KmsEventFields)).length > 0,
    'publish-ok has no hresult',
  );
  assert.ok(snapshotDefinitionErrors('kmsEvent', event({ kind: 'nonsense', hresult: '0x0' } as unknown as KmsEventFields)).length > 0, 'unknown kind');
});

accepts('rejects extra keys, a wrong kind or version, a scalar where a list belongs, and bad times', () => {
  const bad: Array<[string, (snapshot: Record<string, unknown>) => void]> = [
    [
      'extra top-level key',
      (s) => {
        s.extra = 1;
      },
    ],
    [
      'wrong kind',
      (s) => {
        s.kind = 'kms-doctor-report';
      },
    ],
    [
      'schemaVersion 2',
      (s) => {
        s.schemaVersion = 2;
      },
    ],
    [
      'unknown source',
      (s) => {
        s.sources = ['wmi'];
      },
    ],
    [
      'no source',
      (s) => {
        s.sources = [];
      },
    ],
    [
      'notes as a string',
      (s) => {
        s.notes = 'one note';
      },
    ],
    [
      'collectedAt not a date-time',
      (s) => {
        s.collectedAt = '25.11.2026 09:00';
      },
    ],
    [
      'missing clockUtc',
      (s) => {
        delete s.clockUtc;
      },
    ],
    [
      'extra key in computer',
      (s) => {
        (s.computer as Record<string, unknown>).fqdn = 'x';
      },
    ],
    [
      'dns lists as scalars',
      (s) => {
        s.dns = { hostName: null, primaryDnsSuffix: null, connectionSuffixes: [], suffixSearchList: 'contoso.com', dnsServers: [] };
      },
    ],
  ];
  for (const [label, change] of bad) {
    const snapshot = minimalSnapshot() as unknown as Record<string, unknown>;
    change(snapshot);
    assert.ok(snapshotSchemaErrors(snapshot).length > 0, label);
  }
});

accepts('a product needs a GUID id, a known channel and ports in range', () => {
  const product = windowsProduct({
    gracePeriodRemainingMinutes: 259140,
    discoveredMachine: 'kms01.contoso.com',
    discoveredPort: 1688,
    discoveredIpAddress: '10.20.0.15',
    requiredClientCount: 25,
  });
  assert.equal(snapshotDefinitionErrors('licensingProduct', product), []);
  assert.ok(snapshotDefinitionErrors('licensingProduct', { ...product, id: 'Windows' }).length > 0, 'id not a GUID');
  assert.ok(snapshotDefinitionErrors('licensingProduct', { ...product, channel: 'VOLUME_GVLK' }).length > 0, 'unknown channel');
  assert.ok(snapshotDefinitionErrors('licensingProduct', { ...product, kmsPort: 0 }).length > 0, '/skms port 0 is written as null');
  assert.ok(snapshotDefinitionErrors('licensingProduct', { ...product, discoveredPort: 70000 }).length > 0, 'port out of range');
  assert.ok(snapshotDefinitionErrors('licensingProduct', { ...product, licenseStatus: 1.5 }).length > 0, 'licenseStatus is a whole number');
});

accepts('firewall: the SPPSVC-In-TCP rule state and profiles, or null', () => {
  assert.equal(snapshotSchemaErrors({ ...minimalSnapshot(), firewall: { kmsRuleEnabled: true, kmsRuleProfiles: ['Domain', 'Private'] } }), []);
  assert.equal(snapshotSchemaErrors({ ...minimalSnapshot(), firewall: { kmsRuleEnabled: null, kmsRuleProfiles: [] } }), []);
  const bad: Array<[string, unknown]> = [
    ['enabled as a string', { kmsRuleEnabled: 'True', kmsRuleProfiles: [] }],
    ['profiles as one string', { kmsRuleEnabled: true, kmsRuleProfiles: 'Domain, Private' }],
    ['missing profiles', { kmsRuleEnabled: true }],
    ['an extra key', { kmsRuleEnabled: true, kmsRuleProfiles: [], direction: 'Inbound' }],
  ];
  for (const [label, value] of bad) assert.ok(snapshotDefinitionErrors('kmsFirewall', value).length > 0, label);
  const missing = minimalSnapshot() as unknown as Record<string, unknown>;
  delete missing.firewall;
  assert.ok(snapshotSchemaErrors(missing).length > 0, 'firewall is required (null when unknown)');
});

accepts('slmgrIni: a LANGID folder name, a path and L_Xxx texts, or null', () => {
  const copy: SlmgrIniCopy = {
    langId: '0411',
    path: 'C:\\Windows\\System32\\slmgr\\0411\\slmgr.ini',
    entries: { L_MsgProductName: '名前: ', l_MsgKmsFromDns: 'DNS の KMS コンピューター名: ' },
  };
  assert.equal(snapshotSchemaErrors({ ...minimalSnapshot(), slmgrIni: copy }), []);
  assert.equal(snapshotSchemaErrors({ ...minimalSnapshot(), slmgrIni: null }), []);
  const bad: Array<[string, unknown]> = [
    ['langId in lower case', { ...copy, langId: '040c' }],
    ['langId not 4 digits', { ...copy, langId: '411' }],
    ['empty path', { ...copy, path: '' }],
    ['no entries', { ...copy, entries: {} }],
    ['a key that is not L_Xxx', { ...copy, entries: { '[Strings]': '' } }],
    ['a value that is not text', { ...copy, entries: { L_MsgProductName: 1 } }],
    ['more than 2000 entries', { ...copy, entries: Object.fromEntries(Array.from({ length: 2001 }, (_, i) => [`L_Msg${i}`, 'x'])) }],
    ['an extra key', { ...copy, lcid: 1041 }],
  ];
  for (const [label, value] of bad) assert.ok(snapshotDefinitionErrors('slmgrIni', value).length > 0, label);
  const missing = minimalSnapshot() as unknown as Record<string, unknown>;
  delete missing.slmgrIni;
  assert.ok(snapshotSchemaErrors(missing).length > 0, 'slmgrIni is required (null when there is none)');
});

shape.run();
accepts.run();
