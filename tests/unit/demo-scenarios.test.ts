// The demo site's discrepancy scenarios (cli/demo-site/scenarios.json) are
// consistent with the pure code the extension runs: each policy page reads as
// declared, each fake OneTrust declares and records consent as declared, and
// the visit's records — classified with the bundled database — give exactly
// the findings written down, no more, no fewer.
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { scenarioRoutes } from '../../cli/demo-site/scenarios.ts';
import { classifyCookie } from '../../lib/core/classify/index.ts';
import {
  consentFromCookies,
  oneTrustGroupCategories,
  parseOneTrustConsentJson,
} from '../../lib/core/cmp/index.ts';
import {
  type AuditInput,
  type ConsentPoint,
  declaredNameMatches,
  findDiscrepancies,
  type ObservedCookie,
  type ObservedRequest,
} from '../../lib/core/discrepancies/index.ts';
import { builtinCookieKnowledge } from '../../lib/core/known-cookies/index.ts';
import { siteOf } from '../../lib/core/party.ts';
import { type DeclaredPolicy, readPolicy } from '../../lib/core/policy/index.ts';
import { isPixelCandidate } from '../../lib/core/requests.ts';
import type { Category, Party, RequestType } from '../../lib/core/types.ts';
import { bundledClassifier } from './classify-helpers.ts';

type Rec = { at: number; party: Party };
type Cookie = Rec & {
  name: string;
  domain: string;
  lifetimeDays: number | null;
  requestedLifetimeDays: number | null;
  setBy: 'http' | 'script';
  setter: string;
  blocked: boolean;
};
type Req = Rec & { url: string; type: RequestType; status: number; contentLength?: number };
type Storage = Rec & { kind: string; origin: string; key: string; setter: string };
type Expected = Pick<
  DeclaredPolicy,
  'source' | 'categories' | 'vendors' | 'technologies' | 'dnt' | 'gpc'
> & { retention: Record<string, number | null>; cookies?: DeclaredPolicy['cookies'] };
interface Scenario {
  home: string;
  policy: string | null;
  cmp: 'onetrust' | null;
  steps: string[];
  signals?: { dnt: boolean; gpc: boolean };
  declared: { use: string; policy: Expected | null; cmp: Expected | null };
  consent?: { at: number; step: string; status: string; categories: Record<string, boolean> }[];
  cookies: Cookie[];
  requests: Req[];
  storage: Storage[];
  findings: [string, string][];
  findingsWithPolicyText?: [string, string][];
}

const ROOT = new URL('../../cli/demo-site/', import.meta.url);
const { scenarios } = JSON.parse(readFileSync(new URL('scenarios.json', ROOT), 'utf8')) as {
  scenarios: Record<string, Scenario>;
};
const PORT = 8443;
const T0 = 1_700_000_000_000;
const origin = (host: string) => `https://${host}:${PORT}`;
const fill = (s: string) => s.replace(/\{https:([^}]+)\}/g, (_, h: string) => origin(h));
const classifier = bundledClassifier();
const knowledge = [{ list: 'builtin', knowledge: builtinCookieKnowledge() }];

/** What the demo server answers for a path of a scenario site (its own route code). */
function serve(site: string, path: string): string {
  const route = scenarioRoutes[site]?.[path];
  if (!route) throw new Error(`${site} does not serve ${path}`);
  const body = route({} as IncomingMessage, new URL(origin(site) + path), { origin }).body;
  return String(body ?? '');
}

function summary(d: DeclaredPolicy): Expected {
  return {
    source: d.source,
    categories: d.categories,
    vendors: d.vendors,
    technologies: d.technologies,
    retention: Object.fromEntries(d.retention.map((r) => [r.category, r.maxDays])),
    dnt: d.dnt,
    gpc: d.gpc,
    ...(d.source.startsWith('cmp:') ? { cookies: d.cookies } : {}),
  };
}

const readScenarioPolicy = (site: string) =>
  readPolicy(serve(site, '/cookie-policy'), { url: `${origin(site)}/cookie-policy` });

function readCmp(site: string) {
  const domainData = (
    JSON.parse(readFileSync(new URL(`pages/scenarios/${site}/domain-data.json`, ROOT), 'utf8')) as {
      DomainData: unknown;
    }
  ).DomainData;
  const declared = parseOneTrustConsentJson(domainData);
  const groups = oneTrustGroupCategories(domainData);
  if (!declared.ok || !groups.ok) throw new Error(`${site}: DomainData not readable`);
  return { declared: declared.value, groups: groups.value };
}

