// Adapter: a declarativeNetRequest session rule that stops the extension's
// own requests (policy pages, well-known resources, list downloads) from
// reaching the user's own network — at every redirect hop, before the hop is
// sent, which a fetch() in an extension cannot do itself (redirect: 'manual'
// hides the Location of each hop). A higher-priority rule lets the audited
// site's own host through while its own resources are fetched, when the user
// audits a site that is itself on localhost or the local network.
import { policyFetchAllowed } from '../core/discovery/policy-links.ts';
import {
  isPrivateHost,
  PRIVATE_URL_REGEXES,
  privateDestinationAllowed,
} from '../core/net/private-address.ts';
import { downloadList, fetchText } from './fetch.ts';

/** The subset of chrome.declarativeNetRequest used here. */
export interface DnrApi {
  updateSessionRules(options: {
    removeRuleIds?: number[];
    addRules?: {
      id: number;
      priority: number;
      action: { type: 'block' | 'allow' };
      condition: {
        regexFilter?: string;
        requestDomains?: string[];
        initiatorDomains?: string[];
        tabIds?: number[];
      };
    }[];
  }): Promise<void>;
}

/** Rule ids of this guard: the block rules, then one allowance per fetch in flight. */
const BLOCK_FIRST = 900_000;
const BLOCK_IDS = PRIVATE_URL_REGEXES.map((_, i) => BLOCK_FIRST + i);
const ALLOW_FIRST = 900_100;
const ALLOW_SLOTS = 64;

export interface PrivateGuard {
  /** Resolves once the block rule is in place (every fetch waits for it). */
  ready: Promise<void>;
  /** Lets `host` through while `run` is in flight. */
  allowing<T>(host: string, run: () => Promise<T>): Promise<T>;
}

/**
 * `extensionHost`: the host of the extension's own pages (its id in Chrome,
 * its moz-extension UUID in Firefox), the initiator of its own requests.
 */
export function createPrivateGuard(dnr: DnrApi, extensionHost: string): PrivateGuard {
  // Requests made by this extension, outside any tab: its own fetches only.
  const mine = { initiatorDomains: [extensionHost], tabIds: [-1] };
  // Firefox validates the rules before returning and throws a refusal instead
  // of rejecting: as a rejection, it fails the fetches that wait for the
  // guard, not the background's start (and every listener after it).
  const ready = Promise.resolve().then(() =>
    dnr.updateSessionRules({
      removeRuleIds: BLOCK_IDS,
      addRules: PRIVATE_URL_REGEXES.map((regexFilter, i) => ({
        id: BLOCK_IDS[i]!,
        priority: 1,
        action: { type: 'block' as const },
        condition: { regexFilter, ...mine },
      })),
    }),
  );
  const inUse = new Set<number>();
  return {
    ready,
    async allowing(host, run) {
      await ready;
      let id = ALLOW_FIRST;
      while (inUse.has(id) && id < ALLOW_FIRST + ALLOW_SLOTS) id++;
      if (id >= ALLOW_FIRST + ALLOW_SLOTS) throw new Error('too many local fetches at once');
      inUse.add(id);
      try {
        await dnr.updateSessionRules({
          removeRuleIds: [id],
          addRules: [
            {
              id,
              priority: 2,
              action: { type: 'allow' },
              condition: { requestDomains: [host.replace(/^\[|\]$/g, '')], ...mine },
            },
          ],
        });
        return await run();
      } finally {
        inUse.delete(id);
        await dnr.updateSessionRules({ removeRuleIds: [id] }).catch(() => undefined);
      }
    },
  };
}

/** A guard for a browser without declarativeNetRequest: the after-the-fact checks only. */
export const NO_GUARD: PrivateGuard = {
  ready: Promise.resolve(),
  allowing: (_host, run) => run(),
};

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/**
 * The site's own resources (policy page, well-known files) for the page that
 * linked them: over https when the page is (an http link on an https page is
 * upgraded), never into the local network unless the page is there itself,
 * and a redirect away from what the page may fetch is refused.
 */
export function siteFetcher(guard: PrivateGuard) {
  return async (url: string, pageUrl: string) => {
    let target = url;
    try {
      const u = new URL(url);
      if (u.protocol === 'http:' && new URL(pageUrl).protocol === 'https:') {
        u.protocol = 'https:';
        target = u.href;
      }
    } catch {
      // fetchText reports the malformed address.
    }
    const run = () =>
      fetchText(
        target,
        (final) => policyFetchAllowed(final, pageUrl) && privateDestinationAllowed(final, pageUrl),
      );
    await guard.ready;
    const host = hostOf(target);
    return host && isPrivateHost(host) && host === hostOf(pageUrl)
      ? guard.allowing(host, run)
      : run();
  };
}

/**
 * A list download: the address the user gave may be on their own network (an
 * intranet list server); a redirect from elsewhere into it is stopped.
 */
export function listDownloader(guard: PrivateGuard) {
  return async (url: string, headers: Record<string, string>) => {
    await guard.ready;
    const host = hostOf(url);
    return host && isPrivateHost(host)
      ? guard.allowing(host, () => downloadList(url, headers))
      : downloadList(url, headers);
  };
}
