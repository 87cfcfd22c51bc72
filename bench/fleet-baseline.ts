/**
 * The fleet benchmark's baseline: the same files read with the same concurrency and only
 * JSON.parse'd — no validation, no reduction, no analysis. What reading alone costs.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pLimit from 'p-limit';

const dir = process.argv[2]!;
const names = (await readdir(dir)).filter((n) => n.endsWith('.json'));
const limit = pLimit(16);
let clients = 0;
await Promise.all(
  names.map((name) =>
    limit(async () => {
      const value = JSON.parse(await readFile(join(dir, name), 'utf8')) as { service?: { isKmsHost?: boolean } };
      if (!value.service?.isKmsHost) clients += 1;
    }),
  ),
);
console.log(`${clients} clients parsed`);
