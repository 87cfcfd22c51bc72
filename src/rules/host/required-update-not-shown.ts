import type { Rule } from '../rule.js';

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
      (host.updates?.checks ?? []).filter((check) => check.verdict !== 'shown').map((check) => {
        const needs = `${host.updates!.hostOs} needs ${check.kb}${check.date ? ` (${check.date})` : ''} or a later cumulative update to activate ${check.toActivate.join(', ')}`;
        const message = check.verdict === 'not-shown'
          ? `KMS host ${host.name}: ${needs}; ${check.reason}, so the version does not show the update — without it those clients get 0xC004F042 (confirm with Get-HotFix)`
          : `KMS host ${host.name}: ${needs}; the input cannot tell whether it is installed: ${check.reason}`;
        return {
          ruleId: 'host/required-update-not-shown' as const,
          severity: check.verdict === 'not-shown' ? ('warning' as const) : ('info' as const),
          message,
          target: host.name,
          evidence: [{ kind: 'setting' as const, ref: `host.${host.name}.serviceVersion`, summary: `Software licensing service version: ${check.serviceVersion ?? 'not given'}; ${check.kb} build ${check.minimumBuild ?? 'unknown'}` }],
          remedy: [
            `On ${host.name}: Get-HotFix -Id ${check.kb} (or any later cumulative update), and cscript //nologo %windir%\\System32\\slmgr.vbs /dlv for the "Software licensing service version" line`,
            `Install ${check.kb} or the latest cumulative update for ${host.updates!.hostOs}, restart, then check that the host's 12290 events for ${check.toActivate.join(', ')} clients show 0x0`,
          ],
        };
      }),
    );
  },
};
