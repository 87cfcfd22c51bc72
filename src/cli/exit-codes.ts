/** 0: ran, nothing at or above --fail-on; 1: ran, findings at or above it; 2: could not run. */
export const EXIT = { OK: 0, FINDINGS: 1, ERROR: 2 } as const;