interface FakeEl {
  id: string;
  children: FakeEl[];
  parentNode: FakeEl | null;
  listeners: Record<string, () => void>;
  [k: string]: unknown;
}
function el(): FakeEl {
  const e: FakeEl = {
    id: '',
    children: [],
    parentNode: null,
    listeners: {},
    appendChild: (c: FakeEl) => ((c.parentNode = e), e.children.push(c)),
    removeChild: (c: FakeEl) => e.children.splice(e.children.indexOf(c), 1),
    setAttribute: () => {},
    addEventListener: (t: string, f: () => void) => (e.listeners[t] = f),
  };
  return e;
}
const find = (e: FakeEl, id: string): FakeEl | null =>
  e.id === id ? e : e.children.reduce<FakeEl | null>((f, c) => f ?? find(c, id), null);

/** Runs the served fake OneTrust in a minimal DOM: its cookies after load and after a click. */
function runOneTrust(site: string) {
  const jar = new Map<string, { value: string; attrs: string }>();
  const onReady: (() => void)[] = [];
  const body = el();
  const document = {
    get cookie() {
      return [...jar].map(([n, c]) => `${n}=${c.value}`).join('; ');
    },
    set cookie(v: string) {
      const [pair = '', ...attrs] = v.split(';');
      const i = pair.indexOf('=');
      jar.set(pair.slice(0, i).trim(), { value: pair.slice(i + 1), attrs: attrs.join(';') });
    },
    body,
    createElement: el,
    getElementById: (id: string) => find(body, id),
    addEventListener: (t: string, f: () => void) => t === 'DOMContentLoaded' && onReady.push(f),
  };
  const ctx: Record<string, unknown> = {
    document,
    location: new URL(`${origin(site)}/`),
    navigator: { globalPrivacyControl: false },
    crypto: { randomUUID: () => '0e5b3c1a-7d2f-4c8e-9a61-3f0b2d4e5a6c' },
    CustomEvent: class {},
    dispatchEvent: () => true,
  };
  ctx.window = ctx;
  vm.runInNewContext(serve(site, '/js/onetrust-stub.js'), ctx);
  onReady.forEach((f) => f());
  const cookies = () => [...jar].map(([name, c]) => ({ name, value: c.value }));
  const click = (id: string) => find(body, id)?.listeners.click?.();
  return { jar, cookies, click, oneTrust: ctx.OneTrust as { GetDomainData(): unknown } };
}

function auditInput(site: string, s: Scenario, declared: DeclaredPolicy | null): AuditInput {
  const page = fill(s.home);
  const cmp = s.cmp ? readCmp(site).declared : null;
  const declaredCookie = (name: string, domain: string) => {
    const dc = cmp?.cookies.find(
      (c) => declaredNameMatches(c.name, name) && (!c.domain || domain.endsWith(c.domain)),
    );
    return dc ? { category: dc.category, maxDays: dc.maxDays, source: 'cmp:onetrust' } : null;
  };
  const classifyRequest = classifier.classify.bind(classifier);
  const requests: ObservedRequest[] = s.requests.map((r) => {
    const url = fill(r.url);
    const c = classifyRequest({ url, type: r.type, sourceUrl: page, party: r.party });
    const size = { contentLength: r.contentLength ?? null, contentType: null, status: r.status };
    const pixel =
      isPixelCandidate({ type: r.type, party: r.party, ...size }) ||
      (r.type === 'image' && r.party === 'third' && !!c?.pixelRule);
    return {
      url,
      type: r.type,
      party: r.party,
      domain: siteOf(url),
      time: T0 + r.at,
      page,
      category: c?.category ?? 'unknown',
      vendor: c?.vendor ?? null,
      rule: c?.evidence.rule ?? null,
      beacon: r.type === 'ping',
      pixel,
      tracker: c !== null,
    };
  });
  const cookies: ObservedCookie[] = s.cookies.map((k) => {
    const { at, blocked, lifetimeDays, requestedLifetimeDays, setBy, ...rest } = k;
    const setter = fill(k.setter);
    const c = classifyCookie(
      {
        ...rest,
        setter,
        setBy,
        value: { length: 24, hashPrefix: '', entropy: 3 },
        lifetimeDays: requestedLifetimeDays ?? lifetimeDays,
        pageSite: site,
      },
      { knowledge, classifyRequest, declared: declaredCookie },
    );
    return {
      ...rest,
      setter,
      page,
      lifetimeDays,
      requestedLifetimeDays,
      blocked,
      firstSeen: T0 + at,
      category: c.category,
      vendor: c.vendor,
      knownCategory: c.observed.category === 'unknown' ? null : c.observed.category,
      declaredCategory: c.declaredCategory ?? null,
    };
  });
  const storage = s.storage.map((x) => ({
    kind: x.kind,
    origin: fill(x.origin),
    key: x.key,
    setter: fill(x.setter),
    firstSeen: T0 + x.at,
  }));
  // A 'none' state (no choice yet) refuses nothing: its default groups are not a rejection.
  const consent: ConsentPoint[] | null = s.consent
    ? s.consent.map((p) => ({
        time: T0 + p.at,
        status: p.status as ConsentPoint['status'],
        categories: p.status === 'none' ? {} : (p.categories as Partial<Record<Category, boolean>>),
        evidence: `${p.step}: OptanonConsent`,
      }))
    : null;
  const policy = s.policy ? readScenarioPolicy(site) : null;
  const quote = (f: 'dnt' | 'gpc') => policy?.evidence.find((e) => e.field === f)?.quote ?? '';
  const honors = (f: 'dnt' | 'gpc') =>
    policy?.[f] === 'honors' ? { honors: true, quote: quote(f) } : null;
  let gpcJson: { gpc?: unknown } = {};
  try {
    gpcJson = JSON.parse(serve(site, '/.well-known/gpc.json')) as { gpc?: unknown };
  } catch {
    // Not published.
  }
  const signals = {
    dntSent: s.signals?.dnt ?? false,
    gpcSent: s.signals?.gpc ?? false,
    siteHonorsDnt: honors('dnt'),
    siteHonorsGpc:
      gpcJson.gpc === true
        ? { honors: true, quote: '/.well-known/gpc.json: "gpc": true' }
        : honors('gpc'),
  };
  return { site, declared, cookies, requests, storage, consent, signals };
}

