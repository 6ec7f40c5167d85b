// Typed access to scenarios.json, the ground truth of the discrepancy
// scenarios (see its $comment), for unit and end-to-end tests.
import { readFileSync } from 'node:fs';
import type { DeclaredCookie, DeclaredPolicy } from '../../lib/core/policy/types.ts';
import type { Party, RequestType, SameSite } from '../../lib/core/types.ts';

interface Timed {
  /** ms after the load starts (1000 = the click of a click step). */
  at: number;
  party: Party;
}
export interface TruthCookie extends Timed {
  name: string;
  /** Without a leading dot. */
  domain: string;
  path: string;
  hostOnly: boolean;
  lifetimeDays: number | null;
  requestedLifetimeDays: number | null;
  setBy: 'http' | 'script';
  setter: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite: SameSite;
  blocked: boolean;
}
export interface TruthRequest extends Timed {
  url: string;
  type: RequestType;
  status: number;
  contentLength?: number;
}
export interface TruthStorage extends Timed {
  kind: 'localStorage' | 'sessionStorage';
  origin: string;
  key: string;
  setter: string;
}
/**
 * What a reader must extract; retention as category → maxDays (null = session
 * only); unmapped only where the reader cannot map some sentences about
 * cookies to a category, mentioned only where the policy names a category it
 * does not declare (none elsewhere).
 */
export type TruthDeclared = Pick<
  DeclaredPolicy,
  'source' | 'categories' | 'vendors' | 'technologies' | 'dnt' | 'gpc'
> & {
  retention: Record<string, number | null>;
  cookies?: DeclaredCookie[];
  unmapped?: string[];
  mentioned?: NonNullable<DeclaredPolicy['mentioned']>;
};

export interface ScenarioTruth {
  about: string;
  /** URL templates: {https:HOST} = https://HOST:<httpsPort>. */
  home: string;
  policy: string | null;
  cmp: 'onetrust' | null;
  /** 'load', 'wait <ms>', 'click <selector>'. */
  steps: string[];
  /** Signals the browser sends (DNT: 1, Sec-GPC: 1), when any. */
  signals?: { dnt: boolean; gpc: boolean };
  /** What each reader must extract; the findings are those of both merged. */
  declared: {
    policy: TruthDeclared | null;
    cmp: TruthDeclared | null;
    wellKnownGpc?: { gpc: boolean; lastUpdate: string };
    /** What the host publishes about DNT: EFF's policy version, its tracking status, its Tk header. */
    publishedDnt?: { dntPolicyVersion: string; trackingStatus: string; tk: string };
  };
  /** The consent state after each step (CMP sites). */
  consent?: { at: number; step: string; status: string; categories: Record<string, boolean> }[];
  cookies: TruthCookie[];
  requests: TruthRequest[];
  storage: TruthStorage[];
  /** Exactly the findings of the site, as [kind, subject]. */
  findings: [string, string][];
}

export function loadScenarioTruth(): Record<string, ScenarioTruth> {
  const text = readFileSync(new URL('./scenarios.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { scenarios: Record<string, ScenarioTruth> }).scenarios;
}

/** Replaces {https:HOST} with the origin of HOST on the running demo server. */
export const fillOrigins = (text: string, origin: (host: string) => string): string =>
  text.replace(/\{https:([^}]+)\}/g, (_, h: string) => origin(h));

/** The OneTrust DomainData a CMP scenario's window.OneTrust.GetDomainData() returns. */
export function scenarioDomainData(site: string): unknown {
  const url = new URL(`./pages/scenarios/${site}/domain-data.json`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { DomainData: unknown }).DomainData;
}

/**
 * The `checkPolicy` a scenario's finding must carry: set when its policy has
 * unmapped sentences, or (for a category) names the category without
 * declaring it; null otherwise. `policyUrl` is the policy's URL with the
 * demo server's origins filled in.
 */
export function expectedCheckPolicy(
  truth: ScenarioTruth,
  kind: string,
  subject: string,
  policyUrl: string,
): { unmapped: number; firstQuote: string; url: string; mentioned?: string } | null {
  const unmapped = truth.declared.policy?.unmapped ?? [];
  const named =
    kind === 'undeclared-category'
      ? truth.declared.policy?.mentioned?.find((m) => m.category === subject)?.quote
      : undefined;
  if (unmapped.length === 0 && named === undefined) return null;
  return {
    unmapped: unmapped.length,
    firstQuote: unmapped[0] ?? '',
    url: policyUrl,
    ...(named !== undefined ? { mentioned: named } : {}),
  };
}
