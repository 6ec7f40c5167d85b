/** DOM event name between the main-world hook and the isolated relay. */
export const HOOK_EVENT = '__cookie_audit_observation__';
/**
 * Longest batch the relay forwards (a JSON array of reports): one CMP
 * declaration (capped at 2 MB by the background) and what came with it.
 */
export const MAX_HOOK_BATCH_LENGTH = 2_500_000;
/** Reports one `page-reports` message may carry; the rest of a bigger one is dropped. */
export const MAX_REPORTS_PER_MESSAGE = 1000;
