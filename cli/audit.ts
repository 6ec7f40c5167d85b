// `npm run -s audit -- [URL ...] [--out DIR] [--host-resolver-rules RULES]
//   [--insecure] [--signals] [--pages N] [--consent none|accept|reject]
//   [--list FILE]` — see README and SPEC "Command line".
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { siteOf } from '../lib/core/party.ts';
import { cookiesCsv, storageCsv, type Report } from '../lib/core/report.ts';
import { buildReportHtml } from '../lib/core/report-html.ts';
import {
  findChromium,
  launchAuditBrowser,
  UserError,
  waitForNetworkIdle,
  type AuditBrowser,
} from './browser.ts';
import { startDemoServer, type DemoServer } from './demo-site/server.ts';
import { CHROME_BUILD, ensureBuild } from './ensure-build.ts';
import { applyConsent, CONSENT_CHOICES, type ConsentChoice } from './consent.ts';
import { printReportSummary } from './summary.ts';

const USAGE = `Usage: npm run -s audit -- [URL ...] [options]
  --out DIR                    where reports are written (default: reports)
  --host-resolver-rules RULES  passed to Chromium, e.g. "MAP * 127.0.0.1"
  --insecure                   accept self-signed / invalid certificates
  --signals                    send DNT: 1 and Sec-GPC: 1 with every request
  --pages N                    also visit up to N same-site links of each URL (default 0)
  --consent none|accept|reject answer the consent banner of each URL (CMP API or its button),
                               then reload it to audit what the site does after the choice
                               (default none: no choice is made)
  --list FILE                  load a tracker or cookie list (EasyPrivacy/ABP, hosts, Disconnect
                               services.json, DuckDuckGo tds.json, Open Cookie Database CSV); repeatable
With no URL, the bundled demo site is served on loopback and audited.`;

/** How long a page is watched after a consent choice, and after the reload that follows. */
const CONSENT_DWELL_MS = 3000;

interface Options {
  urls: string[];
  out: string;
  hostResolverRules?: string;
  insecure: boolean;
  signals: boolean;
  pages: number;
  consent: ConsentChoice;
  lists: string[];
}

