// Preloaded into a benchmark's child process (node --import): prints its peak RSS on exit, on stderr.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  writeSync(2, `\nbench-peak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
