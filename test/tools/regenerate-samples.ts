/**
 * Rewrites the sample reports in samples/reports/ from the real CLI run against the built-in lab,
 * so the samples (and anything that consumes them) follow the report format as it is.
 * Run: npm run build && node --import tsx test/tools/regenerate-samples.ts
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/core/tool-info.js';

const cli = join(PACKAGE_ROOT, 'dist', 'src', 'cli', 'main.js');
const run = (args: string[]) => execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

for (const [file, args] of [
  ['lab-connectivity.json', ['lab', '--json']],
  ['lab-connectivity.ndjson', ['lab', '--ndjson']],
  ['lab-connectivity.txt', ['lab']],
  ['lab-ja.txt', ['lab', '--lang', 'ja']],
] as const) {
  writeFileSync(join(PACKAGE_ROOT, 'samples', 'reports', file), run([...args]));
  console.log(`wrote samples/reports/${file}`);
}
