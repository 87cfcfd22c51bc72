import { msg } from '../../catalog/message.js';
import { KMS_PORT } from '../../core/ports.js';
import { activationPortRule } from './activation-port-rule.js';

export const kmsPortFiltered = activationPortRule('tcp/kms-port-filtered', 'filtered', (target, endpoint) => ({
  message: msg('tcp/kms-port-filtered.message'),
  args: { port: target.port, waitedMs: Math.round(endpoint.activation!.durationMs) },
  remedy: [
    msg('tcp/kms-port-filtered.remedy.builtin-rule', { command: 'Set-NetFirewallRule -Name SPPSVC-In-TCP -Profile Domain,Private -Enabled True' }),
    // The built-in rule opens only the default port.
    ...(target.port === KMS_PORT
      ? []
      : [
          msg('tcp/kms-port-filtered.remedy.own-port-rule', {
            command: `New-NetFirewallRule -DisplayName 'Key Management Service (TCP ${target.port})' -Direction Inbound -Protocol TCP -LocalPort ${target.port} -Action Allow -Profile Domain,Private`,
          }),
        ]),
    msg('tcp/kms-port-filtered.remedy.path', { command: `Test-NetConnection ${target.name} -Port ${target.port}` }),
  ],
}));
