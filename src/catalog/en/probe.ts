/** English text of the one-line descriptions of probe outcomes (evidence lines and the human report's probe list). */
export const PROBE = {
} as const satisfies Record<string, string>;
