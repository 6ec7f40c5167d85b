// Units for the time windows the rest of the code names (milliseconds).
export const SECOND_MS = 1000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/**
 * How far a request's time (the browser's own stamp, taken when the request
 * starts) may precede the recorded time of a consent change that caused it:
 * the change is stamped when the cookie event reaches the worker, which can
 * be after the page's scripts reacted to the choice. Within this window the
 * two cannot be ordered, so a request is not called "before consent".
 */
export const CONSENT_STAMP_SKEW_MS = SECOND_MS;
