import type { CommandModule } from 'yargs';

// biome-ignore lint/suspicious/noExplicitAny: each command has its own argument type; the list holds them all
type AnyCommand = CommandModule<object, any>;

/**
 * Every command, in the order `--help` lists them, with the module that declares it. A module is
 * loaded only when the command line names its command: the text decoders `analyze` needs, for one,
 * are as large as all the rest, and `--version` or a one-host `connectivity` should not pay for them
 * (the npm build keeps them in a part of their own, build/lazy-parts.ts).
 */
export const COMMAND_MODULES: ReadonlyArray<readonly [name: string, load: () => Promise<AnyCommand>]> = [
  ['connectivity', async () => (await import('./commands/connectivity.js')).connectivityCommand],
  ['srv', async () => (await import('./commands/srv.js')).srvCommand],
  ['port', async () => (await import('./commands/port.js')).portCommand],
  ['rpc', async () => (await import('./commands/rpc.js')).rpcCommand],
  ['publication', async () => (await import('./commands/publication.js')).publicationCommand],
  ['activate-probe', async () => (await import('./commands/activate-probe.js')).activateProbeCommand],
  ['analyze', async () => (await import('./commands/analyze.js')).analyzeCommand],
  ['readiness', async () => (await import('./commands/readiness.js')).readinessCommand],
  ['fleet', async () => (await import('./commands/fleet.js')).fleetCommand],
  ['collect', async () => (await import('./commands/collect.js')).collectCommand],
  ['events', async () => (await import('./commands/events.js')).eventsCommand],
  ['lab', async () => (await import('./commands/lab.js')).labCommand],
  ['explain', async () => (await import('./commands/explain.js')).explainCommand],
];

/**
 * The commands a command line needs declared: those it names (words before any `--`), none for a
 * bare `--version`, and all of them otherwise (help, no command, a mistyped one), so yargs can list
 * them and suggest the closest.
 */
export function commandsFor(argv: readonly string[]): string[] {
  const end = argv.indexOf('--');
  const words = end === -1 ? argv : argv.slice(0, end);
  const names = COMMAND_MODULES.map(([name]) => name);
  const named = names.filter((name) => words.includes(name));
  if (named.length > 0) return named;
  if (words.length === 1 && words[0] === '--version') return [];
  return names;
}

/** Loads the modules of the given commands, keeping the listing order. */
export async function loadCommands(names: readonly string[]): Promise<AnyCommand[]> {
  return Promise.all(COMMAND_MODULES.filter(([name]) => names.includes(name)).map(([, load]) => load()));
}
