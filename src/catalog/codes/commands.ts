/**
 * Commands the error-code pages tell an admin to run, shared by every language: a translation
 * words the sentence around a command but must never retype the command itself.
 */
export const CODE_COMMANDS = {
  activate: 'cscript //nologo %windir%\\System32\\slmgr.vbs /ato',
  /** Any slmgr option, run elevated. */
  slmgrElevated: 'cscript //nologo %windir%\\System32\\slmgr.vbs <option>',
  clientEvents: "Get-WinEvent -FilterHashtable @{ LogName='Application'; ProviderName='Microsoft-Windows-Security-SPP'; Id=12288,12289,8198 }",
  hostEvents: "Get-WinEvent -FilterHashtable @{ LogName='Key Management Service'; Id=12290 } -MaxEvents 20",
  testPort: 'Test-NetConnection <host> -Port 1688',
  /** What Test-NetConnection prints when the port answers. */
  testPortSuccess: 'TcpTestSucceeded : True',
  enableFirewallRule: 'Set-NetFirewallRule -Name SPPSVC-In-TCP -Profile Domain,Private -Enabled True',
  querySrv: 'nslookup -type=srv _vlmcs._tcp.<domain>',
  resolveSrv: 'Resolve-DnsName -Name _vlmcs._tcp.<domain> -Type SRV',
  dnsSettings: 'ipconfig /all',
  pinHost: 'slmgr.vbs /skms <host>:1688',
  supportAssistant: 'aka.ms/SaRA-WindowsActivation',
} as const;
