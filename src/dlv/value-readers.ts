/**
 * A /dlv value as the snapshot holds it: text, a non-negative integer, a TCP port, a GUID, a
 * `name:port`. A value that is not what its label promises is left unknown (null) with a warning,
 * never guessed.
 */
import { GUID } from './anchors.js';
import { clip } from './limits.js';

export interface HostPort {
  host: string | null;
  port: number | null;
}

export class DlvValueReader {
  constructor(private readonly warn: (message: string) => void) {}

  text(value: string | undefined): string | null {
    const v = (value ?? '').trim();
    return v === '' ? null : v;
  }

  /** Every count, interval and minute value slmgr prints is a non-negative integer (uint32 in WMI). */
  integer(value: string | undefined, what: string): number | null {
    const v = (value ?? '').trim();
    if (/^\d{1,15}$/.test(v)) return Number(v);
    if (v !== '') this.warn(`${what}: "${clip(v)}" is not a non-negative whole number; left unknown`);
    return null;
  }

  port(value: string, what: string, min = 0): number | null {
    const port = this.integer(value, what);
    if (port === null) return null;
    if (port < min || port > 65535) {
      this.warn(`${what}: ${port} is not a usable TCP port; left unknown`);
      return null;
    }
    return port;
  }

  /** A GUID as shown (braces dropped), or null with a warning when the value is not one. */
  guid(value: string | undefined, what: string): string | null {
    const v = (value ?? '').trim();
    if (v === '') return null;
    if (GUID.test(v)) return v.replace(/^\{|\}$/g, '');
    this.warn(`${what}: "${clip(v)}" is not a GUID; left unknown`);
    return null;
  }

  /** `name:port` as slmgr prints it (it always appends ":" and the port, so the last colon separates). */
  hostPort(value: string | undefined, what: string, minPort: number, portOptional = false): HostPort {
    const v = (value ?? '').trim();
    if (v === '') return { host: null, port: null };
    const bracketed = /^\[([^\]]*)\](?::(.*))?$/.exec(v);
    if (bracketed) return { host: this.text(bracketed[1]), port: bracketed[2] === undefined ? null : this.port(bracketed[2], what, minPort) };
    const colon = v.lastIndexOf(':');
    if (colon < 0) {
      if (!portOptional) this.warn(`${what}: "${clip(v)}" has no port; the port is left unknown`);
      return { host: v, port: null };
    }
    // A typed /skms argument with several colons and no brackets is an IPv6 address without a port.
    if (portOptional && v.indexOf(':') !== colon) return { host: v, port: null };
    return { host: this.text(v.slice(0, colon)), port: this.port(v.slice(colon + 1), what, minPort) };
  }
}
