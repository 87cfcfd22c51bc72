/**
 * The products a probe can ask activation for (shared/kms-protocol.md §6; thresholds from
 * shared/kms-facts.md §8): application id (which counter), KMS counted id (what the host allows
 * or denies), SKU id (only logged by the host), the protocol version the product's own client
 * speaks and its N-policy (25 for Windows client editions, 5 for servers and Office).
 *
 * `skuId` is null where no SKU id is known for the edition; the probe then sends the
 * all-zero GUID (the host does not check the SKU, §6.3) unless `--sku` names one.
 * `unverified` marks the † ids that come from third-party sources only (§6.2).
 */
import { type Message, msg } from '../catalog/message.js';
import { isUuid } from '../rpc/uuid.js';
import type { KmsVersion } from './kms-crypto.js';

export type KmsApplication = 'windows' | 'office-2010' | 'office-2013+';

/** §6.1: application ids select the host's counter. */
export const APPLICATION_IDS: Readonly<Record<KmsApplication, string>> = Object.freeze({
  windows: '55c92734-d682-4d71-983e-d6ec3f16059f',
  'office-2010': '59a52881-a989-479d-af46-f275c6370663',
  'office-2013+': '0ff1ce15-a989-479d-af46-f275c6370663',
});

export const APPLICATION_NAMES: Readonly<Record<KmsApplication, string>> = Object.freeze({
  windows: 'Windows',
  'office-2010': 'Office 2010',
  'office-2013+': 'Office 2013+',
});

export type ProductFamily = 'windows-client' | 'windows-server' | 'office';

/** One product group of §6.2: a KMS counted id with its client's protocol version and N-policy. */
export interface KmsGroup {
  name: string;
  kmsCountedId: string;
  application: KmsApplication;
  protocol: KmsVersion;
  minimumCount: number;
  /** Release generation (year) used to judge host-key coverage: a key activates its own generation and older ones. */
  generation: number;
  unverified: boolean;
}

export interface KmsProduct {
  /** Canonical friendly name. */
  name: string;
  /** Other names accepted by `--product`. */
  aliases: readonly string[];
  family: ProductFamily;
  skuId: string | null;
  group: KmsGroup;
}

const group = (name: string, kmsCountedId: string, application: KmsApplication, protocol: KmsVersion, minimumCount: number, generation: number, unverified = false): KmsGroup =>
  Object.freeze({ name, kmsCountedId, application, protocol, minimumCount, generation, unverified });

