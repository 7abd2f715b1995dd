import type { Deliver } from '../reminders/delivery.ts';
import { reminderPosts } from '../render/reminder-posts.ts';
import { toTerminalText } from '../render/terminal.ts';
import {
  createReminderScheduler,
  tickOrLog,
  type ReminderSource,
  type SchedulerOptions,
} from '../reminders/scheduler.ts';

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

export interface ConsoleReminders extends ReminderSource {
  /** Prints one reminder. */
  write: (line: string) => void;
}

/**
 * The scheduler as the console runs it: only the console's own guild (a database shared with the
 * bot keeps the bot's reminders for the bot), delivered by printing them.
 */
export function consoleSchedulerOptions(options: ConsoleReminders): SchedulerOptions {
  return {
    store: options.store,
    corpusDeadlines: options.corpusDeadlines,
    deliver: consoleDeliver(options.write, options.now),
    posts: reminderPosts,
    now: options.now,
    log: options.log,
    pollMs: options.pollSeconds * 1000,
    scope: { guildId: CONSOLE_CHANNEL },
  };
}

/**
 * A one-shot console command between two scheduler ticks at the console's clock (`--now`): the
 * reminders due by then print first, and what the command itself caused (a moved date) right after.
 * A failing tick (the database locked, say) is logged and does not stop the command.
 */
export async function withConsoleReminders<T>(options: ConsoleReminders, run: () => Promise<T>): Promise<T> {
  const scheduler = createReminderScheduler(consoleSchedulerOptions(options));
  await tickOrLog(scheduler, options.log);
  const result = await run();
  await tickOrLog(scheduler, options.log);
  return result;
}
