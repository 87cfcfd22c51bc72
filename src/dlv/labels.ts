/**
 * The English labels of `slmgr /dlv` and `/dli`, keyed by a stable label key, each with the name
 * of the string resource slmgr.vbs reads it through (`GetResource("L_Msg…")`).
 *
 * Why the resource name matters: slmgr loads `slmgr\<LANGID>\slmgr.ini` (UTF-16, `L_Xxx=value`
 * lines, keys compared case-insensitively) and prints the ini's text for every key it finds
 * there, the English constant below for every key it does not (kms-facts.md §1.1, §6.1). So a
 * localized box's labels are read by looking up these resource names in that machine's ini.
 *
 * Provenance: every `resource` name and `english` text below was read from the Windows 10/11-era
 * slmgr.vbs that kms-facts.md cites as SLMGR-SRC (GitHub winexe0/ActivationStatus, `slmgr.vbs`,
 * commit 00552b6…), including its spelling `L_MsgKmsTotalRequestsRecieved`. None is assumed. The
 * only entry without a resource is `licenseStatus` (see there). Texts are the script's constants
 * verbatim: a `prefix` label keeps the trailing ": " the script appends its value to, a
 * `template` keeps the script's `%PLACEHOLDER%`s, a `line` is printed alone.
 *
 * The `form` tells the parser how to match the text (whitespace- and case-tolerant, see
 * parse-dlv.ts). It is read off the English text, which shows it (formOf):
 *   prefix    ends in ": ", then the value: "Name: " + objProduct.Name
 *   template  has %PLACEHOLDER%s replaced by values: "Activation interval: %INTERVAL% minutes"
 *   line      anything else: the whole line is the fact: "KMS host caching is enabled"
 */

export type LabelForm = 'prefix' | 'template' | 'line';

/** Where a line sits: printed by `/dlv` only, or by both `/dli` and `/dlv` (SLMGR-SRC `bVerbose`). */
export type LabelScope = 'dlv' | 'both';

/** A row of the table below: the label as slmgr.vbs defines it. */
interface LabelRow {
  readonly key: string;
  /** The slmgr.vbs resource (`L_Msg…`) holding this text; null when slmgr has no resource of its own for it. */
  readonly resource: string | null;
  /** The English text exactly as slmgr.vbs defines it. */
  readonly english: string;
  readonly scope: LabelScope;
  /** For the status lines: the `LicenseStatus` value (kms-facts.md §2.2) the line stands for; null = "Unknown". */
  readonly status?: number | null;
  /** For the activation-type lines: `VLActivationTypeEnabled` (0 all, 1 AD, 2 KMS, 3 token). */
  readonly activationType?: number;
}