/** §6.2, one entry per KMS counted id the product list uses. */
export const KMS_GROUPS = Object.freeze({
  ws2025: group('Windows Server 2025', '907f1f65-adcd-4a2e-95bc-4bf500bc6e58', 'windows', 6, 5, 2025, true),
  ws2022: group('Windows Server 2022', 'b74263e4-0f92-46c6-bcf8-c11d5efe2959', 'windows', 6, 5, 2022, true),
  ws2019: group('Windows Server 2019', '8449b1fb-f0ea-497a-99ab-66ca96e9a0f5', 'windows', 6, 5, 2019),
  ws2016: group('Windows Server 2016', '6e9fc069-257d-4bc4-b4a7-750514d32743', 'windows', 6, 5, 2016),
  ws2012r2: group('Windows Server 2012 R2', '8456efd3-0c04-4089-8740-5b7238535a65', 'windows', 6, 5, 2013),
  ws2012: group('Windows Server 2012', '8665cb71-468c-4aa3-a337-cb9bc9d5eaac', 'windows', 5, 5, 2012),
  ws2008r2a: group('Windows Server 2008 R2 A (Web/HPC)', '0fc6ccaf-ff0e-4fae-9d08-4370785bf7ed', 'windows', 4, 5, 2009),
  ws2008r2b: group('Windows Server 2008 R2 B (Standard/Enterprise)', 'ca87f5b6-cd46-40c0-b06d-8ecd57a4373f', 'windows', 4, 5, 2009),
  ws2008r2c: group('Windows Server 2008 R2 C (Datacenter/Itanium)', 'b2ca2689-a9a8-42d7-938d-cf8e9f201958', 'windows', 4, 5, 2009),
  ws2008a: group('Windows Server 2008 A', '33e156e4-b76f-4a52-9f91-f641dd95ac48', 'windows', 4, 5, 2008),
  ws2008b: group('Windows Server 2008 B', '8fe53387-3087-4447-8985-f75132215ac9', 'windows', 4, 5, 2008),
  ws2008c: group('Windows Server 2008 C', '8a21fdf3-cbc5-44eb-83f3-fe284e6680a7', 'windows', 4, 5, 2008),
  win10: group('Windows 10/11 volume', '58e2134f-8e11-4d17-9cb2-91069c151148', 'windows', 6, 25, 2015),
  win10ltsb2016: group('Windows 10 LTSB 2016', '969fe3c0-a3ec-491a-9f25-423605deb365', 'windows', 6, 25, 2016),
  win10ltsc2019: group('Windows 10 LTSC 2019', '11b15659-e603-4cf1-9c1f-f0ec01b81888', 'windows', 6, 25, 2019),
  win10ltsc2021: group('Windows 10/11 LTSC 2021', '3b576817-7b75-4362-9e13-223f2d9e9c97', 'windows', 6, 25, 2021, true),
  win11ltsc2024: group('Windows 10/11 LTSC 2024', 'e85ee727-69c4-4528-99d2-216b0f065e38', 'windows', 6, 25, 2024, true),
  win10g: group('Windows 10/11 China Government (Enterprise G)', '7ba0bf23-d0f5-4072-91d9-d55af5a481b6', 'windows', 6, 25, 2015),
  win10multisession: group('Windows 10 Enterprise multi-session / ServerRdsh', 'cbdcb1ba-e093-4c81-a463-10775291fdf9', 'windows', 6, 5, 2019),
  win81: group('Windows 8.1 volume', 'cb8fc780-2c05-495a-9710-85afffc904d7', 'windows', 6, 25, 2013),
  win8: group('Windows 8 volume', '3c40b358-5948-45af-923b-53d21fcc7e79', 'windows', 5, 25, 2012),
  win7: group('Windows 7', '7fde5219-fbfa-484a-82c9-34d1ad53e856', 'windows', 4, 25, 2009),
  vista: group('Windows Vista', '212a64dc-43b1-4d3d-a30c-2fc69d2095c6', 'windows', 4, 25, 2006),
  office2024: group('Office LTSC 2024', 'a8973cb5-bf03-0a4c-9cef-703099645ab3', 'office-2013+', 6, 5, 2024, true),
  office2021: group('Office LTSC 2021', '86d50b16-4808-41af-b83b-b338274318b2', 'office-2013+', 6, 5, 2021),
  office2019: group('Office 2019', '617d9eb1-ef36-4f82-86e0-a65ae07b96c6', 'office-2013+', 6, 5, 2019),
  office2016: group('Office 2016', '85b5f61b-320b-4be3-814a-b76b2bfafc82', 'office-2013+', 6, 5, 2016),
  office2013: group('Office 2013', 'e6a6f1bf-9d40-40c3-aa9f-c77ba21578c0', 'office-2013+', 5, 5, 2013),
  office2010: group('Office 2010', 'e85af946-2e25-47b7-83e1-bebcebeac611', 'office-2010', 4, 5, 2010),
} satisfies Record<string, KmsGroup>);

const product = (name: string, family: ProductFamily, skuId: string | null, kmsGroup: KmsGroup, aliases: string[] = []): KmsProduct =>
  Object.freeze({ name, aliases: Object.freeze(aliases), family, skuId, group: kmsGroup });

const G = KMS_GROUPS;

