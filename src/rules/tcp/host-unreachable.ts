import { msg } from '../../catalog/message.js';
import { CLEAR_KMS_HOST, REGISTER_DNS } from '../kms/commands.js';
import { activationPortRule } from './activation-port-rule.js';

export const hostUnreachable = activationPortRule('tcp/host-unreachable', 'unreachable', (_target, endpoint) => ({
  message: msg('tcp/host-unreachable.message'),
  // The network's own account (e.g. EHOSTUNREACH), else the probe status.
  args: { reason: endpoint.activation!.error?.message ?? endpoint.activation!.status },
  remedy: [
    msg('tcp/host-unreachable.remedy.route', { command: `Test-NetConnection ${endpoint.address} -TraceRoute` }),
    msg('tcp/host-unreachable.remedy.vpn'),
    msg('tcp/host-unreachable.remedy.old-address', { registerCommand: REGISTER_DNS, clearCommand: CLEAR_KMS_HOST }),
  ],
}));
