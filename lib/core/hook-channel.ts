// The channel between the main-world hook and the isolated relay is a DOM
// node that is never attached to the document: only the two scripts hold it,
// so a page can neither dispatch reports on it (forge) nor listen before the
// relay and stop them (hide). It is handed over while both scripts start, at
// document_start, before any script of the page runs:
//   relay: listens for HOOK_READY on the document, then dispatches HOOK_HELLO;
//   hook:  answers HOOK_HELLO (and offers once when it starts) with HOOK_READY,
//          a MouseEvent whose relatedTarget is the node (DOM nodes cross the
//          two JavaScript worlds; CustomEvent details do not);
//   relay: takes the first node offered, marks it with HOOK_LINKED_ATTR and
//          stops listening; the hook sees the mark and stops answering.
// Whichever of the two runs first, the handover completes before the page's
// scripts can dispatch either event. Firefox gives the relay no relatedTarget
// from the page's world; there the hook also leaves the node on the document
// under HOOK_NODE_KEY for the relay to take through `wrappedJSObject` (and
// delete). The expando never outlives the handover: whoever completes it
// deletes it, before the page's scripts run.

/** Event carrying a batch of reports (a JSON string) on the channel node. */
export const HOOK_EVENT = '__cookie_audit_observation__';
/** Relay → hook, on the document: "offer me the channel". */
export const HOOK_HELLO = '__cookie_audit_hello__';
/** Hook → relay, on the document: a MouseEvent whose relatedTarget is the channel node. */
export const HOOK_READY = '__cookie_audit_ready__';
/** Expando on the document holding the channel node during the handover (Firefox). */
export const HOOK_NODE_KEY = '__cookie_audit_node__';
/** Set on the channel node by the relay once it listens there. */
export const HOOK_LINKED_ATTR = 'data-linked';
/**
 * Longest batch the relay forwards (a JSON array of reports): one CMP
 * declaration (capped at 2 MB by the background) and what came with it.
 */
export const MAX_HOOK_BATCH_LENGTH = 2_500_000;
/** Reports one `page-reports` message may carry; the rest of a bigger one is dropped. */
export const MAX_REPORTS_PER_MESSAGE = 1000;

/**
 * Longest the main-world hook keeps reports before handing them to the relay
 * as one batch; leaving the page sends them at once, and so does a batch of
 * MAX_HOOK_BATCH_REPORTS. The worker stamps reports when it receives them:
 * a write is stamped up to this much later than it happened, never earlier
 * (a cookie written just before a consent choice may count as after it; a
 * write never counts as before a choice it followed — the consent timeline
 * is stamped on receipt too).
 */
export const HOOK_SEND_MS = 50;
export const MAX_HOOK_BATCH_REPORTS = 500;
