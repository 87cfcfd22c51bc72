/**
 * The `kmsdoctor fleet` report: what many client and host snapshots say together — clone groups
 * (duplicate CMIDs), activation state, where the clients go, DNS suffix groups, the threshold mix
 * per host and the clock spread. Schema: src/report/fleet.schema.json. Per-client rows go to CSV;
 * this report holds the aggregates, with every long list capped and its total given.
 */

import type { Message } from '../catalog/message.js';

/** Lists in the report stop here; their `…Total` says how many there were. */
export const LIST_CAP = 50;
/** The host refuses request times more than 4 hours off (kms-facts.md §10). */
export const SKEW_LIMIT_MINUTES = 240;
/** Grace or validity closer than this to its end is listed as expiring. */
export const EXPIRING_DAYS = 30;

export interface CloneGroup {
  cmid: string;
  machines: number;
  /** Machine names, sorted, at most LIST_CAP. */
  names: string[];
  /** Hosts its members go to. */
  hosts: string[];
  /** How many fewer the hosts count: a group of n counts once (n − 1). */
  countLost: number;
}

export interface StateCount {
  kind: 'windows' | 'office' | 'addon';
  state: string;
  products: number;
}

/** One product (by its licence name) in one state, e.g. Office LTSC 2021 in the initial grace period. */
export interface ProductStateCount extends StateCount {
  product: string;
}

export interface ExpiringClient {
  name: string;
  kind: string;
  product: string;
  state: string;
  daysLeft: number | null;
}

export interface RenewalFailing {
  name: string;
  kind: string;
  product: string;
  daysLeft: number | null;
  failingDays: number;
  host: string | null;
}

export interface Bucket {
  label: string;
  count: number;
}

export type ProbeVerdict = 'ready' | 'port-open' | 'not-kms' | 'port-closed' | 'port-filtered' | 'unreachable' | 'unresolved' | 'not-tested';

export interface HostUse {
  /** `host:port`. */
  host: string;
  clients: number;
  pinned: number;
  cached: number;
  /** Distinct CMIDs among those clients: what they can add to the host's count. */
  distinctCmids: number;
  /** Clients needing 25 (Windows client editions) and 5 (servers); Office products (5) counted apart. */
  needs25: number;
  needs5: number;
  office: number;
  /** A snapshot of this host is in the input. */
  known: boolean;
  /** The host's own count (its snapshot), null when not given. */
  reportedCount: number | null;
  /** Listed in a probed `_vlmcs._tcp` domain; null without --probe. */
  published: boolean | null;
  /** The probe's verdict on the host; null without --probe. */
  reachable: ProbeVerdict | null;
}

export type SrvState = 'records' | 'none' | 'unknown' | 'not-probed';

export interface DomainGroup {
  domain: string;
  /** Clients whose first queried domain this is. */
  clients: number;
  srv: SrvState;
  /** What DNS answered (status per server), or why it is unknown, as a catalog message. */
  detail: Message;
  /** The SRV queries asked for the domain (probe ids as probes/probe-id.ts builds them), with what each server said. */
  answers: Array<{ probeId: string; server: string; status: string }>;
  /** Hosts its records name. */
  targets: string[];
}

export interface SplitView {
  split: boolean;
  /** The picture in one clause (src/host/split-count.ts), as a catalog message. */
  summary: Message;
  hosts: Array<{ host: string; count: number | null; source: 'reported' | 'log' | 'fleet' | 'unknown'; reachesClientThreshold: boolean | null }>;
}

/** The split as the report carries it: the summary rendered in the run's language, and its language-neutral message. */
export interface ReportSplitView extends Omit<SplitView, 'summary'> {
  summary: string;
  summaryMessage: Message;
}

export interface ClockView {
  limitMinutes: number;
  /** How the reference clock was chosen, as a catalog message. */
  reference: Message;
  compared: number;
  notCompared: number;
  buckets: Bucket[];
  /** Each client off by more than the limit, and the host whose clock it was compared with (null: the median of the hosts' clocks). */
  skewed: Array<{ name: string; skewMinutes: number; againstHost: string | null }>;
  skewedTotal: number;
  /** Requests the hosts' 12290 logs refused for their time (0xC004F06C). */
  refusedByHosts: number;
}

/** The fleet section of the report: the aggregates, every long list capped with its total given. */
export interface FleetSection {
  discovery: { dns: number; lookupDomain: number; pinned: number; noSuffix: number; unknown: number };
  cloneGroups: { groups: CloneGroup[]; groupsTotal: number; machines: number; countLost: number };
  activation: {
    byState: StateCount[];
    /** The same per product name, most machines first (at most LIST_CAP; byProductTotal says how many). */
    byProduct: ProductStateCount[];
    byProductTotal: number;
    daysLeft: Bucket[];
    expiring: ExpiringClient[];
    expiringTotal: number;
    renewalsFailing: RenewalFailing[];
    renewalsFailingTotal: number;
  };
  hosts: HostUse[];
  split: ReportSplitView | null;
  domains: ReportDomainGroup[];
  clock: ReportClockView;
  unreadable: Array<{ file: string; reason: string }>;
  notes: string[];
}

/** A DNS suffix group with what DNS said in the report's language, and the same as a catalog message. */
export interface ReportDomainGroup extends Omit<DomainGroup, 'detail'> {
  detail: string;
  detailMessage: Message;
}

/** The clock view with its texts in the report's language, each catalog message beside its text. */
export interface ReportClockView extends Omit<ClockView, 'reference' | 'skewed'> {
  reference: string;
  referenceMessage: Message;
  skewed: Array<{ name: string; skewMinutes: number; against: string; againstMessage: Message }>;
}

/** The fleet counts the summary adds to the common ones. */
export interface FleetSummaryExtra {
  clients: number;
  hosts: number;
  unreadable: number;
  /** Files that described a machine already read (the newest snapshot of a name is kept). */
  duplicates: number;
}

/** What the fleet rules read (src/rules/fleet): the aggregates, before any finding. */
export interface FleetFacts {
  clients: number;
  probed: boolean;
  /** Host snapshots were given, so "not a host of the fleet" means something. */
  hostSnapshots: number;
  discovery: FleetSection['discovery'];
  cloneGroups: FleetSection['cloneGroups'];
  activation: FleetSection['activation'];
  hosts: HostUse[];
  split: SplitView | null;
  domains: DomainGroup[];
  clock: ClockView;
  unreadable: FleetSection['unreadable'];
  unreadableTotal: number;
}
