/** Text from snapshots is hostile: control characters (escape sequences, new lines) never reach a terminal or a table cell. */
export function plain(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ');
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
