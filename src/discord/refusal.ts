import { DiscordAPIError, DiscordjsError, DiscordjsErrorCodes, GatewayCloseCodes } from 'discord.js';

/**
 * Discord refusing the bot as configured (its token, shards or intents). Trying again cannot help
 * until someone changes the configuration, so the bot says what is wrong and exits with
 * `REFUSED_EXIT_CODE` instead of retrying.
 */
export class DiscordRefusal extends Error {
  override readonly name = 'DiscordRefusal';
}

/**
 * EX_CONFIG from sysexits.h. The shard manager does not restart a shard process that exits with
 * it, and systemd can be told not to either (`RestartPreventExitStatus=78`).
 */
export const REFUSED_EXIT_CODE = 78;

const TOKEN = 'Discord refused the token';
const INTENTS = 'the bot asks only for Guilds and GuildMessages, so check for local changes to src/discord/client.ts';

/** The close codes after which discord.js never reconnects, in words an operator can act on. */
const CLOSE_CODES: Partial<Record<number, string>> = {
  [GatewayCloseCodes.AuthenticationFailed]: `${TOKEN} (4004 Authentication failed): check DISCORD_TOKEN`,
  [GatewayCloseCodes.InvalidShard]:
    'Discord refused the shard (4010 Invalid shard): check DISCORD_SHARDS, or DISCORD_SHARD_IDS and DISCORD_SHARD_COUNT',
  [GatewayCloseCodes.ShardingRequired]:
    'Discord requires sharding for this many servers (4011 Sharding required): set DISCORD_SHARDS=auto',
  [GatewayCloseCodes.InvalidAPIVersion]:
    'Discord refused the gateway version (4012 Invalid API version): update discord.js',
  [GatewayCloseCodes.InvalidIntents]: `Discord refused the intents (4013 Invalid intent(s)): ${INTENTS}`,
  [GatewayCloseCodes.DisallowedIntents]: `Discord refused the intents (4014 Disallowed intent(s)): a privileged intent is not enabled for the application; ${INTENTS}`,
};

/** What a gateway close for good means (discord.js emits `shardDisconnect` only for the codes above). */
export function refusalOfClose(code: number): DiscordRefusal {
  return new DiscordRefusal(CLOSE_CODES[code] ?? `Discord closed the gateway for good (${code})`);
}

/** The refusal behind a failed REST call at start-up, or undefined when it is something else (Discord unreachable, say). */
export function refusalOfError(error: unknown): DiscordRefusal | undefined {
  const unauthorized =
    (error instanceof DiscordjsError && error.code === DiscordjsErrorCodes.TokenInvalid) ||
    (error instanceof DiscordAPIError && error.status === 401);
  return unauthorized
    ? new DiscordRefusal(`${TOKEN} (401 Unauthorized): check DISCORD_TOKEN`, { cause: error })
    : undefined;
}