const kinds = (input: AuditInput) =>
  findDiscrepancies(input)
    .map((d) => `${d.kind} ${d.subject}`)
    .sort();
const pairs = (f: [string, string][]) => f.map(([k, s]) => `${k} ${s}`).sort();

describe.each(Object.entries(scenarios))('demo scenario %s', (site, s) => {
  it('links its cookie policy from the home page footer, and the policy reads as declared', () => {
    const home = serve(site, '/');
    const footer = /<footer>[\s\S]*?<\/footer>/.exec(home)?.[0] ?? '';
    if (!s.policy) {
      expect(footer).not.toMatch(/cookie|privacy/i);
      expect(scenarioRoutes[site]?.['/cookie-policy']).toBeUndefined();
      return;
    }
    expect(footer).toContain('<a href="/cookie-policy">Cookie policy</a>');
    expect(summary(readScenarioPolicy(site))).toEqual(s.declared.policy);
  });

  it('gives exactly the written-down findings', () => {
    const declared =
      s.declared.use === 'policy-text'
        ? readScenarioPolicy(site)
        : s.declared.use === 'cmp:onetrust'
          ? readCmp(site).declared
          : null;
    expect(kinds(auditInput(site, s, declared))).toEqual(pairs(s.findings));
    if (s.findingsWithPolicyText) {
      const input = auditInput(site, s, readScenarioPolicy(site));
      expect(kinds(input)).toEqual(pairs(s.findingsWithPolicyText));
    }
  });
});

const cmpSites = Object.entries(scenarios).filter(([, s]) => s.cmp === 'onetrust');

describe.each(cmpSites)('fake OneTrust of %s', (site, s) => {
  it('declares its cookies and records consent as written', () => {
    const { declared, groups } = readCmp(site);
    expect(summary(declared)).toEqual(s.declared.cmp);
    const ot = runOneTrust(site);
    const domainData = parseOneTrustConsentJson(ot.oneTrust.GetDomainData());
    expect(domainData.ok && summary(domainData.value)).toEqual(s.declared.cmp);
    const states = [consentFromCookies(ot.cookies(), { oneTrustGroups: groups })];
    for (const step of s.steps.filter((x) => x.startsWith('click #'))) {
      ot.click(step.slice('click #'.length));
      states.push(consentFromCookies(ot.cookies(), { oneTrustGroups: groups }));
    }
    expect(states.map((c) => ({ status: c?.status, categories: c?.categories }))).toEqual(
      s.consent!.map((c) => ({ status: c.status, categories: c.categories })),
    );
    for (const name of ['OptanonConsent', 'OptanonAlertBoxClosed'].filter((n) => ot.jar.has(n))) {
      expect(ot.jar.get(name)?.attrs).toContain(`Domain=.${site}; Max-Age=31536000`);
      expect(s.cookies.find((c) => c.name === name)?.lifetimeDays).toBe(365);
    }
  });
});
