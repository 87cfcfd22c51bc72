/** English text of what the lab's self-check found missing (the `lab` command's last line lists these). */
export const LAB_CHECK = {
  'lab.missed.not-reported': '{ruleId} not reported for {host}',
  'lab.missed.healthy': '{host} is {verdict}, expected ready',
  'lab.missed.healthy-absent': '{host} is missing, expected ready',
} as const;
