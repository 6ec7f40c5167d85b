// Policy reader on hand-written fixtures (tests/fixtures/policies/cases.json):
// vocabularies in four languages, negation, definitions, retention, DNT/GPC
// stances, markdown and HTML with page chrome. Exact results.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, emptyPolicy, readPolicy } from '../../lib/core/policy/index.ts';
import type { PolicyFormat } from '../../lib/core/policy/index.ts';

interface Case {
  file: string;
  note: string;
  format: PolicyFormat;
  categories: string[];
  vendors: string[];
  technologies: string[];
  retention: { category: string; maxDays: number | null }[];
  dnt: string;
  gpc: string;
}

const dir = new URL('../fixtures/policies/cases/', import.meta.url);
const cases = JSON.parse(
  readFileSync(new URL('../fixtures/policies/cases.json', import.meta.url), 'utf8'),
) as Case[];
const load = (file: string): string => readFileSync(new URL(file, dir), 'utf8');

describe('policy fixtures', () => {
  it('has at least twelve cases, in English, French, German and Spanish', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
    for (const prefix of ['en-', 'fr-', 'de-', 'es-']) {
      expect(cases.some((c) => c.file.startsWith(prefix))).toBe(true);
    }
  });

  it.each(cases)('$file — $note', (c) => {
    const text = load(c.file);
    expect(detectFormat(text)).toBe(c.format);
    const policy = readPolicy(text);
    expect(policy.categories).toEqual(c.categories);
    expect(policy.vendors).toEqual(c.vendors);
    expect(policy.technologies).toEqual(c.technologies);
    expect(policy.retention.map((r) => ({ category: r.category, maxDays: r.maxDays }))).toEqual(
      c.retention,
    );
    expect(policy.dnt).toBe(c.dnt);
    expect(policy.gpc).toBe(c.gpc);
  });

  it.each(cases)('$file: every fact has evidence', (c) => {
    const policy = readPolicy(load(c.file));
    const fields = policy.evidence.map((e) => e.field);
    const facts = [
      ...policy.categories.map((x) => `categories.${x}`),
      ...policy.technologies.map((x) => `technologies.${x}`),
      ...policy.vendors.map((x) => `vendors.${x}`),
      ...policy.retention.map((x) => `retention.${x.category}`),
      ...(policy.dnt === 'silent' ? [] : ['dnt']),
      ...(policy.gpc === 'silent' ? [] : ['gpc']),
    ];
    for (const f of facts) expect(fields).toContain(f);
    for (const r of policy.retention) {
      expect(policy.evidence.find((e) => e.field === `retention.${r.category}`)?.quote).toBe(
        r.quote,
      );
    }
  });
});

