// The demo site's discrepancy scenarios (cli/demo-site/scenarios.json) are
// consistent with the pure code the extension runs: each policy page reads as
// declared, each fake OneTrust declares and records consent as declared, and
// the records of a visit, audited as the extension audits a site (buildAudit:
// bundled database, built-in known cookies, declarations merged), give
// exactly the findings written down, no more, no fewer.
import type { IncomingMessage } from 'node:http';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  expectedCheckPolicy,
  fillOrigins,
  loadScenarioTruth,
  type ScenarioTruth,
  type TruthDeclared,
  scenarioDomainData,
} from '../../cli/demo-site/scenario-truth.ts';
import { scenarioRoutes } from '../../cli/demo-site/scenarios.ts';
import { buildAudit } from '../../lib/core/audit/build.ts';
import {
  consentFromCookies,
  oneTrustGroupCategories,
  parseOneTrustConsentJson,
} from '../../lib/core/cmp/index.ts';
import type { ConsentRecord, Discrepancy } from '../../lib/core/discrepancies/index.ts';
import { builtinCookieKnowledge } from '../../lib/core/known-cookies/index.ts';
import { siteOf } from '../../lib/core/party.ts';
import { type DeclaredPolicy, readPolicy } from '../../lib/core/policy/index.ts';
import { isPixelCandidate } from '../../lib/core/requests.ts';
import type { Category } from '../../lib/core/types.ts';
import type { RecordSet } from '../../lib/core/view.ts';
import { bundledClassifier } from './classify-helpers.ts';

const scenarios = loadScenarioTruth();
const PORT = 8443;
const T0 = 1_700_000_000_000;
const origin = (host: string) => `https://${host}:${PORT}`;
const fill = (s: string) => fillOrigins(s, origin);
const classifier = bundledClassifier();
const knowledge = [{ list: 'builtin', knowledge: builtinCookieKnowledge() }];

/** What the demo server answers for a path of a scenario site (its own route code). */
function serve(site: string, path: string): string {
  const route = scenarioRoutes[site]?.[path];
  if (!route) throw new Error(`${site} does not serve ${path}`);
  const body = route({} as IncomingMessage, new URL(origin(site) + path), { origin }).body;
  return String(body ?? '');
}

function summary(d: DeclaredPolicy): TruthDeclared {
  return {
    source: d.source,
    categories: d.categories,
    vendors: d.vendors,
    technologies: d.technologies,
    retention: Object.fromEntries(d.retention.map((r) => [r.category, r.maxDays])),
    dnt: d.dnt,
    gpc: d.gpc,
    ...(d.source.startsWith('cmp:') ? { cookies: d.cookies } : {}),
    // Written down where there are any: every other policy is read whole.
    ...(d.unmapped.length ? { unmapped: d.unmapped } : {}),
    // The same for categories named without being declared.
    ...(d.mentioned?.length ? { mentioned: d.mentioned } : {}),
  };
}

const readScenarioPolicy = (site: string) =>
  readPolicy(serve(site, '/cookie-policy'), { url: `${origin(site)}/cookie-policy` });

function readCmp(site: string) {
  const domainData = scenarioDomainData(site);
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

/** The records one visit of the scenario leaves, as the extension stores them. */
function records(site: string, s: ScenarioTruth): RecordSet {
  const page = fill(s.home);
  const at = (ms: number) => T0 + ms;
  const base = { pageId: 'p1', tabId: 1 };
  const pixelOf = (r: ScenarioTruth['requests'][number]) =>
    isPixelCandidate({ ...r, contentLength: r.contentLength ?? null, contentType: null });
  return {
    pages: [{ id: 'p1', tabId: 1, url: page, site, startedAt: T0, signals: signalsOf(s) }],
    requests: s.requests.map((r, i) => ({
      ...base,
      ...{ requestId: String(i), url: fill(r.url), method: r.type === 'ping' ? 'POST' : 'GET' },
      ...{ type: r.type, initiator: r.type === 'main_frame' ? null : origin(site) },
      ...{ frameId: 0, parentFrameId: -1, documentUrl: page, domain: siteOf(fill(r.url)) },
      ...{ party: r.party, status: r.status, contentType: null, error: null, time: at(r.at) },
      ...{ contentLength: r.contentLength ?? null, beacon: r.type === 'ping', pixel: pixelOf(r) },
    })),
    responses: s.requests.map((r, i) => ({
      ...{ ...base, requestId: String(i), url: fill(r.url), status: r.status },
      ...{ contentType: null, error: null },
      ...{ contentLength: r.contentLength ?? null, pixel: pixelOf(r), time: at(r.at) + 10 },
    })),
    cookies: s.cookies.map(({ at: t, setter, ...c }) => ({
      ...base,
      ...c,
      ...{ setter: fill(setter), deletion: false, partitioned: false, requestId: null },
      ...{ value: { length: 24, hashPrefix: '', entropy: 3 }, warnings: [], time: at(t) },
    })),
    cookieChanges: [],
    storage: s.storage.map((x) => ({
      ...base,
      ...{ kind: x.kind, origin: fill(x.origin), frameUrl: page, key: x.key, op: 'set' as const },
      ...{ party: x.party, setter: fill(x.setter), value: null, time: at(x.at) },
    })),
    optOut: [],
  };
}

const signalsOf = (s: ScenarioTruth) => ({ dnt: !!s.signals?.dnt, gpc: !!s.signals?.gpc });

/** The site's audit as the extension runs it (lib/core/audit), from the scenario's records. */
function audit(site: string, s: ScenarioTruth) {
  // A 'none' state (no choice yet) refuses nothing: its default groups are not a rejection.
  const consent: ConsentRecord[] | null = s.consent
    ? s.consent.map((p) => ({
        time: T0 + p.at,
        cmp: 'onetrust' as const,
        status: p.status as ConsentRecord['status'],
        categories: p.status === 'none' ? {} : (p.categories as Partial<Record<Category, boolean>>),
        evidence: `onetrust: ${p.step}`,
      }))
    : null;
  const declarations = [
    ...(s.policy ? [readScenarioPolicy(site)] : []),
    ...(s.cmp ? [readCmp(site).declared] : []),
  ];
  const gpcJson = scenarioRoutes[site]?.['/.well-known/gpc.json']
    ? (JSON.parse(serve(site, '/.well-known/gpc.json')) as { gpc: boolean })
    : null;
  return buildAudit(records(site, s), {
    site,
    classify: { classifier, knowledge },
    declarations,
    consent,
    signals: signalsOf(s),
    wellKnownGpc: gpcJson && { gpc: gpcJson.gpc, url: `${origin(site)}/.well-known/gpc.json` },
  });
}

const kinds = (ds: Discrepancy[]) => ds.map((d) => `${d.kind} ${d.subject}`).sort();
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
    expect(kinds(audit(site, s).discrepancies)).toEqual(pairs(s.findings));
  });

  it('flags its findings "check the policy" only when its policy has sentences left unmapped or names the category', () => {
    // Scenarios write unmapped sentences and named categories down only when
    // every finding rests on that policy's silence (kind-check-policy.test);
    // elsewhere none is flagged.
    const check = (finding: string) => {
      const [kind = '', subject = ''] = finding.split(' ');
      return expectedCheckPolicy(s, kind, subject, s.policy ? fill(s.policy) : '');
    };
    expect(
      audit(site, s)
        .discrepancies.map((d) => [`${d.kind} ${d.subject}`, d.checkPolicy ?? null])
        .sort(),
    ).toEqual(pairs(s.findings).map((f) => [f, check(f)]));
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
