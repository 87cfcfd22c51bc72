/**
 * The check that a text meant for a Japanese reader left no English sentence behind: what remains
 * in Latin letters must be data an admin copies or a script reads — ids, codes, host names,
 * commands, states, PASS/FAIL and the severity ids. Shared by the report, CLI and sample tests.
 */

/**
 * The translatable text: no markup, no style sheet, no code spans, no quoted Windows labels
 * ("Listening on Port" is what slmgr prints on an English host) and none of the fixed state words.
 */
export function visibleText(output: string): string {
  return output
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&[a-z#0-9]+;/g, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/"[^"\n]*"/g, ' ')
    .replace(/\b(PASS|FAIL|WARN|NOT RUN|NOT-RUN)\b/g, ' ');
}

/** Runs of three or more plain English words: a sentence or phrase left untranslated. */
export function englishRuns(output: string): string[] {
  const runs: string[] = [];
  for (const line of visibleText(output).split('\n')) {
    const words = line.split(/\s+/).filter(Boolean);
    let run: string[] = [];
    for (const word of [...words, '']) {
      // Units are not words: "0.8 ms: refused" is a timing and a probe's own detail.
      if (/^\(?[A-Za-z]+[,.:;)]?$/.test(word) && !/^(ms|s)\W?$/.test(word)) run.push(word);
      else {
        if (run.length >= 3) runs.push(run.join(' '));
        run = [];
      }
    }
  }
  return runs;
}

/** Japanese text: kana or kanji. */
export const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
