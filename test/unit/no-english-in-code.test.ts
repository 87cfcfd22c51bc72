/**
 * No user-visible English sentence is built inside a rule, probe, check or codec: text is data
 * (`msg(id, args)`), and the catalog words it in each language. This test reads the TypeScript
 * source of the folders below and fails, naming file:line, on any string or template literal
 * that reads like an English phrase — three or more lowercase words in a row.
 *
 * Not counted: comments, import paths, regular expressions, catalog ids, arguments of programmer
 * errors (thrown only when code calls code wrongly, never for what the network or a file holds),
 * commands an admin copies, and the entries of ALLOWED below, each with its reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { PACKAGE_ROOT } from '../../src/core/tool-info.js';

/**
 * The folders scanned: core, probes, codecs, inputs, facts, the error-code table, rules, checks, the
 * report layer, the reporters, commands and the command line (the layers of test/helpers/import-graph.ts and import-direction.test.ts).
 */
const FOLDERS: readonly string[] = [
  'probes',
  'src/core',
  'src/dns',
  'src/rpc',
  'src/kms',
  'src/inputs',
  'src/exec',
  'src/engine',
  'src/rules',
  'src/readiness',
  'src/commands',
  'src/lab',
  'src/cli',
  'src/client',
  'src/host',
  'src/publication',
  'src/fleet',
  'src/events',
  'src/report',
  'src/snapshot',
  'src/dlv',
  'src/reporters',
  'src/catalog/codes',
];

/** Constructors whose message is a programmer error: bad options or a broken invariant, not an outcome. */
const PROGRAMMER_ERRORS = new Set(['Error', 'RangeError', 'TypeError', 'SecondRequestError']);

/** A command or a command line an admin copies: it stays as it is in every language. */
const COMMAND = /^\s*(kmsdoctor|slmgr(\.vbs)?|\/skms|cscript|nslookup|Resolve-DnsName|Test-NetConnection|Get-\w+|Set-\w+|Clear-\w+|dnscmd|netsh|pktmon|w32tm)\b/;

/** A style sheet's rules (`selector{property:value;…}`), which HTML reporters write: CSS, not prose. */
const CSS_RULES = /^\s*[\w.#\s,>:-]*\{[\w-]+:[^{}]*\}/;

/** Three or more lowercase words in a row: a phrase someone wrote in English. */
const ENGLISH_RUN = /(?:^|[^\w/.@])[a-z][a-z'’-]*(?:[ ,;:]+[a-z][a-z'’-]*){2,}(?![\w/.@])/;

interface Allowed {
  file: string;
  /** The literal's text, or the start of it (template holes read as `…`). */
  text: string;
  why: string;
}

/**
 * Data that is not ours to translate, and text not yet moved to the catalog. Every entry must
 * still match a literal (a stale entry fails), so this list can only shrink.
 */
const ALLOWED: readonly Allowed[] = [
  // --- [C706] and [MS-RPCE] names of protocol codes: an admin searches for them as written.
  ...[
    'reason not specified',
    'abstract syntax not supported',
    'proposed transfer syntaxes not supported',
    'local limit exceeded',
    'called address unknown',
    'protocol version not supported',
    'default context not supported',
    'user data not readable',
    'authentication type not recognized',
  ].map((text) => ({ file: 'src/rpc/constants.ts', text, why: 'DCE/RPC [C706] name of a result or reject reason' })),
  ...['nca_unk_if: unknown interface', 'nca_op_rng_error: opnum out of range', 'RPC_X_BAD_STUB_DATA: the stub data is invalid'].map((text) => ({
    file: 'src/rpc/call-pdu.ts',
    text,
    why: '[MS-RPCE] fault status name with its specification text',
  })),

  // Field labels of a programmer error (an out-of-range value handed to the encoder).
  ...['syntax major version', 'syntax minor version'].map((text) => ({ file: 'src/rpc/bind-pdu.ts', text, why: 'label inside a RangeError' })),

  // Host-side decoders (they read what a client sends; only the responders use them).
  ...['… bytes are shorter than the 16-byte header', 'PTYPE … is not bind or alter_context', 'frag_length … is too short for a bind'].map((text) => ({
    file: 'src/rpc/bind-pdu.ts',
    text,
    why: 'host-side decoder of the lab and test responders: the reason is never shown to a person',
  })),
  ...['… bytes cannot hold a version', 'the v4 request MAC does not match', 'short base request', 'the decrypted request does not end', 'inner version … differs'].map((text) => ({
    file: 'src/kms/request.ts',
    text,
    why: 'host-side decoder of the test responder: the reason is never shown to a person',
  })),

  // A host key's name is its id: the planning matrix, key coverage and reports key on it as written.
  ...['Windows Server 2025 (group 4918', 'Windows Server 2019 (Microsoft internal'].map((text) => ({
    file: 'src/kms/epid.ts',
    text,
    why: 'name of a host key (CSVLK), an id the tables and reports key on',
  })),

  // Core sits below the catalog and writes the English of its own messages itself; a test renders each and compares.
  { file: 'src/core/cancelled-error.ts', text: 'the probe was cancelled', why: "core's English of probe-error.cancelled (test/unit/probe-reasons.test.ts compares)" },
  ...[
    '… "…" is not valid UTF-8',
    '… "……" is … characters long; a DNS name has at most …',
    '… "…" is not a valid internationalized domain name',
    '… "…" is longer than … characters in its DNS form',
    '… "…" has an empty label',
    '… "…" has a label longer than 63 characters',
    '… "…" has an invalid label "…"',
    '… "……" is … characters long; with the …. prefix a domain has at most …',
    '… "…" is ambiguous: write […]:… for port … of …, or […] for that address',
    '… "…" is not a TCP/UDP port (1-65535)',
    '… "…" has brackets around something that is not an IPv6 address',
  ].map((text) => ({ file: 'src/core/name-error.ts', text, why: "core's English of its name-error messages (test/unit/name-errors.test.ts compares)" })),

  // --- Windows's own English, read or compared as data: it is the same in every report language.
  // slmgr.vbs's label constants (every literal of the table): the /dlv parser matches text against them.
  { file: 'src/dlv/labels.ts', text: '', why: "slmgr.vbs's English labels, matched against /dlv text, never worded by us" },
  ...['Additional grace period (KMS license expired', 'Non-genuine grace period'].map((text) => ({
    file: 'src/client/license-state.ts',
    text,
    why: "slmgr's English LicenseStatus words: a stable value in JSON, CSV and the module in every language",
  })),
  { file: 'src/dlv/japanese.ts', text: 'A Japanese inventory script pipes', why: 'provenance of a built-in Japanese label, for maintainers; never shown' },
];