function parse(argv: string[]): Options {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'reports' },
      'host-resolver-rules': { type: 'string' },
      insecure: { type: 'boolean', default: false },
      signals: { type: 'boolean', default: false },
      pages: { type: 'string', default: '0' },
      consent: { type: 'string' },
      list: { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const consent = (values.consent ?? 'none') as ConsentChoice;
  if (!CONSENT_CHOICES.includes(consent))
    throw new UserError(`--consent must be none, accept or reject (not "${values.consent}").`);
  const pages = Number(values.pages);
  if (!Number.isInteger(pages) || pages < 0)
    throw new UserError('--pages must be a whole number ≥ 0.');
  for (const u of positionals) {
    if (!/^https?:\/\//i.test(u)) throw new UserError(`Not an http(s) URL: ${u}`);
    try {
      new URL(u);
    } catch {
      throw new UserError(`Not a valid URL: ${u}`);
    }
  }
  return {
    urls: positionals,
    out: values.out!,
    hostResolverRules: values['host-resolver-rules'],
    insecure: values.insecure!,
    signals: values.signals!,
    pages,
    consent,
    lists: values.list ?? [],
  };
}

async function sameSiteLinks(b: AuditBrowser, url: string, site: string, max: number) {
  if (max === 0) return [];
  const page = b.context.pages().find((p) => p.url() === url);
  if (!page) return [];
  const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
  const out: string[] = [];
  for (const h of hrefs) {
    const clean = h.split('#')[0]!;
    if (!/^https?:/.test(clean) || siteOf(clean) !== site || clean === url || out.includes(clean))
      continue;
    out.push(clean);
    if (out.length >= max) break;
  }
  return out;
}

async function main(): Promise<number> {
  const opts = parse(process.argv.slice(2));
  findChromium(); // fail fast, before serving or building anything
  let demo: DemoServer | null = null;
  if (opts.urls.length === 0) {
    demo = await startDemoServer();
    opts.urls = [`${demo.origin('shop.test')}/`];
    opts.hostResolverRules ??= 'MAP * 127.0.0.1, EXCLUDE localhost';
    opts.insecure = true;
    if (opts.pages === 0) opts.pages = 2;
    console.log(`Serving the demo site at ${opts.urls[0]} (loopback only).`);
  }
  let browser: AuditBrowser | null = null;
  try {
    ensureBuild((s) => console.log(s));
    browser = await launchAuditBrowser({
      extensionDir: CHROME_BUILD,
      hostResolverRules: opts.hostResolverRules,
      insecure: opts.insecure,
      extraHeaders: opts.signals ? { DNT: '1', 'Sec-GPC': '1' } : undefined,
    });
    for (const file of opts.lists) {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (e) {
        throw new UserError(`Cannot read list ${file}: ${(e as Error).message}`);
      }
      const res = await browser.send<
        | { ok: true; list: { name: string; format: string; size: number; skipped: number } }
        | { ok: false; error: string }
      >({ type: 'add-list', name: path.basename(file), text, source: path.resolve(file) });
      if (!res.ok) throw new UserError(`List ${file} not loaded: ${res.error}`);
      console.log(
        `List ${res.list.name}: ${res.list.format}, ${res.list.size} entries` +
          (res.list.skipped ? `, ${res.list.skipped} lines skipped` : ''),
      );
    }
    const queue = opts.urls.map((u) => ({ url: u, root: true }));
    const sites: string[] = [];
    let failures = 0;
    for (let i = 0; i < queue.length; i++) {
      const { url, root } = queue[i]!;
      const site = siteOf(url);
      if (!sites.includes(site)) sites.push(site);
      const started = Date.now();
      process.stdout.write(`[${i + 1}/${queue.length}] ${url} … `);
      const page = await browser.context.newPage();
      try {
        const res = await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
        await waitForNetworkIdle(page);
        let consentNote = '';
        if (root && opts.consent !== 'none') {
          const how = await applyConsent(page, opts.consent);
          if (how) {
            // Tag managers often fire a moment after the choice: give them time.
            await page.waitForTimeout(CONSENT_DWELL_MS);
            await waitForNetworkIdle(page);
            // What the site does on the next page view, with the choice stored.
            await page.reload({ waitUntil: 'load', timeout: 30_000 });
            await page.waitForTimeout(CONSENT_DWELL_MS);
            await waitForNetworkIdle(page);
            consentNote = `; consent ${opts.consent === 'accept' ? 'accepted' : 'rejected'} via ${how}, page reloaded`;
          } else {
            consentNote = '; consent: no CMP API or banner button found, no choice made';
          }
        }
        const links = root ? await sameSiteLinks(browser, page.url(), site, opts.pages) : [];
        for (const l of links) queue.push({ url: l, root: false });
        console.log(
          `${res?.status() ?? '—'} in ${((Date.now() - started) / 1000).toFixed(1)} s${consentNote}`,
        );
      } catch (e) {
        failures++;
        console.log(`failed: ${(e as Error).message.split('\n')[0]}`);
      } finally {
        await page.close();
      }
    }
    await browser.send({ type: 'flush' });
    for (const site of sites) {
      const res = await browser.send<{ ok: boolean; report: Report; error?: string }>({
        type: 'get-report',
        site,
      });
      if (!res.ok) throw new Error(`The extension could not build the report: ${res.error}`);
      // The headers the extension saw carried came from this harness, which
      // only the CLI knows.
      if (opts.signals && res.report.dnt.sentBy === 'other') res.report.dnt.sentBy = 'cli';
      const dir = path.resolve(opts.out, site.replace(/[^a-z0-9.-]/gi, '_'));
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, 'report.json'), `${JSON.stringify(res.report, null, 2)}\n`);
      await writeFile(path.join(dir, 'report.html'), buildReportHtml(res.report));
      await writeFile(path.join(dir, 'cookies.csv'), `${cookiesCsv(res.report)}\n`);
      await writeFile(path.join(dir, 'storage.csv'), `${storageCsv(res.report)}\n`);
      printReportSummary(res.report, (s) => console.log(s));
      const rel = (f: string) => path.relative(process.cwd(), path.join(dir, f)) || f;
      console.log(
        `Report: ${rel('report.json')}, ${rel('report.html')}, ${rel('cookies.csv')}, ${rel('storage.csv')}\n`,
      );
    }
    if (failures === queue.length) {
      console.error('No page could be loaded.');
      return 1;
    }
    return 0;
  } finally {
    await browser?.close();
    await demo?.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof UserError) console.error(`audit: ${e.message}`);
    else console.error('audit failed:', e);
    process.exit(e instanceof UserError ? 2 : 1);
  },
);