/** Every selectable product, newest first within each family. */
export const PRODUCTS: readonly KmsProduct[] = Object.freeze([
  product('Windows 11 Enterprise', 'windows-client', '73111121-5638-40f6-bc11-f1d7b0d64300', G.win10, ['Windows 10 Enterprise']),
  product('Windows 11 Pro', 'windows-client', '2de67392-b7a7-462a-b1ca-108dd189f588', G.win10, ['Windows 10 Pro']),
  product('Windows 11 Education', 'windows-client', null, G.win10, ['Windows 10 Education', 'Windows 11 Pro for Workstations', 'Windows 10 Pro for Workstations']),
  product('Windows 11 Enterprise LTSC 2024', 'windows-client', null, G.win11ltsc2024, ['Windows 10 Enterprise LTSC 2024']),
  product('Windows 10 Enterprise LTSC 2021', 'windows-client', null, G.win10ltsc2021, ['Windows 11 Enterprise LTSC 2021']),
  product('Windows 10 Enterprise LTSC 2019', 'windows-client', '32d2fab3-e4a8-42c2-923b-4bf4fd13e6ee', G.win10ltsc2019),
  product('Windows 10 Enterprise LTSB 2016', 'windows-client', null, G.win10ltsb2016),
  product('Windows 11 Enterprise G', 'windows-client', null, G.win10g, ['Windows 10 Enterprise G']),
  product('Windows 10 Enterprise multi-session', 'windows-client', null, G.win10multisession, ['Windows 11 Enterprise multi-session']),
  product('Windows 8.1 Pro', 'windows-client', null, G.win81, ['Windows 8.1 Enterprise']),
  product('Windows 8 Pro', 'windows-client', 'a98bcd6d-5343-4603-8afe-5908e4611112', G.win8, ['Windows 8 Professional']),
  product('Windows 7 Professional', 'windows-client', 'b92e9980-b9d5-4821-9c94-140f632f6312', G.win7, ['Windows 7 Pro']),
  product('Windows Vista Business', 'windows-client', null, G.vista, ['Windows Vista']),
  product('Windows Server 2025 Standard', 'windows-server', null, G.ws2025),
  product('Windows Server 2025 Datacenter', 'windows-server', null, G.ws2025),
  product('Windows Server 2022 Standard', 'windows-server', '9bd77860-9b31-4b7b-96ad-2564017315bf', G.ws2022),
  product('Windows Server 2022 Datacenter', 'windows-server', null, G.ws2022),
  product('Windows Server 2019 Standard', 'windows-server', 'de32eafd-aaee-4662-9444-c1befb41bde2', G.ws2019),
  product('Windows Server 2019 Datacenter', 'windows-server', '34e1ae55-27f8-4950-8877-7a03be5fb181', G.ws2019),
  product('Windows Server 2016 Standard', 'windows-server', '8c1c5410-9f39-4805-8c9d-63a07706358f', G.ws2016),
  product('Windows Server 2016 Datacenter', 'windows-server', null, G.ws2016),
  product('Windows Server 2012 R2 Standard', 'windows-server', null, G.ws2012r2, ['Windows Server 2012 R2 Datacenter', 'Windows Server 2012 R2']),
  product('Windows Server 2012 Standard', 'windows-server', null, G.ws2012, ['Windows Server 2012 Datacenter', 'Windows Server 2012']),
  product('Windows Server 2008 R2 Standard', 'windows-server', null, G.ws2008r2b, ['Windows Server 2008 R2 Enterprise', 'Windows Server 2008 R2']),
  product('Windows Server 2008 R2 Datacenter', 'windows-server', null, G.ws2008r2c),
  product('Windows Server 2008 R2 Web', 'windows-server', null, G.ws2008r2a, ['Windows Server 2008 R2 HPC']),
  product('Windows Server 2008 Standard', 'windows-server', null, G.ws2008b, ['Windows Server 2008 Enterprise', 'Windows Server 2008']),
  product('Windows Server 2008 Datacenter', 'windows-server', null, G.ws2008c),
  product('Windows Server 2008 Web', 'windows-server', null, G.ws2008a, ['Windows Server 2008 HPC']),
  product('Office LTSC 2024', 'office', null, G.office2024, ['Office LTSC Professional Plus 2024']),
  product('Office LTSC 2021', 'office', 'fbdb3e18-a8ef-4fb3-9183-dffd60bd0984', G.office2021, ['Office LTSC Professional Plus 2021']),
  product('Office 2019', 'office', '85dd8b5f-eaa4-4af3-a628-cce9e77c9a03', G.office2019, ['Office Professional Plus 2019']),
  product('Office 2016', 'office', 'd450596f-894d-49e0-966a-fd39ed4c4c64', G.office2016, ['Office Professional Plus 2016']),
  product('Office 2013', 'office', 'b322da9c-a2e2-4058-9e4e-f59a6970bd69', G.office2013, ['Office Professional Plus 2013']),
  product('Office 2010', 'office', '6f327760-8c5c-417c-9b61-836a98287e0c', G.office2010, ['Office Professional Plus 2010']),
]);

/** Lower case, one space between words, "microsoft " dropped: how names are compared. */
function normalizeName(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^microsoft /, '');
}

/** Result of {@link findProduct}. */
export type FindProductResult = { ok: true; product: KmsProduct } | { ok: false; reason: Message; suggestions: string[] };

/**
 * Finds a product by friendly name or alias (case-insensitive), by SKU id, or by KMS counted id
 * (the first product of that group).
 */
export function findProduct(query: string): FindProductResult {
  const text = query.trim();
  if (isUuid(text)) {
    const id = text.toLowerCase();
    const bySku = PRODUCTS.find((p) => p.skuId === id);
    if (bySku) return { ok: true, product: bySku };
    const byGroup = PRODUCTS.find((p) => p.group.kmsCountedId === id);
    if (byGroup) return { ok: true, product: byGroup };
    return { ok: false, reason: msg('usage-error.product.no-such-id', { id }), suggestions: [] };
  }
  const wanted = normalizeName(text);
  const exact = PRODUCTS.find((p) => normalizeName(p.name) === wanted || p.aliases.some((alias) => normalizeName(alias) === wanted));
  if (exact) return { ok: true, product: exact };
  const words = wanted.split(' ').filter((w) => w.length > 0);
  const suggestions = PRODUCTS.filter((p) => [p.name, ...p.aliases].some((name) => words.every((w) => normalizeName(name).includes(w)))).map((p) => p.name);
  return { ok: false, reason: msg('usage-error.product.unknown', { product: text }), suggestions: suggestions.slice(0, 8) };
}

/** The KMS group with this counted id, if the table knows it. */
export function groupByKmsId(kmsCountedId: string): KmsGroup | undefined {
  const id = kmsCountedId.toLowerCase();
  return Object.values(KMS_GROUPS).find((g) => g.kmsCountedId === id);
}
