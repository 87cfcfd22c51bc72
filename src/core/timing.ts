/** Monotonic stopwatch; `durationMs` everywhere comes from here so rounding is uniform. */
export function startTimer(): { startedAt: string; elapsedMs: () => number } {
  const start = process.hrtime.bigint();
  return {
    startedAt: new Date().toISOString(),
    elapsedMs: () => Math.round(Number(process.hrtime.bigint() - start) / 1e5) / 10,
  };
}
