import { CATALOGS, type Locale } from '../../catalog/catalogs.js';
import type { FLEET_REPORT } from '../../catalog/en/fleet-report.js';
import type { MessageArgs } from '../../catalog/message.js';
import { render } from '../../catalog/render.js';
import { LICENSE_STATUS_WORDS } from '../../client/license-state.js';

/** Text from snapshots is hostile: control characters (escape sequences, new lines) never reach a terminal or a table cell. */
export function plain(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ');
}

export type FleetText = (id: keyof typeof FLEET_REPORT, args?: MessageArgs) => string;

/** The fleet reports' own words, in the report's language. */
export function fleetText(locale: Locale): FleetText {
  return (id, args) => render(args === undefined ? { id } : { id, args }, locale);
}

/**
 * A license state as the report carries it (slmgr's English words, language-neutral data) in the
 * reader's language; a state slmgr does not name stays as it is.
 */
export function stateText(state: string, text: FleetText): string {
  const index = (LICENSE_STATUS_WORDS as readonly string[]).indexOf(state);
  return index === -1 ? state : text(`fleet-report.state.${index}` as keyof typeof FLEET_REPORT);
}

/** `0–7: 3, 8–30: 1` in the report's language. */
export function bucketsText(buckets: ReadonlyArray<{ label: string; count: number }>, text: FleetText, locale: Locale): string {
  return buckets.map((b) => text('fleet-report.bucket', { label: b.label, count: b.count })).join(CATALOGS[locale].listSeparator);
}

const STATE_COLOURS: Record<string, string> = {
  Licensed: '#2e7d32',
  'Initial grace period': '#f9a825',
  Notification: '#c62828',
  Unlicensed: '#8e0000',
};

export function stateColour(state: string): string {
  return STATE_COLOURS[state] ?? (/grace/i.test(state) ? '#ef6c00' : '#607d8b');
}
