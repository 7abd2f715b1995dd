import { DiscordAPIError, HTTPError, RESTJSONErrorCodes, Routes, type REST } from 'discord.js';
import type { Deliver, DeliveryOutcome } from '../reminders/deliver.ts';
import { discordMessageBody } from '../reminders/messages.ts';

/** The errors that mean the channel cannot be posted to until someone changes it, as `/remind list` words them. */
const UNREACHABLE: Partial<Record<number, string>> = {
  [RESTJSONErrorCodes.UnknownChannel]: 'the channel was deleted',
  [RESTJSONErrorCodes.MissingAccess]: 'the bot cannot see the channel',
  [RESTJSONErrorCodes.MissingPermissions]: 'the bot may not post in the channel',
};

/**
 * Posts reminders with `POST /channels/{id}/messages` through the client's REST, which waits out
 * 429s itself (the retry carries the same nonce) and retries 5xx and network errors a few times
 * before it throws.
 */
export function discordDeliver(rest: REST): Deliver {
  return async (target, message) => {
    try {
      await rest.post(Routes.channelMessages(target.channelId), { body: discordMessageBody(message) });
      return 'sent';
    } catch (error) {
      return deliveryFailure(error);
    }
  };
}

/** A failed post: permanent when the channel is gone or closed to the bot; anything else is worth another try later. */
function deliveryFailure(error: unknown): DeliveryOutcome {
  if (error instanceof DiscordAPIError) {
    const reason = typeof error.code === 'number' ? UNREACHABLE[error.code] : undefined;
    const discord = `Discord: ${error.status} ${error.message} (${error.code})`;
    return reason ? { permanent: `${reason} (${discord})` } : { transient: discord };
  }
  if (error instanceof HTTPError) return { transient: `Discord: ${error.status} ${error.message}` };
  return { transient: error instanceof Error ? error.message : String(error) };
}
