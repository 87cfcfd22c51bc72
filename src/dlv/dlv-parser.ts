/**
 * The state machine that reads a /dlv text line by line: which product a line belongs to, whether a
 * product's setting also describes the machine-wide service, and the language-independent anchors
 * on lines whose label is not known. parse-dlv.ts feeds it and turns its result into a Snapshot.
 */
import { inputError } from '../catalog/input-error.js';
import { type Message, msg } from '../catalog/message.js';
import type { HostRequestCounters, LicensingProduct, LicensingService } from '../snapshot/model.js';
import { channelOf, DESCRIPTION_ANCHOR, GUID, HOST_PORT_ANCHOR, KEY_CHANNEL_ANCHOR, NAME_ANCHOR, VERSION_ANCHOR } from './anchors.js';
import { emptyCounters, emptyProduct, emptyService, UNKNOWN_ACTIVATION_ID } from './empty-licensing.js';
import type { LabelMatch, LabelMatcher } from './label-matcher.js';
import { type LabelKey, OFFICE_APPLICATION_ID, WINDOWS_APPLICATION_ID } from './labels.js';
import { clip, MAX_DLV_PRODUCTS, MAX_LINE_CHARS, MAX_UNKNOWN_LINES } from './limits.js';
import { isNoise, type TextLine } from './text-lines.js';
import { DlvValueReader } from './value-readers.js';

interface ProductDraft {
  product: LicensingProduct;
  /** "This license is not in use.": no key installed, so not a snapshot product. */
  notInUse: boolean;
  requests: HostRequestCounters | null;
}

type ServiceField = Exclude<keyof LicensingService, 'requests'>;
type ProductField = keyof LicensingProduct;

/** Lines that are a service switch in one state or the other ("KMS host caching is enabled"). */
const SERVICE_SWITCH_OF: Partial<Record<LabelKey, { field: 'hostCaching' | 'dnsPublishing' | 'lowPriority'; value: boolean }>> = {
  hostCachingEnabled: { field: 'hostCaching', value: true },
  hostCachingDisabled: { field: 'hostCaching', value: false },
  dnsPublishingEnabled: { field: 'dnsPublishing', value: true },
  dnsPublishingDisabled: { field: 'dnsPublishing', value: false },
  kmsPriorityNormal: { field: 'lowPriority', value: false },
  kmsPriorityLow: { field: 'lowPriority', value: true },
};

const COUNTER_OF: Partial<Record<LabelKey, keyof HostRequestCounters>> = {
  totalRequests: 'total',
  failedRequests: 'failed',
  requestsUnlicensed: 'unlicensed',
  requestsLicensed: 'licensed',
  requestsInitialGrace: 'initialGrace',
  requestsExpiredOrOutOfTolerance: 'expiredOrOutOfTolerance',
  requestsNonGenuineGrace: 'nonGenuineGrace',
  requestsNotification: 'notification',
};

export class DlvParser {
  private readonly drafts: ProductDraft[] = [];
  private current: ProductDraft | null = null;
  private readonly service = emptyService();
  private serviceTouched = false;
  private requestsOwner: ProductDraft | null = null;
  readonly warnings: Message[] = [];
  private readonly warned = new Set<string>();
  readonly unknownLines: string[] = [];
  unknownCount = 0;
  recognisedCount = 0;
  /** The previous line, when it was an unknown line holding a GUID (a candidate activation ID). */
  private previousGuid: { value: string; draft: ProductDraft | null } | null = null;

  /** Reads values, reporting what is not a value of its kind through this parser's warnings. */
  private readonly read = new DlvValueReader((message) => this.warn(message));

  constructor(private readonly matcher: LabelMatcher) {}

  warn(message: Message): void {
    const key = JSON.stringify(message);
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.warnings.push(message);
  }

  /** One line of the text, in order: a known label sets values, an unknown line is searched for anchors. */
  feed({ line, indent }: TextLine): void {
    const previousGuid = this.previousGuid;
    this.previousGuid = null;
    if (line === '' || isNoise(line)) return;
    const match = line.length <= MAX_LINE_CHARS ? this.matcher.match(line) : null;
    if (match) {
      this.recognisedCount++;
      this.apply(match);
      return;
    }
    this.unknownCount++;
    if (this.unknownLines.length < MAX_UNKNOWN_LINES) this.unknownLines.push(clip(line));
    if (line.length <= MAX_LINE_CHARS) this.anchors(line, indent, previousGuid);
  }

  // --- targets ---------------------------------------------------------------------------------

  private startProduct(name: string): ProductDraft {
    if (this.drafts.length >= MAX_DLV_PRODUCTS) {
      throw inputError('input-error.dlv.too-many-products', { max: MAX_DLV_PRODUCTS });
    }
    const draft: ProductDraft = { product: emptyProduct(name), notInUse: false, requests: null };
    this.drafts.push(draft);
    this.current = draft;
    return draft;
  }

