/**
 * A fixture (a test network, a DNS server) that a uvu suite starts in its `before` hook.
 *
 * uvu swallows errors thrown by `before` hooks (the suite then "passes" 0 tests), so the error is
 * kept and rethrown by `get()` in each test that needs the fixture, where it is reported properly.
 */
import type { Test } from 'uvu';

export interface BeforeFixture<T> {
  /** The started fixture, or the error that kept it from starting. */
  get(): T;
  /** The fixture if it started, for an `after` hook that must not throw. */
  current(): T | undefined;
}

/** Starts the fixture in `test.before`; `what` names it in the error if it never started. */
export function startBefore<T>(test: Test, what: string, start: () => Promise<T>): BeforeFixture<T> {
  let value: T | undefined;
  let setupError: unknown;
  test.before(async () => {
    try {
      value = await start();
    } catch (error) {
      setupError = error;
    }
  });
  return {
    get() {
      if (value === undefined) throw setupError ?? new Error(`${what} not started`);
      return value;
    },
    current: () => value,
  };
}
