/** English text of the tcp/* findings: titles, summaries, messages, remedies and evidence lines. */
export const TCP = {
  'tcp/kms-port-filtered.title': "KMS port filtered",
  'tcp/kms-port-filtered.summary': "Nothing answered the TCP handshake on the activation port: a firewall drops it (0xC004F074 / 0x8007274C on clients).",
  'tcp/kms-port-closed.title': "KMS port closed",
  'tcp/kms-port-closed.summary': "The host refused the connection on the activation port: no KMS service listens there.",
  'tcp/host-unreachable.title': "KMS host unreachable",
  'tcp/host-unreachable.summary': "The network reports the host unreachable (no route, or an ICMP unreachable).",
  'tcp/management-port-blocked.title': "Management port (135) not reachable",
  'tcp/management-port-blocked.summary': "TCP 135 is closed or filtered: remote slmgr, VAMT and WMI management will fail. Activation does not use it.",
} as const satisfies Record<string, string>;
