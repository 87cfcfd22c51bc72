/**
 * The CLI loads only the modules of the commands a command line names; `--help` and unknown
 * commands see them all, a bare `--version` none.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { COMMAND_MODULES, commandsFor, loadCommands } from '../../src/cli/command-modules.js';

const ALL = COMMAND_MODULES.map(([name]) => name);
const test = suite('command modules');

test('a named command loads that command alone, wherever its name stands among the options', () => {
  assert.equal(commandsFor(['connectivity', '--kms-host', 'kms01']), ['connectivity']);
  assert.equal(commandsFor(['--timeout', '500', 'port', 'kms01']), ['port']);
  // After `--` every word is an argument, never a command.
  assert.equal(commandsFor(['explain', '--', 'lab']), ['explain']);
});

test('help, no command and a mistyped command declare every command', () => {
  assert.equal(commandsFor([]), ALL);
  assert.equal(commandsFor(['--help']), ALL);
  assert.equal(commandsFor(['conectivity']), ALL);
  assert.equal(commandsFor(['--version', '--help']), ALL);
});

test('a bare --version declares none', () => {
  assert.equal(commandsFor(['--version']), []);
});

test('every listed module declares the command it is listed under', async () => {
  const modules = await loadCommands(ALL);
  assert.equal(
    modules.map((module) => String(module.command).split(' ')[0]),
    ALL,
  );
});

test.run();
