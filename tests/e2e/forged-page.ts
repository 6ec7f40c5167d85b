// A hostile page against the channel between the main-world hook and the
// relay (issue 14 item 4), shared by the Chromium and Firefox tests. The page
// tries to forge cookie reports (the public event name on the document, a
// channel of its own offered as the hook's, the handshake replayed to steal
// the real channel), to hide real reports (capturing listeners that stop
// every event of the channel), and to fake the writing script
// (Error.prepareStackTrace, Error.stackTraceLimit = 0). Only its real writes
// may be recorded, each with the script that made it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import { HOOK_EVENT, HOOK_HELLO, HOOK_READY } from '../../lib/core/hook-channel.ts';
import type { TabViewResponse } from '../../lib/core/protocol.ts';

export const FORGED_HOST = 'forged-reports.test';

const forged = (name: string) =>
  JSON.stringify([
    {
      type: 'cookie',
      api: 'document.cookie',
      cookie: `${name}=1; path=/; max-age=3600`,
      scriptUrl: 'https://innocent.example/analytics.js',
    },
    {
      type: 'storage',
      storage: 'localStorage',
      op: 'set',
      key: `${name}_key`,
      value: '1',
      scriptUrl: 'https://innocent.example/analytics.js',
    },
  ]);

// The page's own script, served from /app.js so the real writer has a URL.
const APP = `
var names = ${JSON.stringify([HOOK_EVENT, HOOK_HELLO, HOOK_READY, 'message'])};
// Forge 1: the report event on the document.
document.dispatchEvent(new CustomEvent(${JSON.stringify(HOOK_EVENT)}, { detail: ${JSON.stringify(forged('forged_doc'))} }));
// Forge 2: offer a channel of our own, as the hook does, and report on it.
var mine = document.createElement('span');
document.dispatchEvent(new MouseEvent(${JSON.stringify(HOOK_READY)}, { relatedTarget: mine }));
mine.dispatchEvent(new CustomEvent(${JSON.stringify(HOOK_EVENT)}, { detail: ${JSON.stringify(forged('forged_node'))} }));
// Forge 3: replay the handshake to get the real channel handed over.
document.addEventListener(${JSON.stringify(HOOK_READY)}, function (e) {
  var node = e.relatedTarget;
  if (node && node !== mine) {
    window.__stolen = true;
    node.dispatchEvent(new CustomEvent(${JSON.stringify(HOOK_EVENT)}, { detail: ${JSON.stringify(forged('forged_stolen'))} }));
  }
});
document.dispatchEvent(new CustomEvent(${JSON.stringify(HOOK_HELLO)}));
// Hide: stop every event of the channel before anybody else sees it.
names.forEach(function (n) {
  [window, document].forEach(function (t) {
    t.addEventListener(n, function (e) { e.stopImmediatePropagation(); }, true);
  });
});
// Fake the writer: every stack names another script.
Error.prepareStackTrace = function () {
  return 'Error\\n    at track (https://innocent.example/analytics.js:1:1)';
};
document.cookie = 'real_a=1; path=/; max-age=3600';
localStorage.setItem('real_k', '1');
// No stack at all.
Error.prepareStackTrace = undefined;
Error.stackTraceLimit = 0;
document.cookie = 'real_b=1; path=/; max-age=3600';
window.__done = true;
`;

/** Serves the hostile page on 127.0.0.1 (the browser maps FORGED_HOST there). */
export async function startForgedSite(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/app.js') {
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
      res.end(APP);
      return;
    }
    if (url !== '/') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' });
    res.end('<!doctype html><title>forged reports</title><script src="/app.js"></script>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    origin: `http://${FORGED_HOST}:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/** The page's two real cookies and its storage key, each with /app.js as the writer; nothing forged. */
export function expectOnlyRealWrites(
  view: NonNullable<TabViewResponse['view']>,
  origin: string,
): void {
  const cookies = view.cookies
    .map((c) => ({ name: c.name, setBy: c.setBy, setter: c.setter }))
    .sort((a, b) => a.name.localeCompare(b.name));
  expect(cookies).toEqual([
    { name: 'real_a', setBy: 'script', setter: `${origin}/app.js` },
    { name: 'real_b', setBy: 'script', setter: `${origin}/app.js` },
  ]);
  const storage = view.storage.map((s) => ({ kind: s.kind, key: s.key, setter: s.setter }));
  expect(storage).toEqual([{ kind: 'localStorage', key: 'real_k', setter: `${origin}/app.js` }]);
}
