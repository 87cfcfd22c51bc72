import { inputError } from '../catalog/input-error.js';
import { type Message, msg } from '../catalog/message.js';
import { readRuntimeFile } from '../core/runtime-files.js';
import { readTextFile, readTextFileSync } from '../inputs/read-text-file.js';
import type { Snapshot } from './model.js';

/** A real snapshot is tens of kilobytes; anything this large is not one, and is refused before reading. */
export const MAX_SNAPSHOT_BYTES = 32 * 1024 * 1024;

let validator: (((value: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string }> | null }) | undefined;

/**
 * Loads the validator once, on first use: a check that reads no snapshot never pays for ajv. The
 * synchronous loader (batches of many snapshots) needs it loaded first.
 */
export async function prepareSnapshotValidator(): Promise<void> {
  if (validator) return;
  const [{ default: Ajv2020Module }, { default: addFormatsModule }] = await Promise.all([import('ajv/dist/2020.js'), import('ajv-formats')]);
  // ajv is CommonJS; under NodeNext the classes are the default exports' `default`.
  const ajv = new Ajv2020Module.default({ allErrors: false, strict: false });
  addFormatsModule.default(ajv);
  validator = ajv.compile(JSON.parse(readRuntimeFile('src/snapshot/snapshot.schema.json')));
}

/** The first schema problem (ajv's own words after the JSON pointer), or null when the value is a snapshot. */
function validate(value: unknown): Message | null {
  if (!validator) throw new Error('the snapshot validator is not loaded: await prepareSnapshotValidator() first');
  if (validator(value)) return null;
  const first = validator.errors?.[0];
  return first ? msg('facts.snapshot.schema-error', { where: first.instancePath || '/', problem: first.message ?? '' }) : msg('facts.snapshot.schema-mismatch');
}

const READ_SPEC = { maxBytes: MAX_SNAPSHOT_BYTES, what: 'snapshot' } as const;

/** Reads and validates a snapshot file; every problem is a UsageError naming the file. */
export async function loadSnapshot(path: string): Promise<Snapshot> {
  await prepareSnapshotValidator();
  // UTF-8 from the collector; UTF-16LE when a user re-saved it with Windows PowerShell's Out-File or `>`.
  const { text } = await readTextFile(path, READ_SPEC);
  return parseSnapshot(text, path);
}

/** loadSnapshot without promises, for batches of many snapshots (`kmsdoctor fleet`); call prepareSnapshotValidator() once before. */
export function loadSnapshotSync(path: string): Snapshot {
  return parseSnapshot(readTextFileSync(path, READ_SPEC).text, path);
}

function parseSnapshot(text: string, path: string): Snapshot {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw inputError('input-error.snapshot.not-json', { path, detail: (error as Error).message });
  }
  if ((value as { kind?: unknown } | null)?.kind !== 'kms-doctor-snapshot') throw inputError('input-error.snapshot.not-snapshot', { path, kind: '"kind": "kms-doctor-snapshot"' });
  const problem = validate(value);
  if (problem) throw inputError('input-error.snapshot.invalid', { path, problem });
  return value as Snapshot;
}
