// The user's option to send the privacy signals themselves (SPEC "DNT / GPC
// panel": "whether the extension itself sends DNT: 1 / Sec-GPC: 1 and
// navigator.globalPrivacyControl, a user option"): which sites it covers,
// the declarativeNetRequest rules and main-world scripts that do it, and
// validation of what the options page sends. Pure: the platform applies it.
import { REQUEST_TYPES } from '../requests.ts';
import { parse } from 'tldts';

export type SendMode = 'off' | 'everywhere' | 'sites';

export interface SendSignalsSettings {
  mode: SendMode;
  /** Hosts or registrable domains; each covers itself and its subdomains. */
  sites: string[];
  dnt: boolean;
  gpc: boolean;
}

export const DEFAULT_SEND_SETTINGS: SendSignalsSettings = {
  mode: 'off',
  sites: [],
  dnt: true,
  gpc: true,
};

/** More sites than anyone types in; beyond it the value is not ours. */
export const MAX_SITES = 500;
/** An entry longer than this is no host name (253) even as a pasted URL. */
const MAX_ENTRY = 2048;

export type EntryResult = { ok: true; host: string } | { ok: false; error: string };

function isIPv4(h: string): boolean {
  const parts = h.split('.');
  return (
    parts.length === 4 &&
    parts.every((p) => p.length > 0 && p.length <= 3 && [...p].every((c) => c >= '0' && c <= '9'))
  );
}

/** RFC 1123 labels (and `_`, found in real names), lowercase ASCII: what DNR accepts. */
function isHostName(h: string): boolean {
  if (h.length === 0 || h.length > 253) return false;
  return h.split('.').every((label) => {
    if (label.length === 0 || label.length > 63) return false;
    if (label.startsWith('-') || label.endsWith('-')) return false;
    for (const c of label) {
      const ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '-' || c === '_';
      if (!ok) return false;
    }
    return true;
  });
}

/**
 * One entry the user typed: a host (`shop.example.com`), a registrable domain
 * (`example.com`), `*.example.com`, or a pasted address (its host is kept).
 * International names become their ASCII (punycode) form. A bare public
 * suffix (`com`, `co.uk`, `github.io`) is refused: it is not a site.
 */
export function parseSiteEntry(input: string): EntryResult {
  if (input.length > MAX_ENTRY) return { ok: false, error: 'too long to be a site' };
  let s = input.trim().toLowerCase();
  if (s === '') return { ok: false, error: 'empty' };
  if (s.startsWith('*.')) s = s.slice(2);
  let host: string;
  try {
    host = new URL(s.includes('://') ? s : `http://${s}`).hostname;
    // Another scheme's host is not normalised as a web host is ("a://0"
    // keeps "0", which http reads as 0.0.0.0): read it again as http's.
    if (host !== '' && !/^https?:\/\//.test(s) && s.includes('://')) {
      host = new URL(`http://${host}`).hostname;
    }
  } catch {
    return { ok: false, error: `"${input.trim().slice(0, 80)}" is not a host name` };
  }
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host.startsWith('[')) return { ok: false, error: 'IPv6 addresses are not supported' };
  if (isIPv4(host)) return { ok: true, host };
  if (!isHostName(host)) {
    return { ok: false, error: `"${input.trim().slice(0, 80)}" is not a host name` };
  }
  const p = parse(host, { allowPrivateDomains: true });
  if (p.publicSuffix === host && (p.isIcann === true || p.isPrivate === true)) {
    return { ok: false, error: `${host} is a public suffix, not a site (use "everywhere")` };
  }
  return { ok: true, host };
}

export type SendSettingsResult =
  { ok: true; value: SendSignalsSettings } | { ok: false; error: string };

/** Checks settings sent by the options page; entries are normalised and deduplicated. */
export function validateSendSettings(input: unknown): SendSettingsResult {
  if (typeof input !== 'object' || input === null) return { ok: false, error: 'no settings given' };
  const v = input as Record<string, unknown>;
  if (v.mode !== 'off' && v.mode !== 'everywhere' && v.mode !== 'sites') {
    return { ok: false, error: 'send signals must be off, everywhere or on chosen sites' };
  }
  if (typeof v.dnt !== 'boolean' || typeof v.gpc !== 'boolean') {
    return { ok: false, error: 'each signal must be on or off' };
  }
  if (!Array.isArray(v.sites)) return { ok: false, error: 'the sites must be a list' };
  if (v.sites.length > MAX_SITES) return { ok: false, error: `at most ${MAX_SITES} sites` };
  const sites: string[] = [];
  for (const raw of v.sites) {
    if (typeof raw !== 'string') return { ok: false, error: 'each site must be text' };
    if (raw.trim() === '') continue;
    const e = parseSiteEntry(raw);
    if (!e.ok) return { ok: false, error: e.error };
    if (!sites.includes(e.host)) sites.push(e.host);
  }
  const mode = v.mode;
  if (mode !== 'off' && !v.dnt && !v.gpc) {
    return { ok: false, error: 'choose at least one signal to send (DNT or GPC)' };
  }
  if (mode === 'sites' && sites.length === 0) {
    return { ok: false, error: 'add at least one site, or choose "everywhere"' };
  }
  return { ok: true, value: { mode, sites, dnt: v.dnt, gpc: v.gpc } };
}

/** Settings read back from storage: anything malformed gives the defaults (off). */
export function readSendSettings(value: unknown): SendSignalsSettings {
  const v = validateSendSettings(value);
  return v.ok ? v.value : { ...DEFAULT_SEND_SETTINGS, sites: [] };
}

