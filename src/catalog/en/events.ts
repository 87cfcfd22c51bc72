/** English text of the events/* findings: titles, summaries, messages, remedies and evidence lines. */
export const EVENTS = {
  'events/last-attempt-failed.title': 'The last activation attempt failed',
  'events/last-attempt-failed.summary': "The newest 12288/12289 pair in the client's events ended with an error code.",
  'events/request-unanswered.title': 'The last activation request got no answer',
  'events/request-unanswered.summary': 'A 12288 with no 12289 after it: the KMS host was not reached or did not reply.',
  'events/count-below-threshold.title': 'The KMS host count is below what the client needs',
  'events/count-below-threshold.summary': "The host answered with a count below the client's threshold (25 client OS, 5 server and Office): 0xC004F038.",
  'events/activation-failures-logged.title': 'Activation failures logged',
  'events/activation-failures-logged.summary': 'Event 8198 shows failed activation runs with their error codes.',
  'events/last-attempt-unreadable.title': 'The last activation attempt could not be judged',
  'events/last-attempt-unreadable.summary': "The newest 12288/12289 pair is there, but neither event's result code could be read, so whether activation works is unknown.",
  'events/unusual-host.title': 'An attempt went to a host the client does not usually use',
  'events/unusual-host.summary':
    'Most requests name one KMS host, but the last or a failed attempt went to a host tried only once: a stale, rogue or test host in DNS, or a one-off slmgr /skms.',
  'events/last-attempt-failed.message': "The client's last activation attempt ({time}, host {host, select, null {an unnamed host} other {{host}}}) failed with {code}",
  'events/last-attempt-failed.remedy.after-fix': 'After the fix: {command}, then check the next 12288/12289 pair',
  'events/request-unanswered.message':
    "The client's last request ({time}) to {host, select, null {an unnamed host} other {{host}}} got no answer: no 12289 followed the 12288{result, select, null {} other { (result {result})}} — the host was not reached or did not reply",
  'events/request-unanswered.remedy.test-host': 'Test that host from the client: {command} (or {portCommand})',
  'events/request-unanswered.remedy.test-hosts': 'Test the KMS hosts from the client: {command}',
  'events/request-unanswered.remedy.host-log': 'On the host, look for a matching 12290 in the Key Management Service log: none means the request never arrived',
  'events/count-below-threshold.message':
    'At the last attempt ({time}) {host, select, null {an unnamed host} other {{host}}} reported a count of {count}; this client needs {needed}, so it is not activated (0xC004F038) — {missing} more distinct {missing, plural, one {client} other {clients}} must contact that host within 30 days',
  'events/count-below-threshold.remedy.more-clients':
    'Let more clients contact the host (the count counts distinct machines seen in 30 days), or check for duplicate CMIDs on the host (one CMID, several machine names in event 12290)',
  'events/count-below-threshold.remedy.few-hosts': 'Keep the number of KMS hosts small: each host counts separately (count split)',
  'events/count-below-threshold.remedy.more': 'More: {command}',
  'events/activation-failures-logged.message':
    "{count} activation {count, plural, one {failure} other {failures}} logged (event 8198), the newest at {time}{codeCount, plural, =0 {} other { with {codes}}}{state, select, resolved {; the client activated after that ({activatedAt})} current {; no successful activation followed, so {code} is where activation stands} unknownCode { ({code} is not in kmsdoctor's code catalog: {sluiCommand} shows Windows' own text)} other {}}",
  'events/activation-failures-logged.evidence': '8198 at {time}: hr={code, select, null {unreadable} other {{code}}}',
  'events/activation-failures-logged.remedy.explain': '{command}',
  'events/activation-failures-logged.remedy.read-events': 'Read the 8198 events: {command}',
  'events/last-attempt-unreadable.message':
    "The client's last activation attempt ({time}, host {host, select, null {an unnamed host} other {{host}}}) was answered, but the result codes of its 12288 and 12289 are unknown: {reason, select, noValues {the export carries no event property values and no Message they could be read from} other {their values do not have the documented shape (12288: ten comma-separated values that begin with an HRESULT; 12289: eight)}}",
  'events/last-attempt-unreadable.remedy.export': 'Export the events with their values: {command}',
  'events/last-attempt-unreadable.remedy.snapshot': 'Or collect a snapshot on the client: {command}, then {analyzeCommand}',
  'events/unusual-host.message':
    '{position, select, last {The last} other {An}} activation attempt ({time}) went to {host, select, null {an unnamed host} other {{host}}}, a host this client tried only once, and {outcome, select, unanswered {got no answer{code, select, null {} other { ({code})}}} failed {failed with {code}} unreadable {was answered (result unreadable)} other {succeeded}}; {usualCount} of its {total} requests went to {usualHost}',
  'events/unusual-host.remedy.find-source':
    'Find where the client got {hostName}: {command} ("KMS machine name from DNS" or "Registered KMS machine name"), and the KeyManagementServiceName value under {registryKey}',
  'events/unusual-host.remedy.find-record': 'Look for it in DNS: {command}; {publicationCommand} tells stale and rogue records apart',
  'events/unusual-host.remedy.remove': 'Remove the record (or stop that host publishing: {command} on it); meanwhile the client can be pinned: {pinCommand}',
  // Lines several events findings share: the two events of one attempt, and the step to a code's page.
  'evidence.events.request': '12288 at {time}: request to {host, select, null {an unnamed host} other {{host}}}, result {result, select, null {unreadable} other {{result}}}',
  'evidence.events.response':
    '12289 at {time}: result {result, select, null {unreadable} other {{result}}}, activated {activated, select, null {?} other {{activated}}}, host count {count, select, null {?} other {{count}}}',
  'remedy.events.explain-code': 'Read what {code} means and how to fix it: {command}',
} as const satisfies Record<string, string>;
