/**
 * English text of the usage errors the report runs find in their input (src/commands): a format a
 * kind has no view in, an --out that cannot be written, a fleet or a publication check with
 * nothing to judge. Paths, flags and commands come in as arguments and stay as typed.
 */
export const RUN_USAGE = {
  'run.usage.format-unavailable': '--format {format} is not available for {command}',
  'run.usage.needs-file-name': '{flag} needs a file name',
  'run.usage.cannot-write': '{flag} "{path}" cannot be written: {why}',
  'run.usage.refused': 'it is {kind, select, directory {a directory} socket {a socket} other {a block device}}; give a file name',
  'run.usage.fifo-unread': 'it is a FIFO that nobody reads',
  'run.usage.fleet.no-paths': 'name the snapshots: a folder of them, or files ({command})',
  'run.usage.fleet.no-json': '{paths}: no *.json file found',
  'run.usage.fleet.no-client': '{paths}: none of {files} files is a client snapshot{unreadable, plural, =0 {} other { ({unreadable} unreadable, first: {first})}}',
  'run.usage.fleet.no-state': '{paths}: none of the {clients} client snapshots shows a product with a license state; nothing to judge',
  'run.usage.fleet.no-12290': '{path}: no 12290 event in it; give the KMS host\'s "Key Management Service" log export',
  'run.usage.publication.not-host': 'snapshot "{path}" is not a KMS host\'s (IsKeyManagementServiceMachine is 0); publication checks a host',
  'run.usage.publication.no-host': 'name the KMS host with {host} or {snapshot}',
} as const;
