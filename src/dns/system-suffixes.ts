import { readFileSync } from 'node:fs';

/**
 * The DNS suffixes this machine searches, for when no domain is given. On Unix they come from
 * resolv.conf (the last `search` or `domain` line); on Windows a domain logon sets USERDNSDOMAIN. The
 * full Windows picture (primary suffix, per-adapter suffixes, search list) comes from the
 * client snapshot, which reads it the way the licensing service does.
 */
export function systemDnsSuffixes(env = process.env, platform = process.platform, read = (path: string) => readFileSync(path, 'utf8')): string[] {
  if (platform === 'win32') return env.USERDNSDOMAIN ? [env.USERDNSDOMAIN.toLowerCase()] : [];
  let text: string;
  try {
    text = read('/etc/resolv.conf');
  } catch {
    return [];
  }
  const lines = text.split('\n').map((line) => line.trim().split(/\s+/));
  // resolv.conf(5): `domain` is an obsolete one-entry `search`, and of several such lines the last wins.
  const last = lines.filter(([key]) => key === 'search' || key === 'domain').at(-1);
  const suffixes = last ? last.slice(1, last[0] === 'domain' ? 2 : undefined) : [];
  return [...new Set(suffixes.map((name) => name.replace(/\.$/, '').toLowerCase()).filter((name) => name !== '' && name !== '.'))];
}
