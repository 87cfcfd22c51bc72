/**
 * The host's extended PID (ePID), decoded (shared/kms-protocol.md §5, §5.1):
 * `PPPPP-GGGGG-KKK-KKKKKK-CC-LLLL-BBBBB.0000-DDDYYYY` — platform id, CSVLK group, key id, channel,
 * LCID, host build, and the day of year + year the host key was installed.
 *
 * Plausibility checks are soft: they describe what a genuine host would show, and a mismatch is
 * reported as information ("ePID implausible: likely emulator or hand-edited"), never as proof.
 */
import { type Message, msg } from '../catalog/message.js';
import { reasonText } from '../catalog/probe-reason.js';
import type { KmsApplication, KmsGroup, ProductFamily } from './products.js';

/** A CSVLK (KMS host key) row of §5.1. */
export interface Csvlk {
  name: string;
  groups: readonly number[];
  /** Key-id ranges (inclusive); empty when the group alone identifies the key. */
  ranges: ReadonlyArray<readonly [number, number]>;
  application: KmsApplication;
  /** Newest server generation (year) it activates, or null for a client-only key. */
  serverGeneration: number | null;
  /** Newest client (or Office) generation it activates; null when unknown. */
  clientGeneration: number | null;
  /** What it activates, in words (shared/kms-facts.md §9.1 where listed), worded by the catalog. */
  activates: Message;
  /** † rows: third-party sources only, which partly disagree. */
  unverified: boolean;
}

const csvlk = (row: Csvlk): Csvlk => Object.freeze(row);
const M = 1_000_000;