// biome-ignore format: a table, one label a line in slmgr.vbs's order; a wrapped row would read as several labels
const LABEL_SPECS = [
  // --- service and product header (DisplayAllInformation) ---------------------------------------
  { key: 'version', resource: 'L_MsgServiceVersion', english: 'Software licensing service version: ', scope: 'dlv' },
  { key: 'name', resource: 'L_MsgProductName', english: 'Name: ', scope: 'both' },
  { key: 'description', resource: 'L_MsgProductDesc', english: 'Description: ', scope: 'both' },
  { key: 'tokenAdditionalInfo', resource: 'L_MsgTkaInfoAdditionalInfo', english: 'Additional Information: %MOREINFO%', scope: 'both' },
  { key: 'activationId', resource: 'L_MsgActID', english: 'Activation ID: ', scope: 'dlv' },
  { key: 'applicationId', resource: 'L_MsgAppID', english: 'Application ID: ', scope: 'dlv' },
  { key: 'extendedPid', resource: 'L_MsgPID4', english: 'Extended PID: ', scope: 'dlv' },
  { key: 'productKeyChannel', resource: 'L_MsgChannel', english: 'Product Key Channel: ', scope: 'dlv' },
  { key: 'installationId', resource: 'L_MsgInstallationID', english: 'Installation ID: ', scope: 'dlv' },
  // URL lines: printed for SKUs that are neither KMS clients nor AVMA, when non-empty.
  { key: 'processorCertificateUrl', resource: 'L_MsgProcessorCertUrl', english: 'Processor Certificate URL: ', scope: 'dlv' },
  { key: 'machineCertificateUrl', resource: 'L_MsgMachineCertUrl', english: 'Machine Certificate URL: ', scope: 'dlv' },
  { key: 'useLicenseUrl', resource: 'L_MsgUseLicenseCertUrl', english: 'Use License URL: ', scope: 'dlv' },
  { key: 'productKeyCertificateUrl', resource: 'L_MsgPKeyCertUrl', english: 'Product Key Certificate URL: ', scope: 'dlv' },
  { key: 'validationUrl', resource: 'L_MsgValidationUrl', english: 'Validation URL: ', scope: 'dlv' },
  { key: 'partialProductKey', resource: 'L_MsgPartialPKey', english: 'Partial Product Key: ', scope: 'both' },
  { key: 'licenseNotInUse', resource: 'L_MsgErrorLicenseNotInUse', english: 'This license is not in use.', scope: 'both' },

  // --- license status: each status is one whole resource, label and value together --------------
  /**
   * The "License Status: " label on its own. slmgr.vbs has NO resource for it: every status line
   * below is a single resource ("License Status: Licensed"). This entry lets the parser recognise
   * a status line whose value it does not know (and say so) instead of calling the whole line
   * unknown. For a slmgr.ini it is derived from the common beginning of the ini's status lines.
   */
  { key: 'licenseStatus', resource: null, english: 'License Status: ', scope: 'both' },
  { key: 'licenseStatusUnlicensed', resource: 'L_MsgLicenseStatusUnlicensed_1', english: 'License Status: Unlicensed', scope: 'both', status: 0 },
  { key: 'licenseStatusLicensed', resource: 'L_MsgLicenseStatusLicensed_1', english: 'License Status: Licensed', scope: 'both', status: 1 },
  { key: 'licenseStatusInitialGrace', resource: 'L_MsgLicenseStatusInitialGrace_1', english: 'License Status: Initial grace period', scope: 'both', status: 2 },
  { key: 'licenseStatusAdditionalGrace', resource: 'L_MsgLicenseStatusAdditionalGrace_1', english: 'License Status: Additional grace period (KMS license expired or hardware out of tolerance)', scope: 'both', status: 3 },
  { key: 'licenseStatusNonGenuineGrace', resource: 'L_MsgLicenseStatusNonGenuineGrace_1', english: 'License Status: Non-genuine grace period.', scope: 'both', status: 4 },
  { key: 'licenseStatusNotification', resource: 'L_MsgLicenseStatusNotification_1', english: 'License Status: Notification', scope: 'both', status: 5 },
  { key: 'licenseStatusExtendedGrace', resource: 'L_MsgLicenseStatusExtendedGrace_1', english: 'License Status: Extended grace period', scope: 'both', status: 6 },
  { key: 'licenseStatusUnknown', resource: 'L_MsgLicenseStatusUnknown', english: 'License Status: Unknown', scope: 'both', status: null },
  // Minutes left: after "Licensed" (only when GracePeriodRemaining <> 0) and after the grace states.
  { key: 'volumeActivationExpiration', resource: 'L_MsgLicenseStatusVL_1', english: 'Volume activation expiration: %MINUTE% minute(s) (%DAY% day(s))', scope: 'both' },
  { key: 'timebasedActivationExpiration', resource: 'L_MsgLicenseStatusTBL_1', english: 'Timebased activation expiration: %MINUTE% minute(s) (%DAY% day(s))', scope: 'both' },
  { key: 'avmaActivationExpiration', resource: 'L_MsgLicenseStatusAVMA_1', english: 'Automatic VM activation expiration: %MINUTE% minute(s) (%DAY% day(s))', scope: 'both' },
  { key: 'timeRemaining', resource: 'L_MsgLicenseStatusTimeRemaining', english: 'Time remaining: %MINUTE% minute(s) (%DAY% day(s))', scope: 'both' },
  { key: 'notificationReasonNonGenuine', resource: 'L_MsgNotificationErrorReasonNonGenuine', english: 'Notification Reason: 0x%ERRCODE% (non-genuine).', scope: 'both' },
  { key: 'notificationReasonExpiration', resource: 'L_MsgNotificationErrorReasonExpiration', english: 'Notification Reason: 0x%ERRCODE% (grace time expired).', scope: 'both' },
  { key: 'notificationReasonOther', resource: 'L_MsgNotificationErrorReasonOther', english: 'Notification Reason: 0x%ERRCODE%.', scope: 'both' },
  { key: 'evaluationEndDate', resource: 'L_MsgLicenseStatusEvalEndData', english: 'Evaluation End Date: ', scope: 'dlv' },
  { key: 'remainingWindowsRearm', resource: 'L_MsgRemainingWindowsRearmCount', english: 'Remaining Windows rearm count: %COUNT%', scope: 'dlv' },
  { key: 'remainingAppRearm', resource: 'L_MsgRemainingAppRearmCount', english: 'Remaining App rearm count: %COUNT%', scope: 'dlv' },
  { key: 'remainingSkuRearm', resource: 'L_MsgRemainingSkuRearmCount', english: 'Remaining SKU rearm count: %COUNT%', scope: 'dlv' },
  { key: 'trustedTime', resource: 'L_MsgCurrentTrustedTime', english: 'Trusted time: ', scope: 'dlv' },

  // --- KMS client (only for VOLUME_KMSCLIENT descriptions) --------------------------------------
  { key: 'configuredActivationTypeAll', resource: 'L_MsgVLActivationTypeAll', english: 'Configured Activation Type: All', scope: 'both', activationType: 0 },
  { key: 'configuredActivationTypeAD', resource: 'L_MsgVLActivationTypeAD', english: 'Configured Activation Type: AD', scope: 'both', activationType: 1 },
  { key: 'configuredActivationTypeKms', resource: 'L_MsgVLActivationTypeKMS', english: 'Configured Activation Type: KMS', scope: 'both', activationType: 2 },
  { key: 'configuredActivationTypeToken', resource: 'L_MsgVLActivationTypeToken', english: 'Configured Activation Type: Token', scope: 'both', activationType: 3 },
  { key: 'notActivatedHint', resource: 'L_MsgPleaseActivateRefreshKMSInfo', english: 'Please use slmgr.vbs /ato to activate and update KMS client information in order to update values.', scope: 'both' },
  { key: 'mostRecentActivationInfo', resource: 'L_MsgVLMostRecentActivationInfo', english: 'Most recent activation information:', scope: 'both' },
  { key: 'kmsClientInfo', resource: 'L_MsgKmsInfo', english: 'Key Management Service client information', scope: 'both' },
  { key: 'cmid', resource: 'L_MsgCmid', english: 'Client Machine ID (CMID): ', scope: 'both' },
  { key: 'lookupDomain', resource: 'L_MsgKmsLookupDomain', english: 'Registered KMS SRV record lookup domain: ', scope: 'both' },
  { key: 'registeredKmsName', resource: 'L_MsgRegisteredKmsName', english: 'Registered KMS machine name: ', scope: 'both' },
  { key: 'dnsAutoDiscoveryUnavailable', resource: 'L_MsgKmsFromDnsUnavailable', english: 'DNS auto-discovery: KMS name not available', scope: 'both' },
  { key: 'kmsNameFromDns', resource: 'L_MsgKmsFromDns', english: 'KMS machine name from DNS: ', scope: 'both' },
  { key: 'kmsIpAddressUnavailable', resource: 'L_MsgKmsIpAddressUnavailable', english: 'KMS machine IP address: not available', scope: 'both' },
  { key: 'kmsIpAddress', resource: 'L_MsgKmsIpAddress', english: 'KMS machine IP address: ', scope: 'both' },
  { key: 'kmsEpid', resource: 'L_MsgKmsPID4', english: 'KMS machine extended PID: ', scope: 'both' },
  { key: 'activationInterval', resource: 'L_MsgActivationInterval', english: 'Activation interval: %INTERVAL% minutes', scope: 'both' },
  { key: 'renewalInterval', resource: 'L_MsgRenewalInterval', english: 'Renewal interval: %INTERVAL% minutes', scope: 'both' },
  { key: 'hostCachingEnabled', resource: 'L_MsgKmsHostCachingEnabled', english: 'KMS host caching is enabled', scope: 'both' },
  { key: 'hostCachingDisabled', resource: 'L_MsgKmsHostCachingDisabled', english: 'KMS host caching is disabled', scope: 'both' },
  { key: 'skmsOverridesLookupDomain', resource: 'L_MsgKmsUseMachineNameOverrides', english: 'Warning: /skms setting overrides the /skms-domain setting. %KMS% will be used for activation.', scope: 'both' },

  // --- other "most recent activation" blocks: recognised, not mapped to the snapshot ------------
  { key: 'adClientInfo', resource: 'L_MsgADInfo', english: 'AD Activation client information', scope: 'both' },
  { key: 'adObjectName', resource: 'L_MsgADInfoAOName', english: 'Activation Object name: ', scope: 'both' },
  { key: 'adObjectDn', resource: 'L_MsgADInfoAODN', english: 'AO DN: ', scope: 'both' },
  { key: 'adExtendedPid', resource: 'L_MsgADInfoExtendedPid', english: 'AO extended PID: ', scope: 'both' },
  { key: 'adActivationId', resource: 'L_MsgADInfoActID', english: 'AO activation ID: ', scope: 'both' },
  { key: 'tokenClientInfo', resource: 'L_MsgTkaInfo', english: 'Token-based Activation information', scope: 'both' },
  { key: 'tokenIlid', resource: 'L_MsgTkaInfoILID', english: 'License ID (ILID): %ILID%', scope: 'both' },
  { key: 'tokenIlvid', resource: 'L_MsgTkaInfoILVID', english: 'Version ID (ILvID): %ILVID%', scope: 'both' },
  { key: 'tokenGrantNumber', resource: 'L_MsgTkaInfoGrantNo', english: 'Grant Number: %GRANTNO%', scope: 'both' },
  { key: 'tokenThumbprint', resource: 'L_MsgTkaInfoThumbprint', english: 'Certificate Thumbprint: %THUMBPRINT%', scope: 'both' },
  { key: 'avmaIaid', resource: 'L_MsgAVMAID', english: 'Guest IAID: ', scope: 'both' },
  { key: 'avmaClientInfo', resource: 'L_MsgAVMAInfo', english: 'Automatic VM Activation client information', scope: 'both' },
  { key: 'avmaHostMachineName', resource: 'L_MsgAVMAHostMachineName', english: 'Host machine name: ', scope: 'both' },
  { key: 'avmaActivationTime', resource: 'L_MsgAVMALastActTime', english: 'Activation time: ', scope: 'both' },
  { key: 'avmaHostPid2', resource: 'L_MsgAVMAHostPid2', english: 'Host Digital PID2: ', scope: 'both' },

  // --- KMS host (DisplayKMSInformation) ----------------------------------------------------------
  { key: 'kmsEnabled', resource: 'L_MsgKmsEnabled', english: 'Key Management Service is enabled on this machine', scope: 'both' },
  { key: 'currentCount', resource: 'L_MsgKmsCurrentCount', english: 'Current count: ', scope: 'both' },
  { key: 'listeningPort', resource: 'L_MsgKmsListeningOnPort', english: 'Listening on Port: ', scope: 'both' },
  { key: 'dnsPublishingEnabled', resource: 'L_MsgKmsDnsPublishingEnabled', english: 'DNS publishing enabled', scope: 'both' },
  { key: 'dnsPublishingDisabled', resource: 'L_MsgKmsDnsPublishingDisabled', english: 'DNS publishing disabled', scope: 'both' },
  { key: 'kmsPriorityNormal', resource: 'L_MsgKmsPriNormal', english: 'KMS priority: Normal', scope: 'both' },
  { key: 'kmsPriorityLow', resource: 'L_MsgKmsPriLow', english: 'KMS priority: Low', scope: 'both' },
  { key: 'cumulativeRequests', resource: 'L_MsgKmsCumulativeRequestsFromClients', english: 'Key Management Service cumulative requests received from clients', scope: 'both' },
  { key: 'totalRequests', resource: 'L_MsgKmsTotalRequestsRecieved', english: 'Total requests received: ', scope: 'both' },
  { key: 'failedRequests', resource: 'L_MsgKmsFailedRequestsReceived', english: 'Failed requests received: ', scope: 'both' },
  { key: 'requestsUnlicensed', resource: 'L_MsgKmsRequestsWithStatusUnlicensed', english: 'Requests with License Status Unlicensed: ', scope: 'both' },
  { key: 'requestsLicensed', resource: 'L_MsgKmsRequestsWithStatusLicensed', english: 'Requests with License Status Licensed: ', scope: 'both' },
  { key: 'requestsInitialGrace', resource: 'L_MsgKmsRequestsWithStatusInitialGrace', english: 'Requests with License Status Initial grace period: ', scope: 'both' },
  { key: 'requestsExpiredOrOutOfTolerance', resource: 'L_MsgKmsRequestsWithStatusLicenseExpiredOrHwidOot', english: 'Requests with License Status License expired or Hardware out of tolerance: ', scope: 'both' },
  { key: 'requestsNonGenuineGrace', resource: 'L_MsgKmsRequestsWithStatusNonGenuineGrace', english: 'Requests with License Status Non-genuine grace period: ', scope: 'both' },
  { key: 'requestsNotification', resource: 'L_MsgKmsRequestsWithStatusNotification', english: 'Requests with License Status Notification: ', scope: 'both' },

  // --- messages seen around /dlv output in pasted console sessions -------------------------------
  { key: 'undeterminedPrimaryKey', resource: 'L_MsgUndeterminedPrimaryKeyOperation', english: 'Warning: This operation may affect more than one target license.  Please verify the results.', scope: 'both' },
  { key: 'undeterminedPrimaryKeyProduct', resource: 'L_MsgUndeterminedOperationFormat', english: 'Processing the license for %PRODUCTDESCRIPTION% (%PRODUCTID%).', scope: 'both' },
  { key: 'productKeyNotFound', resource: 'L_MsgErrorPKey', english: 'Error: product key not found.', scope: 'both' },
  /** Output of `slmgr /skms <name[:port]>` (service-level setting), often pasted together with /dli. */
  { key: 'kmsNameSet', resource: 'L_MsgKmsNameSet', english: 'Key Management Service machine name set to %KMS% successfully.', scope: 'both' },
  { key: 'kmsNameCleared', resource: 'L_MsgKmsNameCleared', english: 'Key Management Service machine name cleared successfully.', scope: 'both' },
] as const satisfies readonly LabelRow[];

