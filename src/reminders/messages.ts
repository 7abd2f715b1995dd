import type { RESTPostAPIChannelMessageJSONBody } from 'discord-api-types/v10';
import type { Deadline } from '../deadlines/deadline.ts';
import { sourceLines, whenLine } from '../deadlines/describe.ts';
import { cutText, DISCORD_LIMITS } from '../render/limits.ts';
import { discordTimestamp } from '../render/timestamps.ts';
import type { DeadlineTiming } from '../store/reminders.ts';
import { formatOffset } from './offsets.ts';

/** The texts posted to a channel. Timestamps are Discord markup; the console rewrites them. */

export function reminderContent(
  deadline: Deadline,
  reminderId: number,
  beforeSeconds: number,
  late?: { dueAt: number },
): string {
  const lines = [`⏰ **${deadline.title}** ${whenLine(deadline)}.`];
  if (late) {
    lines.push(
      `Late: this ${formatOffset(beforeSeconds)}-before reminder was due ${discordTimestamp(new Date(late.dueAt), 'F')}, while the bot was offline.`,
    );
  }
  lines.push(...sourceLines(deadline), `Reminder #${reminderId} · \`/remind remove id:${reminderId}\` stops it.`);
  return cutText(lines.join('\n'), DISCORD_LIMITS.content);
}

export function movedContent(deadline: Deadline, before: DeadlineTiming, reminderId: number): string {
  const lines = [
    `📅 **${deadline.title}** moved: it now ${whenLine(deadline)}, no longer ${discordTimestamp(new Date(before.at), 'F')}.`,
    deadline.origin === 'corpus' ? 'Why:' : 'Why: an admin changed it with `/deadline add`.',
    ...sourceLines(deadline),
    `Reminder #${reminderId} now follows the new date.`,
  ];
  return cutText(lines.join('\n'), DISCORD_LIMITS.content);
}

/** What a channel post is made of; the nonce is the same on every try of the same message. */
export interface OutgoingMessage {
  kind: 'reminder' | 'moved';
  nonce: string;
  content: string;
  late: boolean;
}

/**
 * The body of `POST /channels/{id}/messages`: mentions never ping (a quoted "@everyone" stays
 * text), and `enforce_nonce` makes Discord return the message already posted with this nonce
 * (within a few minutes) instead of posting it twice.
 */
export function discordMessageBody(message: OutgoingMessage): RESTPostAPIChannelMessageJSONBody {
  return { content: message.content, nonce: message.nonce, enforce_nonce: true, allowed_mentions: { parse: [] } };
}
