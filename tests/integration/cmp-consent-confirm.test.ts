// The TCF API's consent enters the consent timeline only where the CMP's
// cookie records the same choice (issue 14 item 4): the declaration service
// over a real (fake-indexeddb) database, the page's report as the relay
// forwards it, the cookie jar as the browser has it.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { NamedCookie } from '../../lib/core/cmp/index.ts';
import { createConsentStore, declarationPorts } from '../../lib/platform/db.ts';
import { createDeclarationService } from '../../lib/services/declarations.ts';
import { freshDb } from './fakes.ts';

const T = 1_700_000_000_000;
const PAGE = 'https://news.tcf.test/';
const HOST = 'news.tcf.test';
const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/cmp/${name}`, import.meta.url), 'utf8');
const tcData = fixture('tcf-gettcdata-useractioncomplete.json');
const strings = JSON.parse(fixture('tcf-strings.json')) as { name: string; tcString: string }[];
const tc = (name: string) => strings.find((s) => s.name === name)!.tcString;

async function reportWith(jar: NamedCookie[]) {
  const db = freshDb();
  const declarations = createDeclarationService({
    ...declarationPorts(db),
    fetchText: (url) => Promise.reject(new Error(`HTTP 404 for ${url}`)),
    consentCookies: () => Promise.resolve(jar),
    now: () => T,
  });
  expect(await declarations.onCmp(PAGE, 'tcf', JSON.stringify(JSON.parse(tcData)))).toEqual({
    ok: true,
  });
  const consent = (await createConsentStore(db).forSite('tcf.test')).map((c) => ({
    host: c.host,
    status: c.status,
    evidence: c.evidence.split(':')[0],
  }));
  const why = (await db.hostDeclarations.toArray()).map((d) => `${d.source}: ${d.why}`);
  db.close();
  return { consent, why };
}

it("takes the API's choice where the euconsent-v2 cookie agrees", async () => {
  expect(await reportWith([{ name: 'euconsent-v2', value: tc('accept-all') }])).toEqual({
    consent: [{ host: HOST, status: 'accepted', evidence: '__tcfapi getTCData' }],
    why: ['cmp:tcf: read from the page'],
  });
});

it('keeps the cookie where the API claims another choice', async () => {
  expect(await reportWith([{ name: 'euconsent-v2', value: tc('reject-all') }])).toEqual({
    consent: [{ host: HOST, status: 'rejected', evidence: 'euconsent-v2' }],
    why: [
      "cmp:tcf: read from the page; the page's TCF API reports a choice, accepted (preferences on, analytics on, advertising on); its euconsent-v2 cookie records rejected (preferences off, analytics off, advertising off): the cookie's is kept",
    ],
  });
});

it('records no choice where no cookie confirms the one the API claims', async () => {
  expect(await reportWith([])).toEqual({
    consent: [
      { host: HOST, status: 'none', evidence: 'consent banner present, no consent cookie yet' },
    ],
    why: [
      "cmp:tcf: read from the page; the page's TCF API reports a choice, accepted (preferences on, analytics on, advertising on), that no euconsent-v2 cookie records: not taken",
    ],
  });
});
