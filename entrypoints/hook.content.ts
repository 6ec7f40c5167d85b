import { cookieStoreToString, scriptUrlFromStack } from '../lib/core/page-messages.ts';
import {
  HOOK_EVENT,
  HOOK_HELLO,
  HOOK_LINKED_ATTR,
  HOOK_NODE_KEY,
  HOOK_READY,
  HOOK_SEND_MS,
  MAX_HOOK_BATCH_REPORTS,
} from '../lib/core/hook-channel.ts';

// Runs in the page's own JavaScript world before any page script, to see
// cookie and storage writes with the URL of the script that made them. It
// only observes: every original behaviour is kept, and failures are swallowed.
export default defineContentScript({
  matches: ['<all_urls>'],
  world: 'MAIN',
  runAt: 'document_start',
  allFrames: true,
  // about:blank and srcdoc frames run the page's scripts in its origin (issue 14 item 4).
  matchAboutBlank: true,
  main() {
    // Writes are queued as they happen, with the stack captured but not read
    // (V8 formats it only when .stack is first read), and sent as one event
    // per microtask checkpoint: a script writing 100 cookies in a loop pays
    // for 100 Error objects and one JSON string, not for 100 stack
    // formattings, serialisations and dispatches. The page's later changes to
    // these globals do not reach the hook: their originals are kept here.
    const stringify = JSON.stringify;
    const later = queueMicrotask.bind(globalThis);
    const afterMs = setTimeout.bind(globalThis);
    const dispatch = EventTarget.prototype.dispatchEvent;
    const Custom = CustomEvent;
    const Err = Error as unknown as {
      new (): Error;
      prepareStackTrace?: unknown;
      stackTraceLimit?: number;
    };

    // The private channel to the relay (lib/core/hook-channel.ts).
    const channel = document.createElement('span');
    const linkedTo = Element.prototype.hasAttribute;
    const unlisten = EventTarget.prototype.removeEventListener;
    let linked = false;
    const offer = () => {
      try {
        dispatch.call(document, new MouseEvent(HOOK_READY, { relatedTarget: channel }));
        if (linkedTo.call(channel, HOOK_LINKED_ATTR)) {
          linked = true;
          unlisten.call(document, HOOK_HELLO, offer, true);
          delete (document as unknown as Record<string, unknown>)[HOOK_NODE_KEY];
        }
      } catch {
        // never break the page
      }
    };
    try {
      Object.defineProperty(document, HOOK_NODE_KEY, { value: channel, configurable: true });
    } catch {
      // a document that refuses expandos: the relatedTarget route only
    }
    document.addEventListener(HOOK_HELLO, offer, true);
    offer();
    const pending: { report: Record<string, unknown>; stack: Error | null }[] = [];
    /** Stack text → script URL: a call site that writes again is parsed once. */
    const urls = new Map<string, string | null>();
    /**
     * V8 hands Error.prepareStackTrace the stack as call sites: the writer's
     * script is read from them without formatting every frame into text
     * (source positions, function names), which cost more than the write
     * itself. The call-site method is taken now, before any page script could
     * replace it. Elsewhere (Firefox) the stack text is parsed.
     */
    type Site = { getScriptNameOrSourceURL?: () => unknown };
    // Taken before page scripts run: a page's later replacements of these
    // cannot reach what the hook reads from call sites.
    const apply = Reflect.apply;
    const isArray = Array.isArray;
    const hasOwn = Object.prototype.hasOwnProperty;
    let siteName: (() => unknown) | null = null;
    try {
      const own = apply(hasOwn, Err, ['prepareStackTrace']);
      const saved = Err.prepareStackTrace;
      Err.prepareStackTrace = (_e: unknown, sites: unknown) => sites;
      const sites = (new Err() as unknown as { stack: unknown }).stack;
      if (own) Err.prepareStackTrace = saved;
      else delete Err.prepareStackTrace;
      const first = isArray(sites) ? (sites[0] as Site | undefined) : undefined;
      const fn = first && Object.getPrototypeOf(first)?.getScriptNameOrSourceURL;
      if (typeof fn === 'function') siteName = fn as () => unknown;
    } catch {
      // not V8: stack text only
    }
    const pageScript = /^(?:https?|blob):/i;
    const test = RegExp.prototype.test;
    /** What the hook's own prepareStackTrace returns: the writer found in the call sites. */
    class Found {
      constructor(readonly url: string | null) {}
    }
    /** The first call site in a page script (not the hook's own extension URL). */
    const writerOfSites = (_e: unknown, sites: unknown): Found => {
      if (!isArray(sites) || !siteName) return new Found(null);
      for (let i = 0; i < sites.length; i++) {
        try {
          const name = apply(siteName, sites[i], []);
          if (typeof name === 'string' && apply(test, pageScript, [name])) return new Found(name);
        } catch {
          // a frame that cannot say: the next one
        }
      }
      return new Found(null);
    };
    const urlOf = (e: Error): string | null => {
      const stack: unknown = e.stack;
      if (stack instanceof Found) return stack.url;
      if (typeof stack !== 'string') return null;
      // Stack text: Firefox.
      let url = urls.get(stack);
      if (url === undefined) {
        url = scriptUrlFromStack(stack);
        if (urls.size > 1000) urls.clear();
        urls.set(stack, url);
      }
      return url;
    };
    /**
     * The writers' scripts from their stacks, read together. A page can set
     * `Error.prepareStackTrace` (V8) to make the writer look like another
     * script: the hook puts its own in place while the stacks are read (and
     * back as it was after), and where the page made that impossible the
     * writer is unknown rather than forged.
     */
    const writersOf = (errors: (Error | null)[]): (string | null)[] => {
      const mine = siteName ? writerOfSites : undefined;
      const own = apply(hasOwn, Err, ['prepareStackTrace']);
      const custom = Err.prepareStackTrace;
      const unknown = errors.map(() => null);
      try {
        if (custom !== mine) {
          Err.prepareStackTrace = mine;
          if (Err.prepareStackTrace !== mine) return unknown;
        }
        return errors.map((e) => {
          try {
            return e ? urlOf(e) : null;
          } catch {
            return null;
          }
        });
      } catch {
        return unknown;
      } finally {
        if (custom !== mine) {
          try {
            if (own) Err.prepareStackTrace = custom;
            else delete Err.prepareStackTrace;
          } catch {
            // a page's accessor that refuses: its own business
          }
        }
      }
    };
    // Reports wait up to HOOK_SEND_MS and go to the relay together (each
    // dispatch into the relay's world costs the page's thread tens of µs).
    // Leaving the page, they go at once.
    let leaving = false;
    const flush = () => {
      if (pending.length === 0) return;
      const batch = pending.splice(0, pending.length);
      try {
        const writers = writersOf(batch.map((b) => b.stack));
        const reports = batch.map(({ report, stack }, i) =>
          stack ? { ...report, scriptUrl: writers[i] } : report,
        );
        // Where the node could not be handed over (no relay in this frame),
        // the reports go on the document, as before the private channel.
        dispatch.call(
          linked || (linked = linkedTo.call(channel, HOOK_LINKED_ATTR)) ? channel : document,
          new Custom(HOOK_EVENT, { detail: stringify(reports) }),
        );
      } catch {
        // never break the page
      }
    };
    /** Queues a report; `stack`: the writer's call stack, read at flush time. */
    const send = (report: Record<string, unknown>, stack: Error | null = null) => {
      pending.push({ report, stack });
      if (pending.length === 1) {
        if (leaving) later(flush);
        else afterMs(flush, HOOK_SEND_MS);
      } else if (pending.length >= MAX_HOOK_BATCH_REPORTS) flush();
    };
    const listen = EventTarget.prototype.addEventListener;
    listen.call(
      window,
      'pagehide',
      () => {
        leaving = true;
        flush();
      },
      true,
    );
    listen.call(
      window,
      'pageshow',
      () => {
        leaving = false;
      },
      true,
    );
    // The relay compares storage snapshots at these moments: what the hook
    // holds must reach it first (capturing listeners, added before any other,
    // run before the relay's).
    listen.call(document, 'DOMContentLoaded', flush, true);
    listen.call(window, 'load', flush, true);
    listen.call(
      document,
      'visibilitychange',
      () => {
        if (document.visibilityState === 'hidden') flush();
      },
      true,
    );
    /**
     * The writer's call stack, captured now, CAPTURE_FRAMES deep whatever the
     * page set: the hook's own frames (up to four: this function, a report
     * helper, the wrapper and its callback), then the writer, and one more.
     * Deeper stacks cost the page more than the write itself (V8 walks them,
     * awaited callers included).
     */
    const CAPTURE_FRAMES = 6;
    const caller = (): Error => {
      const limit = Err.stackTraceLimit;
      // (Only engines with the setting, V8: elsewhere nothing is added to Error.)
      if (typeof limit !== 'number' || limit === CAPTURE_FRAMES) return new Err();
      try {
        Err.stackTraceLimit = CAPTURE_FRAMES;
        return new Err();
      } finally {
        Err.stackTraceLimit = limit;
      }
    };

    const cookieDesc = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
    if (cookieDesc?.set && cookieDesc.get) {
      const { get, set } = cookieDesc;
      Object.defineProperty(Document.prototype, 'cookie', {
        configurable: true,
        enumerable: cookieDesc.enumerable,
        get,
        set(value: unknown) {
          set.call(this, value);
          send(
            {
              type: 'cookie',
              api: 'document.cookie',
              cookie: String(value),
            },
            caller(),
          );
        },
      });
    }

    const cs = (globalThis as { cookieStore?: { set: (...a: unknown[]) => Promise<void> } })
      .cookieStore;
    if (cs && typeof cs.set === 'function') {
      const origSet = cs.set;
      cs.set = function (this: unknown, ...args: unknown[]) {
        const result = origSet.apply(this, args);
        try {
          send(
            {
              type: 'cookie',
              api: 'cookieStore',
              cookie: cookieStoreToString(args),
            },
            caller(),
          );
        } catch {
          // ignore
        }
        return result;
      };
    }

    const kindOf = (s: Storage): string | null => {
      try {
        if (s === window.localStorage) return 'localStorage';
        if (s === window.sessionStorage) return 'sessionStorage';
      } catch {
        // storage access denied (sandboxed frame)
      }
      return null;
    };
    const proto = Storage.prototype;
    const { setItem, removeItem, clear } = proto;
    proto.setItem = function (this: Storage, key: string, value: string) {
      setItem.call(this, key, value);
      const storage = kindOf(this);
      if (storage)
        send(
          {
            type: 'storage',
            storage,
            op: 'set',
            key: String(key),
            value: String(value),
          },
          caller(),
        );
    };
    proto.removeItem = function (this: Storage, key: string) {
      removeItem.call(this, key);
      const storage = kindOf(this);
      if (storage)
        send(
          {
            type: 'storage',
            storage,
            op: 'remove',
            key: String(key),
            value: null,
          },
          caller(),
        );
    };
    // Other storage on the device (ePrivacy Art. 5(3) is about any storage):
    // IndexedDB databases, Cache Storage caches, service-worker registrations.
    // Each wrapper calls the original first, reports the name only (no work
    // on the data) and swallows its own failures.
    const storageReport = (storage: string, op: string, key: unknown, value: string | null) => {
      try {
        if (typeof key !== 'string' && typeof key !== 'number') return;
        send(
          {
            type: 'storage',
            storage,
            op,
            key: String(key).slice(0, 1024),
            value,
          },
          caller(),
        );
      } catch {
        // never break the page
      }
    };
    const wrap = <T extends object>(
      target: T | undefined,
      name: string,
      after: (args: unknown[]) => void,
    ) => {
      try {
        if (!target) return;
        const orig = (target as Record<string, unknown>)[name];
        if (typeof orig !== 'function') return;
        (target as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
          const result: unknown = Reflect.apply(orig, this, args);
          try {
            after(args);
          } catch {
            // ignore
          }
          return result;
        };
      } catch {
        // a frozen or redefined API: leave it alone
      }
    };
    wrap(globalThis.IDBFactory?.prototype, 'open', (a) =>
      storageReport('indexedDB', 'set', a[0], null),
    );
    wrap(globalThis.IDBFactory?.prototype, 'deleteDatabase', (a) =>
      storageReport('indexedDB', 'remove', a[0], null),
    );
    wrap(globalThis.CacheStorage?.prototype, 'open', (a) =>
      storageReport('cacheStorage', 'set', a[0], null),
    );
    wrap(globalThis.CacheStorage?.prototype, 'delete', (a) =>
      storageReport('cacheStorage', 'remove', a[0], null),
    );
    wrap(globalThis.ServiceWorkerContainer?.prototype, 'register', (a) => {
      const abs = (u: unknown) => {
        try {
          return typeof u === 'string' || u instanceof URL
            ? new URL(u, document.baseURI).href
            : null;
        } catch {
          return null;
        }
      };
      const script = abs(a[0]);
      if (!script) return;
      const opts = a[1];
      const scope =
        typeof opts === 'object' && opts !== null && 'scope' in opts
          ? abs((opts as { scope?: unknown }).scope)
          : new URL('./', script).href;
      storageReport('serviceWorker', 'set', script, scope);
    });

    // What the page's scripts see of the privacy signals (navigator.
    // globalPrivacyControl / doNotTrack), once every document_start script —
    // this extension's registered signal scripts too — has run.
    if (window === window.top) {
      document.addEventListener(
        'DOMContentLoaded',
        () => {
          try {
            const n = navigator as Navigator & { globalPrivacyControl?: unknown };
            const gpc = n.globalPrivacyControl;
            const dnt = n.doNotTrack;
            send({
              type: 'navigator',
              gpc: typeof gpc === 'boolean' ? gpc : null,
              dnt: typeof dnt === 'string' ? dnt : null,
            });
          } catch {
            // never break the page
          }
        },
        { once: true },
      );
    }

    // After the load, read what the page's consent banner declares, through
    // the CMP's own API (no extra network request): OneTrust, Cookiebot, TCF.
    if (window === window.top) {
      const readCmp = () => {
        const w = window as unknown as {
          OneTrust?: { GetDomainData?: () => unknown };
          Cookiebot?: { dialog?: Record<string, unknown> };
          __tcfapi?: (cmd: string, v: number, cb: (data: unknown, ok: boolean) => void) => void;
        };
        const json = (v: unknown) => {
          try {
            return JSON.stringify(v);
          } catch {
            return null;
          }
        };
        try {
          const data = w.OneTrust?.GetDomainData?.();
          const j = data ? json(data) : null;
          if (j) send({ type: 'cmp', cmp: 'onetrust', json: j });
        } catch {
          // a broken CMP is the page's problem, not ours
        }
        try {
          const d = w.Cookiebot?.dialog;
          if (d) {
            const keys = Object.keys(d).filter(
              (k) => k.startsWith('cookieTable') || k === 'privacyPolicies',
            );
            const j = json(Object.fromEntries(keys.map((k) => [k, d[k]])));
            if (j) send({ type: 'cmp', cmp: 'cookiebot', json: j });
          }
        } catch {
          // ignore
        }
        try {
          w.__tcfapi?.('getTCData', 2, (data, ok) => {
            const j = ok ? json(data) : null;
            if (j) send({ type: 'cmp', cmp: 'tcf', json: j });
          });
        } catch {
          // ignore
        }
      };
      window.addEventListener('load', () => setTimeout(readCmp, 300));

      // The opt-out strings the page's own CMP holds (issue 12): the US
      // Privacy String from `__uspapi('getUSPData', 1, cb)`, the GPP string
      // from `__gpp('ping', cb)` (GPP 1.1; `getGPPData` for 1.0 CMPs). Only
      // primitive fields are copied out, cut to a bound; the background
      // validates them again. A CMP that never calls back is given 1 s.
      const readOptOut = () => {
        const w = window as unknown as { __uspapi?: unknown; __gpp?: unknown };
        const report: Record<string, unknown> = { type: 'optout' };
        const str = (v: unknown, max: number) =>
          typeof v === 'string' ? v.slice(0, max + 1) : null;
        const pickUsp = (d: Record<string, unknown>) => ({
          version: typeof d.version === 'number' ? d.version : null,
          uspString: str(d.uspString, 64),
        });
        const pickGpp = (d: Record<string, unknown>) => ({
          gppVersion: str(d.gppVersion, 20),
          cmpStatus: str(d.cmpStatus, 40),
          signalStatus: str(d.signalStatus, 40),
          gppString: str(d.gppString, 20_000),
          applicableSections: Array.isArray(d.applicableSections)
            ? d.applicableSections.slice(0, 64).filter((x) => typeof x === 'number')
            : [],
        });
        let waiting = 0;
        let sent = false;
        const finish = () => {
          if (sent) return;
          sent = true;
          send(report);
        };
        const answered = (key: 'usp' | 'gpp', data: unknown, ok: unknown) => {
          if (ok === false || typeof data !== 'object' || data === null) return;
          try {
            const d = data as Record<string, unknown>;
            report[key] = { status: 'answered', data: key === 'usp' ? pickUsp(d) : pickGpp(d) };
          } catch {
            // a hostile getter: leave it unanswered
          }
        };
        const call = (key: 'usp' | 'gpp', run: (fn: (...a: unknown[]) => void) => void) => {
          const fn = key === 'usp' ? w.__uspapi : w.__gpp;
          if (typeof fn !== 'function') {
            report[key] = { status: 'absent' };
            return;
          }
          report[key] = { status: 'no-answer' };
          waiting++;
          try {
            run(fn as (...a: unknown[]) => void);
          } catch {
            if (--waiting === 0) finish();
          }
        };
        call('usp', (fn) =>
          fn('getUSPData', 1, (data: unknown, ok: unknown) => {
            answered('usp', data, ok);
            if (--waiting === 0) finish();
          }),
        );
        call('gpp', (fn) =>
          fn('ping', (data: unknown, ok: unknown) => {
            answered('gpp', data, ok);
            const got = report.gpp as { data?: { gppString?: unknown } } | undefined;
            if (typeof got?.data?.gppString === 'string') {
              if (--waiting === 0) finish();
              return;
            }
            // A GPP 1.0 CMP hands the string over through getGPPData only.
            try {
              fn('getGPPData', (d: unknown, ok2: unknown) => {
                answered('gpp', d, ok2);
                if (--waiting === 0) finish();
              });
            } catch {
              if (--waiting === 0) finish();
            }
          }),
        );
        if (waiting === 0) finish();
        else afterMs(finish, 1000);
      };
      window.addEventListener('load', () => setTimeout(readOptOut, 300));
    }

    proto.clear = function (this: Storage) {
      clear.call(this);
      const storage = kindOf(this);
      if (storage) send({ type: 'storage', storage, op: 'clear', key: '', value: null }, caller());
    };
  },
});
