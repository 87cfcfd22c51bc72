import { msg } from '../../catalog/message.js';
import { CLEAR_KMS_HOST, SHOW_LICENSE } from '../kms/commands.js';
import { activationPortRule } from './activation-port-rule.js';

export const kmsPortClosed = activationPortRule('tcp/kms-port-closed', 'closed', (target) => ({
  message: msg('tcp/kms-port-closed.message'),
  args: { port: target.port, domain: target.domain ?? null },
  remedy: [
    msg('tcp/kms-port-closed.remedy.service', { command: 'Get-Service sppsvc; Start-Service sppsvc' }),
    msg('tcp/kms-port-closed.remedy.is-kms-host', { command: SHOW_LICENSE }),
    msg('tcp/kms-port-closed.remedy.retire', { command: CLEAR_KMS_HOST }),
  ],
}));
