/** English text of the run/* findings: titles, summaries, messages, remedies and evidence lines. */
export const RUN = {
  'run/deadline-reached.title': "The check was cut short",
  'run/deadline-reached.summary': "The overall deadline ended some probes before they finished; an incomplete check cannot pass.",
} as const satisfies Record<string, string>;
