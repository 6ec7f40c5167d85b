// Reading Chromium's network log (--log-net-log): every URL request the
// browser started — pages', the extension's and the browser's own, which
// Playwright's and the extension's request events never see — with the
// error it ended with.
import { readFileSync } from 'node:fs';

export interface NetLogRequest {
  url: string;
  /** Chromium's net error (e.g. -105 ERR_NAME_NOT_RESOLVED), null when it succeeded. */
  netError: number | null;
  /** Who asked: an origin (chrome-extension://ID for the extension's own fetches), or null. */
  initiator: string | null;
}

interface NetLogEvent {
  type: number;
  source: { id: number };
  params?: { url?: unknown; net_error?: unknown; initiator?: unknown };
}

interface NetLog {
  constants: { logEventTypes: Record<string, number> };
  events: NetLogEvent[];
}

function parse(text: string): NetLog {
  try {
    return JSON.parse(text) as NetLog;
  } catch {
    // A browser that did not shut down cleanly leaves the events array open.
    return JSON.parse(`${text.trimEnd().replace(/,$/, '')}]}`) as NetLog;
  }
}

export function netLogRequests(file: string): NetLogRequest[] {
  const log = parse(readFileSync(file, 'utf8'));
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  // One source per request; a redirect starts a new job (URL) in the same source.
  const bySource = new Map<
    number,
    { urls: string[]; netError: number | null; initiator: string | null }
  >();
  for (const e of log.events) {
    const url = e.params?.url;
    if (e.type === start && typeof url === 'string') {
      const initiator = typeof e.params?.initiator === 'string' ? e.params.initiator : null;
      const r = bySource.get(e.source.id) ?? { urls: [], netError: null, initiator };
      r.urls.push(url);
      bySource.set(e.source.id, r);
    }
    const err = e.params?.net_error;
    const r = bySource.get(e.source.id);
    // The request's last error is the one it ended with.
    if (r && typeof err === 'number') r.netError = err === 0 ? null : err;
  }
  return [...bySource.values()].flatMap((r) =>
    r.urls.map((url) => ({ url, netError: r.netError, initiator: r.initiator })),
  );
}
