import { readFileSync } from 'node:fs';

/**
 * The DNS suffixes this machine searches, for when no domain is given. On Unix they come from
 * resolv.conf (`search`, else `domain`); on Windows a domain logon sets USERDNSDOMAIN. The
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
  const search = lines.filter(([key]) => key === 'search').flatMap(([, ...names]) => names);
  const domain = lines.filter(([key]) => key === 'domain').flatMap(([, name]) => (name ? [name] : []));
  const suffixes = search.length > 0 ? search : domain;
  return [...new Set(suffixes.map((name) => name.replace(/\.$/, '').toLowerCase()).filter((name) => name !== '' && name !== '.'))];
}
