/** English text of the readiness checks: titles and the detail line of each state. */
export const READINESS = {
} as const satisfies Record<string, string>;