/** §5.1. Group 206 is shared, so its rows are told apart by key-id range. */
// biome-ignore format: a table, one host key a line; wrapped, each row would take ten lines
export const CSVLKS: readonly Csvlk[] = Object.freeze([
  csvlk({ name: 'Windows Server 2025', groups: [4919], ranges: [], application: 'windows', serverGeneration: 2025, clientGeneration: 2024, activates: msg('csvlk.activates.windows-server-2025'), unverified: true }),
  csvlk({ name: 'Windows Server 2025 (group 4918: Azure-only key per kmsrsos, Server 2025 per py-kms)', groups: [4918], ranges: [], application: 'windows', serverGeneration: 2025, clientGeneration: 2024, activates: msg('csvlk.activates.windows-server-2025-group-4918'), unverified: true }),
  csvlk({ name: 'Windows Server 2022', groups: [4573], ranges: [], application: 'windows', serverGeneration: 2022, clientGeneration: 2021, activates: msg('csvlk.activates.windows-server-2022'), unverified: true }),
  csvlk({ name: 'Windows Server 2019', groups: [206], ranges: [[551 * M, 571 * M - 1]], application: 'windows', serverGeneration: 2019, clientGeneration: 2019, activates: msg('csvlk.activates.windows-server-2019'), unverified: false }),
  csvlk({ name: 'Windows Server 2019 (Microsoft internal lab key)', groups: [206], ranges: [[2_835_000, 2_854_999]], application: 'windows', serverGeneration: 2019, clientGeneration: 2019, activates: msg('csvlk.activates.windows-server-2019-lab'), unverified: false }),
  csvlk({ name: 'Windows Server 2016', groups: [206], ranges: [[491 * M, 531 * M - 1]], application: 'windows', serverGeneration: 2016, clientGeneration: 2016, activates: msg('csvlk.activates.windows-server-2016'), unverified: false }),
  csvlk({ name: 'Windows 10 2019 (LTSC) CSVLK', groups: [206], ranges: [[256 * M, 266 * M - 1]], application: 'windows', serverGeneration: null, clientGeneration: 2019, activates: msg('csvlk.activates.windows-10-2019'), unverified: false }),
  csvlk({ name: 'Windows 10 2016 CSVLK', groups: [206], ranges: [[531 * M, 546 * M - 1]], application: 'windows', serverGeneration: null, clientGeneration: 2016, activates: msg('csvlk.activates.windows-10-2016-csvlk'), unverified: false }),
  csvlk({ name: 'Windows 10 2015 CSVLK', groups: [206], ranges: [[390 * M, 405 * M - 1]], application: 'windows', serverGeneration: null, clientGeneration: 2015, activates: msg('csvlk.activates.windows-10-2015-csvlk'), unverified: false }),
  csvlk({ name: 'Windows Server 2012 R2 (with Windows 10 support)', groups: [206], ranges: [[405 * M, 425 * M - 1]], application: 'windows', serverGeneration: 2013, clientGeneration: 2015, activates: msg('csvlk.activates.windows-server-2012-r2-win10'), unverified: false }),
  csvlk({ name: 'Windows Server 2012 R2', groups: [206], ranges: [[271 * M, 311 * M - 1]], application: 'windows', serverGeneration: 2013, clientGeneration: 2013, activates: msg('csvlk.activates.windows-server-2012-r2'), unverified: false }),
  csvlk({ name: 'Windows 8.1', groups: [206], ranges: [[339 * M, 354 * M - 1]], application: 'windows', serverGeneration: null, clientGeneration: 2013, activates: msg('csvlk.activates.windows-8-1'), unverified: false }),
  csvlk({ name: 'Windows Server 2012', groups: [206], ranges: [[152 * M, 192 * M - 1]], application: 'windows', serverGeneration: 2012, clientGeneration: 2012, activates: msg('csvlk.activates.windows-server-2012'), unverified: false }),
  csvlk({ name: 'Windows 8', groups: [206], ranges: [[199 * M, 214 * M - 1]], application: 'windows', serverGeneration: null, clientGeneration: 2012, activates: msg('csvlk.activates.windows-8'), unverified: false }),
  csvlk({ name: 'Windows Server 2008 R2', groups: [168], ranges: [[249 * M, 259_119_999], [312_880_000, 333 * M - 1], [305 * M, 312_119_999]], application: 'windows', serverGeneration: 2009, clientGeneration: 2009, activates: msg('csvlk.activates.windows-server-2008-r2'), unverified: false }),
  csvlk({ name: 'Windows 7', groups: [172], ranges: [[37 * M, 49_749_999]], application: 'windows', serverGeneration: null, clientGeneration: 2009, activates: msg('csvlk.activates.windows-7'), unverified: false }),
  csvlk({ name: 'Windows Server 2008', groups: [152], ranges: [[368 * M, 381 * M - 1], [339 * M, 359 * M - 1], [381 * M, 393 * M - 1]], application: 'windows', serverGeneration: 2008, clientGeneration: 2006, activates: msg('csvlk.activates.windows-server-2008'), unverified: false }),
  csvlk({ name: 'Windows Vista', groups: [142, 154], ranges: [[26 * M, 36 * M - 1], [394 * M, 417 * M - 1]], application: 'windows', serverGeneration: null, clientGeneration: 2006, activates: msg('csvlk.activates.windows-vista'), unverified: false }),
  csvlk({ name: 'Windows 10/11 China Government', groups: [3858], ranges: [[15 * M, 1000 * M - 1]], application: 'windows', serverGeneration: null, clientGeneration: null, activates: msg('csvlk.activates.windows-10-11-china-government'), unverified: false }),
  csvlk({ name: 'Office LTSC 2024', groups: [206], ranges: [[591 * M, 611 * M - 1]], application: 'office-2013+', serverGeneration: null, clientGeneration: 2024, activates: msg('csvlk.activates.office-ltsc-2024'), unverified: true }),
  csvlk({ name: 'Office LTSC 2021', groups: [206], ranges: [[571 * M, 591 * M - 1]], application: 'office-2013+', serverGeneration: null, clientGeneration: 2021, activates: msg('csvlk.activates.office-ltsc-2021'), unverified: false }),
  csvlk({ name: 'Office 2019', groups: [206], ranges: [[666 * M, 686 * M - 1]], application: 'office-2013+', serverGeneration: null, clientGeneration: 2019, activates: msg('csvlk.activates.office-2019'), unverified: false }),
  csvlk({ name: 'Office 2016', groups: [206], ranges: [[437 * M, 459 * M - 1]], application: 'office-2013+', serverGeneration: null, clientGeneration: 2016, activates: msg('csvlk.activates.office-2016'), unverified: false }),
  csvlk({ name: 'Office 2013', groups: [206], ranges: [[234 * M, 256 * M - 1]], application: 'office-2013+', serverGeneration: null, clientGeneration: 2013, activates: msg('csvlk.activates.office-2013'), unverified: false }),
  csvlk({ name: 'Office 2010', groups: [96], ranges: [[199 * M, 218 * M - 1]], application: 'office-2010', serverGeneration: null, clientGeneration: 2010, activates: msg('csvlk.activates.office-2010'), unverified: false }),
]);

/** Which CSVLK a group and key id name; `inRange` false means the group matched but not a known range. */
export function identifyCsvlk(groupId: number, keyId: number): { csvlk: Csvlk; inRange: boolean } | null {
  const inRange = CSVLKS.find((row) => row.groups.includes(groupId) && row.ranges.some(([lo, hi]) => keyId >= lo && keyId <= hi));
  if (inRange) return { csvlk: inRange, inRange: true };
  const groupOnly = CSVLKS.filter((row) => row.groups.includes(groupId));
  // Group 206 is shared: without a matching range the key is unknown (e.g. an internal lab key).
  if (groupOnly.length === 1 && groupOnly[0] !== undefined) return { csvlk: groupOnly[0], inRange: groupOnly[0].ranges.length === 0 };
  return null;
}

