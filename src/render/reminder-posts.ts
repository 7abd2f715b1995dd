import type { Deadline } from '../deadlines/deadline.ts';
import { sourceLines, whenLine } from './deadline-text.ts';
import { cutText, DISCORD_LIMITS } from './limits.ts';
import { discordTimestamp } from './timestamps.ts';
import type { DeadlineTiming } from '../store/reminder-table.ts';
import { formatOffset } from '../reminders/offsets.ts';
import type { ReminderPosts } from '../reminders/delivery.ts';

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

/** The scheduler's texts, as every front end gives them to it. */
export const reminderPosts: ReminderPosts = { reminder: reminderContent, moved: movedContent };
