import type { DomainList, DomainListFormat } from './common.ts';
import { parseDisconnectServices } from './disconnect.ts';
import { type HostsOptions, parseHostsFile } from './hosts.ts';
import { parseTrackerDataSet } from './tds.ts';

export {
  type DomainList,
  type DomainListEntry,
  type DomainListFormat,
  type ListFormat,
  type SkippedLine,
  ListParseError,
} from './common.ts';
export {
  type AbpFilter,
  type AbpSummary,
  type MatchInput,
  buildFilterEngine,
  matchRequest,
  parseAbpList,
} from './abp.ts';
export { type HostsOptions, parseHostsFile } from './hosts.ts';
export {
  DISCONNECT_CATEGORY_MAP,
  DISCONNECT_SOCIAL_ENTITIES,
  parseDisconnectServices,
} from './disconnect.ts';
export { TDS_CATEGORY_MAP, parseTrackerDataSet, tdsCategory } from './tds.ts';
export {
  OCD_CATEGORY_MAP,
  OCD_SOURCE,
  type OcdOptions,
  type OcdResult,
  cleanDomain,
  parseOpenCookieDatabase,
  parseRetention,
} from './ocd.ts';
export { detectListFormat } from './detect.ts';

/** Parse any domain-list format into the common shape (throws ListParseError). */
export function parseDomainList(
  text: string,
  format: DomainListFormat,
  hostsOptions?: HostsOptions,
): DomainList {
  switch (format) {
    case 'hosts':
      return parseHostsFile(text, hostsOptions);
    case 'disconnect':
      return parseDisconnectServices(text);
    case 'tds':
      return parseTrackerDataSet(text);
  }
}