export type LabelKey = (typeof LABEL_SPECS)[number]['key'];

export interface DlvLabel extends LabelRow {
  readonly key: LabelKey;
  readonly form: LabelForm;
}

/** How the parser matches a label, as its English text shows it (see the top of this file). */
function formOf(english: string): LabelForm {
  if (/%[A-Z]+%/.test(english)) return 'template';
  return english.endsWith(': ') ? 'prefix' : 'line';
}

export const DLV_LABELS: readonly DlvLabel[] = LABEL_SPECS.map((row: LabelRow & { key: LabelKey }) => ({ ...row, form: formOf(row.english) }));

export const LABEL_BY_KEY: ReadonlyMap<LabelKey, DlvLabel> = new Map(DLV_LABELS.map((label) => [label.key, label]));

/** The status-line keys, whose common beginning in a slmgr.ini is that ini's "License Status:" label. */
export const LICENSE_STATUS_LINE_KEYS: readonly LabelKey[] = DLV_LABELS.filter((label) => label.status !== undefined).map((label) => label.key);

/** `ApplicationID` of Windows (slmgr's `WindowsAppId`) and of Office 2013+ (`ospp.vbs`), kms-facts.md §2. */
export const WINDOWS_APPLICATION_ID = '55c92734-d682-4d71-983e-d6ec3f16059f';
export const OFFICE_APPLICATION_ID = '0ff1ce15-a989-479d-af46-f275c6370663';

/** Port slmgr prints when KeyManagementServicePort / ListeningPort is 0 (SLMGR-SRC `DefaultPort`). */
export const KMS_DEFAULT_PORT = 1688;
