// Frames without a URL of their own (issue 14 item 4): a srcdoc iframe and an
// about:blank iframe written into by its parent run the page's scripts in the
// page's origin. The main-world hook runs there too (match_about_blank), so
// their cookie and storage writes are recorded with the writing script, not
// only seen later as a cookie change of unknown origin.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';

const HOST = 'blank-frames.test';
let h: Harness;
let server: http.Server;
let origin: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if ((req.url ?? '/') !== '/') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' });
    // The srcdoc frame writes once it has loaded; the about:blank frame is
    // written into by the parent after its load event (the hook is injected
    // into it by then).
    res.end(`<!doctype html><title>frames</title>
<iframe srcdoc="<script>document.cookie='srcdoc_c=1; path=/; max-age=3600'; localStorage.setItem('srcdoc_k', '1');</script>"></iframe>
<iframe id="blank" src="about:blank"></iframe>
<script>
window.addEventListener('load', function () {
  var w = document.getElementById('blank').contentWindow;
  w.eval("document.cookie = 'blank_c=1; path=/; max-age=3600'; localStorage.setItem('blank_k', '1');");
});
</script>`);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://${HOST}:${(server.address() as AddressInfo).port}`;
  h = await startHarness();
}, 120_000);

afterAll(async () => {
  await h?.close();
  await new Promise((r) => server?.close(r));
});

it('records cookie and storage writes from srcdoc and about:blank frames with their script', async () => {
  const { tabId } = await h.visit(`${origin}/`);
  const { view } = await h.tabView(tabId);
  const cookies = (view?.cookies ?? [])
    .map((c) => ({ name: c.name, setBy: c.setBy, setter: c.setter, blocked: c.blocked }))
    .sort((a, b) => a.name.localeCompare(b.name));
  expect(cookies).toEqual([
    { name: 'blank_c', setBy: 'script', setter: `${origin}/`, blocked: false },
    // An inline script of a srcdoc document has no URL: the writer is known to
    // be a script, not which file.
    { name: 'srcdoc_c', setBy: 'script', setter: null, blocked: false },
  ]);
  const storage = (view?.storage ?? [])
    .map((s) => ({ kind: s.kind, key: s.key, origin: s.origin, setter: s.setter }))
    .sort((a, b) => a.key.localeCompare(b.key));
  expect(storage).toEqual([
    { kind: 'localStorage', key: 'blank_k', origin, setter: `${origin}/` },
    { kind: 'localStorage', key: 'srcdoc_k', origin, setter: null },
  ]);
});
