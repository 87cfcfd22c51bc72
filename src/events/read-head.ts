/** How much of an export's start the readers look at before choosing how to read the rest. */
export const HEAD_CHARACTERS = 4096;

/**
 * Takes chunks from `input` until at least HEAD_CHARACTERS are in hand or the input ends
 * (`ended`). The caller goes on reading from the same iterator after the head.
 */
export async function readHead(input: AsyncIterator<string>): Promise<{ head: string; ended: boolean }> {
  let head = '';
  while (head.length < HEAD_CHARACTERS) {
    const next = await input.next();
    if (next.done) return { head, ended: true };
    head += next.value;
  }
  return { head, ended: false };
}
