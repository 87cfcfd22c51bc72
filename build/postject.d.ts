/** postject ships no types; this is the one function used (its README, "Usage: API"). */
declare module 'postject' {
  export function inject(
    filename: string,
    resourceName: string,
    resourceData: Buffer,
    options?: { sentinelFuse?: string; machoSegmentName?: string; overwrite?: boolean },
  ): Promise<void>;
  const postject: { inject: typeof inject };
  export default postject;
}
