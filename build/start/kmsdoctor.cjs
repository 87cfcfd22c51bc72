#!/usr/bin/env node
// What the `kmsdoctor` command runs (dist/kmsdoctor.cjs). A bare `--version` is answered here, from
// the version the build writes in (build/bundle.ts), without loading the bundle at all.
//
// Compiling the bundle beside it (and any part it loads from beside it) is most of a start-up, so
// for everything else this turns on Node's own compile cache first: from the second run on, Node
// reads their compiled code back instead of compiling it again. Node 20 has no compile cache and
// just loads the bundle. Kept tiny and apart from the bundle because the cache only serves what is
// loaded after it is turned on.
//
// The cache is one entry per Node version and file loaded, replaced when the file changes, in a
// per-user folder. NODE_DISABLE_COMPILE_CACHE=1 turns it off; NODE_COMPILE_CACHE=<dir> moves it.
'use strict';

const VERSION = '@KMSDOCTOR_VERSION@';

/** The usual place for a user's caches on each platform, or undefined if there is no home folder. */
function userCacheFolder() {
  const { homedir } = require('node:os');
  const { join } = require('node:path');
  try {
    if (process.platform === 'win32') return join(process.env.LOCALAPPDATA || join(homedir(), 'AppData', 'Local'), 'kms-doctor', 'compile-cache');
    if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'kms-doctor', 'compile-cache');
    return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'kms-doctor', 'compile-cache');
  } catch {
    return undefined;
  }
}

if (process.argv.length === 3 && process.argv[2] === '--version') {
  process.stdout.write(`${VERSION}\n`);
} else {
  const { enableCompileCache } = require('node:module');
  // Never fails a run: Node reports a folder it cannot use (or NODE_DISABLE_COMPILE_CACHE) in the
  // value it returns, which is ignored.
  if (typeof enableCompileCache === 'function') {
    const folder = userCacheFolder();
    if (folder !== undefined) enableCompileCache(folder);
  }
  require('./kmsdoctor-bundle.cjs');
}
