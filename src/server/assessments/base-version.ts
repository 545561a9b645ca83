import { ConflictError } from '../http/problems.js';

/** The version and last editor of the record as it stands, or undefined when there is none. */
export type CurrentRecord = { version: number; name: string } | undefined;

/**
 * Nothing is silently overwritten: a write names the version it was based on (`null`: "I
 * believe it does not exist yet"), and anything else gets 409 with the record as it stands.
 * `what` starts the sentence, e.g. "The rating of leadership.1.2".
 */
export async function requireBaseVersion(
  current: CurrentRecord,
  base: number | null,
  what: string,
  currentView: () => Promise<unknown>,
): Promise<void> {
  if ((current?.version ?? null) === base) return;
  const detail = !current
    ? `${what} has not been recorded yet, so there is nothing to update. Send version null to record it.`
    : base === null
      ? `${what} was recorded by ${current.name} in the meantime. Review it and apply your change again.`
      : `${what} was changed by ${current.name} after you opened it. Review the current version and apply your change again.`;
  throw new ConflictError(detail, { current: await currentView() });
}
