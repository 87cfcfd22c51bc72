import { msg } from '../../catalog/message.js';
import type { Rule } from '../rule.js';
import { SLMGR_DLV } from './commands.js';

/**
 * The host OS needs an update (planning page, "KMS host required updates") before it activates
 * releases its key serves, and the service version does not show it: a warning when the version is
 * below the update's build (sppsvc's version only moves when the service itself is serviced, so it
 * is strong but not certain evidence), information when the input cannot tell at all.
 */
export const hostRequiredUpdateNotShown: Rule = {
  id: 'host/required-update-not-shown',
  check(facts) {
    return (facts.host?.hosts ?? []).flatMap((host) =>
      (host.updates?.checks ?? [])
        .filter((check) => check.verdict !== 'shown')
        .map((check) => ({
          ruleId: 'host/required-update-not-shown' as const,
          severity: check.verdict === 'not-shown' ? ('warning' as const) : ('info' as const),
          args: {
            host: host.name,
            hostOs: host.updates!.hostOs,
            kb: check.kb,
            date: check.date,
            releases: check.toActivate,
            serviceVersion: check.serviceVersion,
            minimumBuild: check.minimumBuild,
            // Why the input cannot tell: the catalog id of src/host/required-updates.ts's reason (language-neutral).
            reasonId: check.reason.id,
          },
          // Below the build, the catalog says so from the versions; otherwise it gives the reason, worded in the report's language.
          message:
            check.verdict === 'not-shown'
              ? msg('host/required-update-not-shown.message.not-shown')
              : msg('host/required-update-not-shown.message.cannot-tell', { reason: check.reason }),
          target: host.name,
          evidence: [{ kind: 'setting' as const, ref: `host.${host.name}.serviceVersion`, summary: msg('host/required-update-not-shown.evidence') }],
          remedy: [
            msg('host/required-update-not-shown.remedy.check', { command: `Get-HotFix -Id ${check.kb}`, dlvCommand: SLMGR_DLV }),
            msg('host/required-update-not-shown.remedy.install'),
          ],
        })),
    );
  },
};
