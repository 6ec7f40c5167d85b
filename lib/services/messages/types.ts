// The background's message handlers: one per request kind of the protocol,
// typed by it (lib/core/protocol.ts), grouped by area in this folder.
import type { NamedCookie } from '../../core/cmp/index.ts';
import type { MessageSender, RequestKind, RequestOf, ResponseMap } from '../../core/protocol.ts';
import type { AuditService } from '../audit.ts';
import type { ClassificationService } from '../classification.ts';
import type { ConsentActions } from '../consent-actions.ts';
import type { DeclarationService } from '../declarations.ts';
import type { Recorder } from '../recorder.ts';
import type { Retention, SettingsStore } from '../retention.ts';
import type { RecordStore } from '../store.ts';
import type { SignalSender } from '../send-signals.ts';
import type { SignalsAbService } from '../signals-ab.ts';
import type { SignalsAb } from '../../core/signals/ab.ts';

export type { MessageSender };

export interface BackgroundDeps {
  recorder: Recorder;
  store: RecordStore;
  audit: AuditService;
  classification: ClassificationService;
  declarations: DeclarationService;
  settings: SettingsStore;
  retention: Retention;
  /** The "send privacy signals" option. */
  signals: SignalSender;
  /** The opt-out cookies the browser sends to a host (consent-cookies.ts optOutCookiesOf). */
  optOutCookies: (host: string) => Promise<NamedCookie[]>;
  /** The popup's consent actions (absent where the browser cannot run them). */
  consentActions?: ConsentActions;
  /** The popup's DNT / GPC A/B test, and each site's stored result (absent where it cannot run). */
  signalsAb?: {
    test: SignalsAbService;
    /** The site's last result and when the test ran (ms since the epoch). */
    stored(site: string): Promise<{ ab: SignalsAb; at: number } | null>;
  };
  /** "Delete everything" replaced the value-hash key: hash with the new one from now on. */
  hashKeyReplaced?: () => void;
  now: () => number;
}

/** The handlers of some request kinds: each answers its own kind's response. */
export type Handlers<K extends RequestKind> = {
  [P in K]: (req: RequestOf<P>, sender: MessageSender) => Promise<ResponseMap[P]>;
};

/** Thrown by a handler to answer `{ ok: false, error: message }`: a refusal the asker should show. */
export class Refused extends Error {}

/** The error message of anything thrown. */
export const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));