/** The entry covers the host itself and its subdomains (as DNR's requestDomains does). */
export function entryCovers(entry: string, host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === entry || (!isIPv4(entry) && h.endsWith(`.${entry}`));
}

function hostOfUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

/** Which signals the extension sends with a page at `url` under `settings`. */
export function signalsFor(
  settings: SendSignalsSettings,
  url: string,
): { dnt: boolean; gpc: boolean } {
  const host = hostOfUrl(url);
  const on =
    host !== null &&
    (settings.mode === 'everywhere' ||
      (settings.mode === 'sites' && settings.sites.some((e) => entryCovers(e, host))));
  return { dnt: on && settings.dnt, gpc: on && settings.gpc };
}

// --- declarativeNetRequest ------------------------------------------------

/**
 * Dynamic rule ids of the signals (the private-network guard's session rules
 * are 900 000 and up: lib/platform/private-guard.ts).
 */
export const SIGNAL_RULE_IDS = [800_001, 800_002] as const;

/**
 * Every request type both Chrome and Firefox know. Without a resourceTypes
 * condition DNR leaves out main_frame, and a type one browser does not know
 * (Chrome's webtransport, webbundle) makes the other refuse the rule.
 */
export const ALL_RESOURCE_TYPES = REQUEST_TYPES;
export type DnrResourceType = (typeof ALL_RESOURCE_TYPES)[number];

export interface SignalRule {
  id: number;
  priority: number;
  action: {
    type: 'modifyHeaders';
    requestHeaders: { header: string; operation: 'set'; value: string }[];
  };
  condition: {
    resourceTypes: DnrResourceType[];
    requestDomains?: string[];
    initiatorDomains?: string[];
    excludedInitiatorDomains?: string[];
  };
}

/**
 * The rules that send the chosen signals. `extensionHost`: the host of the
 * extension's own pages, whose own fetches (policy pages, lists) are left alone.
 *
 * `extensionNavigations`: documents the extension itself navigates to (the
 * A/B test's loads) are covered too.
 *
 * Chosen sites: a page is "on" a chosen site when its document is, so
 * (1) a document request (top level or frame) to a chosen host carries the
 * signals, and (2) every other request whose initiator is a chosen host —
 * the requests its pages make, to third parties too. Requests made from
 * inside a third-party frame of such a page have that frame as initiator
 * and carry nothing (the frame's own document request does). Domain
 * conditions rather than tabIds: they hold from the navigation's first
 * request, with no race against a tab update, and survive a worker restart.
 */
export function buildSignalRules(
  settings: SendSignalsSettings,
  extensionHost: string,
  opts: { extensionNavigations?: boolean } = {},
): SignalRule[] {
  if (settings.mode === 'off' || (!settings.dnt && !settings.gpc)) return [];
  if (settings.mode === 'sites' && settings.sites.length === 0) return [];
  const requestHeaders = [
    ...(settings.dnt ? [{ header: 'DNT', operation: 'set' as const, value: '1' }] : []),
    ...(settings.gpc ? [{ header: 'Sec-GPC', operation: 'set' as const, value: '1' }] : []),
  ];
  const action = { type: 'modifyHeaders' as const, requestHeaders };
  const notOwn = { excludedInitiatorDomains: [extensionHost] };
  if (settings.mode === 'everywhere') {
    return [
      {
        id: SIGNAL_RULE_IDS[0],
        priority: 1,
        action,
        condition: { resourceTypes: [...ALL_RESOURCE_TYPES], ...notOwn },
      },
    ];
  }
  return [
    {
      id: SIGNAL_RULE_IDS[0],
      priority: 1,
      action,
      condition: {
        resourceTypes: ['main_frame', 'sub_frame'],
        requestDomains: [...settings.sites],
        // The popup's A/B test loads the page with tabs.update, a navigation
        // whose initiator is the extension: its documents carry the signals too.
        ...(opts.extensionNavigations ? {} : notOwn),
      },
    },
    {
      id: SIGNAL_RULE_IDS[1],
      priority: 1,
      action,
      condition: {
        resourceTypes: ALL_RESOURCE_TYPES.filter((t) => t !== 'main_frame'),
        initiatorDomains: [...settings.sites],
      },
    },
  ];
}

// --- main-world scripts -----------------------------------------------------

export const SIGNAL_SCRIPT_IDS = { dnt: 'cookie-audit-signal-dnt', gpc: 'cookie-audit-signal-gpc' };
export const SIGNAL_SCRIPT_FILES = { dnt: 'signal-dnt.js', gpc: 'signal-gpc.js' };

export interface SignalScript {
  id: string;
  js: string[];
  matches: string[];
}

/** Match patterns of the covered pages (a host pattern `*.x` matches x itself too). */
export function signalMatches(settings: SendSignalsSettings): string[] {
  if (settings.mode === 'everywhere') return ['http://*/*', 'https://*/*'];
  if (settings.mode === 'off') return [];
  return settings.sites.map((e) => (isIPv4(e) ? `*://${e}/*` : `*://*.${e}/*`));
}

/**
 * The scripts that give pages `navigator.globalPrivacyControl` /
 * `navigator.doNotTrack`: registered content scripts in the page's world at
 * document_start, so they run before any page script, on the covered pages only.
 */
export function signalScripts(settings: SendSignalsSettings): SignalScript[] {
  const matches = signalMatches(settings);
  if (matches.length === 0) return [];
  return (['gpc', 'dnt'] as const)
    .filter((k) => settings[k])
    .map((k) => ({ id: SIGNAL_SCRIPT_IDS[k], js: [SIGNAL_SCRIPT_FILES[k]], matches }));
}
