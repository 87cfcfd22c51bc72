import pc from 'picocolors';

export type Colors = ReturnType<typeof pc.createColors>;

export interface OutputContext {
  colors: Colors;
  /** Spinners and progress only on an interactive terminal, never in CI or when piped. */
  interactive: boolean;
}

/**
 * Decided once per run. Colour follows no-color.org and clig.dev: off when NO_COLOR is set
 * (even empty), TERM=dumb, or stdout is not a terminal; `--color` forces it on, `--no-color` off.
 * picocolors' own default turns colour on under CI even when piped, so it is never used.
 */
export function outputContext(options: { color?: boolean | undefined }, env = process.env, stdout = process.stdout, stderr = process.stderr): OutputContext {
  const auto = !('NO_COLOR' in env) && env.TERM !== 'dumb' && stdout.isTTY === true;
  const enabled = options.color ?? auto;
  const interactive = stderr.isTTY === true && !env.CI && env.TERM !== 'dumb';
  return { colors: pc.createColors(enabled), interactive };
}