/** Whether a host key should activate a product group (§5.1: own generation and older; §9.1). null: cannot tell. */
export function csvlkCovers(key: Csvlk, product: { group: KmsGroup; family: ProductFamily }): boolean | null {
  if (key.application !== product.group.application) return false;
  if (product.family === 'windows-server') return key.serverGeneration === null ? false : product.group.generation <= key.serverGeneration;
  if (key.clientGeneration === null) return null;
  return product.group.generation <= key.clientGeneration;
}

/** §5: the platform id names the host OS family and must match the build. */
const PLATFORMS: ReadonlyArray<{ id: string; family: string; builds: (build: number) => boolean }> = [
  { id: '55041', family: 'Windows Vista / Server 2008 / 7 / Server 2008 R2', builds: (b) => b >= 6000 && b <= 7601 },
  { id: '05426', family: 'Windows 8 / Server 2012', builds: (b) => b === 9200 },
  { id: '06401', family: 'Windows 8.1 / Server 2012 R2', builds: (b) => b === 9600 },
  { id: '03612', family: 'Windows 10/11 / Server 2016 and later', builds: (b) => b >= 10240 },
];

/**
 * Host builds with their public release (RTM/GA) dates. Not from the protocol reference: general public
 * knowledge, used only for the soft "key installed before this build existed" check.
 */
const BUILDS: Readonly<Record<number, { name: string; released: string }>> = {
  6002: { name: 'Windows Vista SP2 / Server 2008 SP2', released: '2009-04-28' },
  7601: { name: 'Windows 7 SP1 / Server 2008 R2 SP1', released: '2011-02-22' },
  9200: { name: 'Windows 8 / Server 2012', released: '2012-08-01' },
  9600: { name: 'Windows 8.1 / Server 2012 R2', released: '2013-08-27' },
  10240: { name: 'Windows 10 1507', released: '2015-07-15' },
  10586: { name: 'Windows 10 1511', released: '2015-11-12' },
  14393: { name: 'Windows Server 2016 / Windows 10 1607', released: '2016-08-02' },
  15063: { name: 'Windows 10 1703', released: '2017-04-05' },
  16299: { name: 'Windows 10 1709', released: '2017-10-17' },
  17134: { name: 'Windows 10 1803', released: '2018-04-30' },
  17763: { name: 'Windows Server 2019 / Windows 10 1809', released: '2018-10-02' },
  18362: { name: 'Windows 10 1903', released: '2019-05-21' },
  18363: { name: 'Windows 10 1909', released: '2019-11-12' },
  19041: { name: 'Windows 10 2004', released: '2020-05-27' },
  19042: { name: 'Windows 10 20H2', released: '2020-10-20' },
  19043: { name: 'Windows 10 21H1', released: '2021-05-18' },
  19044: { name: 'Windows 10 21H2', released: '2021-11-16' },
  19045: { name: 'Windows 10 22H2', released: '2022-10-18' },
  20348: { name: 'Windows Server 2022', released: '2021-08-18' },
  22000: { name: 'Windows 11 21H2', released: '2021-10-04' },
  22621: { name: 'Windows 11 22H2', released: '2022-09-20' },
  22631: { name: 'Windows 11 23H2', released: '2023-10-31' },
  26100: { name: 'Windows Server 2025 / Windows 11 24H2', released: '2024-10-01' },
};

/** A few common LCIDs by name; others are shown by number. */
const LCID_NAMES: Readonly<Record<number, string>> = {
  1025: 'ar-SA',
  1028: 'zh-TW',
  1029: 'cs-CZ',
  1030: 'da-DK',
  1031: 'de-DE',
  1032: 'el-GR',
  1033: 'en-US',
  1034: 'es-ES (traditional)',
  1035: 'fi-FI',
  1036: 'fr-FR',
  1037: 'he-IL',
  1038: 'hu-HU',
  1040: 'it-IT',
  1041: 'ja-JP',
  1042: 'ko-KR',
  1043: 'nl-NL',
  1044: 'nb-NO',
  1045: 'pl-PL',
  1046: 'pt-BR',
  1049: 'ru-RU',
  1053: 'sv-SE',
  1054: 'th-TH',
  1055: 'tr-TR',
  1058: 'uk-UA',
  2052: 'zh-CN',
  2057: 'en-GB',
  2070: 'pt-PT',
  3076: 'zh-HK',
  3082: 'es-ES',
};

