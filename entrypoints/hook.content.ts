import { cookieStoreToString, scriptUrlFromStack } from '../lib/core/page-messages.ts';
import { HOOK_EVENT } from '../lib/core/hook-channel.ts';

// Runs in the page's own JavaScript world before any page script, to see
// cookie and storage writes with the URL of the script that made them. It
// only observes: every original behaviour is kept, and failures are swallowed.
export default defineContentScript({
  matches: ['<all_urls>'],
  world: 'MAIN',
  runAt: 'document_start',
  allFrames: true,
  main() {
    const send = (report: Record<string, unknown>) => {
      try {
        document.dispatchEvent(
          new CustomEvent(HOOK_EVENT, { detail: JSON.stringify({ ...report, time: Date.now() }) }),
        );
      } catch {
        // never break the page
      }
    };
    const caller = () => scriptUrlFromStack(new Error().stack);

    const cookieDesc = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
    if (cookieDesc?.set && cookieDesc.get) {
      const { get, set } = cookieDesc;
      Object.defineProperty(Document.prototype, 'cookie', {
        configurable: true,
        enumerable: cookieDesc.enumerable,
        get,
        set(value: unknown) {
          set.call(this, value);
          send({
            type: 'cookie',
            api: 'document.cookie',
            cookie: String(value),
            scriptUrl: caller(),
          });
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
          send({
            type: 'cookie',
            api: 'cookieStore',
            cookie: cookieStoreToString(args),
            scriptUrl: caller(),
          });
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
        send({
          type: 'storage',
          storage,
          op: 'set',
          key: String(key),
          value: String(value),
          scriptUrl: caller(),
        });
    };
    proto.removeItem = function (this: Storage, key: string) {
      removeItem.call(this, key);
      const storage = kindOf(this);
      if (storage)
        send({
          type: 'storage',
          storage,
          op: 'remove',
          key: String(key),
          value: null,
          scriptUrl: caller(),
        });
    };
    // Other storage on the device (ePrivacy Art. 5(3) is about any storage):
    // IndexedDB databases, Cache Storage caches, service-worker registrations.
    // Each wrapper calls the original first, reports the name only (no work
    // on the data) and swallows its own failures.
    const storageReport = (storage: string, op: string, key: unknown, value: string | null) => {
      try {
        if (typeof key !== 'string' && typeof key !== 'number') return;
        send({
          type: 'storage',
          storage,
          op,
          key: String(key).slice(0, 1024),
          value,
          scriptUrl: caller(),
        });
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
    }

    proto.clear = function (this: Storage) {
      clear.call(this);
      const storage = kindOf(this);
      if (storage)
        send({ type: 'storage', storage, op: 'clear', key: '', value: null, scriptUrl: caller() });
    };
  },
});