describe('readPolicy', () => {
  it('is deterministic', () => {
    const text = load('en-html-noise.html');
    expect(JSON.stringify(readPolicy(text))).toBe(JSON.stringify(readPolicy(text)));
  });

  it('passes the URL through and honours an explicit format', () => {
    const md = '# Cookies\n\nWe use **analytics cookies**.';
    const asText = readPolicy(md, { url: 'https://example.test/cookies', format: 'text' });
    expect(asText.url).toBe('https://example.test/cookies');
    expect(asText.categories).toEqual(['analytics']);
    expect(readPolicy(md).url).toBeNull();
  });

  it('reads nothing from an empty or unrelated document', () => {
    const expected = { ...emptyPolicy('policy-text'), url: null };
    expect(readPolicy('')).toEqual(expected);
    expect(readPolicy('<html><body><nav>Home</nav></body></html>')).toEqual(expected);
    expect(readPolicy('Opening hours: 9 to 5. Call us on 555-0100.')).toEqual(expected);
  });

  it('reads HTML fragments and copes with hostile input', () => {
    expect(readPolicy('<main><p>We use analytics cookies.</p></main>').categories).toEqual([
      'analytics',
    ]);
    const deep = `${'<div>'.repeat(3000)}<p>We use advertising cookies.</p>${'</div>'.repeat(3000)}`;
    expect(readPolicy(deep, { format: 'html' }).categories).toEqual(['advertising']);
    for (const hostile of [
      `# T\n\n${'[a]('.repeat(5000)}`,
      `# T\n\n${'_a '.repeat(5000)}`,
      '('.repeat(20000),
      'cookie '.repeat(5000),
    ]) {
      expect(() => readPolicy(hostile)).not.toThrow();
    }
  });

  it('tells use from definition', () => {
    const defined = readPolicy(
      'Flash cookies are small files stored by a browser plug-in. Local storage lets websites keep data in your browser.',
    );
    expect(defined.technologies).toEqual([]);
    const used = readPolicy(
      'We use Flash cookies (local shared objects) and HTML5 local storage on this site.',
    );
    expect(used.technologies).toEqual(['local_storage', 'flash_lso']);
  });

  it('handles negation of categories and technologies', () => {
    const p = readPolicy(
      'We use analytics cookies. We do not use advertising cookies. No web beacons are used on our site. Advertising cookies',
    );
    expect(p.categories).toEqual(['analytics']);
    expect(p.technologies).toEqual(['cookies']);
  });

  it('gives each category the lifetime its own clause states', () => {
    const p = readPolicy(
      'Login cookies last for two days, and preference cookies last for a year. Analytics cookies expire after 2 years, while advertising cookies last 90 days.',
    );
    expect(p.retention.map((r) => [r.category, r.maxDays])).toEqual([
      ['necessary', 2],
      ['preferences', 365],
      ['analytics', 730],
      ['advertising', 90],
    ]);
    // Stating a lifetime for a category declares it.
    expect(p.categories).toEqual(['necessary', 'preferences', 'analytics', 'advertising']);
  });

  it('reads a consent-manager declaration, empty categories included', () => {
    const p = readPolicy(
      [
        'Cookie declaration',
        'We and our partners use cookies to personalise content and ads, to provide social media features and to analyse our traffic.',
        'Necessary (4)',
        'Necessary cookies help make a website usable by enabling basic functions.',
        'Preferences (0)',
        'Preference cookies enable a website to remember information that changes the way the website looks.',
      ].join('\n'),
    );
    expect(p.categories).toEqual(['necessary', 'analytics', 'advertising', 'social']);
  });

  it('maps category synonyms per the vocabulary', () => {
    const synonyms: [string, string][] = [
      ['strictly necessary', 'necessary'],
      ['essential', 'necessary'],
      ['technical', 'necessary'],
      ['security', 'necessary'],
      ['functionality', 'preferences'],
      ['personalisation', 'preferences'],
      ['personalization', 'preferences'],
      ['preference', 'preferences'],
      ['analytical', 'analytics'],
      ['performance', 'analytics'],
      ['statistics', 'analytics'],
      ['measurement', 'analytics'],
      ['analysis', 'analytics'],
      ['advertisement', 'advertising'],
      ['targeting', 'advertising'],
      ['marketing', 'advertising'],
      ['social media', 'social'],
      ['social network', 'social'],
      ['sharing', 'social'],
    ];
    for (const [word, category] of synonyms) {
      expect(readPolicy(`We use ${word} cookies.`).categories, word).toEqual([category]);
    }
    // "Tracking cookies" names no kind: real policies use it for analytics
    // (a university's Google Analytics) as often as for advertising.
    expect(readPolicy('We use tracking cookies.').categories).toEqual(['unknown']);
    // …so the sentence is one the reader could not map to a kind.
    expect(readPolicy('We use tracking cookies.').unmapped).toEqual(['We use tracking cookies.']);
    expect(readPolicy('Wir setzen Tracking-Cookies ein.').categories).toEqual(['advertising']);
    expect(readPolicy('You can change your cookie preferences at any time.').categories).toEqual(
      [],
    );
  });

  it('reads categories in French, German and Spanish', () => {
    expect(
      readPolicy('Nous utilisons des cookies analytiques et des cookies publicitaires.').categories,
    ).toEqual(['analytics', 'advertising']);
    expect(
      readPolicy('Wir verwenden Präferenz-Cookies und Social-Media-Cookies.').categories,
    ).toEqual(['preferences', 'social']);
    expect(
      readPolicy('Utilizamos cookies necesarias y cookies de personalización.').categories,
    ).toEqual(['necessary', 'preferences']);
  });

  it("reads the site's own name as the speaker of a statement of use", () => {
    const intro = 'Acme Widgets Ltd. (collectively, "Acme", "we", "us") respects your privacy. ';
    expect(readPolicy(`${intro}Acme uses web beacons in its emails.`).technologies).toEqual([
      'web_beacons',
    ]);
    expect(
      readPolicy('Acme uses web beacons in its emails.', {
        url: 'https://www.acme.example/privacy',
      }).technologies,
    ).toEqual(['web_beacons']);
    // A brand opening a sentence before a verb of use speaks for the site even
    // when the policy's address does not name it ("GEA utilizza Google Analytics …")…
    expect(readPolicy('Acme uses web beacons in its emails.').technologies).toEqual([
      'web_beacons',
    ]);
    // …but not a known vendor, nor a word that only starts the sentence.
    expect(readPolicy('Google uses web beacons in its own emails.').technologies).toEqual([]);
    expect(readPolicy('Many websites use web beacons in emails.').technologies).toEqual([]);
  });

  it('names vendors only where they are used or third parties of the site', () => {
    expect(readPolicy('We use Google Analytics and the Meta Pixel.').vendors).toEqual([
      'Google Analytics',
      'Meta Pixel',
    ]);
    expect(
      readPolicy('Google Analytics is a web analytics service offered by Google.').vendors,
    ).toEqual([]);
    expect(readPolicy('Visit us on Facebook.').vendors).toEqual([]);
    expect(readPolicy('Tools such as Hotjar are used by many other websites.').vendors).toEqual([]);
  });
});