function sourceFiles(folder: string): string[] {
  return readdirSync(join(PACKAGE_ROOT, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => relative(PACKAGE_ROOT, join(entry.parentPath, entry.name)));
}

/** A literal's text with template holes as `…`. */
function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((span) => `…${span.literal.text}`).join('');
  return undefined;
}

/** Whether the literal is a module path, a pattern, or the message of a programmer error. */
function exempt(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isExternalModuleReference(parent)) return true;
  if (ts.isCallExpression(parent) && parent.expression.kind === ts.SyntaxKind.ImportKeyword) return true;
  if (ts.isNewExpression(parent) && ts.isIdentifier(parent.expression)) {
    const name = parent.expression.text;
    return name === 'RegExp' || PROGRAMMER_ERRORS.has(name);
  }
  return false;
}

export interface EnglishLiteral {
  file: string;
  line: number;
  text: string;
}

/** Every literal in `file` that reads like English and is not exempt. */
export function englishLiterals(file: string, source: string): EnglishLiteral[] {
  const found: EnglishLiteral[] = [];
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node): void => {
    const text = literalText(node);
    if (text !== undefined) {
      // Placeholders in angle brackets are part of a command an admin fills in.
      const words = text.replace(/<[^<>]*>/g, ' ');
      if (!exempt(node) && !COMMAND.test(text) && !CSS_RULES.test(text) && ENGLISH_RUN.test(words)) {
        found.push({ file, line: tree.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
      }
      if (!ts.isTemplateExpression(node)) return;
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

const isAllowed = (literal: EnglishLiteral, entry: Allowed): boolean => literal.file === entry.file && literal.text.startsWith(entry.text);

const literals = FOLDERS.flatMap(sourceFiles).flatMap((file) => englishLiterals(file, readFileSync(join(PACKAGE_ROOT, file), 'utf8')));

test('no English phrase is written in the sources the scan covers (file:line)', () => {
  const offending = literals.filter((literal) => !ALLOWED.some((entry) => isAllowed(literal, entry)));
  assert.equal(
    offending.map((literal) => `${literal.file}:${literal.line}: ${literal.text}`),
    [],
  );
});

test('every allowed entry still matches a literal (the list only shrinks)', () => {
  const stale = ALLOWED.filter((entry) => !literals.some((literal) => isAllowed(literal, entry)));
  assert.equal(
    stale.map((entry) => `${entry.file}: ${entry.text}`),
    [],
  );
});

test('the scanner finds English where it is, and leaves code, ids, commands and errors alone', () => {
  const sample = [
    "import { x } from '../some/module path here.js';",
    "const a = 'the peer closed the connection';",
    `const b = \`no answer within \${ms} ms to the bind\`;`,
    "const c = msg('probe-error.no-valid-reply', { what: 'bind' });",
    "if (bad) throw new RangeError('timeout is not a positive number');",
    "const d = 'kmsdoctor explain dns/srv-missing';",
    'const e = /reply does not decode/;',
    '// a comment may say what it likes',
    "const f = 'slmgr.vbs /skms <a working host>:1688';",
    "const g = 'th,td{border:1px solid #ccc;text-align:left;vertical-align:top}';",
    "const h = '{what} is not a rule of any style sheet';",
  ].join('\n');
  assert.equal(
    englishLiterals('sample.ts', sample).map((literal) => literal.line),
    [2, 3, 11],
  );
});

test.run();
