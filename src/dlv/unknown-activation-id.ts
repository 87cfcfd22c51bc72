/**
 * The product `id` when the text shows no activation ID (all of `/dli`, a cut-off paste): the nil
 * GUID, because model.ts types `id` as a string and the snapshot schema requires a UUID. It is never
 * a real activation ID; read it as "not known".
 *
 * In a module of its own so that a rule comparing against it does not load the /dlv parser and,
 * through it, the text decoders, on every check.
 */
export const UNKNOWN_ACTIVATION_ID = '00000000-0000-0000-0000-000000000000';
