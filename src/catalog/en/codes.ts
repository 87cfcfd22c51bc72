import { CODE_COMMANDS as C } from '../codes/commands.js';
import type { CodeTexts } from '../codes/text-model.js';

/**
 * English text of the error-code pages (`kmsdoctor explain <code>`), the reference every other
 * language follows; the language-neutral facts (symbolic name, related findings, sources) are in
 * src/catalog/codes/catalog.ts. Commands come from CODE_COMMANDS so that no language retypes them.
 */

// Steps that several codes share: one sentence around one command.
const SLMGR_ATO = C.activate;
const SARA = `Microsoft's Support and Recovery Assistant handles this code: ${C.supportAssistant}`;
const CLIENT_EVENTS = `Read the client's events: ${C.clientEvents}`;
const HOST_EVENTS = `On the KMS host, read the requests it processed: ${C.hostEvents}`;
const TEST_PORT = `From a client: ${C.testPort} (look for ${C.testPortSuccess})`;
const ENABLE_RULE = `On the KMS host, enable the built-in firewall rule (it ships disabled): ${C.enableFirewallRule}`;
const CHECK_SRV = `Check the SRV record: ${C.querySrv} (or ${C.resolveSrv})`;
const CHECK_SUFFIXES = `Check the client's DNS suffixes: ${C.dnsSettings} (primary DNS suffix and DNS suffix search list must reach the zone holding the SRV record)`;
const PIN_HOST = `If DNS cannot be used, name the host on the client: ${C.pinHost}`;
const ELEVATED = `Run it from an elevated prompt (Run as administrator): ${C.slmgrElevated}`;
const ROUTE_OR_FIREWALL = `Fix the routing or firewall between client and KMS host; test with: ${C.testPort}`;

