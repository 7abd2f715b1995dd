import type { Config } from '../config/env.ts';
import { AddressPolicy, parseAllowHosts } from './address-policy.ts';
import type { PermanentRedirects } from './http-get.ts';
import { PoliteFetcher } from './polite-fetcher.ts';

/** The fetcher the configuration describes, or why there is none (fetching needs a contact to name). */
export function fetcherFromConfig(
  config: Pick<Config, 'FETCH_CONTACT' | 'FETCH_ALLOW_HOSTS' | 'FETCH_TIMEOUT_SECONDS'>,
  permanent?: PermanentRedirects,
): PoliteFetcher | { error: string } {
  if (!config.FETCH_CONTACT)
    return {
      error:
        'fetching is off: set FETCH_CONTACT (an e-mail address or URL) so that site owners can reach whoever runs the bot',
    };
  return new PoliteFetcher({
    policy: new AddressPolicy(parseAllowHosts(config.FETCH_ALLOW_HOSTS)),
    contact: config.FETCH_CONTACT,
    timeoutMs: config.FETCH_TIMEOUT_SECONDS * 1000,
    ...(permanent ? { permanent } : {}),
  });
}
