/**
 * A /dlv value as the snapshot holds it: text, a non-negative integer, a TCP port, a GUID, a
 * `name:port`. A value that is not what its label promises is left unknown (null) with a warning,
 * never guessed. `field` names the value in the warning: the snapshot's field, or slmgr's label key,
 * language-neutral names an admin finds in the snapshot JSON.
 */
import { type Message, msg } from '../catalog/message.js';
import { GUID } from './anchors.js';
import { clip } from './limits.js';

export interface HostPort {
  host: string | null;
  port: number | null;
}

export class DlvValueReader {
  constructor(private readonly warn: (message: Message) => void) {}

  text(value: string | undefined): string | null {
    const v = (value ?? '').trim();
    return v === '' ? null : v;
  }

  /** Every count, interval and minute value slmgr prints is a non-negative integer (uint32 in WMI). */
  integer(value: string | undefined, field: string): number | null {
    const v = (value ?? '').trim();
    if (/^\d{1,15}$/.test(v)) return Number(v);
    if (v !== '') this.warn(msg('input-note.dlv.not-integer', { field, value: clip(v) }));
    return null;
  }

  port(value: string, field: string, min = 0): number | null {
    const port = this.integer(value, field);
    if (port === null) return null;
    if (port < min || port > 65535) {
      this.warn(msg('input-note.dlv.not-port', { field, port }));
      return null;
    }
    return port;
  }

  /** A GUID as shown (braces dropped), or null with a warning when the value is not one. */
  guid(value: string | undefined, field: string): string | null {
    const v = (value ?? '').trim();
    if (v === '') return null;
    if (GUID.test(v)) return v.replace(/^\{|\}$/g, '');
    this.warn(msg('input-note.dlv.not-guid', { field, value: clip(v) }));
    return null;
  }

  /** `name:port` as slmgr prints it (it always appends ":" and the port, so the last colon separates). */
  hostPort(value: string | undefined, field: string, minPort: number, portOptional = false): HostPort {
    const v = (value ?? '').trim();
    if (v === '') return { host: null, port: null };
    const bracketed = /^\[([^\]]*)\](?::(.*))?$/.exec(v);
    if (bracketed) return { host: this.text(bracketed[1]), port: bracketed[2] === undefined ? null : this.port(bracketed[2], field, minPort) };
    const colon = v.lastIndexOf(':');
    if (colon < 0) {
      if (!portOptional) this.warn(msg('input-note.dlv.no-port', { field, value: clip(v) }));
      return { host: v, port: null };
    }
    // A typed /skms argument with several colons and no brackets is an IPv6 address without a port.
    if (portOptional && v.indexOf(':') !== colon) return { host: v, port: null };
    return { host: this.text(v.slice(0, colon)), port: this.port(v.slice(colon + 1), field, minPort) };
  }
}
