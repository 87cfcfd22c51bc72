/**
 * Microsoft's KMS activation-planning matrix, as data: which Windows editions each CSVLK group
 * activates, which host OSes it can be installed on, and which updates an older host needs before
 * it activates newer clients. This is the one place the matrix lives; src/host/key-coverage.ts
 * judges host keys by it and src/host/required-updates.ts compares a host's service version with
 * the updates table.
 *
 * Source: "Key Management Services (KMS) activation planning", learn.microsoft.com
 * /windows-server/get-started/kms-activation-planning (MicrosoftDocs/windowsserverdocs
 * WindowsServerDocs/get-started/kms-activation-planning.md, ms.date 11/12/2024): the tables
 * "Activation versions" (one tab per CSVLK group) and "KMS host required updates"
 * (kms-facts.md §9.1). Edition names are the page's, written the way src/kms/products.ts names
 * products ("Professional" → "Pro", "for Education" → "Education"); "(all editions)" of a server
 * release is `allEditions`. The page gives the Windows 10 LTSC line without years ("Windows 10
 * Enterprise LTSC/LTSC N/LTSB"), so that entry matches any LTSC or LTSB year.
 */

export const PLANNING_MATRIX_SOURCE = Object.freeze({
  title: 'Key Management Services (KMS) activation planning',
  url: 'https://learn.microsoft.com/windows-server/get-started/kms-activation-planning',
  date: '2024-11-12',
});

export interface MatrixEdition {
  /** The edition as the page lists it, in src/kms/products.ts wording. */
  name: string;
  /** "(all editions)": Standard, Datacenter, … all match. */
  allEditions?: boolean;
  /** Generic line without a year: any `<name> <year>` matches (the page's "Windows 10 Enterprise LTSC/LTSB"). */
  anyYear?: boolean;
}

export interface MatrixRow {
  /** The CSVLK as src/kms/epid.ts CSVLKS names it. */
  csvlk: string;
  /** The page's group title. */
  group: string;
  /** "CSVLK can be hosted on". */
  hostedOn: readonly string[];
  /** "Windows editions activated by this KMS host". */
  activates: readonly MatrixEdition[];
}

const servers = (...releases: string[]): MatrixEdition[] => releases.map((name) => ({ name, allEditions: true }));
const editions = (...names: string[]): MatrixEdition[] => names.map((name) => ({ name }));
const SERVERS_2008_TO_2019 = servers(
  'Windows Server 2019',
  'Windows Server 2016',
  'Windows Server 2012 R2',
  'Windows Server 2012',
  'Windows Server 2008 R2',
  'Windows Server 2008',
);
const WIN10_GENERAL = editions('Windows 10 Enterprise', 'Windows 10 Pro', 'Windows 10 Pro for Workstations', 'Windows 10 Education');
const WIN10_LTSC_ANY: MatrixEdition[] = [
  { name: 'Windows 10 Enterprise LTSC', anyYear: true },
  { name: 'Windows 10 Enterprise LTSB', anyYear: true },
];
const WIN11_GENERAL = editions('Windows 11 Enterprise', 'Windows 11 Pro', 'Windows 11 Pro for Workstations', 'Windows 11 Education');
const OLDER_CLIENTS = editions('Windows 8.1 Enterprise', 'Windows 8.1 Pro', 'Windows 7 Enterprise', 'Windows 7 Professional');

export const PLANNING_MATRIX: readonly MatrixRow[] = Object.freeze([
  {
    csvlk: 'Windows Server 2025',
    group: 'Volume License for Windows Server 2025',
    hostedOn: ['Windows Server 2025', 'Windows Server 2022', 'Windows Server 2019'],
    activates: [
      ...servers('Windows Server 2025', 'Windows Server 2022'),
      ...SERVERS_2008_TO_2019,
      ...editions('Windows 11 Enterprise LTSC 2024'),
      ...WIN11_GENERAL,
      ...WIN10_LTSC_ANY,
      ...WIN10_GENERAL,
      ...OLDER_CLIENTS,
    ],
  },
  {
    csvlk: 'Windows Server 2022',
    group: 'Volume License for Windows Server 2022',
    hostedOn: ['Windows Server 2022', 'Windows Server 2019', 'Windows Server 2016'],
    activates: [...servers('Windows Server 2022'), ...SERVERS_2008_TO_2019, ...WIN11_GENERAL, ...WIN10_LTSC_ANY, ...WIN10_GENERAL, ...OLDER_CLIENTS],
  },
  {
    csvlk: 'Windows Server 2019',
    group: 'Volume License for Windows Server 2019',
    hostedOn: ['Windows Server 2019', 'Windows Server 2016', 'Windows Server 2012 R2'],
    activates: [...SERVERS_2008_TO_2019, ...WIN10_LTSC_ANY, ...WIN10_GENERAL, ...OLDER_CLIENTS],
  },
  {
    csvlk: 'Windows Server 2016',
    group: 'Volume License for Windows Server 2016',
    hostedOn: ['Windows Server 2016', 'Windows Server 2012 R2', 'Windows Server 2012'],
    activates: [
      ...servers('Windows Server 2016', 'Windows Server 2012 R2', 'Windows Server 2012', 'Windows Server 2008 R2', 'Windows Server 2008'),
      ...editions('Windows 10 Enterprise LTSB 2015', 'Windows 10 Enterprise LTSB 2016'),
      ...WIN10_GENERAL,
      ...OLDER_CLIENTS,
    ],
  },
  {
    csvlk: 'Windows 10 2015 CSVLK',
    group: 'Volume license for Windows 10',
    hostedOn: ['Windows 10', 'Windows 8.1', 'Windows 7'],
    activates: [...editions('Windows 10 Enterprise LTSB 2015'), ...WIN10_GENERAL, ...OLDER_CLIENTS],
  },
]);