/** A decoded ePID. Fields are null when the text does not have the expected shape. */
export interface DecodedEpid {
  raw: string;
  /** false when the text is not in the §5 format; the other fields are then null. */
  wellFormed: boolean;
  platformId: string | null;
  platform: string | null;
  groupId: number | null;
  keyId: number | null;
  channel: string | null;
  lcid: number | null;
  language: string | null;
  build: number | null;
  buildName: string | null;
  activationDayOfYear: number | null;
  activationYear: number | null;
  /** YYYY-MM-DD, or null when the day/year are impossible. */
  activationDate: string | null;
  /** The host key the group and key id name. */
  /** `activates` in the report's language; `activatesReason` the same as data. */
  csvlk: { name: string; activates: string; activatesReason: Message; inKnownRange: boolean; unverified: boolean } | null;
  /** Soft plausibility warnings, in words. */
  implausible: string[];
  /** `implausible` as data (catalog messages), one per entry. */
  implausibleReasons: Message[];
}

const EPID_PATTERN = /^(\d{5})-(\d{5})-(\d{3})-(\d{6})-(\d{2})-(\d{1,5})-(\d{1,5})\.0000-(\d{3})(\d{4})$/;

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Decodes an ePID; `now` bounds the activation date (not in the future). Never throws. */
export function decodeEpid(raw: string, now: Date = new Date()): DecodedEpid {
  const match = EPID_PATTERN.exec(raw);
  const empty = {
    raw,
    wellFormed: false,
    platformId: null,
    platform: null,
    groupId: null,
    keyId: null,
    channel: null,
    lcid: null,
    language: null,
    build: null,
    buildName: null,
    activationDayOfYear: null,
    activationYear: null,
    activationDate: null,
    csvlk: null,
  };
  if (!match) {
    const reason = msg('epid-check.form', { form: 'PPPPP-GGGGG-KKK-KKKKKK-CC-LLLL-BBBBB.0000-DDDYYYY' });
    return { ...empty, implausible: [reasonText(reason)], implausibleReasons: [reason] };
  }
  const [, platformId = '', groupText = '', keyHigh = '', keyLow = '', channel = '', lcidText = '', buildText = '', dayText = '', yearText = ''] = match;
  const implausible: Message[] = [];
  const groupId = Number(groupText);
  const keyId = Number(keyHigh) * 1_000_000 + Number(keyLow);
  const lcid = Number(lcidText);
  const build = Number(buildText);
  const day = Number(dayText);
  const year = Number(yearText);

  const platform = PLATFORMS.find((p) => p.id === platformId);
  if (!platform) implausible.push(msg('epid-check.platform', { platformId, known: PLATFORMS.map((p) => p.id) }));
  else if (!platform.builds(build)) implausible.push(msg('epid-check.platform-build', { platformId, family: platform.family, build }));

  const identified = identifyCsvlk(groupId, keyId);
  if (!identified) implausible.push(msg('epid-check.unknown-key', { groupId, keyId }));
  else if (!identified.inRange) implausible.push(msg('epid-check.key-range', { keyId, groupId, key: identified.csvlk.name }));

  if (channel !== '03') implausible.push(msg('epid-check.channel', { channel }));

  const language = LCID_NAMES[lcid] ?? null;
  const primary = lcid & 0x3ff;
  const sub = lcid >> 10;
  if (lcid === 0 || lcid > 0xffff || primary === 0 || primary > 0xff || sub === 0) implausible.push(msg('epid-check.lcid', { lcid }));

  let activationDate: string | null = null;
  if (day < 1 || day > (isLeap(year) ? 366 : 365)) {
    implausible.push(msg('epid-check.day', { day, year }));
  } else {
    const date = new Date(Date.UTC(year, 0, day));
    activationDate = date.toISOString().slice(0, 10);
    if (date.getTime() > now.getTime()) implausible.push(msg('epid-check.future', { date: activationDate }));
    if (year < 2006) implausible.push(msg('epid-check.before-kms', { year }));
    const known = BUILDS[build];
    if (known && activationDate < known.released) {
      implausible.push(msg('epid-check.before-build', { date: activationDate, build, buildName: known.name, released: known.released }));
    }
  }
  return {
    raw,
    wellFormed: true,
    platformId,
    platform: platform?.family ?? null,
    groupId,
    keyId,
    channel,
    lcid,
    language,
    build,
    buildName: BUILDS[build]?.name ?? null,
    activationDayOfYear: day,
    activationYear: year,
    activationDate,
    csvlk: identified
      ? {
          name: identified.csvlk.name,
          activates: reasonText(identified.csvlk.activates),
          activatesReason: identified.csvlk.activates,
          inKnownRange: identified.inRange,
          unverified: identified.csvlk.unverified,
        }
      : null,
    implausible: implausible.map(reasonText),
    implausibleReasons: implausible,
  };
}
