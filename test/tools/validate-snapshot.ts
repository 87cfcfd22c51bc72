/**
 * Validates snapshot files against src/snapshot/snapshot.schema.json:
 *   node --import tsx test/tools/validate-snapshot.ts FILE...
 * Exit 0 when every file is valid; otherwise prints each error as "FILE: PATH MESSAGE" on stderr
 * and exits 1 (2 when no file was named). The Pester collector tests call it on what they produce.
 */
import { readFileSync } from 'node:fs';
import { snapshotSchemaErrors } from '../helpers/snapshot-schema.js';

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write('usage: node --import tsx test/tools/validate-snapshot.ts FILE...\n');
  process.exit(2);
}

let invalid = 0;
for (const file of files) {
  let errors: string[];
  try {
    const bytes = readFileSync(file);
    // A BOM would make strict JSON readers (and jq) choke: the collector must not write one.
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) errors = ['/ starts with a UTF-8 byte order mark'];
    else errors = snapshotSchemaErrors(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)));
  } catch (error) {
    errors = [`/ cannot be read as UTF-8 JSON: ${error instanceof Error ? error.message : String(error)}`];
  }
  for (const line of errors) process.stderr.write(`${file}: ${line}\n`);
  if (errors.length > 0) invalid++;
  else process.stdout.write(`${file}: valid\n`);
}
process.exitCode = invalid === 0 ? 0 : 1;
