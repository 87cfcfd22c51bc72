/**
 * Every file the CLI reads at run time (through src/core/runtime-files.ts), by its `/`-separated
 * path in the package. The bundle carries them all inside it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const matches = (root: string, folder: string, test: (name: string) => boolean): string[] =>
  readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .map((name) => `${folder}/${name.split('\\').join('/')}`)
    .filter(test)
    .sort();

export function runtimeFiles(root: string): string[] {
  return [
    // The version (`--version`, every report's `tool`).
    'package.json',
    // The finding pages `kmsdoctor explain` prints, in every language.
    ...matches(root, 'src/catalog', (path) => /^src\/catalog\/[a-z]+\/pages\/.+\.md$/.test(path)),
    // The JSON Schemas (the snapshot schema validates every snapshot read).
    ...matches(root, 'src', (path) => path.endsWith('.schema.json')),
    // What `kmsdoctor collect` runs on Windows.
    'ps/collector/Get-KmsSnapshot.ps1',
  ];
}
