import { msg } from '../../catalog/message.js';
import { errorCause } from '../../catalog/probe-reason.js';
import { CLEAR_KMS_HOST, REGISTER_DNS } from '../kms/commands.js';
import { activationPortRule } from './activation-port-rule.js';

export const hostUnreachable = activationPortRule('tcp/host-unreachable', 'unreachable', (_target, endpoint) => ({
  // The network's own account (e.g. EHOSTUNREACH) in the report's language, else the probe status.
  message: msg('tcp/host-unreachable.message', { reason: errorCause(endpoint.activation!.error) ?? endpoint.activation!.status }),
  args: { errorCode: endpoint.activation!.error?.code ?? null },
  remedy: [
    msg('tcp/host-unreachable.remedy.route', { command: `Test-NetConnection ${endpoint.address} -TraceRoute` }),
    msg('tcp/host-unreachable.remedy.vpn'),
    msg('tcp/host-unreachable.remedy.old-address', { registerCommand: REGISTER_DNS, clearCommand: CLEAR_KMS_HOST }),
  ],
}));
