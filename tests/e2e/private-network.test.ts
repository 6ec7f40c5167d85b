// A hostile site cannot make the extension send requests into the user's own
// network: its policy link and its gpc.json redirect to loopback addresses,
// and a list address redirects there too. The loopback listener below plays
// the user's router: it must never receive the extension's request. A site
// that is itself on loopback (a developer auditing localhost) is still read.
// Only loopback is used: no traffic to any other private or public address.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeclarationInfo } from '../../lib/core/protocol.ts';
import { startHarness, type Harness } from './harness.ts';

let h: Harness;
let server: http.Server;
let port = 0;
/** Requests the "intranet" received, by path. */
const intranet: string[] = [];
/** Every request, as "host path". */
const seen: string[] = [];

const POLICY =
  '<!doctype html><title>Cookie policy</title><h1>Cookie policy</h1>' +
  '<p>We use analytics cookies to understand how visitors use the site.</p>';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = (req.url ?? '/').split('?')[0]!;
    seen.push(`${host} ${path}`);
    const html = (body: string) =>
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    const redirect = (to: string) => res.writeHead(302, { location: to }).end();
    if (host === 'hostile.test') {
      if (path === '/')
        return html('<!doctype html><title>Shop</title><a href="/cookie-policy">Cookie policy</a>');
      if (path === '/cookie-policy') return redirect(`http://127.0.0.1:${port}/router/admin`);
      if (path === '/.well-known/gpc.json') return redirect(`http://localhost:${port}/router/gpc`);
      if (path === '/list.txt') return redirect(`http://127.0.0.1:${port}/router/list`);
    }
    if ((host === '127.0.0.1' || host === 'localhost') && path.startsWith('/router/')) {
      intranet.push(path);
      return res.writeHead(200, { 'content-type': 'text/plain' }).end('[Adblock Plus 2.0]\n');
    }
    if (host === '127.0.0.1') {
      if (path === '/local-site')
        return html('<!doctype html><title>Local</title><a href="/local-policy">Cookie policy</a>');
      if (path === '/local-policy') return html(POLICY);
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
  h = await startHarness();
}, 120_000);
afterAll(async () => {
  await h?.close();
  await new Promise((r) => server.close(r));
});

async function declarationsOf(site: string, until: (d: DeclarationInfo[]) => boolean) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const { declarations } = await h.browser.send<{ declarations: DeclarationInfo[] }>({
      type: 'get-declarations',
      site,
    });
    if (until(declarations)) return declarations;
    if (Date.now() > deadline) throw new Error(`no declaration for ${site}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the extension never reaches into the local network for a hostile site', () => {
  it('stops the policy and gpc.json redirects to loopback before they are sent', async () => {
    const { page } = await h.visit(`http://hostile.test:${port}/`);
    const got = await declarationsOf(
      'hostile.test',
      (d) => d.some((x) => x.source === 'policy-text') && d.some((x) => x.source === 'well-known'),
    );
    // The site itself was asked; the hops into the "intranet" never left the browser.
    expect(seen).toContain('hostile.test /cookie-policy');
    expect(seen).toContain('hostile.test /.well-known/gpc.json');
    expect(intranet).toEqual([]);
    const policy = got.find((x) => x.source === 'policy-text')!;
    expect(policy.policy).toBeNull();
    expect(policy.error).toMatch(/a redirect into the local network, which the extension refuses/);
    const gpc = got.find((x) => x.source === 'well-known')!;
    expect(gpc.gpc).toBeNull();
    expect(gpc.error).toMatch(/a redirect into the local network/);
    await page.close();
  });

  it('refuses a list whose address redirects into the local network', async () => {
    const res = await h.browser.send<{ ok: boolean; error?: string }>({
      type: 'add-list-url',
      url: `http://hostile.test:${port}/list.txt`,
    });
    expect(res.ok).toBe(false);
    expect(res.error).toMatch(/a redirect into the local network/);
    expect(seen).toContain('hostile.test /list.txt');
    expect(intranet).toEqual([]);
  });

  it('still reads the policy of a site that is itself on loopback, from that host', async () => {
    const { page } = await h.visit(`http://127.0.0.1:${port}/local-site`);
    const got = await declarationsOf('127.0.0.1', (d) => d.some((x) => x.source === 'policy-text'));
    const policy = got.find((x) => x.source === 'policy-text')!;
    expect(policy.error).toBeNull();
    expect(policy.url).toBe(`http://127.0.0.1:${port}/local-policy`);
    expect(policy.policy?.categories).toContain('analytics');
    expect(intranet).toEqual([]);
    await page.close();
  });
});
