/**
 * The installed layout of the KmsDoctor module (what the .nupkg holds): the module's own files
 * from ps/KmsDoctor without its tests, plus the CLI and the collector inside it, where
 * KmsDoctor.psm1 looks first (bin/, collector/). The CLI is the npm build's files side by side:
 * the start script, the bundle it loads and the parts the bundle loads, all from their own folder.
 */
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface ModuleInputs {
  root: string;
  /** The npm build's files (npmBuildFiles in build/bundle.ts), copied by name into bin/: kmsdoctor.cjs starts them. */
  cli: readonly string[];
  exe: string | null;
}

/** The module's version must be the package's: one release, one number. */
export function checkModuleVersion(root: string): string {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const manifest = readFileSync(join(root, 'ps', 'KmsDoctor', 'KmsDoctor.psd1'), 'utf8');
  const moduleVersion = /^\s*ModuleVersion\s*=\s*'([^']+)'/m.exec(manifest)?.[1];
  if (moduleVersion !== version) throw new Error(`ps/KmsDoctor/KmsDoctor.psd1 has ModuleVersion ${moduleVersion ?? '(none)'}, package.json has ${version}: make them equal`);
  return version;
}

export function stageModule({ root, cli, exe }: ModuleInputs, folder: string): string {
  const module = join(folder, 'KmsDoctor');
  rmSync(folder, { recursive: true, force: true });
  cpSync(join(root, 'ps', 'KmsDoctor'), module, { recursive: true, filter: (source) => !source.endsWith(join('KmsDoctor', 'Tests')) });
  mkdirSync(join(module, 'bin'));
  for (const path of cli) cpSync(path, join(module, 'bin', basename(path)));
  if (exe) cpSync(exe, join(module, 'bin', 'kmsdoctor.exe'));
  mkdirSync(join(module, 'collector'));
  cpSync(join(root, 'ps', 'collector', 'Get-KmsSnapshot.ps1'), join(module, 'collector', 'Get-KmsSnapshot.ps1'));
  return module;
}
