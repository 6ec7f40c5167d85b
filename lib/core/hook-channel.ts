/** DOM event name between the main-world hook and the isolated relay. */
export const HOOK_EVENT = '__cookie_audit_observation__';
