/** English text of the run/* findings: titles, summaries, messages, remedies and evidence lines. */
export const RUN = {
  'run/deadline-reached.title': 'The check was cut short',
  'run/deadline-reached.summary': 'The overall deadline ended some probes before they finished; an incomplete check cannot pass.',
  'run/deadline-reached.message':
    'The overall deadline ended {count} {count, plural, one {probe} other {probes}} before {count, plural, one {it} other {they}} finished; what they would have shown is missing from this report',
  // {phase}: the probe's step when it was cut (a code: connect, bind, request, response).
  'run/deadline-reached.evidence.activation': 'activation probe of {endpoint} cancelled in phase {phase}{requestSent, select, true { (the request had been sent)} other {}}',
  'run/deadline-reached.remedy.longer': 'Run again with a longer {deadlineOption} (or a shorter {timeoutOption}, so each probe fits in it)',
} as const satisfies Record<string, string>;
