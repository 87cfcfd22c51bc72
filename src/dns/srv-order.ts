/** The fields of an SRV record that decide the order a client tries targets in. */
export interface Weighted {
  priority: number;
  weight: number;
}

export type Ranked<T> = T & {
  /** 1-based position in one drawn order. */
  rank: number;
  /** The chance (0–1) that this record is tried first among those of its priority. */
  shareInPriority: number;
};

/**
 * Orders SRV records the way RFC 2782 tells a client to: lowest priority first; within a
 * priority, repeatedly pick at random with probability proportional to weight (records of
 * weight 0 are placed first in the running list, so they are chosen only rarely unless all
 * weights are 0). `random` returns [0, 1) and is injectable so tests can fix the draw.
 */
export function orderSrvRecords<T extends Weighted>(records: readonly T[], random: () => number = Math.random): Ranked<T>[] {
  const priorities = [...new Set(records.map((record) => record.priority))].sort((a, b) => a - b);
  const ordered: Ranked<T>[] = [];
  for (const priority of priorities) {
    const group = records.filter((record) => record.priority === priority);
    const total = group.reduce((sum, record) => sum + record.weight, 0);
    const share = (record: T) => (total === 0 ? 1 / group.length : record.weight / total);
    // RFC 2782: "arrange all SRV RRs (that have not been ordered yet) in any order, except that
    // all those with weight 0 are placed at the beginning of the list".
    const pending = [...group.filter((record) => record.weight === 0), ...group.filter((record) => record.weight > 0)];
    while (pending.length > 0) {
      const sum = pending.reduce((acc, record) => acc + record.weight, 0);
      const threshold = Math.floor(random() * (sum + 1));
      let running = 0;
      let index = pending.findIndex((record) => (running += record.weight) >= threshold);
      if (index === -1) index = pending.length - 1;
      const [chosen] = pending.splice(index, 1);
      ordered.push({ ...chosen!, rank: ordered.length + 1, shareInPriority: share(chosen!) });
    }
  }
  return ordered;
}
