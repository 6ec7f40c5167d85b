// Firefox counterpart of tests/e2e/private-network.test.ts: the
// declarativeNetRequest guard (lib/platform/private-guard.ts) stops the
// add-on's own request at a redirect hop into the local network before it is
// sent. The loopback listener plays the user's router and must receive nothing.
//
// Firefox differs: its MV3 extension pages run under a default CSP with
// upgrade-insecure-requests, so the add-on's own http:// requests go out as
// https:// (loopback addresses excepted). The hostile site is therefore served
// over HTTPS here, and the last test shows the upgrade.
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX, startFirefoxHarness, type FirefoxHarness } from './harness.ts';

describe.skipIf(!FIREFOX)('Firefox: the add-on never reaches into the local network', () => {
  let h: FirefoxHarness;
  let router: http.Server;
  let hostile: https.Server;
  let routerPort = 0;
  let hostilePort = 0;
  /** Requests the "intranet" received, by path. */
  const intranet: string[] = [];
  /** Requests the hostile site received, as "scheme path". */
  const seen: string[] = [];
  beforeAll(async () => {
    router = http.createServer((req, res) => {
      intranet.push((req.url ?? '/').split('?')[0]!);
      res.writeHead(200, { 'content-type': 'text/plain' }).end('[Adblock Plus 2.0]\n');
    });
    const pems = await generate([{ name: 'commonName', value: 'hostile.test' }], {
      keySize: 2048,
      notAfterDate: new Date(Date.now() + 86_400_000),
      extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: 'hostile.test' }] }],
    });
    hostile = https.createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
      const path = (req.url ?? '/').split('?')[0]!;
      seen.push(`https ${path}`);
      if (path === '/list.txt')
        return res.writeHead(302, { location: `http://127.0.0.1:${routerPort}/router/list` }).end();
      if (path === '/plain-list.txt')
        return res.writeHead(200, { 'content-type': 'text/plain' }).end('||ads.hostile.test^\n');
      res.writeHead(404).end();
    });
    await new Promise<void>((r) => router.listen(0, '127.0.0.1', r));
    await new Promise<void>((r) => hostile.listen(0, '127.0.0.1', r));
    routerPort = (router.address() as AddressInfo).port;
    hostilePort = (hostile.address() as AddressInfo).port;
    h = await startFirefoxHarness({ extraHosts: ['hostile.test'] });
  });
  afterAll(async () => {
    await h?.close();
    for (const s of [router, hostile]) {
      s?.closeAllConnections();
      await new Promise((r) => s?.close(r));
    }
  });

  it('refuses a list whose address redirects into the local network, before the hop is sent', async () => {
    const res = await h.ff.send<{ ok: boolean; error?: string }>({
      type: 'add-list-url',
      url: `https://hostile.test:${hostilePort}/list.txt`,
    });
    expect(res.ok).toBe(false);
    expect(res.error).toMatch(/a redirect into the local network/);
    expect(seen).toContain('https /list.txt');
    expect(intranet).toEqual([]);
  });

  it("sends the add-on's own http:// request as https:// (Firefox's MV3 CSP)", async () => {
    // http:// with the HTTPS server's port: only the upgraded request can succeed.
    const res = await h.ff.send<{ ok: boolean; error?: string }>({
      type: 'add-list-url',
      url: `http://hostile.test:${hostilePort}/plain-list.txt`,
    });
    expect(res).toMatchObject({ ok: true });
    expect(seen).toContain('https /plain-list.txt');
    expect(intranet).toEqual([]);
  });
});
