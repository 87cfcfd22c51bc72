import type { Lab } from '../../src/lab/lab.js';

/** `kmsdoctor readiness` against the built-in lab, expecting its healthy host: the run the readiness tests and samples start from. */
export function labReadinessArgs(lab: Lab, ...more: string[]): string[] {
  return ['readiness', '--domain', lab.domain, '--dns-server', `${lab.dns.address}:${lab.dns.port}`, '--expect-host', `kms01.${lab.domain}`, ...more];
}