  /** The product a product-level line belongs to; lines before any "Name:" get an unnamed one. */
  private product(): ProductDraft {
    if (this.current) return this.current;
    this.warn(msg('input-note.dlv.product-before-name'));
    return this.startProduct('');
  }

  /** Whether a product's client/host settings also describe the machine-wide service: Windows, or not known to be anything else. */
  private describesService(draft: ProductDraft): boolean {
    const app = draft.product.applicationId?.toLowerCase();
    if (app) return app === WINDOWS_APPLICATION_ID;
    return !/^Office\b/i.test(draft.product.name);
  }

  private setService<K extends ServiceField>(field: K, value: LicensingService[K], source: 'service' | 'product' = 'service'): void {
    if (value === null) return;
    const existing = this.service[field];
    if (existing === null) {
      this.service[field] = value;
      this.serviceTouched = true;
    } else if (existing !== value && source === 'service') {
      this.warn(msg('input-note.dlv.service-twice', { field, first: String(existing), second: String(value) }));
    }
  }

  private setProduct<K extends ProductField>(field: K, value: LicensingProduct[K], alsoService?: ServiceField): void {
    const draft = this.product();
    draft.product[field] = value;
    if (alsoService && this.describesService(draft)) this.setService(alsoService, value as LicensingService[typeof alsoService], 'product');
  }

  // --- labelled lines --------------------------------------------------------------------------

  private apply({ label, values }: LabelMatch): void {
    const value = values.value;
    const key = label.key;
    if (label.status !== undefined) {
      if (label.status === null) this.warn(msg('input-note.dlv.status-unknown'));
      this.setProduct('licenseStatus', label.status);
      return;
    }
    if (label.activationType !== undefined) {
      this.setProduct('activationTypeEnabled', label.activationType);
      return;
    }
    const counter = COUNTER_OF[key];
    if (counter) {
      const draft = this.product();
      const n = this.read.integer(value, key);
      draft.requests ??= emptyCounters();
      draft.requests[counter] = n;
      if (this.describesService(draft) && (this.requestsOwner === null || this.requestsOwner === draft)) {
        this.requestsOwner = draft;
        this.service.requests = draft.requests;
        this.serviceTouched = true;
      }
      return;
    }
    const serviceSwitch = SERVICE_SWITCH_OF[key];
    if (serviceSwitch) {
      this.setService(serviceSwitch.field, serviceSwitch.value);
      return;
    }
    switch (key) {
      case 'version':
        this.setService('version', this.read.text(value));
        return;
      case 'name':
        this.startProduct(this.read.text(value) ?? '');
        return;
      case 'description': {
        const description = this.read.text(value) ?? '';
        this.setProduct('description', description);
        this.setProduct('channel', channelOf(description));
        return;
      }
      case 'activationId':
        this.setProduct('id', this.read.guid(value, 'id') ?? UNKNOWN_ACTIVATION_ID);
        return;
      case 'applicationId':
        this.setProduct('applicationId', this.read.guid(value, 'applicationId'));
        return;
      case 'productKeyChannel':
        this.setProduct('productKeyChannel', this.read.text(value));
        return;
      case 'partialProductKey':
        this.setProduct('partialProductKey', this.read.text(value));
        return;
      case 'licenseNotInUse':
        this.product().notInUse = true;
        return;
      case 'licenseStatus':
        // The label matched but the whole line is none of the known status lines.
        this.product();
        this.warn(msg('input-note.dlv.status-not-known', { value: clip(value ?? '') }));
        return;
      case 'volumeActivationExpiration':
      case 'timebasedActivationExpiration':
      case 'avmaActivationExpiration':
      case 'timeRemaining':
        this.setProduct('gracePeriodRemainingMinutes', this.read.integer(values.MINUTE, 'gracePeriodRemainingMinutes'));
        return;
      case 'notificationReasonNonGenuine':
      case 'notificationReasonExpiration':
      case 'notificationReasonOther': {
        const code = this.read.text(values.ERRCODE);
        this.setProduct('licenseStatusReason', code && /^[0-9A-Fa-f]{1,8}$/.test(code) ? `0x${code.toUpperCase()}` : null);
        return;
      }
      case 'remainingWindowsRearm':
        this.setService('remainingWindowsRearmCount', this.read.integer(values.COUNT, 'remainingWindowsRearmCount'));
        return;
      case 'cmid':
        this.setService('clientMachineId', this.read.guid(value, 'clientMachineId'));
        return;
      case 'lookupDomain':
        this.setProduct('lookupDomain', this.read.text(value), 'lookupDomain');
        return;
      case 'registeredKmsName': {
        // /skms port: 1–65535 (slmgr prints an unset port, 0, as 1688).
        const { host, port } = this.read.hostPort(value, 'kmsMachine', 1);
        this.setProduct('kmsMachine', host, 'kmsMachine');
        this.setProduct('kmsPort', port, 'kmsPort');
        return;
      }
      case 'kmsNameFromDns': {
        const { host, port } = this.read.hostPort(value, 'discoveredMachine', 0);
        this.setProduct('discoveredMachine', host, 'discoveredMachine');
        this.setProduct('discoveredPort', port, 'discoveredPort');
        return;
      }
      case 'kmsIpAddress':
        this.setProduct('discoveredIpAddress', this.read.text(value), 'discoveredIpAddress');
        return;
      case 'kmsEpid': {
        const epid = this.read.text(value);
        this.setProduct('kmsHostEpid', epid, 'kmsHostEpid');
        // slmgr prints KeyManagementServiceProductKeyID here: the same property, under its CIM name.
        this.setProduct('kmsProductKeyId', epid);
        return;
      }
      case 'activationInterval':
        this.setProduct('activationIntervalMinutes', this.read.integer(values.INTERVAL, 'activationIntervalMinutes'), 'activationIntervalMinutes');
        return;
      case 'renewalInterval':
        this.setProduct('renewalIntervalMinutes', this.read.integer(values.INTERVAL, 'renewalIntervalMinutes'), 'renewalIntervalMinutes');
        return;
      case 'kmsEnabled':
        this.setProduct('isKmsHost', true, 'isKmsHost');
        return;
      case 'currentCount':
        this.setProduct('currentCount', this.read.integer(value, 'currentCount'), 'currentCount');
        return;
      case 'listeningPort':
        this.setService('listeningPort', this.read.port(value ?? '', 'listeningPort'));
        return;
      case 'kmsNameSet': {
        // `slmgr /skms name[:port]` output: the service-level setting, as the user typed it.
        const { host, port } = this.read.hostPort(values.KMS, 'skmsArgument', 1, true);
        if (host !== null) {
          this.service.kmsMachine = host;
          this.service.kmsPort = port;
          this.serviceTouched = true;
        } else if (port !== null) {
          this.service.kmsPort = port;
          this.serviceTouched = true;
        }
        return;
      }
      case 'trustedTime':
        // As printed: a VBScript date in the user's locale, without a time zone.
        this.setProduct('trustedTime', this.read.text(value));
        return;
      case 'productKeyNotFound':
        this.warn(msg('input-note.dlv.product-key-not-found'));
        return;
      default:
        // Recognised lines that carry nothing the snapshot holds (headers, URLs, installation ID,
        // the product's own extended PID, rearm counts per SKU, trusted time, AD/token/AVMA blocks).
        return;
    }
  }

