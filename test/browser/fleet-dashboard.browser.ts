/**
 * The fleet dashboard as a person sees it: `kmsdoctor fleet samples/fleet/ --format html` rendered
 * by headless Chromium (Debian's `chromium`, installed by test/run-all.sh), its screenshot decoded,
 * and checked for a real image, a page that is not blank, and pixels of every colour the inline SVG
 * charts fill their bars with. A second rendering of the same page with the charts removed shows
 * the check would notice them missing. The screenshot is kept in .tmp/ and its path printed.
 *
 * Run by the test command as its own suite (it needs the built CLI and a browser), not with the
 * other uvu suites.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { PNG } from 'pngjs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';

const execFileAsync = promisify(execFile);
const WIDTH = 1280;
// Tall enough for the whole sample page (its last chart ends near 2,300 px), so every chart is in
// the screenshot: Chromium's --screenshot captures the window, not the full page.
const HEIGHT = 3000;
const OUT_DIR = join(REPO_ROOT, '.tmp', 'browser');
const test = suite('fleet dashboard in headless Chromium');
let scratch = '';

/** The browser: KMSD_CHROMIUM, else Debian's chromium on PATH (or where the package puts it). */
function findChromium(): string | null {
  const candidates = [process.env.KMSD_CHROMIUM, ...(process.env.PATH ?? '').split(':').map((d) => join(d, 'chromium')), '/usr/bin/chromium'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  return null;
}

async function screenshot(html: string, png: string): Promise<PNG> {
  const chromium = findChromium();
  // A clear failure, never a silent skip: the issue asks for this check to run.
  assert.ok(chromium !== null, "chromium is missing: install Debian's chromium (apt-get install chromium) or set KMSD_CHROMIUM; the dashboard screenshot test cannot run");
  const profile = mkdtempSync(join(scratch, 'profile-'));
  // --no-sandbox: the tests run as root, where Chromium's sandbox refuses to start. A profile of
  // its own keeps runs apart; no first-run or crash dialogs in a headless run.
  await execFileAsync(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      '--no-first-run',
      '--disable-dev-shm-usage',
      `--user-data-dir=${profile}`,
      `--screenshot=${png}`,
      `--window-size=${WIDTH},${HEIGHT}`,
      pathToFileURL(html).href,
    ],
    { timeout: 90_000 },
  );
  assert.ok(existsSync(png), `chromium wrote no screenshot to ${png}`);
  return PNG.sync.read(readFileSync(png));
}

/** The colours the charts fill their bars with, read from the page itself. */
function chartColours(html: string): string[] {
  const colours = new Set<string>();
  for (const svg of html.match(/<svg[\s\S]*?<\/svg>/g) ?? []) {
    for (const m of svg.matchAll(/fill="(#[0-9a-fA-F]{6})"/g)) colours.add(m[1]!.toLowerCase());
  }
  return [...colours];
}

/** Pixels within 3 per channel of each colour (tolerance for anti-aliased bar edges is not needed: bars are solid). */
function countColours(png: PNG, colours: string[]): Map<string, number> {
  const rgb = colours.map((c) => [parseInt(c.slice(1, 3), 16), parseInt(c.slice(3, 5), 16), parseInt(c.slice(5, 7), 16)] as const);
  const counts = new Map(colours.map((c) => [c, 0]));
  const d = png.data;
  for (let i = 0; i < d.length; i += 4) {
    for (let k = 0; k < rgb.length; k++) {
      const [r, g, b] = rgb[k]!;
      if (Math.abs(d[i]! - r) <= 3 && Math.abs(d[i + 1]! - g) <= 3 && Math.abs(d[i + 2]! - b) <= 3) {
        counts.set(colours[k]!, counts.get(colours[k]!)! + 1);
        break;
      }
    }
  }
  return counts;
}

/** Share of pixels that are not (near) white, and the number of distinct colours. */
function inkOf(png: PNG): { ink: number; distinct: number } {
  const d = png.data;
  let ink = 0;
  const distinct = new Set<number>();
  for (let i = 0; i < d.length; i += 4) {
    if (d[i]! < 240 || d[i + 1]! < 240 || d[i + 2]! < 240) ink++;
    if (distinct.size < 10_000) distinct.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
  }
  return { ink: ink / (png.width * png.height), distinct: distinct.size };
}

test.before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'kmsd-browser-'));
  mkdirSync(OUT_DIR, { recursive: true });
});
test.after(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

test('the dashboard of samples/fleet/ shows its charts in the screenshot', async () => {
  const html = join(scratch, 'fleet.html');
  const run = await runCli(['fleet', join(REPO_ROOT, 'samples', 'fleet'), '--format', 'html', '--out', html]);
  // Exit 1: the sample fleet has findings; 2 would mean it could not run.
  assert.ok(run.exitCode === 0 || run.exitCode === 1, `kmsdoctor fleet exited ${run.exitCode}: ${run.stderr}`);
  const page = readFileSync(html, 'utf8');
  const colours = chartColours(page);
  assert.ok(colours.length >= 3, `the page's SVG charts use ${colours.length} fill colours`);

  const pngPath = join(OUT_DIR, 'fleet-dashboard.png');
  const png = await screenshot(html, pngPath);
  console.log(`  screenshot of the fleet dashboard: ${pngPath} (${statSync(pngPath).size} bytes, ${png.width}×${png.height})`);
  assert.is(png.width, WIDTH);
  assert.is(png.height, HEIGHT);
  assert.ok(statSync(pngPath).size > 20_000, `a real screenshot, not a blank one (${statSync(pngPath).size} bytes)`);

  const { ink, distinct } = inkOf(png);
  assert.ok(ink > 0.02, `the page is not blank (${(ink * 100).toFixed(1)}% of pixels drawn)`);
  assert.ok(distinct > 20, `text and charts give many colours (${distinct})`);

  const counts = countColours(png, colours);
  for (const [colour, n] of counts) {
    // The smallest bar is at least a few pixels wide and one bar high (about 14 px).
    assert.ok(n >= 30, `chart colour ${colour} appears in the screenshot (${n} pixels); counts: ${JSON.stringify(Object.fromEntries(counts))}`);
  }
});

test('without its charts the same page shows none of their colours (the check can fail)', async () => {
  const html = join(scratch, 'fleet.html');
  const stripped = join(scratch, 'fleet-without-charts.html');
  const page = readFileSync(html, 'utf8');
  const colours = chartColours(page);
  writeFileSync(stripped, page.replace(/<svg[\s\S]*?<\/svg>/g, ''));
  const png = await screenshot(stripped, join(scratch, 'without-charts.png'));
  const counts = countColours(png, colours);
  const drawn = [...counts].filter(([, n]) => n >= 30);
  assert.equal(drawn, [], 'no chart colour without the charts');
  assert.ok(inkOf(png).ink > 0.005, 'the rest of the page (text, tables) is still drawn');
});

test.run();
