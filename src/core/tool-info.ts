import { packageRoot } from './package-root.js';
import { readRuntimeFile } from './runtime-files.js';

/**
 * The package folder, for tests and tools that read samples and fixtures. Runtime code reads its
 * files through readRuntimeFile instead; nothing in the CLI uses this, so the bundle drops it.
 */
export const PACKAGE_ROOT: string = /* @__PURE__ */ packageRoot();

export const TOOL = {
  name: 'kms-doctor',
  version: (JSON.parse(readRuntimeFile('package.json')) as { version: string }).version,
};
