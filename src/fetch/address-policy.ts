import ipaddr from 'ipaddr.js';

/**
 * Which hosts a fetch may reach. Only public unicast addresses: loopback, private, link-local
 * (169.254.169.254, the cloud metadata address), carrier-grade NAT, multicast, unspecified,
 * reserved and the IPv6 forms that embed an IPv4 address (::ffff:127.0.0.1, 6to4, NAT64) are
 * refused. The check runs on the address DNS gave, when the connection is made, so a name that
 * resolves to a private address (or is re-pointed between two lookups) is caught too. Decimal
 * and octal forms (http://2130706433/, http://0177.0.0.1/) need nothing special: the URL parser
 * turns them into the dotted address before we see them.
 */
export class AddressPolicy {
  private readonly allowed: Set<string>;

  /** `allowHosts`: FETCH_ALLOW_HOSTS, host names or addresses reached whatever they resolve to. */
  constructor(allowHosts: readonly string[] = []) {
    this.allowed = new Set(allowHosts.map((h) => normaliseHost(h)).filter((h) => h !== ''));
  }

  /** True when `host` (a URL's host name) is on the allow list. */
  allowsHost(host: string): boolean {
    return this.allowed.has(normaliseHost(host));
  }

  /** Why connecting to `address` (resolved for `host`) is refused, or undefined when it is allowed. */
  refusal(host: string, address: string): string | undefined {
    if (this.allowsHost(host) || this.allowed.has(normaliseHost(address))) return undefined;
    if (!ipaddr.isValid(address)) return `${address} is not an IP address`;
    const range = ipaddr.process(address).range();
    if (range === 'unicast') return undefined;
    return `${host} resolves to ${address}, a ${RANGE_NAMES[range] ?? range} address (set FETCH_ALLOW_HOSTS to allow it)`;
  }
}

const RANGE_NAMES: Record<string, string> = {
  loopback: 'loopback',
  private: 'private',
  linkLocal: 'link-local',
  uniqueLocal: 'private (unique local)',
  multicast: 'multicast',
  unspecified: 'unspecified',
  broadcast: 'broadcast',
  carrierGradeNat: 'carrier-grade NAT',
  reserved: 'reserved',
};

/** Lower case, without the brackets of an IPv6 literal, an IPv4-mapped address as plain IPv4. */
function normaliseHost(host: string): string {
  const bare = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  return ipaddr.isValid(bare) ? ipaddr.process(bare).toString() : bare;
}

/** `FETCH_ALLOW_HOSTS`: comma-separated names or addresses. */
export function parseAllowHosts(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter((h) => h !== '');
}
