import { DiscordAPIError, HTTPError, RESTJSONErrorCodes, Routes, type REST } from 'discord.js';
import type { RESTPostAPIChannelMessageJSONBody } from 'discord-api-types/v10';
import type { Deliver, DeliveryOutcome, OutgoingMessage } from '../reminders/delivery.ts';
import { thrownOutcome } from '../reminders/outcomes.ts';

/** The errors that mean the channel cannot be posted to until someone changes it, as `/remind list` words them. */
const UNREACHABLE: Partial<Record<number, string>> = {
  [RESTJSONErrorCodes.UnknownChannel]: 'the channel was deleted',
  [RESTJSONErrorCodes.MissingAccess]: 'the bot cannot see the channel',
  [RESTJSONErrorCodes.MissingPermissions]: 'the bot may not post in the channel',
};

/**
 * The body of `POST /channels/{id}/messages`: mentions never ping (a quoted "@everyone" stays
 * text), and `enforce_nonce` makes Discord return the message already posted with this nonce
 * (within a few minutes) instead of posting it twice.
 */
export function discordMessageBody(message: OutgoingMessage): RESTPostAPIChannelMessageJSONBody {
  return { content: message.content, nonce: message.nonce, enforce_nonce: true, allowed_mentions: { parse: [] } };
}

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
export function deliveryFailure(error: unknown): DeliveryOutcome {
  if (error instanceof DiscordAPIError) {
    const reason = typeof error.code === 'number' ? UNREACHABLE[error.code] : undefined;
    const discord = `Discord: ${error.status} ${error.message} (${error.code})`;
    return reason ? { permanent: `${reason} (${discord})` } : { transient: discord };
  }
  if (error instanceof HTTPError) return { transient: `Discord: ${error.status} ${error.message}` };
  return thrownOutcome(error);
}
