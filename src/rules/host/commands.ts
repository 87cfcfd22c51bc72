import { KMS_PORT } from '../../core/ports.js';

/** Commands several host findings print, so each is written once and reads the same in every finding. */

/** slmgr run on the host itself, in full (a remote prompt may not resolve a bare slmgr.vbs). */
export const SLMGR = 'cscript //nologo %windir%\\System32\\slmgr.vbs';

/** The host's licensing state: "Current count", "Failed requests received", the service version. */
export const SLMGR_DLV = `${SLMGR} /dlv`;

/** Every KMS host DNS lists for a domain. */
export const LIST_KMS_HOSTS = 'Resolve-DnsName -Name _vlmcs._tcp.<domain> -Type SRV';

export const ACTIVATE = 'slmgr.vbs /ato';

/** Pins clients to one host, the way round DNS while a host problem is fixed. */
export const PIN_TO_HOST = `slmgr.vbs /skms <host>:${KMS_PORT}`;
