import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { PACKAGE_ROOT } from '../../src/core/tool-info.js';
import { importCycles, importGraph } from '../helpers/import-graph.js';

/**
 * The layers of the shipped code, lowest first. A file may import its own layer and the layers
 * below it, never one above: text and ids know nothing of probes, probes nothing of rules, rules
 * nothing of reports, reports nothing of the command line. ARCHITECTURE.md explains each layer.
 */
const LAYERS: ReadonlyArray<readonly [name: string, folders: readonly string[]]> = [
  ['core', ['src/core']],
  ['catalog', ['src/catalog']],
  ['protocol', ['src/dns', 'src/rpc', 'src/kms']],
  ['probes', ['probes']],
  ['inputs', ['src/inputs', 'src/snapshot', 'src/dlv', 'src/events', 'src/exec']],
  ['observe', ['src/engine']],
  ['facts', ['src/client', 'src/host', 'src/publication', 'src/fleet']],
  ['rules', ['src/rules']],
  ['checks', ['src/readiness']],
  ['report', ['src/report']],
  ['reporters', ['src/reporters']],
  ['commands', ['src/commands', 'src/lab']],
  ['cli', ['src/cli']],
];

function layerOf(file: string): number {
  const index = LAYERS.findIndex(([, folders]) => folders.some((folder) => file === folder || file.startsWith(`${folder}/`)));
  return index;
}

const graph = importGraph(PACKAGE_ROOT);

test('every shipped file belongs to a layer', () => {
  assert.equal(
    [...graph.keys()].filter((file) => layerOf(file) === -1),
    [],
  );
});

test('imports only point down the layers', () => {
  const upward: string[] = [];
  for (const [file, targets] of graph) {
    for (const target of targets) {
      if (layerOf(target) > layerOf(file)) upward.push(`${file} (${LAYERS[layerOf(file)]![0]}) → ${target} (${LAYERS[layerOf(target)]![0]})`);
    }
  }
  assert.equal(upward, []);
});

test('no import cycle among the shipped files', () => {
  assert.equal(importCycles(graph), []);
});

test.run();
