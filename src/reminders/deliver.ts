import { toTerminalText } from '../render/terminal.ts';
import type { OutgoingMessage } from './messages.ts';

/** Where a message goes. */
export interface DeliveryTarget {
  reminderId: number;
  guildId: string;
  channelId: string;
}

/**
 * What became of one try:
 * - `'sent'`: posted (or Discord answered with the message this nonce already posted);
 * - `permanent`: it will never work (404 Unknown Channel, 403 Missing Access/Permissions): the
 *   reminder is disabled with this reason, which `/remind list` shows;
 * - `transient`: try again later (5xx, network, 429), after at least `retryAfterMs` if given.
 */
export type DeliveryOutcome = 'sent' | { permanent: string } | { transient: string; retryAfterMs?: number };

/** The transport's half of the scheduler: post `message` (with `discordMessageBody`) to the target channel. */
export type Deliver = (target: DeliveryTarget, message: OutgoingMessage) => Promise<DeliveryOutcome>;

export const CONSOLE_CHANNEL = 'console';

/** The console's deliver: prints reminders for its own channel; any other channel cannot be reached from a terminal. */
export function consoleDeliver(write: (line: string) => void, now: () => Date): Deliver {
  return async (target, message) => {
    if (target.channelId !== CONSOLE_CHANNEL)
      return { permanent: `the console cannot post to channel ${target.channelId}` };
    write(
      `[#${CONSOLE_CHANNEL}] ${toTerminalText({ ok: true, content: message.content, data: {} }, now(), { color: false })}`,
    );
    return 'sent';
  };
}
