import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { PACKAGE_ROOT } from '../../src/core/tool-info.js';

/** The snapshot schema (the contract between the PowerShell collector and the Node side). */
export const SNAPSHOT_SCHEMA_PATH = join(PACKAGE_ROOT, 'src', 'snapshot', 'snapshot.schema.json');

// ajv is CommonJS; under NodeNext its class is the default export's `default`.
const Ajv2020 = Ajv2020Module.default;
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
addFormats.default(ajv);

/** The schema as parsed JSON, for tests that inspect it. */
export const snapshotSchema = JSON.parse(readFileSync(SNAPSHOT_SCHEMA_PATH, 'utf8')) as {
  $defs: Record<string, { properties?: Record<string, unknown>; required?: string[]; oneOf?: unknown[] }>;
  properties: Record<string, unknown>;
  required: string[];
};
const validate = ajv.compile(snapshotSchema);

type AjvError = { instancePath: string; message?: string; params: unknown };
const describe = (error: AjvError) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`;

/** Returns the schema errors as readable lines; empty when `value` is a valid snapshot. */
export function snapshotSchemaErrors(value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((error: AjvError) => describe(error));
}

/** Errors of `value` against one definition of the schema, e.g. `kmsEvent`. */
export function snapshotDefinitionErrors(definition: string, value: unknown): string[] {
  const check = ajv.getSchema(`urn:kms-doctor:snapshot:1#/$defs/${definition}`);
  if (!check) throw new Error(`the snapshot schema has no definition "${definition}"`);
  return check(value) ? [] : (check.errors ?? []).map((error: AjvError) => describe(error));
}
