// The popup's consent actions and their buttons' names (also their accessible
// names). No imports: the popup's first paint (first-paint.ts) uses them.
export type ConsentAction = 'reject' | 'accept' | 'accept-then-withdraw';

export const CONSENT_ACTIONS: readonly ConsentAction[] = [
  'reject',
  'accept',
  'accept-then-withdraw',
];

/** The button's name for each action (also its accessible name). */
export const ACTION_LABEL: Record<ConsentAction, string> = {
  reject: 'Reject all and re-audit',
  accept: 'Accept all and re-audit',
  'accept-then-withdraw': 'Accept, then withdraw',
};
