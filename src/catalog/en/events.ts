/** English text of the events/* findings: titles, summaries, messages, remedies and evidence lines. */
export const EVENTS = {
  'events/last-attempt-failed.title': "The last activation attempt failed",
  'events/last-attempt-failed.summary': "The newest 12288/12289 pair in the client's events ended with an error code.",
  'events/request-unanswered.title': "The last activation request got no answer",
  'events/request-unanswered.summary': "A 12288 with no 12289 after it: the KMS host was not reached or did not reply.",
  'events/count-below-threshold.title': "The KMS host count is below what the client needs",
  'events/count-below-threshold.summary': "The host answered with a count below the client's threshold (25 client OS, 5 server and Office): 0xC004F038.",
  'events/activation-failures-logged.title': "Activation failures logged",
  'events/activation-failures-logged.summary': "Event 8198 shows failed activation runs with their error codes.",
  'events/last-attempt-unreadable.title': "The last activation attempt could not be judged",
  'events/last-attempt-unreadable.summary': "The newest 12288/12289 pair is there, but neither event's result code could be read, so whether activation works is unknown.",
  'events/unusual-host.title': "An attempt went to a host the client does not usually use",
  'events/unusual-host.summary': "Most requests name one KMS host, but the last or a failed attempt went to a host tried only once: a stale, rogue or test host in DNS, or a one-off slmgr /skms.",
} as const satisfies Record<string, string>;
