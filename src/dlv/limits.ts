/**
 * How much of a /dlv text is read, and how much of what is not understood is kept: the bounds that
 * keep a wrong file (a log, a binary, a 50 MB paste) from costing time and memory.
 */

/**
 * Largest text accepted, in UTF-16 code units. Real /dlv output is a few KB (`/dlv all` with every
 * license: tens of KB), so anything near this is not slmgr output; above it parseDlv throws a
 * UsageError instead of spending time and memory on it (each line costs objects and regex work).
 */
export const MAX_DLV_TEXT_CHARS = 2 * 1024 * 1024;
/** Largest file readDlvText accepts (UTF-16 takes two bytes per character). */
export const MAX_DLV_FILE_BYTES = 2 * MAX_DLV_TEXT_CHARS;
/** `/dlv all` lists every licence of the machine, about a hundred; far more is not slmgr output. */
export const MAX_DLV_PRODUCTS = 2000;
/** Lines longer than this are no slmgr line; they are reported as unknown without being matched. */
export const MAX_LINE_CHARS = 4096;
/** How many unknown lines are kept in `unknownLines` (each cut to UNKNOWN_LINE_CHARS). */
export const MAX_UNKNOWN_LINES = 500;
const UNKNOWN_LINE_CHARS = 200;
/** How many unknown lines are repeated in `snapshot.notes`. */
export const MAX_UNKNOWN_NOTES = 20;

/** An unknown line as it is quoted back: cut to UNKNOWN_LINE_CHARS, so one huge line cannot flood a report. */
export function clip(line: string): string {
  return line.length > UNKNOWN_LINE_CHARS ? `${line.slice(0, UNKNOWN_LINE_CHARS)}…` : line;
}
