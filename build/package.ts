/**
 * `npm run package` (after `npm run build`): kmsdoctor.exe for Windows x64 and the PowerShell
 * Gallery package KmsDoctor.<version>.nupkg, both in dist/, with their sizes. Runs on Linux; needs
 * npm (the Node binaries come from the registry) and pwsh (PSResourceGet writes the .nupkg).
 */
import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { execa } from 'execa';
import { BUNDLE_PATH, bundleSingleFile, npmBuildFiles, ROOT } from './bundle.js';
import { checkModuleVersion, stageModule } from './module-layout.js';
import { buildWindowsExe } from './sea.js';

const DIST = join(ROOT, 'dist');
const WORK = join(ROOT, '.tmp', 'package');

/** PowerShell 7 as the test command finds it: KMSD_PWSH, then PATH, then the .NET global tool. */
function findPwsh(): string {
  if (process.env.KMSD_PWSH) return process.env.KMSD_PWSH;
  for (const dir of [...(process.env.PATH ?? '').split(delimiter), join(homedir(), '.dotnet', 'tools')]) {
    if (dir && existsSync(join(dir, 'pwsh'))) return join(dir, 'pwsh');
  }
  throw new Error('pwsh (PowerShell 7.4 or later) writes the .nupkg and was not found: dotnet tool install --global PowerShell');
}

const size = (path: string) => {
  const bytes = statSync(path).size;
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(0)} KiB`;
};

async function main(): Promise<void> {
  if (!existsSync(BUNDLE_PATH)) throw new Error(`${BUNDLE_PATH} is missing: run npm run build first`);
  const version = checkModuleVersion(ROOT);
  // The exe runs one script: everything the npm build keeps in parts beside the bundle is inside it.
  const script = await bundleSingleFile(join(WORK, 'exe-script', 'kmsdoctor.cjs'));
  const exe = await buildWindowsExe(script.path, join(DIST, 'kmsdoctor.exe'), join(WORK, 'sea'));
  const module = stageModule({ root: ROOT, cli: npmBuildFiles(), exe: exe.path }, join(WORK, 'module'));
  await execa(findPwsh(), ['-NoProfile', '-NonInteractive', '-File', join(ROOT, 'build', 'compress-module.ps1'), '-Path', module, '-DestinationPath', DIST], { stdio: 'inherit' });
  const nupkg = join(DIST, `KmsDoctor.${version}.nupkg`);
  if (!existsSync(nupkg)) throw new Error(`Compress-PSResource wrote no ${nupkg}`);
  console.log(`bundle   ${BUNDLE_PATH}  ${size(BUNDLE_PATH)} (and its parts beside it)`);
  console.log(`script   ${script.path}  ${size(script.path)} (the exe's, all in one)`);
  console.log(`exe      ${exe.path}  ${size(exe.path)} (Node ${(await import('./node-runtime.js')).NODE_VERSION}, unsigned)`);
  console.log(`nupkg    ${nupkg}  ${size(nupkg)}`);
}

main().catch((error: unknown) => {
  console.error(`package: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
