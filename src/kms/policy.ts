/**
 * The count-safe policy for activation requests (shared/kms-protocol.md §8), enforced in code:
 *
 * - one stable client machine id (CMID) per installation, generated once and stored per user, so
 *   repeated probes count at most one machine on a host (a CMID stays counted for 30 days);
 * - an honest workstation name, so the host's event 12290 names the probe;
 * - at most one request per run: {@link RequestGuard} throws a programmer error on a second send.
 *
 * The opt-in flag itself (`--activation-request`) is checked by the commands; the probe refuses to
 * send without a guard.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, hostname } from 'node:os';
import { join } from 'node:path';
import { type Message, msg } from '../catalog/message.js';
import { render } from '../catalog/render.js';
import { isUuid } from '../rpc/uuid.js';
import { WORKSTATION_MAX_CHARS } from './message.js';

/** Thrown when code tries to send a second activation request in one run. Never a network outcome. */
export class SecondRequestError extends Error {
  override readonly name = 'SecondRequestError';
}

/**
 * Allows exactly one activation request per run. The CLI creates one per process; the probe claims
 * it immediately before the request PDU is written, so a failed bind leaves it unused.
 */
export class RequestGuard {
  #claimedFor: string | null = null;

  /** Marks the one request as sent. @throws SecondRequestError when it was already claimed. */
  claim(description: string): void {
    if (this.#claimedFor !== null) {
      throw new SecondRequestError(
        `programmer error: a second activation request (${description}) in one run; one was already sent (${this.#claimedFor}). The policy allows one request per run.`,
      );
    }
    this.#claimedFor = description;
  }

  /** True once a request was sent. */
  get used(): boolean {
    return this.#claimedFor !== null;
  }
}

/** Environment variable that overrides the per-user configuration folder (tests, portable installs). */
export const CONFIG_DIR_ENV = 'KMSDOCTOR_CONFIG_DIR';

/**
 * The per-user configuration folder: $KMSDOCTOR_CONFIG_DIR, else %APPDATA%\kms-doctor on Windows,
 * else $XDG_CONFIG_HOME/kms-doctor, else ~/.config/kms-doctor.
 */
export function configDirectory(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const override = env[CONFIG_DIR_ENV];
  if (override !== undefined && override.trim() !== '') return override;
  if (platform === 'win32' && env.APPDATA) return join(env.APPDATA, 'kms-doctor');
  const xdg = env.XDG_CONFIG_HOME;
  return join(xdg !== undefined && xdg.trim() !== '' ? xdg : join(homedir(), '.config'), 'kms-doctor');
}

/** Where the CMID came from. */
export type CmidSource = 'stored' | 'created' | 'given' | 'ephemeral';

export interface Cmid {
  cmid: string;
  source: CmidSource;
  /** The file holding it (null for --cmid). */
  path: string | null;
  /** Why it could not be stored, for an ephemeral CMID. */
  problem: Message | null;
}

/** Thrown for a stored CMID file that exists but does not hold a UUID; the user must look at it. */
export class CmidFileError extends Error {
  override readonly name = 'CmidFileError';

  /** English as its message; `said` is the catalog message, for the run's language. */
  constructor(readonly said: Message) {
    super(render(said));
  }
}

/**
 * The installation's CMID: read from `<dir>/cmid`, or generated with crypto.randomUUID and stored
 * there (created exclusively, so two first runs cannot store two ids). When the file cannot be
 * written, the id is `ephemeral` and `problem` says why — callers must not send with it.
 * @throws CmidFileError when the file exists but does not hold a UUID.
 */
export function installationCmid(dir: string = configDirectory()): Cmid {
  const path = join(dir, 'cmid');
  const read = (): string | null => {
    try {
      return readFileSync(path, 'utf8').trim();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return null; // not stored yet (or no folder): create it below
      throw new CmidFileError(msg('usage-error.cmid.cannot-read', { path, detail: (error as Error).message }));
    }
  };
  const stored = read();
  if (stored !== null) {
    if (!isUuid(stored)) throw new CmidFileError(msg('usage-error.cmid.not-uuid', { path, start: stored.slice(0, 40) }));
    return { cmid: stored.toLowerCase(), source: 'stored', path, problem: null };
  }
  const fresh = randomUUID();
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(path, `${fresh}\n`, { flag: 'wx', mode: 0o600 });
    return { cmid: fresh, source: 'created', path, problem: null };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      const raced = read();
      if (raced !== null && isUuid(raced)) return { cmid: raced.toLowerCase(), source: 'stored', path, problem: null };
    }
    return { cmid: fresh, source: 'ephemeral', path, problem: msg('usage-error.cmid.cannot-store', { path, detail: (error as Error).message }) };
  }
}

/** `kms-probe.<hostname>`, at most 63 characters: what the host's event 12290 will show. */
export function honestWorkstationName(host: string = hostname()): string {
  return `kms-probe.${host}`.slice(0, WORKSTATION_MAX_CHARS);
}

/** Realistic client state sent with a probe (§8 recommendation 4): out-of-box grace, 30 days left. */
export const PROBE_LICENSE_STATUS = 2;
export const PROBE_GRACE_MINUTES = 43_200;
