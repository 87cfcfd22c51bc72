/**
 * The parts of the npm build kept out of the bundle every run compiles: libraries only some
 * commands use, each group in its own file beside the bundle (dist/kmsdoctor-<part>.cjs), loaded
 * the first time one of its modules is. Compiling the script is most of a start-up (V8 parses even
 * the code a run never calls), and these are more than half of it.
 *
 * The sources already load them only where used (a dynamic import(), or a static one in a module
 * that is itself imported dynamically), so the seam is the import itself: in the bundle, each
 * module below becomes a small stand-in that requires its part and hands on what the part holds.
 * A part marked onFirstUse is for a library a module always in the bundle imports statically but
 * only some runs call: its stand-in requires the part when one of its values is first used.
 * The exe keeps everything in one script and uses none of this.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Plugin } from 'esbuild';

export interface LazyPart {
  /** The file beside the bundle: kmsdoctor-<name>.cjs. */
  name: string;
  /** The modules it holds, as the sources import them. */
  modules: readonly string[];
  /**
   * Loaded when a value it exports is first used, not when a module importing it loads: for a
   * library a module always in the bundle imports but only some runs call. Its exports must be
   * functions, classes or objects (build/shims/lazy-value.cjs stands for each until then).
   */
  onFirstUse?: true;
}

/** Grouped by the commands that need them, so a command compiles only what it uses. */
export const LAZY_PARTS: readonly LazyPart[] = [
  // Reading text files in any encoding: analyze and connectivity with client files, events.
  { name: 'text-decoding', modules: ['iconv-lite', 'chardet'] },
  // Checking a snapshot against its schema: every snapshot read.
  { name: 'schema-validation', modules: ['ajv/dist/2020.js', 'ajv-formats'] },
  // Exported event logs: events, and client facts read from them.
  { name: 'event-parsers', modules: ['saxes', '@streamparser/json'] },
  // Running PowerShell: collect, fleet.
  { name: 'powershell', modules: ['execa'] },
  // The progress line of a check run in a terminal.
  { name: 'spinner', modules: ['ora'] },
  // ICU message formatting, for the few templates src/catalog/plain-template.ts leaves to it; its
  // parser builds large Unicode patterns when loaded.
  { name: 'message-format', modules: ['intl-messageformat'], onFirstUse: true },
];

export const partFile = (name: string) => `kmsdoctor-${name}.cjs`;

/** The stand-in for a module: marked so its part is found by its import name. */
const NAMESPACE = 'kmsdoctor-lazy-part';

/**
 * The entry of a part's own build: every module of the group, as a namespace under its import
 * name. Named .mjs so the namespaces are what Node's own import gives (a CommonJS module's
 * `module.exports` as its default), as the sources expect.
 */
export function partEntries(root: string): Plugin {
  return {
    name: 'lazy-part-entries',
    setup(on) {
      on.onResolve({ filter: /^lazy-part:/ }, (args) => ({ path: join(root, 'build', `${args.path.slice('lazy-part:'.length)}.mjs`), namespace: NAMESPACE }));
      on.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => {
        const part = LAZY_PARTS.find((candidate) => args.path.endsWith(`${candidate.name}.mjs`))!;
        const lines = part.modules.map((module, index) => `import * as m${index} from ${JSON.stringify(module)};`);
        lines.push(`export default { ${part.modules.map((module, index) => `${JSON.stringify(module)}: m${index}`).join(', ')} };`);
        return { contents: lines.join('\n'), loader: 'js', resolveDir: root };
      });
    },
  };
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A stand-in's exports taken when it loads, as Node's import does for a CommonJS module's named exports. */
const whenImported = (names: string[], load: string) => [
  `const held = ${load};`,
  `export default held.default;`,
  ...(names.length > 0 ? [`export const { ${names.join(', ')} } = held;`] : []),
];

/** A stand-in's exports as values that load the part when first used (build/shims/lazy-value.cjs). */
function onFirstUse(held: Record<string, unknown>, names: string[], load: string, lazyValues: string): string[] {
  const lazy = (name: string) => {
    const kind = typeof held[name];
    if (kind !== 'function' && (kind !== 'object' || held[name] === null)) throw new Error(`a part loaded on first use can only export functions and objects; ${name} is ${kind}`);
    return `${kind === 'function' ? 'lazyFunction' : 'lazyObject'}(() => part()[${JSON.stringify(name)}])`;
  };
  return [
    `import { lazyFunction, lazyObject } from ${JSON.stringify(lazyValues)};`,
    `let held;`,
    `const part = () => (held ??= ${load});`,
    ...('default' in held ? [`export default ${lazy('default')};`] : []),
    ...names.map((name) => `export const ${name} = ${lazy(name)};`),
  ];
}

/**
 * Turns every import of a module of LAZY_PARTS into a stand-in that requires its part (already
 * built into `folder`) at the first use, re-exporting the names the part holds for that module.
 * The names are read from the built part, so they always match it; their values are taken once,
 * when the part loads, as Node's import does for a CommonJS module's named exports.
 */
export function lazyPartImports(root: string, folder: string): Plugin {
  const byModule = new Map(LAZY_PARTS.flatMap((part) => part.modules.map((module) => [module, part] as const)));
  const requireBuilt = createRequire(join(folder, 'index.cjs'));
  const escaped = [...byModule.keys()].map((module) => module.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  const loader = join(root, 'build', 'shims', 'load-part.cjs');
  return {
    name: 'lazy-part-imports',
    setup(on) {
      on.onResolve({ filter: new RegExp(`^(${escaped.join('|')})$`) }, (args) => ({ path: args.path, namespace: NAMESPACE }));
      // The part itself is found beside the bundle when it runs.
      on.onResolve({ filter: /^\.\/kmsdoctor-[\w-]+\.cjs$/ }, (args) => (args.namespace === NAMESPACE ? { path: args.path, external: true } : undefined));
      on.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => {
        const part = byModule.get(args.path)!;
        const file = partFile(part.name);
        const held = (requireBuilt(`./${file}`) as { default: Record<string, Record<string, unknown>> }).default[args.path]!;
        const names = Object.keys(held).filter((name) => name !== 'default' && IDENTIFIER.test(name));
        const load = `loadPart(${JSON.stringify(file)}, () => require(${JSON.stringify(`./${file}`)})).default[${JSON.stringify(args.path)}]`;
        const contents = [
          `import loadPart from ${JSON.stringify(loader)};`,
          ...(part.onFirstUse ? onFirstUse(held, names, load, join(root, 'build', 'shims', 'lazy-value.cjs')) : whenImported(names, load)),
        ];
        return { contents: contents.join('\n'), loader: 'js', resolveDir: root };
      });
    },
  };
}
