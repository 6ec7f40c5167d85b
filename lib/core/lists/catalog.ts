// The well-known lists the options page offers by name, each with its
// licence shown before it is added, and what a licence allows. Nothing here
// is fetched: a list's address is downloaded only when the user adds it.
import { OCD_LICENCE, OCD_LIST_ID, OCD_NAME, OCD_UPSTREAM } from '../known-cookies/bundled.ts';
import type { ListFormat } from './common.ts';

export interface WellKnownList {
  /** Stable id; also the stored list's id once added. */
  id: string;
  name: string;
  /** What is downloaded when the user adds it. */
  url: string;
  format: ListFormat;
  /** SPDX expression of the data's licence. */
  licence: string;
  attribution: string;
  /** Where the licence is stated. */
  licenceUrl: string;
  /** One sentence: what it adds. */
  about: string;
}

/**
 * Licences as stated by each project (checked 2026-12):
 * - EasyPrivacy: "GPL-3.0-or-later or CC BY-SA 3.0+" (easylist.to, list header);
 * - Disconnect: CC BY-NC-SA 4.0 since 2023 ("email support@disconnect.me to
 *   license the lists for commercial use", repository README);
 * - DuckDuckGo Tracker Blocklists: CC BY-NC-SA 4.0 ("if you'd like to license
 *   the list for commercial use, please reach out", repository README);
 * - Open Cookie Database: Apache-2.0 (repository LICENSE).
 */
export const WELL_KNOWN_LISTS: readonly WellKnownList[] = [
  {
    id: 'easyprivacy',
    name: 'EasyPrivacy',
    url: 'https://easylist.to/easylist/easyprivacy.txt',
    format: 'abp',
    licence: 'GPL-3.0-or-later OR CC-BY-SA-3.0',
    attribution: 'The EasyList authors (https://easylist.to/)',
    licenceUrl: 'https://easylist.to/pages/licence.html',
    about: 'Filter list of tracking scripts, beacons and pixels (about 57,000 lines).',
  },
  {
    id: 'disconnect',
    name: 'Disconnect tracking protection',
    url: 'https://raw.githubusercontent.com/disconnectme/disconnect-tracking-protection/master/services.json',
    format: 'disconnect',
    licence: 'CC-BY-NC-SA-4.0',
    attribution: 'Disconnect, Inc.',
    licenceUrl: 'https://github.com/disconnectme/disconnect-tracking-protection',
    about: 'Tracker domains by company and category (services.json, as used by Firefox).',
  },
  {
    id: 'duckduckgo-tds',
    name: 'DuckDuckGo Tracker Blocklist',
    url: 'https://staticcdn.duckduckgo.com/trackerblocking/v6/current/extension-tds.json',
    format: 'tds',
    licence: 'CC-BY-NC-SA-4.0',
    attribution: 'Duck Duck Go, Inc.',
    licenceUrl: 'https://github.com/duckduckgo/tracker-blocklists',
    about: 'Tracker domains with owners and categories (tds.json of the DuckDuckGo extension).',
  },
  {
    // Bundled as a snapshot: adding it downloads the current upstream file,
    // which then takes the snapshot's place (it is not a list of its own).
    id: OCD_LIST_ID,
    name: `${OCD_NAME} (upstream)`,
    url: OCD_UPSTREAM.csv,
    format: 'ocd',
    licence: OCD_LICENCE,
    attribution: 'The Open Cookie Database contributors',
    licenceUrl: OCD_UPSTREAM.home,
    about: 'The current cookie database from upstream, in place of the snapshot packaged here.',
  },
];

/** The catalogue entry a list's address is, when it is one. */
export function wellKnownList(source: string | null | undefined): WellKnownList | null {
  if (!source) return null;
  return WELL_KNOWN_LISTS.find((l) => l.url === source) ?? null;
}

/**
 * Whether a licence (SPDX expression) allows commercial use: false for the
 * Creative Commons NonCommercial licences (every option of an OR must be
 * one), true otherwise, null when the licence is not known.
 */
export function allowsCommercialUse(licence: string | null | undefined): boolean | null {
  if (!licence) return null;
  const options = licence.split(/\s/u).filter(Boolean).join(' ').split(/ OR /i);
  return !options.every((o) => /^CC-BY-NC(?:-[A-Z]+)*-\d/i.test(o.trim()));
}
