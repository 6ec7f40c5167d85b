// `npm run -s policy -- FILE_OR_URL`: JSON on stdout, exit 1 with a message
// for a missing file or a failed fetch (served here from loopback).
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = 'tests/fixtures/policies/cases/en-html-noise.html';

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'cli/policy.ts', ...args],
      { cwd: ROOT, timeout: 30_000 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/cookies.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<main><h1>Cookies</h1><p>We use analytics cookies.</p></main>');
    } else if (req.url === '/huge') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('x'.repeat(2 * 1024 * 1024 + 10));
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('policy CLI', () => {
  it('prints the DeclaredPolicy of a file as indented JSON', async () => {
    const { code, stdout } = await run([FIXTURE]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\{\n {2}"source": "policy-text",/u);
    const policy = JSON.parse(stdout);
    expect(policy.categories).toEqual(['necessary', 'analytics']);
    expect(policy.gpc).toBe('honors');
  });

  it('fetches an http(s) URL and records it', async () => {
    const { code, stdout } = await run([`${base}/cookies.html`]);
    expect(code).toBe(0);
    const policy = JSON.parse(stdout);
    expect(policy.url).toBe(`${base}/cookies.html`);
    expect(policy.categories).toEqual(['analytics']);
  });

  it.each([
    [['tests/fixtures/policies/missing.txt'], /no such file/u],
    [['/404'], /HTTP 404/u],
    [['/huge'], /larger than/u],
    [[], /usage/u],
  ])('fails with a message and exit code 1: %j', async (args, message) => {
    const target = args.map((a) => (a.startsWith('/') ? `${base}${a}` : a));
    const { code, stdout, stderr } = await run(target);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });
});
