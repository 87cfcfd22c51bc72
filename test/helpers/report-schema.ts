import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { PACKAGE_ROOT } from '../../src/core/tool-info.js';

/** The published report schema, compiled once with formats (date-time) enforced. */
export const REPORT_SCHEMA_PATH = join(PACKAGE_ROOT, 'src', 'report', 'report.schema.json');

// ajv is CommonJS; under NodeNext its class is the default export's `default`.
const Ajv2020 = Ajv2020Module.default;
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
addFormats.default(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(REPORT_SCHEMA_PATH, 'utf8')));

/** Returns the schema errors as readable lines; empty when `value` is a valid report. */
export function reportSchemaErrors(value: unknown): string[] {
  return validate(value)
    ? []
    : (validate.errors ?? []).map(
        (error: { instancePath: string; message?: string; params: unknown }) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`,
      );
}

/** Errors of `value` against one definition of the schema, e.g. `probeResult` for an NDJSON result line. */
export function definitionErrors(definition: string, value: unknown): string[] {
  const check = ajv.getSchema(`urn:kms-doctor:report:2#/$defs/${definition}`);
  if (!check) throw new Error(`the report schema has no definition "${definition}"`);
  return check(value) ? [] : (check.errors ?? []).map((error: { instancePath: string; message?: string }) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}