export const EN_CODES = {
  '0x00000000': {
    meaning: 'Success. In events 12288/12289/12290 the HRESULT field is 0x00000000 when the exchange with that host worked.',
    likelyCauses: ['The KMS host was reached and accepted the request (or, in 12289, the response was processed).'],
    remedies: ['Nothing to fix for this attempt.', 'A 12288 without a matching 12289 still means the host was not reached or did not answer: look at the other attempts.'],
    where: ['event 12288', 'event 12289', 'event 12290', 'slmgr exit code 0'],
  },

  // --- §5.1 core KMS client/host codes ---------------------------------------------------------
  '0xC004F074': {
    meaning:
      'No KMS host could be contacted. The Software Protection service reports that the computer could not be activated because the Key Management Service is unavailable; Microsoft notes that every host the client tried returned an error, so see the Application event log. Windows 7-era wording: "The Key Management Server (KMS) is unavailable".',
    likelyCauses: [
      'Every KMS host the client tried returned an error: the HRESULT in each event 12288 names the real failure per host.',
      'The Software Protection service (sppsvc) is stopped on the KMS host.',
      "TCP 1688 (or the host's listening port) is blocked between client and host.",
      "A stale or wrong _vlmcs._tcp SRV record, or the host's A record, points at a dead or old host.",
      'Client and host clocks differ by more than 4 hours (event 12288 shows 0xC004F06C).',
      'The KMS host is too old for the client (e.g. a Server 2008 host vs Windows 7 clients without KB968912; see also 0xC004F042 and 0xC004F015).',
    ],
    remedies: [
      `${CLIENT_EVENTS} — the HRESULT in each 12288 names the host and its failure.`,
      TEST_PORT,
      `${CHECK_SRV}; remove stale records or fix the host's A record.`,
      'On the KMS host, start the Software Protection service: Start-Service sppsvc',
      ENABLE_RULE,
      'Fix clock skew (more than 4 hours, compared in UTC): w32tm /resync',
      'Update an old KMS host (required updates per WSD-PLAN) and install a CSVLK that covers the client.',
      `Retry: ${SLMGR_ATO}`,
      SARA,
    ],
    where: ['slmgr /ato', 'Windows activation UI'],
  },
  '0xC004F038': {
    meaning: "The KMS count is insufficient. The host's current count is below the activation threshold of the client's product.",
    likelyCauses: [
      "The host's count is below the threshold: 25 for Windows client OSes, 5 for Windows Server and Office (unique CMIDs seen in the past 30 days).",
      'Duplicate client machine IDs (CMIDs): the image was captured without sysprep /generalize, or with <SkipRearm>1</SkipRearm>, so the count stays stuck (often at 1).',
      'The count is split over several KMS hosts (legitimate or rogue): each host counts only the clients that reached it.',
    ],
    remedies: [
      'On the KMS host, read "Current count" in: slmgr.vbs /dlv',
      'Add clients or wait until the count reaches 25 (Windows clients) or 5 (Windows Server, Office); servers and clients add to the same count.',
      'Look for duplicate CMIDs: compare "Client Machine ID (CMID)" from slmgr.vbs /dli on two clients, or the CMIDs in the host\'s events 12290 against the client names.',
      'Fix duplicate CMIDs: rebuild the image with sysprep /generalize (no SkipRearm); on machines already deployed: cscript slmgr.vbs -rearm, then restart (new CMID; uses up a rearm).',
      'Keep the number of KMS hosts small; remove rogue or test hosts (find them in the 12288 host field and the _vlmcs._tcp SRV records).',
      SARA,
    ],
    where: ['slmgr /ato', 'event 12289'],
  },
  '0xC004F039': {
    meaning: 'KMS is not enabled. Microsoft: the KMS host did not respond to the KMS request.',
    likelyCauses: ['The KMS host did not respond to the request.', 'TCP 1688 is blocked or filtered on the way to the host.'],
    remedies: [TEST_PORT, ENABLE_RULE, 'Check network firewalls, ACLs and VPN routing between the client subnets and the host for TCP 1688.', SARA],
    where: ['slmgr /ato'],
  },
  '0xC004F041': {
    meaning: 'The KMS host itself is not activated.',
    likelyCauses: ['A KMS host key (CSVLK) was installed, but the host was never activated online or by phone.'],
    remedies: [
      'On the KMS host, activate online: slmgr.vbs /ato',
      'Or by phone: slmgr.vbs /dti (installation ID), then slmgr.vbs /atp <confirmation ID>',
      'Check on the host: slmgr.vbs /dlv shows the KMS product as Licensed.',
      SARA,
    ],
    where: ['slmgr /ato'],
  },
  '0xC004F042': {
    meaning: 'The specified KMS host cannot be used. Its host key (CSVLK) cannot activate this product.',
    likelyCauses: [
      'Application-specific (Office) and OS KMS hosts are mixed, and the client reached the wrong kind.',
      "The host's CSVLK is older than the client (e.g. a Windows Server 2016 CSVLK vs a Windows Server 2022 client).",
      'The host lacks the update that lets it activate newer clients (WSD-PLAN required updates).',
    ],
    remedies: [
      'Point the client at a host that can activate it: slmgr.vbs /skms <host>:1688 [<Activation ID>] (with an Activation ID the setting applies to that product only, e.g. Office).',
      'On the host, install the required update and a CSVLK that covers the client, then activate it: slmgr.vbs /ipk <CSVLK> and slmgr.vbs /ato',
      `${HOST_EVENTS} — and watch "Failed requests received" in slmgr.vbs /dlv.`,
    ],
    where: ['slmgr /ato', 'event 12290'],
  },
  '0xC004F015': {
    meaning: 'The license is not installed. Seen on KMS hosts (event 12290) whose host update or CSVLK lacks the license for a newer client.',
    likelyCauses: [
      "The host or its CSVLK cannot serve the client's product (e.g. Windows 10 clients vs a Server 2012 R2 or 2008 R2 host).",
      'The client then reports 0xC004F042 or 0xC004F074.',
    ],
    remedies: [
      'Install the host update: KB3172614 (Server 2012 R2 / Windows 8.1) or KB3079821 (Server 2008 R2 / Windows 7).',
      'Install a CSVLK that covers the clients (e.g. "Windows Srv 2012R2 DataCtr/Std KMS for Windows 10"): slmgr.vbs /ipk <CSVLK>, then slmgr.vbs /ato',
      HOST_EVENTS,
    ],
    where: ['event 12290'],
  },
  '0xC004F06C': {
    meaning: "The request timestamp is invalid. The client's and the KMS host's clocks differ by more than 4 hours.",
    likelyCauses: [
      'Client and host system time differ by more than 4 hours (compared in UTC; time zones do not matter).',
      'A broken time source: no NTP, or the domain time hierarchy is not working.',
      'Azure VMs with the W32Time NtpClient provider disabled.',
    ],
    remedies: [
      'Resynchronise the clock: w32tm /resync',
      'Fix the time source: NTP, or the Active Directory domain hierarchy for domain members.',
      'Azure VMs: enable the W32Time NtpClient provider (Enabled = 1; Type NT5DS for domain members).',
      `Retry: ${SLMGR_ATO}`,
    ],
    where: ['event 12288', 'event 12290', 'slmgr /ato'],
  },
  '0xC004F056': {
    meaning: 'The product could not be activated using KMS. A generic KMS failure, often seen with Office (ospp.vbs).',
    likelyCauses: ['A KMS activation failure without a more specific code; the events and the connectivity to the host say which.'],
    remedies: [CLIENT_EVENTS, TEST_PORT, 'Office: cscript ospp.vbs /dstatus and cscript ospp.vbs /dhistorykms (in the Office16 folder).'],
    where: ['slmgr /ato', 'ospp.vbs /act'],
  },
  '0xC004F06B': {
    meaning: 'The KMS host runs in a virtual machine, which this KMS version does not support. A legacy restriction.',
    likelyCauses: ['A Windows Vista / Server 2008-era KMS host running in a VM.'],
    remedies: ['Run the KMS host on Windows 7 / Server 2008 R2 or later, where a host may be a VM (inferred), or run the legacy host on physical hardware.'],
    where: ['slmgr output (legacy KMS host)'],
    notes: ['That the restriction is Vista/2008-era only is an inference [INF]: KMS hosts can be VMs on Windows 7 / Server 2008 R2 and later.'],
  },
  '0xC004F035': {
    meaning: 'The computer could not be activated with a volume license key. Volume-licensed systems need a qualifying operating system.',
    likelyCauses: ['A Windows 7-era volume-licensed client on a PC without an OEM BIOS marker (a volume license is an upgrade license).'],
    remedies: ['Install a MAK or retail key: slmgr.vbs /ipk <key>', 'Or activate by phone: slui 04'],
    where: ['slmgr /ato'],
  },
  '0xC004F050': {
    meaning: 'The product key is invalid.',
    likelyCauses: [
      'A typing error, or an em dash instead of a hyphen.',
      'A beta key on a released build.',
      'The wrong key type or edition (e.g. a CSVLK on an edition it does not support).',
    ],
    remedies: ['Install the correct key: slmgr.vbs /ipk <key> (hyphens, not dashes)', 'A KMS client needs the GVLK for its edition (WSD-GVLK list).'],
    where: ['slmgr /ipk'],
  },
  '0xC004F051': {
    meaning: 'The product key is blocked.',
    likelyCauses: ['Microsoft blocked the key.'],
    remedies: ['Get a new MAK or CSVLK from the Volume Licensing Service Center and install it: slmgr.vbs /ipk <key>'],
    where: ['slmgr /ipk', 'slmgr /ato'],
  },
  '0xC004F069': {
    meaning: 'The product SKU is not found. The key or Activation ID does not match an installed SKU.',
    likelyCauses: ['The key or Activation ID does not match an installed SKU.', 'A GVLK installed on an Evaluation edition (third-party reports).'],
    remedies: [
      'Install the GVLK that matches the installed edition: slmgr.vbs /ipk <GVLK> (WSD-GVLK list)',
      'Evaluation editions: convert the edition with DISM first, then install the GVLK (third-party advice).',
      "Read the OS's own text for the code: slui.exe 0x2a 0xC004F069",
    ],
    where: ['slmgr output'],
    notes: [
      'Discrepancy: slmgr.vbs\'s own message table prints "product SKU is not found" for 0xC004F066; slerror.h gives that text to 0xC004F069. Trust the header and slui.exe 0x2a.',
      'A Russian third-party page mislabels 0xC004F069 as a timestamp error.',
    ],
  },
  '0xC004F066': {
    meaning: 'A genuine-information property cannot be set (slerror.h). slmgr.vbs\'s built-in table instead prints "product SKU is not found" for this code.',
    likelyCauses: [
      'Not documented for KMS. If slmgr prints "product SKU is not found" with this code, the situation is the one of 0xC004F069: a key or Activation ID that matches no installed SKU (inferred from the slmgr table).',
    ],
    remedies: [
      "Read the OS's own text for the code and trust it over slmgr's table: slui.exe 0x2a 0xC004F066",
      'If it is about a missing SKU, follow 0xC004F069: kmsdoctor explain 0xC004F069',
    ],
    where: ['slmgr output'],
    notes: [
      'Discrepancy: slmgr.vbs maps C004F066 to "product SKU is not found"; slerror.h defines C004F066 as "genuine information property can not be set…" and uses 0xC004F069 for "product SKU is not found".',
    ],
  },
  '0xC004F014': {
    meaning: 'No product key is installed.',
    likelyCauses: ['No GVLK (or no key at all) is installed.'],
    remedies: ['Install the GVLK for the edition: slmgr.vbs /ipk <GVLK> (WSD-GVLK list; install media also carry it in \\sources\\Pid.txt)', `Then activate: ${SLMGR_ATO}`],
    where: ['slmgr /ato', 'slmgr /dli'],
  },
  '0xC004F009': {
    meaning: 'The grace period expired. The product is in the Notification state.',
    likelyCauses: ['The client was never activated within its grace period.'],
    remedies: [`Fix what keeps the client from reaching a KMS host, then activate: ${SLMGR_ATO}`],
    where: ['slmgr /ato', 'slmgr /dli'],
  },
  '0xC004F00F': {
    meaning: 'The hardware binding is beyond tolerance. The hardware changed too much.',
    likelyCauses: ['A hardware or driver change.'],
    remedies: [`KMS client: restart, or activate again: ${SLMGR_ATO}`],
    where: ['slmgr /ato'],
  },
  '0xC004F025': {
    meaning: 'Access denied: the requested action requires elevated privileges.',
    likelyCauses: ['slmgr.vbs ran without elevation for a command that changes settings.'],
    remedies: [ELEVATED],
    where: ['slmgr (setting commands such as /ipk, /skms, /ato)'],
  },
  '0xC004F059': {
    meaning: 'A license in the computer BIOS is invalid (OEM SLP). Not a KMS network error.',
    likelyCauses: ['OEM activation: the BIOS license marker is not valid.'],
    remedies: ["Not a KMS connectivity problem: look at the OEM/BIOS licensing; slui.exe 0x2a 0xC004F059 shows the OS's text."],
    where: ['slmgr /ato'],
  },
  '0xC004E015': {
    meaning: 'License consumption failed. The license store (tokens.dat) is usually corrupted.',
    likelyCauses: ['A corrupted license store: %windir%\\System32\\spp\\store\\2.0\\tokens.dat'],
    remedies: [
      'Stop the Software Protection service: net stop sppsvc',
      'Rename %windir%\\System32\\spp\\store\\2.0\\tokens.dat (e.g. to tokens.bar)',
      'Start the service: net start sppsvc',
      'Reinstall the license files: cscript //nologo %windir%\\System32\\slmgr.vbs /rilc',
      `Reinstall the product key (slmgr.vbs /ipk <key>) and activate: ${SLMGR_ATO}`,
    ],
    where: ['slmgr /ipk', 'slmgr /ato'],
  },
  '0xC004C003': {
    meaning: 'The activation server reports that the product key is blocked.',
    likelyCauses: ['Microsoft blocked the MAK or the KMS host key (CSVLK).'],
    remedies: ['Get a new key from the Volume Licensing Service Center or the Microsoft Licensing Activation Centre, then: slmgr.vbs /ipk <key> and slmgr.vbs /ato', SARA],
    where: ['slmgr /ato (online activation of a MAK or KMS host key)'],
  },
  '0xC004C008': {
    meaning: 'The product key has exceeded its unlock limit.',
    likelyCauses: ['The KMS host key (CSVLK) was used beyond its allowance: up to 6 hosts, each re-activatable up to 9 more times (10 activations).'],
    remedies: ['Contact the Microsoft Licensing Activation Centre to raise the limit.', SARA],
    where: ['slmgr /ato (on the KMS host)'],
  },
  '0xC004C001': {
    meaning: 'The activation server reports that the product key is invalid.',
    likelyCauses: ['The activation server did not accept the key (no cause documented).'],
    remedies: ['Check and re-enter the key: slmgr.vbs /ipk <key>, then slmgr.vbs /ato', 'If it persists, contact the Microsoft Licensing Activation Centre (general advice).'],
    where: ['slmgr /ato (online activation)'],
  },
  '0xC004B100': {
    meaning: 'The activation server could not activate the computer.',
    likelyCauses: ['A problem with the MAK.'],
    remedies: ['Check the installed key (slmgr.vbs /dli); use another MAK, or activate by phone: slui 04'],
    where: ['slmgr /ato (MAK)'],
  },
  '0xC004F075': {
    meaning: 'The operation cannot complete because the Software Protection service is stopping.',
    likelyCauses: ['sppsvc was stopping while the command ran.'],
    remedies: [`Retry the command, e.g.: ${SLMGR_ATO}`],
    where: ['slmgr (any command)'],
  },

  // --- §5.2 DNS / network / Win32 codes --------------------------------------------------------
  '0x8007232A': {
    meaning: 'DNS server failure. The DNS server could not answer the query (a network or DNS problem); Microsoft lists it for the KMS host, when publishing its SRV record.',
    likelyCauses: ['The DNS server failed to answer (SERVFAIL) — a DNS server or network problem.', 'On a KMS host: publishing the _vlmcs._tcp SRV record failed (event 12293).'],
    remedies: [
      'Ask the DNS server directly: Resolve-DnsName -Name _vlmcs._tcp.<domain> -Type SRV -Server <dns-server>',
      'Troubleshoot that DNS server and the network path to it (zone loaded, forwarders, reachability).',
      'On a KMS host, after fixing: restart the Software Protection service (Restart-Service sppsvc) and look for event 12294 (publishing succeeded).',
    ],
    where: ['event 12293', 'slmgr /ato'],
  },
  '0x8007232B': {
    meaning: 'DNS name does not exist. The client found no _vlmcs._tcp SRV record.',
    likelyCauses: [
      'No KMS host is installed, or the host does not publish its SRV record (slmgr /cdns, or event 12293 on the host).',
      "The client's primary DNS suffix or suffix search list does not reach the zone that holds the SRV record.",
      'A workgroup or non-domain client without a primary DNS suffix (third-party reports).',
    ],
    remedies: [
      CHECK_SRV,
      CHECK_SUFFIXES,
      'On the KMS host, check that it publishes (the default): event 12294 means success, 12293 failure; turn publishing back on with slmgr.vbs /sdns',
      PIN_HOST,
      'Azure VMs: slmgr.vbs /skms azkms.core.windows.net:1688',
      'If there is no KMS host at all, use a MAK instead.',
      SARA,
    ],
    where: ['slmgr /ato'],
  },
  '0x8007251D': {
    meaning: 'No records found for the DNS query. The _vlmcs._tcp name exists but holds no SRV record.',
    likelyCauses: ['The name exists in DNS without SRV data, so discovery returns no host.'],
    remedies: [
      CHECK_SRV,
      'Create the SRV record: DNS Manager → Forward Lookup Zones → <domain> → Other New Records → Service Location (SRV): Service _VLMCS, Protocol _TCP, Port 1688, host = KMS host FQDN — or let the host publish it (slmgr.vbs /sdns, then Restart-Service sppsvc).',
      'Troubleshoot the network and DNS between the client and its DNS servers.',
    ],
    where: ['slmgr /ato'],
  },
  '0x8007007B': {
    meaning: "DNS name does not exist, in Microsoft's activation error table. The client cannot find the _vlmcs._tcp SRV record.",
    likelyCauses: ['The client cannot find the SRV record.', 'Typical on workgroup or non-domain clients without a primary DNS suffix (third-party report).'],
    remedies: [CHECK_SUFFIXES, 'Give the client a primary DNS suffix (or DHCP option 15) that reaches the SRV zone.', PIN_HOST, SARA],
    where: ['slmgr /ato'],
  },
  '0x80092328': {
    meaning: 'A "DNS name does not exist" variant for KMS clients (Microsoft\'s activation error table). Handle it as 0x8007232B.',
    likelyCauses: ['The client found no _vlmcs._tcp SRV record in the domains it searched.'],
    remedies: [CHECK_SRV, CHECK_SUFFIXES, PIN_HOST],
    where: ['slmgr /ato'],
  },
  '0x8007267C': {
    meaning: 'No DNS servers are configured. On a client activation cannot look up the SRV record; on a KMS host, event 12293 can carry it.',
    likelyCauses: ['The client has no DNS server configured on its network adapters.', 'On a KMS host (event 12293): the host has no DNS server to publish its SRV record to.'],
    remedies: [`Configure a DNS server on the network adapter; check with ${C.dnsSettings}`, 'Or use a MAK and activate by phone: slui 04'],
    where: ['slmgr /ato', 'event 12293'],
  },
  '0x80072338': {
    meaning: 'No permission to update the _VLMCS SRV record (event 12293 on a new KMS host). The first KMS host created the record and owns it, so this host cannot publish to it.',
    likelyCauses: [
      'The first KMS host to register created the _VLMCS record and owns it; by design no other computer may change it.',
      'A second or replacement host with a different name tries to publish to the same record.',
    ],
    remedies: [
      "DNS Manager → zone → _tcp → _VLMCS → Properties → Security: add the new KMS host's computer account with Full Control.",
      'Or create an AD global security group for all KMS hosts and grant it Full Control on the _VLMCS._TCP record in every zone they publish to.',
      'Restart the Software Protection service on that host: Restart-Service sppsvc',
      'Confirm event 12294 (publishing succeeded) on the host.',
    ],
    where: ['event 12293'],
  },
  '0x800706BA': {
    meaning: "The RPC server is unavailable. The client could not reach the KMS host's RPC endpoint.",
    likelyCauses: ['The KMS firewall exception is not enabled on the host (it ships disabled).', 'The SRV record points at a dead or old KMS host.'],
    remedies: [ENABLE_RULE, `${CHECK_SRV}; delete records of hosts that are gone.`, TEST_PORT],
    where: ['slmgr /ato'],
  },
  '0xC0020017': {
    meaning: 'The RPC server is unavailable (NTSTATUS form). Logged as hr=0xC0020017 in event 8198 when the client cannot contact the KMS host.',
    likelyCauses: ['The client cannot reach the KMS host, e.g. VPN forced tunnelling sends KMS traffic the wrong way.', 'A firewall between client and host.'],
    remedies: [ROUTE_OR_FIREWALL, 'Restart the Software Protection service: Restart-Service sppsvc', `Activate again: ${SLMGR_ATO}`],
    where: ['event 8198'],
  },
  '0x8007139F': {
    meaning: 'Invalid state. Reported in event 8198 together with 0xC0020017 when the client cannot contact the KMS host.',
    likelyCauses: ['The client cannot reach the KMS host (e.g. VPN forced tunnelling, routing, firewall).'],
    remedies: [ROUTE_OR_FIREWALL, 'Restart the Software Protection service: Restart-Service sppsvc', `Activate again: ${SLMGR_ATO}`],
    where: ['event 8198'],
  },
  '0x8007274C': {
    meaning: 'Connection timed out (Winsock). Likely the HRESULT in event 12288 when TCP 1688 to the host is filtered.',
    likelyCauses: ["A firewall drops TCP 1688 (or the host's listening port) between client and host."],
    remedies: [ENABLE_RULE, 'Check network firewalls and VPN routing between the client subnets and the host.', TEST_PORT],
    where: ['event 12288'],
  },
  '0x8007274D': {
    meaning: "Connection refused (Winsock). Likely the HRESULT in event 12288 when nothing listens on the host's KMS port.",
    likelyCauses: [
      'The Software Protection service (sppsvc) is not running on the host, or the machine is not a KMS host.',
      'The host listens on another port than the client uses.',
    ],
    remedies: [
      'On the KMS host, start the Software Protection service: Start-Service sppsvc',
      'Check the port the host listens on ("Listening on Port" in slmgr.vbs /dlv) against the SRV record or /skms setting.',
      TEST_PORT,
    ],
    where: ['event 12288'],
  },
  '0x80070005': {
    meaning:
      'Access denied. slmgr was not run elevated ("the requested action requires elevated privileges"), or the Software Protection COM server lacks DCOM access permissions (event 8229).',
    likelyCauses: ['slmgr.vbs ran without elevation.', 'DCOM default access permissions were changed, so the SPP COM server is denied (event 8229).'],
    remedies: [ELEVATED, 'Restore the DCOM default access permissions (SELF: local and remote access) as the support article describes.'],
    where: ['slmgr (not elevated)', 'event 8229'],
  },
  '0x8007000D': {
    meaning:
      'The data is invalid. Microsoft: activation fails because SYSTEM lacks permissions on HKLM\\SYSTEM\\CurrentControlSet\\Enum\\Root; slmgr also prints "Error: The data is invalid" for out-of-range /sai or /act-type input.',
    likelyCauses: [
      'SYSTEM lacks permissions on HKLM\\SYSTEM\\CurrentControlSet\\Enum\\Root.',
      'slmgr.vbs rejected its own input: /sai or /sri outside 15–43200 minutes, /act-type outside 0–3.',
    ],
    remedies: [
      'Restore the registry permissions on HKLM\\SYSTEM\\CurrentControlSet\\Enum\\Root so SYSTEM has full control.',
      'For slmgr input errors: use /sai and /sri values from 15 to 43200, /act-type 0 to 3.',
    ],
    where: ['slmgr /ato', 'slmgr /sai', 'slmgr /act-type'],
    notes: ['A third-party KMS-emulator doc claims 0x8007000D means "the host cannot handle your product"; that is not Microsoft\'s meaning — ignore it for genuine hosts.'],
  },
  '0x80072EE7': {
    meaning: 'The server name could not be resolved (WinINet). Seen in event 8198 (hr=0x80072EE7) for online activation or validation endpoints, not for KMS hosts.',
    likelyCauses: ['The machine cannot resolve Internet names: DNS or proxy settings for online activation.'],
    remedies: ['Fix Internet name resolution or the proxy for online activation; it says nothing about the KMS host.'],
    where: ['event 8198'],
  },
  '0x8004FE21': {
    meaning: 'This computer is not running genuine Windows.',
    likelyCauses: ['Language packs (MUI) installed on an edition that is not licensed for them.', 'Malware modified the system, or system files are corrupted.'],
    remedies: ["Microsoft's remedy: reinstall the operating system.", 'Before that, check for language packs the edition is not licensed for.'],
    where: ['slmgr /ato'],
  },
  '0x80070490': {
    meaning: "The product key you entered didn't work (MAK; a Windows Server 2019 known issue).",
    likelyCauses: ['Entering a MAK through the activation UI on Windows Server 2019.'],
    remedies: ['Install the key with slmgr instead: slmgr.vbs -ipk <key>, then slmgr.vbs -ato'],
    where: ['Settings › Activation (change product key)'],
  },
} as const satisfies CodeTexts;