  // --- unknown lines: language-independent anchors ----------------------------------------------

  private anchors(line: string, indent: number, previousGuid: { value: string; draft: ProductDraft | null } | null): void {
    const split = /^([^:]*?)\s*:\s*(.*)$/.exec(line);
    const label = split ? split[1]! : '';
    const value = split ? split[2]!.trim() : line;
    if (NAME_ANCHOR.test(value)) {
      this.startProduct(value);
      return;
    }
    if (this.current && DESCRIPTION_ANCHOR.test(value) && this.current.product.description === '') {
      this.current.product.description = value;
      this.current.product.channel = channelOf(value);
      return;
    }
    if (this.current && KEY_CHANNEL_ANCHOR.test(value) && this.current.product.productKeyChannel === null) {
      this.current.product.productKeyChannel = value;
      return;
    }
    if (GUID.test(value)) {
      const lower = value.replace(/^\{|\}$/g, '').toLowerCase();
      const guid = value.replace(/^\{|\}$/g, '');
      if (this.current && (lower === WINDOWS_APPLICATION_ID || lower === OFFICE_APPLICATION_ID) && this.current.product.applicationId === null) {
        this.current.product.applicationId = guid;
        // slmgr prints "Activation ID" on the line right before "Application ID".
        if (previousGuid && previousGuid.draft === this.current && this.current.product.id === UNKNOWN_ACTIVATION_ID) this.current.product.id = previousGuid.value;
        return;
      }
      if (/CMID/.test(label)) {
        this.setService('clientMachineId', guid);
        return;
      }
      this.previousGuid = { value: guid, draft: this.current };
      return;
    }
    if (this.drafts.length === 0 && VERSION_ANCHOR.test(value)) {
      this.setService('version', value);
      return;
    }
    if (indent > 0 && HOST_PORT_ANCHOR.test(value)) {
      this.warn(msg('input-note.dlv.host-on-unknown-line', { host: value, line: clip(line) }));
    }
  }

  // --- result ----------------------------------------------------------------------------------

  finish(): { service: LicensingService | null; products: LicensingProduct[] } {
    const products = this.drafts.filter((d) => !d.notInUse).map((d) => d.product);
    if (products.some((p) => p.id === UNKNOWN_ACTIVATION_ID)) {
      this.warn(msg('input-note.dlv.no-activation-id', { id: UNKNOWN_ACTIVATION_ID }));
    }
    return { service: this.serviceTouched ? this.service : null, products };
  }
}
