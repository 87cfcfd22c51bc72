/**
 * Rewrites the sample reports in samples/reports/ from the real CLI run against the built-in lab,
 * so the samples (and anything that consumes them) follow the report format as it is.
 * Run: npm run build && node --import tsx test/tools/regenerate-samples.ts
 */
import { execFile, execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PACKAGE_ROOT } from '../../src/core/tool-info.js';
import { startLab } from '../../src/lab/lab.js';
import { labReadinessArgs } from '../helpers/lab-readiness-args.js';

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

/**
 * The readiness page in Japanese, checked against the lab started here. The CLI runs without
 * blocking this process, which answers for the lab; its exit code 1 (a check failed: the lab's
 * planted faults) is the expected verdict, not an error.
 */
const lab = await startLab();
try {
  const args = labReadinessArgs(lab, '--format', 'html', '--lang', 'ja');
  const { stdout } = await promisify(execFile)(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }).catch(
    (error: { code?: number; stdout?: string }) => {
      if (error.code === 1 && error.stdout) return { stdout: error.stdout };
      throw error;
    },
  );
  writeFileSync(join(PACKAGE_ROOT, 'samples', 'reports', 'readiness-ja.html'), stdout);
  console.log('wrote samples/reports/readiness-ja.html');
} finally {
  await lab.close();
}
