import { defineConfig } from 'wxt';
import { autoconsentPublicFiles } from './scripts/autoconsent-asset.ts';
import { ocdPublicFiles } from './scripts/ocd-asset.ts';
import { BENCH_VARIANTS, benchOutDir, benchVariant } from './scripts/bench-variants.ts';

// Bench-only builds (scripts/bench-variants.ts): another output directory, a
// subset of the entrypoints, and the variant as a compile-time constant.
const variant = benchVariant(process.env.COOKIE_AUDIT_BENCH_VARIANT);
const variantEntrypoints = variant ? BENCH_VARIANTS[variant].entrypoints : null;

// Permissions, each with the reason it is needed (mirrored in README.md):
// - webRequest: observe every request of the audited tab (url, type, status,
//   Set-Cookie headers). Observation only; nothing is blocked or modified.
// - cookies: read cookies.onChanged (cause, partition key) and check whether a
//   cookie the site tried to set was stored or refused; the popup's DNT/GPC
//   A/B test saves, clears and restores the tested site's cookies.
// - storage: the recorder's write-ahead journal in storage.session (in the
//   browser's memory, never on disk, cleared when the browser closes): what a
//   stopped worker had not yet written to IndexedDB survives it.
// - alarms: periodic flush/prune and daily list updates without timers that
//   die with the worker.
// - declarativeNetRequestWithHostAccess: one session rule that blocks the
//   extension's own requests (policy, well-known, list downloads) into the
//   local network at every redirect hop. Pages' requests are never blocked.
// - declarativeNetRequestWithHostAccess also carries the "send privacy
//   signals" option: dynamic modifyHeaders rules that set DNT: 1 / Sec-GPC: 1
//   on the pages the user chose (off by default). Needs host access, which
//   <all_urls> gives.
// - scripting: register, for those pages only, the main-world scripts that
//   give them navigator.globalPrivacyControl / doNotTrack at document_start;
//   and, when the user asks for a consent action in the popup, inject the
//   autoconsent engine's content script into the tab's frames and run its
//   rules' snippets in the page; the A/B test reads, clears and restores the
//   localStorage of the tab's page.
// - privacy: read the browser's own Do Not Track setting (never changed).
// - host_permissions <all_urls>: webRequest and cookies need it to see every
//   site the user audits; content scripts record script cookies and storage.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  // @ghostery/adblocker and url-parser import tldts-experimental, lib/core
  // tldts (exact public-suffix rules): one copy of the suffix list in the
  // worker, not two, and the same answers everywhere. Same API.
  vite: () => ({
    resolve: { alias: { 'tldts-experimental': 'tldts' } },
    define: { __BENCH_VARIANT__: JSON.stringify(variant) },
  }),
  ...(variant ? { outDir: benchOutDir(variant) } : {}),
  ...(variantEntrypoints ? { filterEntrypoints: [...variantEntrypoints] } : {}),
  hooks: {
    // The bundled Open Cookie Database, read from its CSV snapshot at build time.
    'build:publicAssets': (wxt, files) => {
      files.push(...ocdPublicFiles(wxt.config.root));
      // DuckDuckGo's autoconsent engine: its content script and rules (the popup's consent actions).
      files.push(...autoconsentPublicFiles());
    },
  },
  manifest: ({ browser }) => ({
    name: 'Cookie Audit',
    description:
      'Audits what a website stores and sends (cookies, storage, beacons, pixels, trackers) against what it declares.',
    permissions: [
      'webRequest',
      'cookies',
      'alarms',
      'storage',
      'declarativeNetRequestWithHostAccess',
      'scripting',
      'privacy',
    ],
    host_permissions: ['<all_urls>'],
    // Firefox 128 is the first with MV3 main-world content scripts.
    // data_collection_permissions: the add-on sends no user data anywhere
    // (README "Privacy of the extension's own users"), so it declares "none".
    // Firefox reads the key from 140 (Android 142) and ignores it before:
    // `web-ext lint` warns about that, explained in README "Firefox".
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'cookie-audit@example.org',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