export interface RequiredUpdate {
  /** "KMS host OS version". */
  hostOs: string;
  /** The host OS's build (the third part of the service version, 10.0.<build>.<revision>). */
  hostBuild: number;
  /** "KMS client OS version(s) to activate" (releases: every edition of each). */
  toActivate: readonly string[];
  kb: string;
  /** The release date the page gives (ISO). */
  date: string | null;
  /** The OS build of that update (10.0.<build>.<revision>), where it is known; null: no build to compare with. */
  minimumBuild: string | null;
  /** Why there is no build, as a code a report words in its language; null when the build is known. */
  noBuild: 'otherOs' | 'monthlyRollup' | 'updateRollup' | 'singleUpdate' | null;
}

/**
 * Builds from each update's own title ("… (OS Build 17763.1999)"); monthly rollups of 2012 R2 and older carry no build in their title.
 * The comment above each row says where its build comes from, or why there is none (the source's own words, for whoever edits this table).
 */
export const REQUIRED_UPDATES: readonly RequiredUpdate[] = Object.freeze([
  // the page names KB5034765, which update catalogs list as the Windows 11 update of that day (OS Build 22621.3155), not a Windows Server 2022 one: no Windows Server 2022 build to compare the service version with
  { hostOs: 'Windows Server 2022', hostBuild: 20348, toActivate: ['Windows Server 2025'], kb: 'KB5034765', date: '2024-02-13', minimumBuild: null, noBuild: 'otherOs' },
  // February 13, 2024—KB5034768 (OS Build 17763.5458)
  { hostOs: 'Windows Server 2019', hostBuild: 17763, toActivate: ['Windows Server 2025'], kb: 'KB5034768', date: '2024-02-13', minimumBuild: '10.0.17763.5458', noBuild: null },
  // June 8, 2021—KB5003646 (OS Build 17763.1999)
  { hostOs: 'Windows Server 2019', hostBuild: 17763, toActivate: ['Windows Server 2022'], kb: 'KB5003646', date: '2021-06-08', minimumBuild: '10.0.17763.1999', noBuild: null },
  // June 8, 2021—KB5003638 (OS Build 14393.4467)
  {
    hostOs: 'Windows Server 2016',
    hostBuild: 14393,
    toActivate: ['Windows Server 2022', 'Windows Server 2019'],
    kb: 'KB5003638',
    date: '2021-06-08',
    minimumBuild: '10.0.14393.4467',
    noBuild: null,
  },
  // December 3, 2018—KB4478877 (OS Build 14393.2641)
  { hostOs: 'Windows Server 2016', hostBuild: 14393, toActivate: ['Windows Server 2019'], kb: 'KB4478877', date: '2018-12-03', minimumBuild: '10.0.14393.2641', noBuild: null },
  // a monthly rollup: its title gives no build
  {
    hostOs: 'Windows Server 2012 R2',
    hostBuild: 9600,
    toActivate: ['Windows Server 2019', 'Windows Server 2016', 'Windows 10'],
    kb: 'KB4467695',
    date: '2018-11-27',
    minimumBuild: null,
    noBuild: 'monthlyRollup',
  },
  // an update rollup: its title gives no build
  {
    hostOs: 'Windows Server 2012 R2',
    hostBuild: 9600,
    toActivate: ['Windows Server 2016', 'Windows 10'],
    kb: 'KB3172614',
    date: '2016-07',
    minimumBuild: null,
    noBuild: 'updateRollup',
  },
  // an update rollup: its title gives no build
  {
    hostOs: 'Windows Server 2012',
    hostBuild: 9200,
    toActivate: ['Windows Server 2016', 'Windows Server 2012 R2', 'Windows 10'],
    kb: 'KB3172615',
    date: '2016-07',
    minimumBuild: null,
    noBuild: 'updateRollup',
  },
  // a single update: its title gives no build
  {
    hostOs: 'Windows Server 2008 R2',
    hostBuild: 7601,
    toActivate: ['Windows Server 2012 R2', 'Windows Server 2012', 'Windows 10'],
    kb: 'KB3079821',
    date: null,
    minimumBuild: null,
    noBuild: 'singleUpdate',
  },
  // an update rollup: its title gives no build
  { hostOs: 'Windows 8.1', hostBuild: 9600, toActivate: ['Windows 10'], kb: 'KB3172614', date: '2016-07', minimumBuild: null, noBuild: 'updateRollup' },
  // a single update: its title gives no build
  { hostOs: 'Windows 7', hostBuild: 7601, toActivate: ['Windows 10'], kb: 'KB3079821', date: null, minimumBuild: null, noBuild: 'singleUpdate' },
]);

function words(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Whether a matrix edition names this product name (exact, any edition of a server release, any year of the LTSC line). */
export function editionMatches(edition: MatrixEdition, productName: string): boolean {
  const name = words(productName);
  const listed = words(edition.name);
  if (name === listed) return true;
  if (!name.startsWith(`${listed} `)) return false;
  const rest = name.slice(listed.length + 1);
  if (edition.allEditions) return !/^r2\b/.test(rest); // "Windows Server 2012" is not "Windows Server 2012 R2"
  if (edition.anyYear) return /^\d{4}$/.test(rest);
  return false;
}

export function matrixRow(csvlk: string): MatrixRow | null {
  return PLANNING_MATRIX.find((row) => row.csvlk === csvlk) ?? null;
}

/** Whether a product (any of its names) is in a row; null when the CSVLK has no row (the page covers 2016 and later keys only). */
export function matrixLists(csvlk: string, productName: string): boolean | null {
  const row = matrixRow(csvlk);
  if (!row) return null;
  return row.activates.some((edition) => editionMatches(edition, productName));
}
