import { KMS_PORT } from '../../core/ports.js';

/**
 * slmgr and registration commands many remedies give. Built in one place so every finding prints
 * them alike, and outside the catalog so no translation can alter what is typed.
 */

/** Forgets the pinned or cached KMS host: the client returns to DNS discovery. */
export const CLEAR_KMS_HOST = 'slmgr.vbs /ckms';

/** Re-registers the machine's addresses in DNS (run on the host). */
export const REGISTER_DNS = 'ipconfig /registerdns';

/** Shows the KMS host's own view: enabled, listening port, host key, ePID. */
export const SHOW_LICENSE = 'slmgr.vbs /dlv';

/** The same, as a script run from any folder prints it (cscript, no banner). */
export const SHOW_LICENSE_SCRIPT = 'cscript //nologo %windir%\\System32\\slmgr.vbs /dlv';

/** Activates now, against the KMS host the client finds. */
export const ACTIVATE = 'slmgr.vbs /ato';

/** Tells clients which domain to search for the SRV record. */
export const LOOKUP_DOMAIN = 'slmgr.vbs /skms-domain <domain-with-the-record>';

/** Pins the client to one KMS host. */
export function pinKmsHostCommand(port: number = KMS_PORT): string {
  return `slmgr.vbs /skms <kms-host-fqdn>:${port}`;
}

/** On the host: what listens on a port (a number, or a placeholder such as `<port>`). */
export function listenerCommand(port: number | string): string {
  return `Get-NetTCPConnection -LocalPort ${port} -State Listen`;
}
